// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrView.h"

#include "AdrEditCommand.h"
#include "AdrEditor.h"
#include "AdrFilterModel.h"
#include "AdrStore.h"
#include "AdrTableModel.h"
#include "Workspace.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

AdrView::AdrView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new AdrTableModel(this))
    , m_filter(new AdrFilterModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_editor(new AdrEditor(workspace, this))
    , m_status(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save"), this))
    , m_revert(new QPushButton(tr("Re&vert"), this))
    , m_accept(new QPushButton(tr("&Accept"), this))
    , m_reject(new QPushButton(tr("Re&ject"), this))
    , m_deprecate(new QPushButton(tr("De&precate"), this))
    , m_supersede(new QPushButton(tr("Supersede &by…"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_undo(new QUndoStack(this))
{
    m_search->setPlaceholderText(
        tr("Search titles, context, options and decisions, in any language"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search decision records"));
    auto* newButton = new QPushButton(tr("&New ADR"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(newButton);

    m_filter->setSourceModel(m_model);
    m_table->setModel(m_filter);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(AdrTableModel::NumberColumn, Qt::AscendingOrder);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(AdrTableModel::TitleColumn,
                                                      QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Decision records"));
    m_table->setWordWrap(false);
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addLayout(top);
    leftLayout->addWidget(m_table, 1);
    leftLayout->addWidget(m_delete, 0, Qt::AlignLeft);

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->hide();
    m_save->setShortcut(QKeySequence::Save);
    m_save->setToolTip(tr("Save the record (Ctrl+S); Edit ▸ Undo takes it back"));
    auto* lifecycle = new QHBoxLayout;
    lifecycle->addWidget(m_status, 1);
    for (QPushButton* b : {m_accept, m_reject, m_deprecate, m_supersede})
        lifecycle->addWidget(b);
    auto* saveRow = new QHBoxLayout;
    saveRow->addWidget(m_problem, 1);
    saveRow->addStretch(0);
    saveRow->addWidget(m_revert);
    saveRow->addWidget(m_save);
    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(lifecycle);
    rightLayout->addWidget(m_editor, 1);
    rightLayout->addLayout(saveRow);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({440, 620});
    splitter->setChildrenCollapsible(false);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_search, &QLineEdit::textChanged, this, &AdrView::applySearch);
    connect(newButton, &QPushButton::clicked, this, &AdrView::newRecord);
    connect(m_save, &QPushButton::clicked, this, &AdrView::save);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        if (const Adr* adr = m_workspace.adr(m_currentId))
            m_editor->setRecord(*adr);
        m_problem->hide();
    });
    connect(m_accept, &QPushButton::clicked, this,
            [this] { setStatus(int(Adr::Status::Accepted)); });
    connect(m_reject, &QPushButton::clicked, this,
            [this] { setStatus(int(Adr::Status::Rejected)); });
    connect(m_deprecate, &QPushButton::clicked, this,
            [this] { setStatus(int(Adr::Status::Deprecated)); });
    connect(m_supersede, &QPushButton::clicked, this, &AdrView::supersede);
    connect(m_delete, &QPushButton::clicked, this, &AdrView::removeRecord);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &AdrView::currentChanged);
    connect(m_editor, &AdrEditor::modifiedChanged, this, &AdrView::updateButtons);
    connect(&m_workspace, &Workspace::adrsChanged, this, &AdrView::refresh);
    connect(&m_workspace, &Workspace::changed, this, &AdrView::refresh);
    refresh();
}

void AdrView::refresh()
{
    const qint64 keep = m_currentId;
    m_switching = true;
    m_model->setRecords(m_workspace.adrs(), m_workspace.framework());
    applySearch();
    m_switching = false;
    if (keep != 0 && m_workspace.adr(keep)) {
        const QModelIndex row = m_filter->mapFromSource(m_model->indexFromId(keep));
        if (row.isValid()) {
            m_switching = true;
            m_table->setCurrentIndex(row);
            m_switching = false;
        }
        // The stored record changed (a save, an undo, a status): show it unless the
        // user is in the middle of other edits.
        if (!m_editor->isModified())
            m_editor->setRecord(*m_workspace.adr(keep));
    } else {
        m_currentId = 0;
        m_editor->setRecord({});
    }
    updateButtons();
}

void AdrView::applySearch()
{
    const QString text = m_search->text();
    if (text.trimmed().isEmpty()) {
        m_filter->setIds(std::nullopt);
        return;
    }
    auto ids = AdrStore(m_workspace.database()).search(text);
    if (!ids) {
        showProblem(ids.error().message);
        return;
    }
    m_filter->setIds(QSet<qint64>(ids.value().cbegin(), ids.value().cend()));
}

void AdrView::currentChanged()
{
    if (m_switching)
        return;
    const qint64 id = m_table->currentIndex().data(AdrTableModel::IdRole).toLongLong();
    if (id == m_currentId)
        return;
    if (!settleChanges()) {
        // Back to the record being edited.
        m_switching = true;
        m_table->setCurrentIndex(m_filter->mapFromSource(m_model->indexFromId(m_currentId)));
        m_switching = false;
        return;
    }
    m_currentId = id;
    m_problem->hide();
    const Adr* adr = m_workspace.adr(id);
    m_editor->setRecord(adr ? *adr : Adr());
    updateButtons();
}

bool AdrView::settleChanges()
{
    if (!m_editor->isModified() || m_currentId == 0)
        return true;
    const auto answer = QMessageBox::question(
        this, tr("Unsaved Changes"), tr("Save the changes to this decision record?"),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Cancel)
        return false;
    return answer == QMessageBox::Discard || save();
}

bool AdrView::save()
{
    const Adr* stored = m_workspace.adr(m_currentId);
    if (!stored)
        return false;
    auto edited = m_editor->record();
    if (!edited) {
        showProblem(edited.error().message);
        return false;
    }
    const Adr before = *stored;
    // Validate by storing; only a stored edit becomes an undo step.
    if (Status s = m_workspace.updateAdr(edited.value()); !s) {
        showProblem(s.error().message);
        return false;
    }
    auto* step =
        new AdrEditCommand(m_workspace, before, edited.value(), [this](const QString& why) {
            showProblem(why);
            // Not from inside the failing step: clearing deletes it.
            QTimer::singleShot(0, m_undo, &QUndoStack::clear);
        });
    m_undo->push(step);
    m_problem->hide();
    m_editor->setRecord(*m_workspace.adr(m_currentId));
    Q_EMIT statusMessage(tr("Saved ADR %1").arg(AdrTableModel::numberText(edited.value())));
    return true;
}

void AdrView::newRecord()
{
    if (!settleChanges())
        return;
    auto number = AdrStore(m_workspace.database()).nextNumber();
    if (!number) {
        showProblem(number.error().message);
        return;
    }
    Adr adr;
    adr.number = number.value();
    adr.title = tr("New decision");
    adr.date = m_workspace.today();
    auto id = m_workspace.addAdr(adr);
    if (!id) {
        showProblem(id.error().message);
        return;
    }
    m_search->clear();
    showRecord(id.value());
    m_editor->titleEdit()->selectAll();
    m_editor->titleEdit()->setFocus();
}

bool AdrView::showRecord(qint64 id)
{
    QModelIndex source = m_model->indexFromId(id);
    if (!source.isValid())
        return false;
    if (!m_filter->mapFromSource(source).isValid())
        m_search->clear();
    m_table->setCurrentIndex(m_filter->mapFromSource(m_model->indexFromId(id)));
    m_table->scrollTo(m_table->currentIndex());
    return m_currentId == id;
}

void AdrView::setStatus(int status)
{
    if (!settleChanges())
        return;
    if (Status s = m_workspace.setAdrStatus(m_currentId, Adr::Status(status)); !s)
        showProblem(s.error().message);
}

void AdrView::supersede()
{
    if (!settleChanges())
        return;
    QStringList choices;
    QList<qint64> ids;
    for (const Adr& a : m_workspace.adrs()) {
        if (a.id == m_currentId || a.status == Adr::Status::Superseded)
            continue;
        choices << QStringLiteral("%1 %2").arg(AdrTableModel::numberText(a), a.title);
        ids << a.id;
    }
    if (choices.isEmpty()) {
        showProblem(tr("There is no other record to supersede this one."));
        return;
    }
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("Supersede"), tr("The record that replaces this one:"), choices, 0, false, &ok);
    if (!ok)
        return;
    if (Status s = m_workspace.supersedeAdr(m_currentId, ids[choices.indexOf(chosen)]); !s)
        showProblem(s.error().message);
}

void AdrView::removeRecord()
{
    const Adr* adr = m_workspace.adr(m_currentId);
    if (!adr)
        return;
    const auto answer = QMessageBox::question(
        this, tr("Delete ADR"),
        tr("Delete “%1” for good? Checkpoint evidence that points at it goes too.")
            .arg(adr->title));
    if (answer != QMessageBox::Yes)
        return;
    // Undo steps of this record could not be stored any more.
    m_undo->clear();
    if (Status s = m_workspace.removeAdr(m_currentId); !s)
        showProblem(s.error().message);
}

void AdrView::updateButtons()
{
    const Adr* adr = m_workspace.adr(m_currentId);
    const Adr::Status status = adr ? adr->status : Adr::Status::Proposed;
    m_status->setText(adr ? tr("<b>%1</b> · %2")
                                .arg(AdrTableModel::numberText(*adr).toHtmlEscaped(),
                                     AdrTableModel::statusText(status).toHtmlEscaped())
                          : tr("No record selected"));
    m_editor->setEnabled(adr != nullptr);
    m_save->setEnabled(adr && m_editor->isModified());
    m_revert->setEnabled(adr && m_editor->isModified());
    m_delete->setEnabled(adr != nullptr);
    m_accept->setEnabled(adr && status == Adr::Status::Proposed);
    m_reject->setEnabled(adr && status == Adr::Status::Proposed);
    m_deprecate->setEnabled(adr && status == Adr::Status::Accepted);
    m_supersede->setEnabled(adr && status == Adr::Status::Accepted);
}

void AdrView::showProblem(const QString& message)
{
    m_problem->setText(message);
    m_problem->show();
}
