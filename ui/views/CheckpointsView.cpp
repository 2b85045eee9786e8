// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointsView.h"

#include "CheckpointDetails.h"
#include "CheckpointFilterModel.h"
#include "CheckpointTableModel.h"
#include "Workspace.h"
#include "dialogs/MarkDoneDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CheckpointsView::CheckpointsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CheckpointTableModel(this))
    , m_dimension(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
    , m_details(new CheckpointDetails(workspace, this))
    , m_doneButton(new QPushButton(tr("Mark &Done…"), this))
    , m_startButton(new QPushButton(tr("Mark In &Progress"), this))
    , m_resetButton(new QPushButton(tr("&Reset"), this))
{
    auto* filterLabel = new QLabel(tr("&Dimension:"), this);
    filterLabel->setBuddy(m_dimension);
    m_dimension->setAccessibleName(tr("Filter checkpoints by dimension"));
    m_doneButton->setObjectName(QStringLiteral("markDone"));
    m_doneButton->setToolTip(tr("Mark the checkpoint done, or add evidence to a done one"));
    m_resetButton->setToolTip(tr("Back to not started; the evidence is kept"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_dimension, 1);
    filters->addWidget(m_doneButton);
    filters->addWidget(m_startButton);
    filters->addWidget(m_resetButton);

    auto* splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tabs);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({420, 280});
    splitter->setChildrenCollapsible(false);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(splitter, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this,
            &CheckpointsView::applyDimensionFilter);
    connect(m_tabs, &QTabWidget::currentChanged, this, &CheckpointsView::selectionChanged);
    connect(m_doneButton, &QPushButton::clicked, this, &CheckpointsView::markDone);
    connect(m_startButton, &QPushButton::clicked, this, [this] {
        if (const QString key = selectedCheckpoint(); !key.isEmpty())
            report(m_workspace.markCheckpointInProgress(key, m_workspace.today()));
    });
    connect(m_resetButton, &QPushButton::clicked, this, [this] {
        if (const QString key = selectedCheckpoint(); !key.isEmpty())
            report(m_workspace.resetCheckpoint(key));
    });
    connect(m_details, &CheckpointDetails::entryRequested, this, &CheckpointsView::entryRequested);
    connect(m_details, &CheckpointDetails::adrRequested, this, &CheckpointsView::adrRequested);
    connect(&m_workspace, &Workspace::changed, this, &CheckpointsView::refresh);
    refresh();
}

void CheckpointsView::refresh()
{
    const Framework& f = m_workspace.framework();
    m_model->setFramework(f, m_workspace.checkpointProgress(), m_workspace.evidence());

    const QString selectedDimension = m_dimension->currentData().toString();
    {
        const QSignalBlocker blocker(m_dimension);
        m_dimension->clear();
        m_dimension->addItem(tr("All dimensions"), QString());
        for (const Dimension& d : f.dimensions)
            m_dimension->addItem(d.name.text(), d.key);
        m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(selectedDimension)));
    }

    QStringList builtFor{f.key};
    for (const Level& level : f.levels)
        builtFor << level.code;
    if (builtFor != m_tabsBuiltFor) {
        m_tabsBuiltFor = builtFor;
        rebuildTabs();
    }
    for (int i = 0; i < f.levels.size() && i < m_tabs->count(); ++i) {
        const Level& level = f.levels[i];
        m_tabs->setTabText(i, tr("%1 %2 (%3/%4)")
                                  .arg(level.code, level.name.text())
                                  .arg(m_workspace.checkpointsDone(level))
                                  .arg(level.checkpoints.size()));
    }
    applyDimensionFilter();
    selectionChanged();
}

void CheckpointsView::rebuildTabs()
{
    const int currentTab = m_tabs->currentIndex();
    const QSignalBlocker blocker(m_tabs);
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    for (const Level& level : m_workspace.framework().levels) {
        auto* table = new QTableView;
        auto* filter = new CheckpointFilterModel(table);
        filter->setSourceModel(m_model);
        filter->setLevelCode(level.code);
        table->setModel(filter);
        // Every checkpoint here is of this tab's level, so the column would only repeat it;
        // what proves a checkpoint is in its tooltip and in the details below.
        for (int column : {CheckpointTableModel::LevelColumn, CheckpointTableModel::ProvenByColumn,
                           CheckpointTableModel::KeyColumn})
            table->setColumnHidden(column, true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setSelectionMode(QAbstractItemView::SingleSelection);
        table->setWordWrap(true);
        table->verticalHeader()->hide();
        // Wrapped text needs taller rows whenever the columns change width.
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        QHeaderView* header = table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(CheckpointTableModel::TitleColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(CheckpointTableModel::EvidenceColumn,
                                     QHeaderView::Interactive);
        header->setSectionResizeMode(CheckpointTableModel::NoteColumn, QHeaderView::Interactive);
        header->setSectionResizeMode(CheckpointTableModel::DimensionColumn,
                                     QHeaderView::Interactive);
        table->setColumnWidth(CheckpointTableModel::DimensionColumn, 170);
        table->setColumnWidth(CheckpointTableModel::EvidenceColumn, 220);
        table->setColumnWidth(CheckpointTableModel::NoteColumn, 160);
        table->setAccessibleName(tr("Checkpoints of %1").arg(level.code));
        connect(table, &QAbstractItemView::activated, this, &CheckpointsView::markDone);
        connect(table->selectionModel(), &QItemSelectionModel::currentChanged, this,
                &CheckpointsView::selectionChanged);
        m_tabs->addTab(table, level.code);
    }
    m_tabs->setCurrentIndex(std::clamp(currentTab, 0, int(m_tabs->count()) - 1));
}

QTableView* CheckpointsView::tableAt(int tab) const
{
    return qobject_cast<QTableView*>(m_tabs->widget(tab));
}

QString CheckpointsView::selectedCheckpoint() const
{
    const QTableView* table = tableAt(m_tabs->currentIndex());
    if (!table || !table->currentIndex().isValid())
        return {};
    return table->currentIndex().data(CheckpointTableModel::KeyRole).toString();
}

bool CheckpointsView::selectCheckpoint(const QString& key)
{
    const QModelIndex source = m_model->indexFromKey(key);
    if (!source.isValid())
        return false;
    const QString level = source.data(CheckpointTableModel::LevelCodeRole).toString();
    const QString dimension = source.data(CheckpointTableModel::DimensionKeyRole).toString();
    const QString filtered = m_dimension->currentData().toString();
    if (!filtered.isEmpty() && filtered != dimension)
        m_dimension->setCurrentIndex(0);
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (i + 1 >= m_tabsBuiltFor.size() || m_tabsBuiltFor[i + 1] != level)
            continue;
        QTableView* table = tableAt(i);
        auto* filter = qobject_cast<CheckpointFilterModel*>(table->model());
        const QModelIndex row = filter->mapFromSource(source);
        if (!row.isValid())
            return false;
        m_tabs->setCurrentIndex(i);
        table->setCurrentIndex(row);
        table->scrollTo(row);
        table->setFocus();
        return true;
    }
    return false;
}

MarkDoneDialog* CheckpointsView::markDone()
{
    const QString key = selectedCheckpoint();
    if (key.isEmpty())
        return nullptr;
    auto* dialog = new MarkDoneDialog(m_workspace, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void CheckpointsView::selectionChanged()
{
    const QString key = selectedCheckpoint();
    m_details->showCheckpoint(key);
    const auto status = m_workspace.checkpointProgress().value(key).status;
    m_doneButton->setEnabled(!key.isEmpty());
    m_doneButton->setText(status == CheckpointProgress::Status::Done ? tr("Add &Evidence…")
                                                                     : tr("Mark &Done…"));
    m_startButton->setEnabled(!key.isEmpty() && status != CheckpointProgress::Status::InProgress);
    m_resetButton->setEnabled(!key.isEmpty() && status != CheckpointProgress::Status::NotStarted);
}

void CheckpointsView::report(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, tr("Checkpoint not changed"), status.error().message);
}

void CheckpointsView::applyDimensionFilter()
{
    const QString key = m_dimension->currentData().toString();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (auto* filter = qobject_cast<CheckpointFilterModel*>(tableAt(i)->model()))
            filter->setDimensionKey(key);
    }
}
