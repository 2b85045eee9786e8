// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointsView.h"

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
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

CheckpointsView::CheckpointsView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_model(new CheckpointTableModel(this))
    , m_dimension(new QComboBox(this))
    , m_tabs(new QTabWidget(this))
{
    auto* filterLabel = new QLabel(tr("&Dimension:"), this);
    filterLabel->setBuddy(m_dimension);
    m_dimension->setAccessibleName(tr("Filter checkpoints by dimension"));
    auto* doneButton = new QPushButton(tr("Mark &Done…"), this);
    auto* startButton = new QPushButton(tr("Mark In &Progress"), this);
    auto* resetButton = new QPushButton(tr("&Reset"), this);
    resetButton->setToolTip(tr("Back to not started; the evidence is kept"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(filterLabel);
    filters->addWidget(m_dimension, 1);
    filters->addWidget(doneButton);
    filters->addWidget(startButton);
    filters->addWidget(resetButton);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tabs, 1);

    connect(m_dimension, &QComboBox::currentIndexChanged, this,
            &CheckpointsView::applyDimensionFilter);
    connect(doneButton, &QPushButton::clicked, this, &CheckpointsView::markDone);
    connect(startButton, &QPushButton::clicked, this, [this] {
        if (const QString key = selectedCheckpoint(); !key.isEmpty())
            report(m_workspace.markCheckpointInProgress(key, m_workspace.today()));
    });
    connect(resetButton, &QPushButton::clicked, this, [this] {
        if (const QString key = selectedCheckpoint(); !key.isEmpty())
            report(m_workspace.resetCheckpoint(key));
    });
    connect(&m_workspace, &Workspace::changed, this, &CheckpointsView::refresh);
    refresh();
}

void CheckpointsView::refresh()
{
    const Framework& f = m_workspace.framework();
    m_model->setFramework(f, m_workspace.checkpointProgress());

    const QString selectedDimension = m_dimension->currentData().toString();
    {
        const QSignalBlocker blocker(m_dimension);
        m_dimension->clear();
        m_dimension->addItem(tr("All dimensions"), QString());
        for (const Dimension& d : f.dimensions)
            m_dimension->addItem(d.name.text(), d.key);
        m_dimension->setCurrentIndex(std::max(0, m_dimension->findData(selectedDimension)));
    }

    const int currentTab = m_tabs->currentIndex();
    while (m_tabs->count() > 0) {
        QWidget* page = m_tabs->widget(0);
        m_tabs->removeTab(0);
        delete page;
    }
    for (const Level& level : f.levels) {
        auto* table = new QTableView;
        auto* filter = new CheckpointFilterModel(table);
        filter->setSourceModel(m_model);
        filter->setLevelCode(level.code);
        table->setModel(filter);
        // Every checkpoint here is of this tab's level, so the column would only repeat it.
        table->setColumnHidden(CheckpointTableModel::LevelColumn, true);
        table->setEditTriggers(QAbstractItemView::NoEditTriggers);
        table->setSelectionBehavior(QAbstractItemView::SelectRows);
        table->setWordWrap(true);
        table->verticalHeader()->hide();
        // Wrapped text needs taller rows whenever the columns change width.
        table->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        QHeaderView* header = table->horizontalHeader();
        header->setSectionResizeMode(QHeaderView::ResizeToContents);
        header->setSectionResizeMode(CheckpointTableModel::TitleColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(CheckpointTableModel::EvidenceColumn, QHeaderView::Stretch);
        header->setSectionResizeMode(CheckpointTableModel::DimensionColumn,
                                     QHeaderView::Interactive);
        table->setColumnWidth(CheckpointTableModel::DimensionColumn, 180);
        table->setAccessibleName(tr("Checkpoints of %1").arg(level.code));
        connect(table, &QAbstractItemView::activated, this, &CheckpointsView::markDone);
        const QString title = tr("%1 %2 (%3/%4)")
                                  .arg(level.code, level.name.text())
                                  .arg(m_workspace.checkpointsDone(level))
                                  .arg(level.checkpoints.size());
        m_tabs->addTab(table, title);
    }
    m_tabs->setCurrentIndex(std::clamp(currentTab, 0, int(m_tabs->count()) - 1));
    applyDimensionFilter();
}

QString CheckpointsView::selectedCheckpoint() const
{
    const auto* table = qobject_cast<const QTableView*>(m_tabs->currentWidget());
    if (!table || !table->currentIndex().isValid())
        return {};
    return table->currentIndex().data(CheckpointTableModel::KeyRole).toString();
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

void CheckpointsView::report(const Status& status)
{
    if (!status)
        QMessageBox::warning(this, tr("Checkpoint not changed"), status.error().message);
}

void CheckpointsView::applyDimensionFilter()
{
    const QString key = m_dimension->currentData().toString();
    for (int i = 0; i < m_tabs->count(); ++i) {
        auto* table = qobject_cast<QTableView*>(m_tabs->widget(i));
        if (auto* filter = qobject_cast<CheckpointFilterModel*>(table->model()))
            filter->setDimensionKey(key);
    }
}
