// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "AssessmentTableModel.h"
#include "NumberText.h"
#include "RadarPanel.h"
#include "Readiness.h"
#include "Workspace.h"
#include "dialogs/AssessDialog.h"

#include <QFont>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

DashboardView::DashboardView(Workspace& workspace, QWidget* parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_profile(new QLabel(this))
    , m_streak(new QLabel(this))
    , m_nothingToday(new QLabel(tr("Nothing logged today yet"), this))
    , m_assessmentsTitle(new QLabel(this))
    , m_assessments(new QTableView(this))
    , m_assessmentModel(new AssessmentTableModel(this))
    , m_checkpoints(new QLabel(this))
    , m_gaps(new QLabel(this))
    , m_radar(new RadarPanel(workspace, this))
{
    auto* profileBox = new QGroupBox(tr("Your ladder"), this);
    auto* profileLayout = new QVBoxLayout(profileBox);
    m_profile->setWordWrap(true);
    m_profile->setTextFormat(Qt::RichText);
    profileLayout->addWidget(m_profile);

    auto* habitBox = new QGroupBox(tr("Daily habit"), this);
    auto* habitLayout = new QHBoxLayout(habitBox);
    m_streak->setObjectName(QStringLiteral("streak"));
    m_nothingToday->setObjectName(QStringLiteral("nothingToday"));
    QFont hintFont = m_nothingToday->font();
    hintFont.setItalic(true);
    m_nothingToday->setFont(hintFont);
    habitLayout->addWidget(m_streak);
    habitLayout->addSpacing(24);
    habitLayout->addWidget(m_nothingToday);
    habitLayout->addStretch(1);

    auto* checkpointBox = new QGroupBox(tr("Checkpoints"), this);
    auto* checkpointLayout = new QVBoxLayout(checkpointBox);
    m_checkpoints->setTextFormat(Qt::RichText);
    checkpointLayout->addWidget(m_checkpoints);

    m_assessments->setModel(m_assessmentModel);
    m_assessments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assessments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assessments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assessments->verticalHeader()->hide();
    QHeaderView* header = m_assessments->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AssessmentTableModel::DimensionColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(80);
    m_assessments->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_assessments->setAccessibleName(tr("Your scores and expected scores by dimension"));

    auto* assessButton = new QPushButton(tr("&Assess…"), this);
    assessButton->setToolTip(tr("Give yourself a score on a dimension"));
    auto* assessmentsHeader = new QHBoxLayout;
    assessmentsHeader->addWidget(m_assessmentsTitle, 1);
    assessmentsHeader->addWidget(assessButton);

    m_gaps->setWordWrap(true);
    m_gaps->setTextFormat(Qt::RichText);
    auto* left = new QVBoxLayout;
    left->addWidget(profileBox);
    left->addWidget(habitBox);
    left->addLayout(assessmentsHeader);
    left->addWidget(m_assessments);
    left->addWidget(checkpointBox);
    left->addWidget(m_gaps);
    left->addStretch(1);
    auto* layout = new QHBoxLayout(this);
    // The tables need about 480 pixels; everything else goes to the radar.
    auto* leftColumn = new QWidget(this);
    leftColumn->setLayout(left);
    leftColumn->setMaximumWidth(560);
    left->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(leftColumn, 0);
    layout->addWidget(m_radar, 1);

    connect(assessButton, &QPushButton::clicked, this, [this] { assess(); });
    // Enter or a double click on a row reassesses that dimension.
    connect(m_assessments, &QAbstractItemView::activated, this, [this](const QModelIndex& index) {
        assess(index.data(AssessmentTableModel::KeyRole).toString());
    });
    connect(&m_workspace, &Workspace::changed, this, &DashboardView::refresh);
    connect(&m_workspace, &Workspace::entriesChanged, this, [this] {
        refreshHabit();
        refreshStanding();
    });
    connect(&m_workspace, &Workspace::assessmentsChanged, this, [this] {
        refreshAssessments();
        refreshStanding();
    });
    refresh();
}

AssessDialog* DashboardView::assess(const QString& dimensionKey)
{
    QString key = dimensionKey;
    if (key.isEmpty())
        key = m_assessments->currentIndex().data(AssessmentTableModel::KeyRole).toString();
    auto* dialog = new AssessDialog(m_workspace, key, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void DashboardView::refresh()
{
    refreshHabit();
    refreshAssessments();

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

    m_assessmentsTitle->setText(
        tr("Your score per dimension (0–5) compared with what %1 and %2 expect")
            .arg(current->code, target->code));

    refreshStanding();
}

void DashboardView::refreshStanding()
{
    const Framework& f = m_workspace.framework();
    const Profile& p = m_workspace.profile();
    QStringList lines;
    for (const Level& level : f.levels) {
        const LevelReadiness r = Readiness::forLevel(f, level, m_workspace.checkpointProgress(),
                                                     m_workspace.assessments());
        lines << tr("<b>%1</b> %2: %3 of %4 checkpoints done · readiness <b>%5 %</b>")
                     .arg(level.code.toHtmlEscaped(), level.name.text().toHtmlEscaped())
                     .arg(r.checkpointsDone)
                     .arg(r.checkpointCount)
                     .arg(qRound(r.readiness * 100));
    }
    m_checkpoints->setText(lines.join(QStringLiteral("<br>")));

    // The three largest gaps of each kind, as docs/readiness.md defines them.
    QStringList gaps;
    const auto dimensions =
        Readiness::dimensionGaps(f, p.targetLevel, m_workspace.assessments()).mid(0, 3);
    for (const DimensionGap& g : dimensions) {
        gaps << tr("%1: expects %2, you %3")
                    .arg(f.dimension(g.dimensionKey)->name.text().toHtmlEscaped(),
                         numberText(g.expected),
                         g.assessed ? numberText(*g.assessed) : tr("not assessed"));
    }
    const auto metrics =
        Readiness::metricGaps(f, p.targetLevel, m_workspace.entries(), m_workspace.today())
            .mid(0, 3);
    for (const MetricGap& g : metrics) {
        const Metric* m = f.metric(g.metricKey);
        gaps << tr("%1: target %2%3, now %4")
                    .arg(m->name.text().toHtmlEscaped(),
                         m->direction == Metric::Direction::LowerIsBetter ? QStringLiteral("≤ ")
                                                                          : QString(),
                         numberText(g.target),
                         g.value ? QString::number(*g.value, 'g', 3) : tr("nothing logged"));
    }
    m_gaps->setText(tr("<b>Largest gaps to %1</b><br>%2")
                        .arg(p.targetLevel.toHtmlEscaped(), gaps.join(QStringLiteral("<br>"))));
}

void DashboardView::refreshHabit()
{
    m_streak->setText(tr("Streak: %n days in a row", nullptr, m_workspace.streak()));
    m_nothingToday->setVisible(!m_workspace.hasEntryOn(m_workspace.today()));
}

void DashboardView::refreshAssessments()
{
    const QString selected =
        m_assessments->currentIndex().data(AssessmentTableModel::KeyRole).toString();
    const Profile& p = m_workspace.profile();
    m_assessmentModel->setContents(m_workspace.framework(), p.currentLevel, p.targetLevel,
                                   m_workspace.assessments());
    // A reset loses the selection; keep the row the user was on.
    const QModelIndex again = m_assessmentModel->indexFromDimension(selected);
    if (again.isValid())
        m_assessments->setCurrentIndex(again);
}
