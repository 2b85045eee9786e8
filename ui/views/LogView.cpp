// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogView.h"

#include "EntryDelegate.h"
#include "EntryFilterModel.h"
#include "EntryHistory.h"
#include "EntryTableModel.h"
#include "Workspace.h"

#include <QAction>
#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace {

/** The date edits show "any" at this value: no limit on that side. */
const QDate NoLimit(1969, 12, 31);

QDateEdit* makeDateEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QDateEdit(parent);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    edit->setMinimumDate(NoLimit);
    edit->setSpecialValueText(LogView::tr("any"));
    edit->setDate(NoLimit);
    edit->setAccessibleName(accessibleName);
    // "any" is stored as a day in 1969; the calendar should still open on this month.
    QCalendarWidget* calendar = edit->calendarWidget();
    QObject::connect(edit, &QDateEdit::dateChanged, calendar, [calendar](const QDate& day) {
        if (day == NoLimit)
            calendar->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    });
    calendar->setCurrentPage(QDate::currentDate().year(), QDate::currentDate().month());
    return edit;
}

QDate limit(const QDateEdit* edit)
{
    return edit->date() == NoLimit ? QDate() : edit->date();
}

} // namespace

LogView::LogView(EntryHistory& history, QWidget* parent)
    : QWidget(parent)
    , m_history(history)
    , m_workspace(history.workspace())
    , m_model(new EntryTableModel(this))
    , m_filter(new EntryFilterModel(this))
    , m_streak(new QLabel(this))
    , m_metric(new QComboBox(this))
    , m_from(makeDateEdit(this, tr("From")))
    , m_to(makeDateEdit(this, tr("To")))
    , m_text(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_count(new QLabel(this))
    , m_problem(new QLabel(this))
{
    auto* logButton = new QPushButton(tr("&Log…"), this);
    logButton->setToolTip(tr("Log a figure (Ctrl+L)"));
    auto* deleteButton = new QPushButton(tr("&Delete"), this);
    auto* importButton = new QPushButton(tr("&Import CSV…"), this);
    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    QFont streakFont = m_streak->font();
    streakFont.setBold(true);
    m_streak->setFont(streakFont);

    auto* top = new QHBoxLayout;
    top->addWidget(m_streak, 1);
    top->addWidget(logButton);
    top->addWidget(deleteButton);
    top->addWidget(importButton);
    top->addWidget(exportButton);

    m_metric->setAccessibleName(tr("Metric filter"));
    m_metric->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_text->setPlaceholderText(tr("Search notes, evidence and metrics"));
    m_text->setClearButtonEnabled(true);
    m_text->setAccessibleName(tr("Text filter"));
    auto* filters = new QHBoxLayout;
    auto* metricLabel = new QLabel(tr("&Metric:"), this);
    metricLabel->setBuddy(m_metric);
    auto* fromLabel = new QLabel(tr("F&rom:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    filters->addWidget(metricLabel);
    filters->addWidget(m_metric);
    filters->addWidget(fromLabel);
    filters->addWidget(m_from);
    filters->addWidget(toLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_text, 1);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setItemDelegate(new EntryDelegate(m_table));
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(EntryTableModel::DateColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    QHeaderView* header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(EntryTableModel::DateColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EntryTableModel::ValueColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EntryTableModel::ProgressColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(EntryTableModel::NoteColumn, QHeaderView::Stretch);
    header->resizeSection(EntryTableModel::MetricColumn, 260);
    header->resizeSection(EntryTableModel::EvidenceColumn, 200);
    m_table->setAccessibleName(tr("Entries"));

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_problem);
    layout->addWidget(m_count);

    // Delete works while the table has focus, without clashing with text fields.
    auto* deleteAction = new QAction(tr("Delete Entries"), m_table);
    deleteAction->setShortcut(QKeySequence::Delete);
    deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_table->addAction(deleteAction);
    connect(deleteAction, &QAction::triggered, this, &LogView::deleteSelected);
    connect(deleteButton, &QPushButton::clicked, this, &LogView::deleteSelected);
    connect(logButton, &QPushButton::clicked, this, &LogView::quickLogRequested);
    connect(importButton, &QPushButton::clicked, this, &LogView::importRequested);
    connect(exportButton, &QPushButton::clicked, this, &LogView::exportRequested);

    connect(m_metric, &QComboBox::currentIndexChanged, this, &LogView::applyFilter);
    connect(m_from, &QDateEdit::dateChanged, this, &LogView::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &LogView::applyFilter);
    connect(m_text, &QLineEdit::textChanged, this, &LogView::applyFilter);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &LogView::updateCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &LogView::updateCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &LogView::updateCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &LogView::updateCount);

    connect(m_model, &EntryTableModel::editRequested, this,
            [this](const Entry& before, const Entry& after) {
                if (Status s = m_history.edit(before, after); !s)
                    showProblem(s.error().message);
                else
                    m_problem->hide();
            });
    connect(m_model, &EntryTableModel::editRejected, this, &LogView::showProblem);
    connect(&m_workspace, &Workspace::changed, this, &LogView::refreshFramework);
    connect(&m_workspace, &Workspace::entriesChanged, this, &LogView::refreshEntries);

    refreshFramework();
}

void LogView::refreshFramework()
{
    const Framework& f = m_workspace.framework();
    m_model->setFramework(f, m_workspace.profile().targetLevel);
    const QString chosen = m_metric->currentData().toString();
    const QSignalBlocker blocker(m_metric);
    m_metric->clear();
    m_metric->addItem(tr("All metrics"), QString());
    for (const Metric& m : f.metrics)
        m_metric->addItem(m.name.text(), m.key);
    // Entries of metrics the active framework does not have stay findable by key.
    QStringList others;
    for (const Entry& e : m_workspace.entries()) {
        if (!f.metric(e.metricKey) && !others.contains(e.metricKey))
            others << e.metricKey;
    }
    others.sort();
    for (const QString& key : std::as_const(others))
        m_metric->addItem(tr("%1 (not in this framework)").arg(key), key);
    m_metric->setCurrentIndex(qMax(0, m_metric->findData(chosen)));
    refreshEntries();
    applyFilter();
}

void LogView::refreshEntries()
{
    m_model->setToday(m_workspace.today());
    m_model->setEntries(m_workspace.entries());
    m_streak->setText(tr("Streak: %n days in a row", nullptr, m_workspace.streak()));
    updateCount();
}

bool LogView::showEntry(qint64 id)
{
    auto find = [this, id] {
        const QModelIndexList hits = m_filter->match(m_filter->index(0, 0), EntryTableModel::IdRole,
                                                     id, 1, Qt::MatchExactly);
        return hits.isEmpty() ? QModelIndex() : hits.constFirst();
    };
    QModelIndex index = find();
    if (!index.isValid()) {
        m_metric->setCurrentIndex(0);
        m_from->setDate(NoLimit);
        m_to->setDate(NoLimit);
        m_text->clear();
        applyFilter();
        index = find();
    }
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    return true;
}

void LogView::applyFilter()
{
    m_filter->setMetricKey(m_metric->currentData().toString());
    m_filter->setDateRange(limit(m_from), limit(m_to));
    m_filter->setText(m_text->text());
    updateCount();
}

void LogView::updateCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_count->setText(shown == all ? tr("%n entries", nullptr, all)
                                  : tr("Showing %1 of %n entries", nullptr, all).arg(shown));
}

void LogView::showProblem(const QString& message)
{
    m_problem->setText(tr("Not changed: %1").arg(message));
    m_problem->show();
}

void LogView::deleteSelected()
{
    QList<Entry> chosen;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex& row : rows) {
        if (const Entry* e = m_model->entryAt(m_filter->mapToSource(row).row()))
            chosen << *e;
    }
    if (chosen.isEmpty())
        return;
    if (Status s = m_history.remove(chosen); !s) {
        showProblem(s.error().message);
        return;
    }
    m_problem->hide();
    Q_EMIT statusMessage(tr("Deleted %n entries (Ctrl+Z to undo)", nullptr, int(chosen.size())));
}
