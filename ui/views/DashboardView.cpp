// SPDX-License-Identifier: GPL-3.0-or-later
#include "DashboardView.h"

#include "AssessmentTableModel.h"
#include "CompositePanel.h"
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
#include <QScrollArea>
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
    , m_next(new QLabel(this))
    , m_gapsBox(new QGroupBox(this))
    , m_nextBox(new QGroupBox(this))
    , m_radar(new RadarPanel(workspace, this))
    , m_composite(new CompositePanel(workspace, this))
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

    auto* checkpointBox = new QGroupBox(tr("Readiness"), this);
    auto* checkpointLayout = new QVBoxLayout(checkpointBox);
    m_checkpoints->setTextFormat(Qt::RichText);
    m_checkpoints->setWordWrap(true);
    checkpointLayout->addWidget(m_checkpoints);

    m_assessments->setModel(m_assessmentModel);
    m_assessments->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_assessments->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_assessments->setSelectionMode(QAbstractItemView::SingleSelection);
    m_assessments->verticalHeader()->hide();
    // Long dimension names wrap in the narrow column instead of widening it.
    m_assessments->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_assessmentsTitle->setWordWrap(true);
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
    m_gaps->setObjectName(QStringLiteral("gaps"));
    auto* gapsLayout = new QVBoxLayout(m_gapsBox);
    gapsLayout->addWidget(m_gaps);
    m_next->setWordWrap(true);
    m_next->setTextFormat(Qt::RichText);
    m_next->setTextInteractionFlags(Qt::LinksAccessibleByMouse | Qt::LinksAccessibleByKeyboard);
    m_next->setObjectName(QStringLiteral("nextCheckpoints"));
    auto* nextLayout = new QVBoxLayout(m_nextBox);
    nextLayout->addWidget(m_next);
    connect(m_next, &QLabel::linkActivated, this, &DashboardView::checkpointRequested);

    // Left: where you stand, in words; it scrolls on a short screen (or at 200 % scale)
    // rather than squeezing its text.
    auto* left = new QVBoxLayout;
    left->addWidget(profileBox);
    left->addWidget(habitBox);
    left->addWidget(checkpointBox);
    left->addWidget(m_gapsBox);
    left->addWidget(m_nextBox);
    left->addLayout(assessmentsHeader);
    left->addWidget(m_assessments);
    left->addStretch(1);
    auto* leftColumn = new QWidget;
    leftColumn->setLayout(left);
    auto* scroll = new QScrollArea(this);
    scroll->setWidget(leftColumn);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Your standing"));
    // Every label wraps, so the column can follow the width it is given.
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setMinimumWidth(340);
    scroll->setMaximumWidth(520);

    // Right: the same standing as pictures: the radar and the composite score's trend.
    auto* compositeBox = new QGroupBox(tr("Composite score"), this);
    auto* compositeLayout = new QVBoxLayout(compositeBox);
    compositeLayout->addWidget(m_composite);
    auto* right = new QVBoxLayout;
    right->addWidget(m_radar, 1);
    right->addWidget(compositeBox);

    auto* layout = new QHBoxLayout(this);
    layout->addWidget(scroll, 2);
    layout->addLayout(right, 3);

    connect(m_radar, &RadarPanel::statusMessage, this, &DashboardView::statusMessage);
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
        lines << tr("<b>%1</b> %2: readiness <b>%5&nbsp;%</b> · %3 of %4 checkpoints done")
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
    m_gapsBox->setTitle(tr("Largest gaps to %1").arg(p.targetLevel));
    m_gaps->setText(gaps.join(QStringLiteral("<br>")));
    refreshNextCheckpoints();
}

void DashboardView::refreshNextCheckpoints()
{
    const Framework& f = m_workspace.framework();
    const Level* target = f.level(m_workspace.profile().targetLevel);
    if (!target)
        return;
    QList<const Checkpoint*> open;
    for (auto wanted :
         {CheckpointProgress::Status::InProgress, CheckpointProgress::Status::NotStarted}) {
        for (const Checkpoint& c : target->checkpoints) {
            if (m_workspace.checkpointProgress().value(c.key).status == wanted)
                open << &c;
        }
    }
    QStringList lines;
    for (const Checkpoint* c : open.mid(0, 3)) {
        const bool started = m_workspace.checkpointProgress().value(c->key).status ==
                             CheckpointProgress::Status::InProgress;
        lines << QStringLiteral("<a href=\"%1\">%2</a>%3")
                     .arg(
                         c->key.toHtmlEscaped(), c->title.text().toHtmlEscaped(),
                         started
                             ? QStringLiteral(" <i>(%1)</i>").arg(tr("in progress").toHtmlEscaped())
                             : QString());
    }
    if (lines.isEmpty())
        lines << tr("Every checkpoint of %1 is done.").arg(target->code).toHtmlEscaped();
    m_nextBox->setTitle(tr("Next checkpoints for %1").arg(target->code));
    m_next->setText(lines.join(QStringLiteral("<br>")));
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
