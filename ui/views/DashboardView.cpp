// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "DimensionTableModel.h"
#include "Workspace.h"

#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

DashboardView::DashboardView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_profile(new QLabel(this))
    , m_expectationsTitle(new QLabel(this))
    , m_expectations(new QTableView(this))
    , m_dimensions(new DimensionTableModel(this))
    , m_checkpoints(new QLabel(this))
{
    auto* profileBox = new QGroupBox(tr("Your ladder"), this);
    auto* profileLayout = new QVBoxLayout(profileBox);
    m_profile->setWordWrap(true);
    m_profile->setTextFormat(Qt::RichText);
    profileLayout->addWidget(m_profile);

    auto* checkpointBox = new QGroupBox(tr("Checkpoints"), this);
    auto* checkpointLayout = new QVBoxLayout(checkpointBox);
    m_checkpoints->setTextFormat(Qt::RichText);
    checkpointLayout->addWidget(m_checkpoints);

    m_expectations->setModel(m_dimensions);
    m_expectations->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_expectations->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_expectations->verticalHeader()->hide();
    m_expectations->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_expectations->horizontalHeader()->setSectionResizeMode(DimensionTableModel::NameColumn,
                                                             QHeaderView::Stretch);
    m_expectations->horizontalHeader()->setMinimumSectionSize(80);
    m_expectations->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_expectations->setAccessibleName(tr("Expected scores by dimension"));

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(profileBox);
    layout->addWidget(m_expectationsTitle);
    layout->addWidget(m_expectations);
    layout->addWidget(checkpointBox);
    layout->addStretch(1);

    connect(&m_workspace, &Workspace::changed, this, &DashboardView::refresh);
    refresh();
}

void DashboardView::refresh()
{
    const Framework& f = m_workspace.framework();
    const Profile& p = m_workspace.profile();
    const Level* current = f.level(p.currentLevel);
    const Level* target = f.level(p.targetLevel);
    if (!current || !target)
        return;

    const QString date = p.targetDate.isValid()
                             ? QLocale().toString(p.targetDate, QLocale::LongFormat)
                             : tr("not set");
    m_profile->setText(tr("<b>%1</b><br>Now: <b>%2</b> %3<br>Aiming for: <b>%4</b> %5"
                          "<br><i>%6</i><br>Target date: %7")
                           .arg(f.name.text().toHtmlEscaped(), current->code.toHtmlEscaped(),
                                current->name.text().toHtmlEscaped(), target->code.toHtmlEscaped(),
                                target->name.text().toHtmlEscaped(),
                                target->summary.text().toHtmlEscaped(), date));

    m_expectationsTitle->setText(tr("Expected score per dimension (0–5): %1 compared with %2")
                                     .arg(target->code, current->code));
    m_dimensions->setFramework(f);
    for (int i = 0; i < f.levels.size(); ++i) {
        const QString& code = f.levels[i].code;
        m_expectations->setColumnHidden(DimensionTableModel::FirstLevelColumn + i,
                                        code != current->code && code != target->code);
    }

    QStringList lines;
    for (const Level& level : f.levels) {
        lines << tr("<b>%1</b> %2: %3 of %4 done")
                     .arg(level.code.toHtmlEscaped(), level.name.text().toHtmlEscaped())
                     .arg(m_workspace.checkpointsDone(level))
                     .arg(level.checkpoints.size());
    }
    m_checkpoints->setText(lines.join(QStringLiteral("<br>")));
}
