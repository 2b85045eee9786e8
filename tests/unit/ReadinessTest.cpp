// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include "TestEntries.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/*
 * A small ladder whose numbers are easy to follow by hand:
 *   levels A (2 checkpoints) and B (4 checkpoints, one with no dimension);
 *   dimensions x (A expects 2, B expects 4), y (A 1, B 2), z (A 0, B 3);
 *   metrics up (higher is better, sum, B target 2 per day), down (lower, mean, B
 *   target 10), last (higher, last, B target 5), none (no targets); window 10 days.
 */
Framework ladder()
{
    Framework f;
    f.key = u"hand"_s;
    f.windowDays = 10;
    Level a;
    a.code = u"A"_s;
    a.checkpoints = {{u"a1"_s, u"A"_s, u"x"_s, {}, {}}, {u"a2"_s, u"A"_s, u"y"_s, {}, {}}};
    Level b;
    b.code = u"B"_s;
    b.checkpoints = {{u"b1"_s, u"B"_s, u"x"_s, {}, {}},
                     {u"b2"_s, u"B"_s, u"y"_s, {}, {}},
                     {u"b3"_s, u"B"_s, u"z"_s, {}, {}},
                     {u"b4"_s, u"B"_s, {}, {}, {}}};
    f.levels = {a, b};
    const auto dimension = [](const QString& key, double atA, double atB) {
        Dimension d;
        d.key = key;
        d.expectations = {{u"A"_s, atA}, {u"B"_s, atB}};
        return d;
    };
    f.dimensions = {dimension(u"x"_s, 2, 4), dimension(u"y"_s, 1, 2), dimension(u"z"_s, 0, 3)};
    const auto metric = [](const QString& key, Metric::Direction direction,
                           Metric::Aggregation aggregation, std::optional<double> atB) {
        Metric m;
        m.key = key;
        m.direction = direction;
        m.aggregation = aggregation;
        m.maximum = 1000;
        if (atB)
            m.targets = {{u"B"_s, *atB}};
        return m;
    };
    using D = Metric::Direction;
    using A = Metric::Aggregation;
    f.metrics = {metric(u"up"_s, D::HigherIsBetter, A::Sum, 2),
                 metric(u"down"_s, D::LowerIsBetter, A::Mean, 10),
                 metric(u"last"_s, D::HigherIsBetter, A::Last, 5),
                 metric(u"none"_s, D::HigherIsBetter, A::Sum, std::nullopt)};
    return f;
}

QHash<QString, Assessment> scores(std::initializer_list<std::pair<const char*, double>> list)
{
    QHash<QString, Assessment> all;
    for (const auto& [key, score] : list) {
        Assessment a;
        a.dimensionKey = QString::fromLatin1(key);
        a.score = score;
        all.insert(a.dimensionKey, a);
    }
    return all;
}

QHash<QString, CheckpointProgress> done(std::initializer_list<const char*> keys)
{
    QHash<QString, CheckpointProgress> all;
    for (const char* key : keys) {
        CheckpointProgress p;
        p.checkpointKey = QString::fromLatin1(key);
        p.status = CheckpointProgress::Status::Done;
        all.insert(p.checkpointKey, p);
    }
    return all;
}

} // namespace

TEST(Readiness, HalfCheckpointsHalfDimensionsWorkedByHand)
{
    const Framework f = ladder();
    // B: checkpoints 1 of 4 done → 0.25. Dimensions with an expectation at B: x 3/4 = 0.75,
    // y min(1, 3/2) = 1, z never assessed 0/3 = 0 → (0.75 + 1 + 0) / 3 = 0.5833…
    // Readiness = (0.25 + 0.58333…) / 2 = 0.41666…
    const LevelReadiness r =
        Readiness::forLevel(f, f.levels[1], done({"b2", "a1"}), scores({{"x", 3}, {"y", 3}}));
    EXPECT_EQ(r.levelCode, u"B"_s);
    EXPECT_EQ(r.checkpointsDone, 1);
    EXPECT_EQ(r.checkpointCount, 4);
    EXPECT_DOUBLE_EQ(r.checkpointShare, 0.25);
    EXPECT_DOUBLE_EQ(r.dimensionShare, 1.75 / 3);
    EXPECT_DOUBLE_EQ(r.readiness, (0.25 + 1.75 / 3) / 2);
}

TEST(Readiness, DimensionTheLevelExpectsNothingOfIsLeftOut)
{
    const Framework f = ladder();
    // A expects x 2 and y 1 (z 0 is left out): x 1/2 = 0.5, y 1/1 = 1 → 0.75.
    // Checkpoints a1 done of 2 → 0.5. Readiness (0.5 + 0.75) / 2 = 0.625.
    const LevelReadiness r =
        Readiness::forLevel(f, f.levels[0], done({"a1"}), scores({{"x", 1}, {"y", 1}, {"z", 5}}));
    EXPECT_DOUBLE_EQ(r.dimensionShare, 0.75);
    EXPECT_DOUBLE_EQ(r.readiness, 0.625);
}

TEST(Readiness, EverythingDoneAndAboveExpectationIsExactlyOne)
{
    const Framework f = ladder();
    const LevelReadiness r = Readiness::forLevel(f, f.levels[1], done({"b1", "b2", "b3", "b4"}),
                                                 scores({{"x", 5}, {"y", 5}, {"z", 5}}));
    EXPECT_DOUBLE_EQ(r.readiness, 1.0);
}

TEST(Readiness, NothingDoneNothingAssessedIsZero)
{
    const Framework f = ladder();
    EXPECT_DOUBLE_EQ(Readiness::forLevel(f, f.levels[1], {}, {}).readiness, 0.0);
}

TEST(Readiness, DimensionGapsAreLargestFirstAndOnlyPositive)
{
    const Framework f = ladder();
    // At B: x 4 − 3.5 = 0.5; y 2 − 2.5 < 0 (left out); z 3 − 0 (never assessed) = 3.
    const QList<DimensionGap> gaps =
        Readiness::dimensionGaps(f, u"B"_s, scores({{"x", 3.5}, {"y", 2.5}}));
    ASSERT_EQ(gaps.size(), 2);
    EXPECT_EQ(gaps[0].dimensionKey, u"z"_s);
    EXPECT_DOUBLE_EQ(gaps[0].gap, 3);
    EXPECT_FALSE(gaps[0].assessed.has_value());
    EXPECT_EQ(gaps[1].dimensionKey, u"x"_s);
    EXPECT_DOUBLE_EQ(gaps[1].gap, 0.5);
    EXPECT_EQ(gaps[1].assessed, 3.5);
}

TEST(Readiness, WindowValueOfASumIsAPerDayRate)
{
    const Framework f = ladder();
    // 3 + 4 + 5 = 12 over the 10 days 11-13..11-22 → 1.2 per day; 11-12 is outside.
    const QList<Entry> entries = {makeEntry(nov(12), u"up"_s, 100), makeEntry(nov(13), u"up"_s, 3),
                                  makeEntry(nov(20), u"up"_s, 4), makeEntry(nov(22), u"up"_s, 5)};
    EXPECT_DOUBLE_EQ(*Readiness::windowValue(f.metrics[0], entries, nov(13), nov(22)), 1.2);
}

TEST(Readiness, WindowValueOfLastIsTheLatestDayWhateverTheOrder)
{
    const Framework f = ladder();
    const QList<Entry> entries = {makeEntry(nov(21), u"last"_s, 7),
                                  makeEntry(nov(15), u"last"_s, 1)};
    EXPECT_DOUBLE_EQ(*Readiness::windowValue(f.metrics[2], entries, nov(13), nov(22)), 7);
    EXPECT_FALSE(Readiness::windowValue(f.metrics[2], entries, nov(1), nov(10)).has_value());
}

TEST(Readiness, MetricGapsMeasureShortfallTheRightWayRound)
{
    const Framework f = ladder();
    // Window 11-13..11-22 at B.
    // up: 6 in 10 days = 0.6 per day against 2 → (2 − 0.6) / 2 = 0.7 behind.
    // down: mean of 12 and 14 = 13 against ≤ 10 → (13 − 10) / 10 = 0.3 behind.
    // last: 5 against 5 → met, not a gap.   none: no target, not a gap.
    const QList<Entry> entries = {makeEntry(nov(14), u"up"_s, 6), makeEntry(nov(15), u"down"_s, 12),
                                  makeEntry(nov(16), u"down"_s, 14),
                                  makeEntry(nov(22), u"last"_s, 5),
                                  makeEntry(nov(22), u"none"_s, 1)};
    const QList<MetricGap> gaps = Readiness::metricGaps(f, u"B"_s, entries, nov(22));
    ASSERT_EQ(gaps.size(), 2);
    EXPECT_EQ(gaps[0].metricKey, u"up"_s);
    EXPECT_NEAR(gaps[0].shortfall, 0.7, 1e-12);
    EXPECT_EQ(gaps[1].metricKey, u"down"_s);
    EXPECT_NEAR(gaps[1].shortfall, 0.3, 1e-12);
}

TEST(Readiness, MetricWithNothingLoggedInTheWindowIsFullyBehind)
{
    const Framework f = ladder();
    const QList<MetricGap> gaps =
        Readiness::metricGaps(f, u"B"_s, {makeEntry(nov(1), u"up"_s, 50)}, nov(22));
    ASSERT_EQ(gaps.size(), 3); // up (only an entry outside the window), down, last
    for (const MetricGap& g : gaps) {
        EXPECT_DOUBLE_EQ(g.shortfall, 1);
        EXPECT_FALSE(g.value.has_value());
    }
}
