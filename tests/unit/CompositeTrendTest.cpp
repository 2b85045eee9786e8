// SPDX-License-Identifier: GPL-3.0-or-later
// The composite score week by week (CompositeTrend) and the Workspace that keeps the
// user's weights for it.
#include "CompositeTrend.h"

#include "ScoreWeightsStore.h"
#include "TestEntries.h"
#include "WorkspaceTest.h"

#include <QSignalSpy>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

constexpr double Exact = 1e-9;

void expectNear(const QList<double>& actual, const QList<double>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        EXPECT_NEAR(actual[i], expected[i], Exact) << "at " << i;
}

} // namespace

TEST(CompositeTrend, ThreeWeeksWithWeightsOneToThreeGiveTheWorkedExample)
{
    CompositeSettings settings;
    settings.weights = {{u"delta_tech"_s, 1}, {u"alert_hours_week"_s, 3}};
    const CompositeTrend t = CompositeTrend::compute(
        goBackendFramework(), compositeExampleEntries(), settings, TestToday);

    EXPECT_EQ(t.weeks, (QList<QDate>{nov(2), nov(9), nov(16)}));
    EXPECT_EQ(t.metrics, (QStringList{u"delta_tech"_s, u"alert_hours_week"_s}));
    EXPECT_EQ(t.expertWeights, (QList<double>{1, 3}));
    EXPECT_DOUBLE_EQ(t.entropyShare, 0.6);
    // The numbers worked out by hand in docs/composite-score.md (see CompositeScoreTest):
    // entropy 0.5264259077 / 0.4735740923, blended 0.6 · entropy + 0.4 · (0.25, 0.75).
    expectNear(t.entropyWeights, {0.52642590774101959639, 0.47357409225898040361});
    expectNear(t.weights, {0.41585554464461175783, 0.58414445535538824217});
    expectNear(t.scores, {0, 0.79207222767769412108, 0.85396388616115293946});
    ASSERT_TRUE(t.currentScore());
    ASSERT_TRUE(t.previousScore());
    EXPECT_NEAR(*t.currentScore(), 0.85396388616115293946, Exact);
    EXPECT_NEAR(*t.previousScore(), 0.79207222767769412108, Exact);
    EXPECT_TRUE(t.notes.isEmpty()) << t.notes.join(u'\n').toStdString();
}

TEST(CompositeTrend, ExpertWeightsAloneWithAMissingWeightCountingOne)
{
    CompositeSettings settings;
    settings.weights = {{u"delta_tech"_s, 3}}; // alert_hours_week: the default 1
    settings.entropyShare = 0;
    const CompositeTrend t = CompositeTrend::compute(
        goBackendFramework(), compositeExampleEntries(), settings, TestToday);

    EXPECT_EQ(t.expertWeights, (QList<double>{3, 1}));
    // Expert 3 : 1 → 0.75, 0.25; with share 0 these are the weights.
    expectNear(t.weights, {0.75, 0.25});
    // z: delta_tech 0, 0.5, 1; alert hours 0, 1, 0.75 (see compositeExampleEntries() in
    // TestEntries.h).
    //   week 1: 0.75 · 0   + 0.25 · 0    = 0
    //   week 2: 0.75 · 0.5 + 0.25 · 1    = 0.375 + 0.25   = 0.625
    //   week 3: 0.75 · 1   + 0.25 · 0.75 = 0.75  + 0.1875 = 0.9375
    expectNear(t.scores, {0, 0.625, 0.9375});
}

TEST(CompositeTrend, WindowEndsTodayAndWeeksStartWithTheFirstEntryInside)
{
    // go-backend's window is 90 days: 2026-08-25 (a Tuesday) to 2026-11-22.
    ASSERT_EQ(goBackendFramework().windowDays, 90);
    const QList<Entry> entries = {makeEntry(QDate(2026, 8, 24), u"delta_tech"_s, 5), // outside
                                  makeEntry(QDate(2026, 8, 25), u"delta_tech"_s, 1),
                                  makeEntry(nov(20), u"delta_tech"_s, 3)};
    const CompositeTrend t = CompositeTrend::compute(goBackendFramework(), entries, {}, TestToday);

    // Mondays 2026-08-24 … 2026-11-16: 84 days apart, 13 weeks.
    ASSERT_EQ(t.weeks.size(), 13);
    EXPECT_EQ(t.weeks.constFirst(), QDate(2026, 8, 24));
    EXPECT_EQ(t.weeks.constLast(), nov(16));
    // Weekly sums 1, eleven weeks of 0, 3 → z = 1/3, 0 …, 1; one metric carries all the
    // weight. Had the entry of 08-24 counted, the first week would sum 6 and score 1.
    ASSERT_EQ(t.scores.size(), 13);
    EXPECT_NEAR(t.scores.constFirst(), 1.0 / 3, Exact);
    EXPECT_NEAR(t.scores[6], 0, Exact);
    EXPECT_NEAR(t.scores.constLast(), 1, Exact);
}

TEST(CompositeTrend, EntriesOfMetricsTheFrameworkLacksDoNotStartTheWeeks)
{
    const QList<Entry> entries = {makeEntry(nov(2), u"retired_metric"_s, 4),
                                  makeEntry(nov(10), u"delta_tech"_s, 1),
                                  makeEntry(nov(20), u"delta_tech"_s, 2)};
    const CompositeTrend t = CompositeTrend::compute(goBackendFramework(), entries, {}, TestToday);
    EXPECT_EQ(t.weeks, (QList<QDate>{nov(9), nov(16)}));
    EXPECT_EQ(t.metrics, QStringList{u"delta_tech"_s});
}

TEST(CompositeTrend, NoScoreWithoutTwoWeeks)
{
    const CompositeTrend none = CompositeTrend::compute(goBackendFramework(), {}, {}, TestToday);
    EXPECT_TRUE(none.weeks.isEmpty());
    EXPECT_TRUE(none.metrics.isEmpty());
    EXPECT_FALSE(none.currentScore());
    EXPECT_FALSE(none.previousScore());

    const QList<Entry> oneWeek = {makeEntry(nov(17), u"delta_tech"_s, 1),
                                  makeEntry(nov(19), u"delta_tech"_s, 2)};
    const CompositeTrend single =
        CompositeTrend::compute(goBackendFramework(), oneWeek, {}, TestToday);
    EXPECT_EQ(single.weeks, QList<QDate>{nov(16)});
    EXPECT_FALSE(single.currentScore());
    EXPECT_FALSE(single.notes.isEmpty()); // the computation says why it cannot compare
}

class WorkspaceCompositeTest : public WorkspaceTest
{};

TEST_F(WorkspaceCompositeTest, StoredSettingsWeightTheTrendAndAreAnnounced)
{
    for (const Entry& e : compositeExampleEntries())
        ASSERT_TRUE(m_workspace->addEntry(e).ok());
    EXPECT_EQ(m_workspace->compositeSettings(), CompositeSettings{});

    QSignalSpy announced(m_workspace.get(), &Workspace::compositeSettingsChanged);
    CompositeSettings settings;
    settings.weights = {{u"delta_tech"_s, 3}};
    settings.entropyShare = 0;
    ASSERT_TRUE(m_workspace->setCompositeSettings(settings).ok());
    EXPECT_EQ(announced.count(), 1);
    EXPECT_EQ(m_workspace->compositeSettings(), settings);
    // As in ExpertWeightsAloneWithAMissingWeightCountingOne.
    expectNear(m_workspace->compositeTrend().scores, {0, 0.625, 0.9375});

    // A fresh workspace on the same file reads the same settings back.
    Workspace again(*m_db);
    ASSERT_TRUE(again.reload().ok());
    EXPECT_EQ(again.compositeSettings(), settings);
}

TEST_F(WorkspaceCompositeTest, RefusedSettingsChangeNothingAndAreNotAnnounced)
{
    QSignalSpy announced(m_workspace.get(), &Workspace::compositeSettingsChanged);
    CompositeSettings settings;
    settings.weights = {{u"delta_tech"_s, 4}, {u"alert_hours_week"_s, -1}};
    settings.entropyShare = 0.3;
    const Status s = m_workspace->setCompositeSettings(settings);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, u"weight: -1 is outside 0 to 100 for alert_hours_week"_s);
    EXPECT_EQ(announced.count(), 0);
    EXPECT_EQ(m_workspace->compositeSettings(), CompositeSettings{});
    auto stored = ScoreWeightsStore(*m_db).load(m_workspace->framework());
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value(), CompositeSettings{});
}
