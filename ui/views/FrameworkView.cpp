// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkView.h"

#include "CheckpointTableModel.h"
#include "DimensionTableModel.h"
#include "MetricTableModel.h"
#include "Workspace.h"

#include <QComboBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace {

QTableView* readOnlyTable(QAbstractItemModel* model, const QString& accessibleName)
{
    auto* table = new QTableView;
    table->setModel(model);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setWordWrap(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setAccessibleName(accessibleName);
    return table;
}

} // namespace

FrameworkView::FrameworkView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_frameworks(new QComboBox(this))
    , m_description(new QLabel(this))
    , m_levels(new QTextBrowser(this))
    , m_dimensions(new DimensionTableModel(this))
    , m_checkpoints(new CheckpointTableModel(this))
    , m_metrics(new MetricTableModel(this))
{
    auto* frameworkLabel = new QLabel(tr("Active &framework:"), this);
    frameworkLabel->setBuddy(m_frameworks);
    m_frameworks->setAccessibleName(tr("Active framework"));
    auto* importButton = new QPushButton(tr("&Import…"), this);
    importButton->setToolTip(tr("Import a framework from a JSON file"));
    auto* top = new QHBoxLayout;
    top->addWidget(frameworkLabel);
    top->addWidget(m_frameworks, 1);
    top->addWidget(importButton);

    m_description->setWordWrap(true);
    m_levels->setOpenLinks(false);
    m_levels->setAccessibleName(tr("Levels"));

    auto* tabs = new QTabWidget(this);
    tabs->addTab(m_levels, tr("&Levels"));
    tabs->addTab(readOnlyTable(m_dimensions, tr("Dimensions")), tr("&Dimensions"));
    auto* checkpointTable = readOnlyTable(m_checkpoints, tr("Checkpoints"));
    checkpointTable->setColumnWidth(CheckpointTableModel::TitleColumn, 380);
    checkpointTable->setColumnWidth(CheckpointTableModel::ProvenByColumn, 320);
    // The framework's own content; the user's progress has the Checkpoints view.
    for (int column : {CheckpointTableModel::DateColumn, CheckpointTableModel::EvidenceColumn,
                       CheckpointTableModel::NoteColumn})
        checkpointTable->setColumnHidden(column, true);
    tabs->addTab(checkpointTable, tr("&Checkpoints"));
    auto* metricTable = readOnlyTable(m_metrics, tr("Metrics"));
    metricTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tabs->addTab(metricTable, tr("&Metrics"));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_description);
    layout->addWidget(tabs, 1);

    connect(importButton, &QPushButton::clicked, this, &FrameworkView::importFramework);
    connect(m_frameworks, &QComboBox::activated, this, &FrameworkView::activateSelected);
    connect(&m_workspace, &Workspace::changed, this, &FrameworkView::refresh);
    refresh();
}

void FrameworkView::refresh()
{
    const Framework& f = m_workspace.framework();
    {
        const QSignalBlocker blocker(m_frameworks);
        m_frameworks->clear();
        auto all = m_workspace.frameworks();
        if (all) {
            for (const FrameworkSummary& s : all.value())
                m_frameworks->addItem(tr("%1 (%2)").arg(s.name.text(), s.key), s.key);
        }
        m_frameworks->setCurrentIndex(m_frameworks->findData(f.key));
    }
    m_description->setText(f.description.text());

    QString html;
    for (const Level& l : f.levels) {
        html += QStringLiteral("<h3>%1 · %2</h3><p>%3</p><p><i>%4</i></p>")
                    .arg(l.code.toHtmlEscaped(), l.name.text().toHtmlEscaped(),
                         l.summary.text().toHtmlEscaped(),
                         tr("Checkpoints: %1").arg(l.checkpoints.size()));
    }
    m_levels->setHtml(html);
    m_dimensions->setFramework(f);
    m_checkpoints->setFramework(f, m_workspace.checkpointProgress());
    m_metrics->setFramework(f);
}

void FrameworkView::activateSelected()
{
    const QString key = m_frameworks->currentData().toString();
    if (key.isEmpty() || key == m_workspace.framework().key)
        return;
    if (Status s = m_workspace.useFramework(key); !s) {
        QMessageBox::warning(this, tr("Framework not changed"), s.error().message);
        refresh();
        return;
    }
    Q_EMIT statusMessage(tr("Now using %1.").arg(m_workspace.framework().name.text()));
}

void FrameworkView::importFramework()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Import Framework"), QString(), tr("Framework files (*.json);;All files (*)"));
    if (!path.isEmpty())
        importFrameworkFile(path);
}

bool FrameworkView::importFrameworkFile(const QString& path)
{
    auto imported = m_workspace.importFramework(path);
    if (!imported) {
        QMessageBox::warning(this, tr("Framework not imported"),
                             tr("Nothing was imported, because the file has a problem:\n\n%1")
                                 .arg(imported.error().message));
        return false;
    }
    const Framework& f = imported.value();
    Q_EMIT statusMessage(tr("Imported %1.").arg(f.name.text()));
    if (f.key != m_workspace.framework().key &&
        QMessageBox::question(this, tr("Framework imported"),
                              tr("%1 was imported. Use it now?").arg(f.name.text())) ==
            QMessageBox::Yes) {
        if (Status s = m_workspace.useFramework(f.key); !s)
            QMessageBox::warning(this, tr("Framework not changed"), s.error().message);
    }
    return true;
}
