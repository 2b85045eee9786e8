// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarPanel.h"

#include "ChartFileDialog.h"
#include "RadarData.h"
#include "Workspace.h"
#include "charts/ChartExporter.h"
#include "charts/ChartView.h"
#include "charts/RadarChart.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

RadarPanel::RadarPanel(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_snapshot(new QComboBox(this))
    , m_view(new ChartView(new QChart, this))
{
    m_snapshot->addItem(tr("nothing"), 0);
    for (int days : {30, 90, 180, 365})
        m_snapshot->addItem(tr("yourself %1 days ago").arg(days), days);
    m_snapshot->setCurrentIndex(m_snapshot->findData(90));
    m_snapshot->setAccessibleName(tr("Compare with"));
    auto* compareLabel = new QLabel(tr("&Compare with:"), this);
    compareLabel->setBuddy(m_snapshot);

    auto* exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setToolTip(tr("Save the radar as PNG, SVG or PDF"));

    auto* top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(compareLabel);
    top->addWidget(m_snapshot);
    top->addWidget(exportButton);

    m_view->setMinimumSize(420, 380);
    m_view->setAccessibleName(tr("Competency radar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_snapshot, &QComboBox::currentIndexChanged, this, &RadarPanel::refresh);
    connect(exportButton, &QPushButton::clicked, this, [this] {
        if (const QString message = chooseAndExport(); !message.isEmpty())
            Q_EMIT statusMessage(message);
    });
    connect(&m_workspace, &Workspace::changed, this, &RadarPanel::refresh);
    connect(&m_workspace, &Workspace::assessmentsChanged, this, &RadarPanel::refresh);
    refresh();
}

int RadarPanel::snapshotDays() const
{
    return m_snapshot->currentData().toInt();
}

Status RadarPanel::exportTo(const QString& path) const
{
    const QSize size = m_view->size().expandedTo(QSize(600, 500));
    return ChartExporter::save(m_view->chart(), path, size);
}

QString RadarPanel::chooseAndExport()
{
    const QString path = ChartFileDialog::askPath(
        this, tr("Export Radar"),
        QStringLiteral("rungs-radar-%1").arg(m_workspace.today().toString(Qt::ISODate)), false);
    if (path.isEmpty())
        return {};
    if (Status s = exportTo(path); !s) {
        QMessageBox::warning(this, tr("Export failed"), s.error().message);
        return {};
    }
    return tr("Radar saved to %1").arg(path);
}

void RadarPanel::refresh()
{
    const Profile& p = m_workspace.profile();
    QHash<QString, Assessment> earlier;
    QString label;
    if (const int days = snapshotDays(); days > 0) {
        const QDate day = m_workspace.today().addDays(-days);
        // A snapshot that cannot be read is left out; the rest of the radar still helps.
        if (auto asOf = m_workspace.assessmentsAsOf(day))
            earlier = asOf.value();
        label = day.toString(Qt::ISODate);
    }
    QChart* old = m_view->chart();
    m_view->setChart(RadarChart::build(
        RadarData::forProfile(m_workspace.framework(), p.currentLevel, p.targetLevel,
                              m_workspace.assessments(), earlier, label)));
    delete old; // setChart() hands the previous chart back to its creator
}
