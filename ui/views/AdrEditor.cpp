// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrEditor.h"

#include "AdrMarkdownWriter.h"
#include "AdrTableModel.h"
#include "InputValidator.h"
#include "NumberText.h"
#include "Workspace.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

enum OptionColumn
{
    OptionName,
    OptionPros,
    OptionCons,
    OptionChosen,
    OptionColumns
};

enum ResultColumn
{
    ResultMetric,
    ResultBefore,
    ResultAfter,
    ResultUnit,
    ResultNote,
    ResultColumns
};

QPlainTextEdit* markdownEdit(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setAccessibleName(accessibleName);
    edit->setPlaceholderText(AdrEditor::tr("Markdown"));
    return edit;
}

QTableWidget* table(QWidget* parent, const QStringList& headers)
{
    auto* t = new QTableWidget(0, int(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    t->setSelectionBehavior(QAbstractItemView::SelectRows);
    t->setTabKeyNavigation(false);
    return t;
}

QString cell(const QTableWidget* t, int row, int column)
{
    const QTableWidgetItem* item = t->item(row, column);
    return item ? item->text().trimmed() : QString();
}

/** A table with Add and Remove buttons under it. */
QWidget* withRowButtons(QTableWidget* t, const QString& what, const std::function<void()>& add)
{
    auto* box = new QWidget;
    auto* addButton = new QPushButton(AdrEditor::tr("Add %1").arg(what), box);
    auto* removeButton = new QPushButton(AdrEditor::tr("Remove %1").arg(what), box);
    QObject::connect(addButton, &QPushButton::clicked, box, add);
    QObject::connect(removeButton, &QPushButton::clicked, t, [t] {
        if (t->currentRow() >= 0)
            t->removeRow(t->currentRow());
    });
    auto* buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(addButton);
    buttons->addWidget(removeButton);
    auto* layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(t);
    layout->addLayout(buttons);
    return box;
}

} // namespace

AdrEditor::AdrEditor(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_tabs(new QTabWidget(this))
    , m_title(new QLineEdit(this))
    , m_date(new QLineEdit(this))
    , m_decisionMakers(new QLineEdit(this))
    , m_consulted(new QLineEdit(this))
    , m_informed(new QLineEdit(this))
    , m_tags(new QLineEdit(this))
    , m_context(markdownEdit(this, tr("Context and problem statement")))
    , m_drivers(markdownEdit(this, tr("Decision drivers")))
    , m_outcome(markdownEdit(this, tr("Decision outcome")))
    , m_consequences(markdownEdit(this, tr("Consequences")))
    , m_confirmation(markdownEdit(this, tr("Confirmation")))
    , m_moreInformation(markdownEdit(this, tr("More information")))
    , m_options(table(this, {tr("Option"), tr("Pros"), tr("Cons"), tr("Chosen")}))
    , m_results(table(this, {tr("Metric"), tr("Before"), tr("After"), tr("Unit"), tr("Note")}))
    , m_dimensions(new QListWidget(this))
    , m_checkpoints(new QListWidget(this))
    , m_history(new QListWidget(this))
    , m_preview(new QTextBrowser(this))
{
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_title->setAccessibleName(tr("Title"));
    m_options->horizontalHeader()->setSectionResizeMode(OptionChosen,
                                                        QHeaderView::ResizeToContents);
    m_preview->setOpenExternalLinks(true);
    m_preview->setAccessibleName(tr("Preview"));
    m_options->setAccessibleName(tr("Options considered"));
    m_results->setAccessibleName(tr("Measured results"));

    m_tabs->addTab(decisionPage(), tr("De&cision"));
    m_tabs->addTab(consequencesPage(), tr("Conse&quences"));
    m_tabs->addTab(linksPage(), tr("Lin&ks"));
    m_tabs->addTab(m_history, tr("&History"));
    m_tabs->addTab(m_preview, tr("Pre&view"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);

    // Any change to any field marks the record modified.
    const auto modified = [this] {
        if (!m_loading)
            setModified(true);
    };
    for (QLineEdit* edit : findChildren<QLineEdit*>())
        connect(edit, &QLineEdit::textEdited, this, modified);
    for (QPlainTextEdit* edit : findChildren<QPlainTextEdit*>())
        connect(edit, &QPlainTextEdit::textChanged, this, modified);
    for (QTableWidget* t : {m_options, m_results}) {
        connect(t, &QTableWidget::itemChanged, this, modified);
        connect(t->model(), &QAbstractItemModel::rowsInserted, this, modified);
        connect(t->model(), &QAbstractItemModel::rowsRemoved, this, modified);
    }
    for (QListWidget* list : {m_dimensions, m_checkpoints})
        connect(list, &QListWidget::itemChanged, this, modified);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_preview)
            refreshPreview();
    });
    connect(&m_workspace, &Workspace::changed, this, &AdrEditor::refreshLinkLists);
    refreshLinkLists();
}

QWidget* AdrEditor::decisionPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Decision-&makers:"), m_decisionMakers);
    form->addRow(tr("C&onsulted:"), m_consulted);
    form->addRow(tr("&Informed:"), m_informed);
    form->addRow(tr("Ta&gs:"), m_tags);
    auto* splitter = new QSplitter(Qt::Vertical, page);
    const auto labelled = [](const QString& label, QWidget* w) {
        auto* box = new QWidget;
        auto* l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        auto* caption = new QLabel(label, box);
        caption->setBuddy(w);
        l->addWidget(caption);
        l->addWidget(w);
        return box;
    };
    splitter->addWidget(labelled(tr("Context and &problem statement"), m_context));
    splitter->addWidget(labelled(tr("Decision d&rivers"), m_drivers));
    splitter->addWidget(
        labelled(tr("Considered options"), withRowButtons(m_options, tr("Option"), [this] {
                     m_options->insertRow(m_options->rowCount());
                     auto* chosen = new QTableWidgetItem;
                     chosen->setCheckState(Qt::Unchecked);
                     m_options->setItem(m_options->rowCount() - 1, OptionChosen, chosen);
                     m_options->setCurrentCell(m_options->rowCount() - 1, OptionName);
                     m_options->editItem(m_options->currentItem());
                 })));
    splitter->addWidget(labelled(tr("Decision &outcome"), m_outcome));
    auto* layout = new QVBoxLayout(page);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    return page;
}

QWidget* AdrEditor::consequencesPage()
{
    auto* page = new QWidget;
    auto* form = new QFormLayout(page);
    form->addRow(tr("Co&nsequences:"), m_consequences);
    form->addRow(tr("Con&firmation:"), m_confirmation);
    form->addRow(tr("Mor&e information:"), m_moreInformation);
    form->addRow(tr("Measured &results:"), withRowButtons(m_results, tr("Result"), [this] {
                     m_results->insertRow(m_results->rowCount());
                     m_results->setCurrentCell(m_results->rowCount() - 1, ResultMetric);
                     m_results->editItem(m_results->currentItem());
                 }));
    return page;
}

QWidget* AdrEditor::linksPage()
{
    auto* page = new QWidget;
    auto* layout = new QHBoxLayout(page);
    auto* dimensions = new QVBoxLayout;
    dimensions->addWidget(new QLabel(tr("Dimensions this decision shows"), page));
    dimensions->addWidget(m_dimensions);
    auto* checkpoints = new QVBoxLayout;
    checkpoints->addWidget(new QLabel(tr("Checkpoints it helps prove"), page));
    checkpoints->addWidget(m_checkpoints);
    layout->addLayout(dimensions, 1);
    layout->addLayout(checkpoints, 2);
    return page;
}

void AdrEditor::refreshLinkLists()
{
    const bool wasLoading = m_loading;
    m_loading = true;
    const Framework& f = m_workspace.framework();
    const auto fill = [&f, this](QListWidget* list, Adr::Link::Kind kind,
                                 const QList<std::pair<QString, QString>>& targets) {
        list->clear();
        for (const auto& [key, text] : targets) {
            auto* item = new QListWidgetItem(text, list);
            item->setData(Qt::UserRole, key);
            bool linked = false;
            for (const Adr::Link& link : m_loaded.links)
                linked = linked ||
                         (link.kind == kind && link.frameworkKey == f.key && link.targetKey == key);
            item->setCheckState(linked ? Qt::Checked : Qt::Unchecked);
        }
    };
    QList<std::pair<QString, QString>> dimensions;
    for (const Dimension& d : f.dimensions)
        dimensions.append({d.key, d.name.text()});
    QList<std::pair<QString, QString>> checkpoints;
    for (const Checkpoint& c : f.checkpoints())
        checkpoints.append({c.key, QStringLiteral("%1 · %2").arg(c.levelCode, c.title.text())});
    fill(m_dimensions, Adr::Link::Kind::Dimension, dimensions);
    fill(m_checkpoints, Adr::Link::Kind::Checkpoint, checkpoints);
    m_loading = wasLoading;
}

void AdrEditor::setRecord(const Adr& adr)
{
    m_loading = true;
    m_loaded = adr;
    m_title->setText(adr.title);
    m_date->setText(adr.date.toString(Qt::ISODate));
    m_decisionMakers->setText(adr.decisionMakers);
    m_consulted->setText(adr.consulted);
    m_informed->setText(adr.informed);
    m_tags->setText(adr.tags);
    m_context->setPlainText(adr.context);
    m_drivers->setPlainText(adr.decisionDrivers);
    m_outcome->setPlainText(adr.decisionOutcome);
    m_consequences->setPlainText(adr.consequences);
    m_confirmation->setPlainText(adr.confirmation);
    m_moreInformation->setPlainText(adr.moreInformation);

    m_options->setRowCount(int(adr.options.size()));
    for (int row = 0; row < adr.options.size(); ++row) {
        const Adr::Option& o = adr.options[row];
        m_options->setItem(row, OptionName, new QTableWidgetItem(o.name));
        m_options->setItem(row, OptionPros, new QTableWidgetItem(o.pros));
        m_options->setItem(row, OptionCons, new QTableWidgetItem(o.cons));
        auto* chosen = new QTableWidgetItem;
        chosen->setCheckState(o.chosen ? Qt::Checked : Qt::Unchecked);
        m_options->setItem(row, OptionChosen, chosen);
    }
    m_results->setRowCount(int(adr.results.size()));
    for (int row = 0; row < adr.results.size(); ++row) {
        const Adr::Result& r = adr.results[row];
        m_results->setItem(row, ResultMetric, new QTableWidgetItem(r.metric));
        m_results->setItem(row, ResultBefore,
                           new QTableWidgetItem(r.before ? numberText(*r.before) : QString()));
        m_results->setItem(row, ResultAfter,
                           new QTableWidgetItem(r.after ? numberText(*r.after) : QString()));
        m_results->setItem(row, ResultUnit, new QTableWidgetItem(r.unit));
        m_results->setItem(row, ResultNote, new QTableWidgetItem(r.note));
    }
    refreshLinkLists();
    m_history->clear();
    for (const Adr::StatusChange& change : adr.history) {
        m_history->addItem(
            change.note.isEmpty()
                ? QStringLiteral("%1  %2").arg(change.changedOn.toString(Qt::ISODate),
                                               change.status)
                : QStringLiteral("%1  %2 — %3")
                      .arg(change.changedOn.toString(Qt::ISODate), change.status, change.note));
    }
    m_loading = false;
    setModified(false);
    if (m_tabs->currentWidget() == m_preview)
        refreshPreview();
}

Result<Adr> AdrEditor::record(bool focusProblem)
{
    Adr adr = m_loaded;
    adr.title = m_title->text().trimmed();
    adr.date = {};
    if (const QString date = m_date->text().trimmed(); !date.isEmpty()) {
        auto day = InputValidator::date(date, m_workspace.today(), QStringLiteral("date"));
        if (!day) {
            if (focusProblem) {
                m_tabs->setCurrentIndex(0);
                m_date->setFocus();
            }
            return day.error();
        }
        adr.date = day.value();
    }
    adr.decisionMakers = m_decisionMakers->text().trimmed();
    adr.consulted = m_consulted->text().trimmed();
    adr.informed = m_informed->text().trimmed();
    adr.tags = m_tags->text().trimmed();
    adr.context = m_context->toPlainText().trimmed();
    adr.decisionDrivers = m_drivers->toPlainText().trimmed();
    adr.decisionOutcome = m_outcome->toPlainText().trimmed();
    adr.consequences = m_consequences->toPlainText().trimmed();
    adr.confirmation = m_confirmation->toPlainText().trimmed();
    adr.moreInformation = m_moreInformation->toPlainText().trimmed();

    adr.options.clear();
    for (int row = 0; row < m_options->rowCount(); ++row) {
        Adr::Option o;
        o.name = cell(m_options, row, OptionName);
        o.pros = cell(m_options, row, OptionPros);
        o.cons = cell(m_options, row, OptionCons);
        const QTableWidgetItem* chosen = m_options->item(row, OptionChosen);
        o.chosen = chosen && chosen->checkState() == Qt::Checked;
        if (!o.name.isEmpty() || !o.pros.isEmpty() || !o.cons.isEmpty())
            adr.options << o;
    }
    adr.results.clear();
    for (int row = 0; row < m_results->rowCount(); ++row) {
        Adr::Result r;
        r.metric = cell(m_results, row, ResultMetric);
        for (auto [column, value] :
             {std::pair{int(ResultBefore), &r.before}, std::pair{int(ResultAfter), &r.after}}) {
            const QString text = cell(m_results, row, column);
            if (text.isEmpty())
                continue;
            auto number = InputValidator::number(text, column == ResultBefore
                                                           ? tr("result %1: before").arg(row + 1)
                                                           : tr("result %1: after").arg(row + 1));
            if (!number) {
                if (focusProblem) {
                    m_tabs->setCurrentIndex(1);
                    m_results->setCurrentCell(row, column);
                    m_results->setFocus();
                }
                return number.error();
            }
            *value = number.value();
        }
        r.unit = cell(m_results, row, ResultUnit);
        r.note = cell(m_results, row, ResultNote);
        if (!r.metric.isEmpty() || r.before || r.after)
            adr.results << r;
    }

    // Links to other frameworks stay; this framework's come from the two lists.
    const QString framework = m_workspace.framework().key;
    adr.links.removeIf([&framework](const Adr::Link& l) { return l.frameworkKey == framework; });
    for (auto [list, kind] : {std::pair{m_dimensions, Adr::Link::Kind::Dimension},
                              std::pair{m_checkpoints, Adr::Link::Kind::Checkpoint}}) {
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                adr.links << Adr::Link{framework, kind,
                                       list->item(i)->data(Qt::UserRole).toString()};
        }
    }
    return adr;
}

void AdrEditor::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT modifiedChanged(modified);
}

void AdrEditor::refreshPreview()
{
    auto edited = record(false);
    // The export format itself, so the preview shows what a file will hold.
    const Adr& shown = edited ? edited.value() : m_loaded;
    m_preview->setMarkdown(QString::fromUtf8(AdrMarkdownWriter::write(shown, m_workspace.adrs())));
}
