// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarPanel.h"

#include "RadarData.h"
#include "Workspace.h"
#include "charts/ChartView.h"
#include "charts/RadarChart.h"

#include <QChart>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
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

    auto* top = new QHBoxLayout;
    top->addStretch(1);
    top->addWidget(compareLabel);
    top->addWidget(m_snapshot);

    m_view->setMinimumSize(420, 380);
    m_view->setAccessibleName(tr("Competency radar"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);

    connect(m_snapshot, &QComboBox::currentIndexChanged, this, &RadarPanel::refresh);
    connect(&m_workspace, &Workspace::changed, this, &RadarPanel::refresh);
    connect(&m_workspace, &Workspace::assessmentsChanged, this, &RadarPanel::refresh);
    refresh();
}

int RadarPanel::snapshotDays() const
{
    return m_snapshot->currentData().toInt();
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
