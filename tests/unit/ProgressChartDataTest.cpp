// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressChartData.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

Entry entry(const QDate& day, const QString& metric, double value)
{
    Entry e;
    e.day = day;
    e.metricKey = metric;
    e.value = value;
    return e;
}

/** Two levels; one summed metric, one lower-is-better mean, one without P7 target. */
Framework ladder()
{
    Framework f;
    f.key = u"test"_s;
    f.name.en = u"Test ladder"_s;
    Level p6;
    p6.code = u"P6"_s;
    Level p7;
    p7.code = u"P7"_s;
    for (int i = 0; i < 4; ++i) {
        Checkpoint c;
        c.key = u"p7-c%1"_s.arg(i);
        c.levelCode = u"P7"_s;
        p7.checkpoints << c;
    }
    f.levels = {p6, p7};

    Metric adrs;
    adrs.key = u"adrs"_s;
    adrs.name.en = u"ADRs written"_s;
    adrs.unit.en = u"count/day"_s;
    adrs.aggregation = Metric::Aggregation::Sum;
    adrs.targets = {{u"P6"_s, 0.5}, {u"P7"_s, 1}};

    Metric latency;
    latency.key = u"latency"_s;
    latency.name.en = u"Review response"_s;
    latency.unit.en = u"h"_s;
    latency.direction = Metric::Direction::LowerIsBetter;
    latency.aggregation = Metric::Aggregation::Mean;
    latency.targets = {{u"P6"_s, 48}, {u"P7"_s, 24}};

    Metric untargeted;
    untargeted.key = u"free"_s;
    untargeted.name.en = u"Free metric"_s;
    untargeted.aggregation = Metric::Aggregation::Last;
    f.metrics = {adrs, latency, untargeted};
    return f;
}

ProgressChartRequest request(const QStringList& metrics)
{
    ProgressChartRequest r;
    r.metrics = metrics;
    r.currentLevel = u"P6"_s;
    r.targetLevel = u"P7"_s;
    return r;
}

const QDate Today = d(2026, 11, 22); // a Sunday

ProgressChartData build(const QList<Entry>& entries, const ProgressChartRequest& r,
                        const QHash<QString, CheckpointProgress>& progress = {})
{
    return ProgressChartData::build(ladder(), entries, progress, CompositeSettings{}, r, Today);
}

} // namespace

TEST(ProgressChartDataTest, ASummedMetricsMonthIsItsDailyRateUpToToday)
{
    ProgressChartRequest r = request({u"adrs"_s});
    r.period = SeriesAggregation::Period::Month;
    // October: 31 in 31 days. November up to Sunday the 22nd: 11 in 22 days.
    const ProgressChartData data =
        build({entry(d(2026, 10, 10), u"adrs"_s, 31), entry(d(2026, 11, 5), u"adrs"_s, 11)}, r);
    ASSERT_EQ(data.lines.size(), 1);
    EXPECT_EQ(data.lines[0].points, (Series{{d(2026, 10, 1), 1.0}, {d(2026, 11, 1), 0.5}}));
    EXPECT_EQ(data.from, d(2026, 10, 10)); // the first entry
    EXPECT_EQ(data.to, Today);
}

TEST(ProgressChartDataTest, NormalisedValuesArePercentOfTheTargetWithBetterUpward)
{
    ProgressChartRequest r = request({u"latency"_s, u"adrs"_s});
    r.normalised = true;
    const ProgressChartData data =
        build({entry(d(2026, 11, 20), u"latency"_s, 12), entry(d(2026, 11, 21), u"latency"_s, 30),
               entry(d(2026, 11, 20), u"adrs"_s, 2)},
              r);
    ASSERT_EQ(data.lines.size(), 2);
    const ProgressLine& latency = data.lines[0];
    // Lower is better, P7 target 24 h: 12 h is 100·(2 − 0.5), 30 h is 100·(2 − 1.25).
    EXPECT_EQ(latency.points, (Series{{d(2026, 11, 20), 150}, {d(2026, 11, 21), 75}}));
    EXPECT_EQ(latency.unit, u"%"_s);
    EXPECT_EQ(latency.direction, Metric::Direction::HigherIsBetter);
    ASSERT_EQ(latency.targets.size(), 2);
    EXPECT_EQ(latency.targets[0].levelCode, u"P6"_s);
    EXPECT_DOUBLE_EQ(latency.targets[0].value, 0); // 48 h is twice the P7 target
    EXPECT_FALSE(latency.targets[0].isTargetLevel);
    EXPECT_DOUBLE_EQ(latency.targets[1].value, 100);
    EXPECT_TRUE(latency.targets[1].isTargetLevel);
    // Higher is better, P7 target 1/day: 2 is 200 %, the P6 target 0.5 is 50 %.
    EXPECT_EQ(data.lines[1].points, (Series{{d(2026, 11, 20), 200}}));
    EXPECT_DOUBLE_EQ(data.lines[1].targets[0].value, 50);
}

TEST(ProgressChartDataTest, TheForecastDateIsTheSameRawAndNormalised)
{
    // Review response falls one hour a day from 40 h on 1 November to 30 h on the 11th:
    // the line 40 − d meets the 24 h target at d = 16, on 17 November.
    QList<Entry> entries;
    for (int i = 0; i <= 10; ++i)
        entries << entry(d(2026, 11, 1 + i), u"latency"_s, 40 - i);
    ProgressChartRequest r = request({u"latency"_s});
    const ProgressChartData raw = build(entries, r);
    r.normalised = true;
    const ProgressChartData normalised = build(entries, r);

    for (const ProgressChartData* data : {&raw, &normalised}) {
        ASSERT_EQ(data->lines.size(), 1);
        ASSERT_TRUE(data->lines[0].forecast.has_value());
        EXPECT_EQ(data->lines[0].forecast->outcome, Forecast::Outcome::OnDate);
        EXPECT_EQ(data->lines[0].forecast->date, d(2026, 11, 17));
    }
    EXPECT_NEAR(raw.lines[0].trend->slopePerDay, -1, 1e-9);
    EXPECT_EQ(raw.forecastText(raw.lines[0]),
              u"Review response: at this rate the P7 target (≤ 24 h) is reached around "
              "2026-11-17."_s);
}

TEST(ProgressChartDataTest, UnknownMetricsAndUntargetedNormalisedOnesAreLeftOutWithANote)
{
    ProgressChartRequest r = request({u"nope"_s, u"free"_s, u"adrs"_s});
    r.normalised = true;
    const ProgressChartData data = build({entry(d(2026, 11, 20), u"adrs"_s, 1)}, r);
    ASSERT_EQ(data.lines.size(), 1);
    EXPECT_EQ(data.lines[0].key, u"adrs"_s);
    EXPECT_EQ(data.notes, (QStringList{u"nope: no such metric in Test ladder"_s,
                                       u"Free metric: left out, because P7 sets no target "
                                       "for it to compare with"_s}));
}

TEST(ProgressChartDataTest, CheckpointCompletionStepsOnTheDaysTheyWereDone)
{
    QHash<QString, CheckpointProgress> progress;
    auto done = [&](int i, const QDate& day) {
        CheckpointProgress p;
        p.checkpointKey = u"p7-c%1"_s.arg(i);
        p.status = CheckpointProgress::Status::Done;
        p.doneOn = day;
        progress.insert(p.checkpointKey, p);
    };
    done(0, d(2026, 10, 5)); // before the range: counts from its start
    done(1, d(2026, 11, 3));
    done(2, d(2026, 11, 3)); // two on one day make one step
    done(3, d(2026, 11, 10));
    ProgressChartRequest r = request({});
    r.checkpoints = true;
    r.from = d(2026, 11, 1);
    const ProgressChartData data = build({}, r, progress);
    ASSERT_EQ(data.lines.size(), 1);
    EXPECT_EQ(data.lines[0].kind, ProgressLine::Kind::Checkpoints);
    EXPECT_EQ(
        data.lines[0].points,
        (Series{{d(2026, 11, 1), 25}, {d(2026, 11, 3), 75}, {d(2026, 11, 10), 100}, {Today, 100}}));
}

TEST(ProgressChartDataTest, TheRangeCutsPointsButTheAverageSeesTheDaysBefore)
{
    QList<Entry> entries;
    for (int i = 0; i < 5; ++i)
        entries << entry(d(2026, 10, 29).addDays(i), u"adrs"_s, 1 + i);
    ProgressChartRequest r = request({u"adrs"_s});
    r.from = d(2026, 11, 1);
    r.to = d(2026, 11, 2);
    r.averageWindow = 3;
    const ProgressChartData data = build(entries, r);
    ASSERT_EQ(data.lines.size(), 1);
    EXPECT_EQ(data.lines[0].points, (Series{{d(2026, 11, 1), 4}, {d(2026, 11, 2), 5}}));
    // (2 + 3 + 4) / 3 and (3 + 4 + 5) / 3.
    EXPECT_EQ(data.lines[0].average, (Series{{d(2026, 11, 1), 3}, {d(2026, 11, 2), 4}}));
    EXPECT_EQ(data.toCsv(), QByteArray("date,series,value,average\n"
                                       "2026-11-01,adrs,4,3\n"
                                       "2026-11-02,adrs,5,4\n"));
}
