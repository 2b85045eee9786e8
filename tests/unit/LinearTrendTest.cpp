// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinearTrend.h"

#include <gtest/gtest.h>

namespace {

constexpr double Exact = 1e-9;
const QDate Start(2026, 1, 1);
constexpr auto Higher = Metric::Direction::HigherIsBetter;
constexpr auto Lower = Metric::Direction::LowerIsBetter;

/** Points on days Start + 0, 1, 2 … with the given values. */
Series daily(const QList<double>& values)
{
    Series points;
    for (qsizetype i = 0; i < values.size(); ++i)
        points << SeriesPoint{Start.addDays(i), values[i]};
    return points;
}

/** y = 2d + 3 on days 0 … 4: 3, 5, 7, 9, 11. */
LinearTrend twoDPlusThree()
{
    const auto trend = LinearTrend::fit(daily({3, 5, 7, 9, 11}));
    EXPECT_TRUE(trend);
    return trend.value_or(LinearTrend{});
}

Forecast onDate(const QDate& date)
{
    return {Forecast::Outcome::OnDate, date};
}

const Forecast AlreadyThere{Forecast::Outcome::AlreadyThere, {}};
const Forecast NotAtThisRate{Forecast::Outcome::NotAtThisRate, {}};

} // namespace

TEST(LinearTrend, ExactLineIsFoundExactly)
{
    const LinearTrend t = twoDPlusThree();
    EXPECT_EQ(t.origin, Start);
    EXPECT_EQ(t.latest, Start.addDays(4));
    EXPECT_NEAR(t.slopePerDay, 2, Exact);
    EXPECT_NEAR(t.intercept, 3, Exact);
    EXPECT_NEAR(t.rSquared, 1, Exact);
    EXPECT_NEAR(t.valueAt(Start.addDays(10)), 23, Exact);
}

TEST(LinearTrend, SymmetricNoiseLeavesTheLineAndLowersRSquared)
{
    // y = 2d + 3 + e with e = +1, −1, 0, −1, +1 on days 0 … 4: y = 4, 4, 7, 8, 12.
    // e sums to 0 and is symmetric about day 2, so Σ (d − 2) e = 0: least squares sees
    // no tilt and no offset in it, and finds slope 2, intercept 3 again.
    // r² = 1 − SSres / SStot: SSres = Σ e² = 4; mean y = 35 / 5 = 7, SStot = 9 + 9 + 0 +
    // 1 + 25 = 44; r² = 1 − 4 / 44 = 10 / 11.
    const auto t = LinearTrend::fit(daily({4, 4, 7, 8, 12}));
    ASSERT_TRUE(t);
    EXPECT_NEAR(t->slopePerDay, 2, Exact);
    EXPECT_NEAR(t->intercept, 3, Exact);
    EXPECT_NEAR(t->rSquared, 10.0 / 11, Exact);
}

TEST(LinearTrend, PointsInAnyOrderAndWithGapsFitByCalendarDay)
{
    // y = 10 − 0.5 d on days 8, 0 and 2 (given in that order): 6, 10, 9.
    const Series points = {{Start.addDays(8), 6}, {Start, 10}, {Start.addDays(2), 9}};
    const auto t = LinearTrend::fit(points);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->origin, Start);
    EXPECT_EQ(t->latest, Start.addDays(8));
    EXPECT_NEAR(t->slopePerDay, -0.5, Exact);
    EXPECT_NEAR(t->intercept, 10, Exact);
}

TEST(LinearTrend, FlatValuesFitAFlatLineThatExplainsThemAll)
{
    const auto t = LinearTrend::fit(daily({4, 4, 4}));
    ASSERT_TRUE(t);
    EXPECT_NEAR(t->slopePerDay, 0, Exact);
    EXPECT_NEAR(t->intercept, 4, Exact);
    EXPECT_EQ(t->rSquared, 1);
}

TEST(LinearTrend, FewerThanTwoDistinctDaysGiveNoTrend)
{
    EXPECT_FALSE(LinearTrend::fit({}));
    EXPECT_FALSE(LinearTrend::fit({{Start, 3}}));
    EXPECT_FALSE(LinearTrend::fit({{Start, 3}, {Start, 5}, {Start, 8}}));
    EXPECT_TRUE(LinearTrend::fit({{Start, 3}, {Start.addDays(1), 5}}));
}

TEST(LinearTrend, LatencyFallingAMillisecondADayReaches200After120Days)
{
    // P99 latency, lower is better: 320 − d ms over days 0 … 29 (320 … 291). The line
    // reaches 200 on day 320 − 200 = 120: 2026-01-01 + 120 days = 2026-05-01
    // (31 + 28 + 31 + 30 = 120).
    QList<double> latency;
    for (int d = 0; d < 30; ++d)
        latency << 320 - d;
    const auto t = LinearTrend::fit(daily(latency));
    ASSERT_TRUE(t);
    EXPECT_NEAR(t->slopePerDay, -1, Exact);
    EXPECT_NEAR(t->intercept, 320, Exact);
    EXPECT_EQ(t->forecast(200, Lower), onDate(QDate(2026, 5, 1)));
}

TEST(LinearTrend, ForecastIsTheFirstWholeDayThatMeetsTheTarget)
{
    // y = 2d + 3 crosses 20 at d = 8.5: day 8 has 19, day 9 has 21.
    EXPECT_EQ(twoDPlusThree().forecast(20, Higher), onDate(Start.addDays(9)));
    // It reaches 21 exactly on day 9.
    EXPECT_EQ(twoDPlusThree().forecast(21, Higher), onDate(Start.addDays(9)));
    // 11.5 lies between the latest day (4, value 11) and day 5 (13).
    EXPECT_EQ(twoDPlusThree().forecast(11.5, Higher), onDate(Start.addDays(5)));
}

TEST(LinearTrend, ATargetMetOnTheLatestDayIsAlreadyThere)
{
    // The line's value on the latest day, day 4, is 11.
    EXPECT_EQ(twoDPlusThree().forecast(11, Higher), AlreadyThere);
    EXPECT_EQ(twoDPlusThree().forecast(5, Higher), AlreadyThere);
    // Lower is better: 11 <= 12 is met even though the line rises away from it.
    EXPECT_EQ(twoDPlusThree().forecast(12, Lower), AlreadyThere);
}

TEST(LinearTrend, ALineHeadingAwayOrFlatIsNotAtThisRate)
{
    // Rising, but lower is better and 11 > 10.
    EXPECT_EQ(twoDPlusThree().forecast(10, Lower), NotAtThisRate);
    const auto flat = LinearTrend::fit(daily({4, 4, 4}));
    ASSERT_TRUE(flat);
    EXPECT_EQ(flat->forecast(5, Higher), NotAtThisRate);
    EXPECT_EQ(flat->forecast(3, Lower), NotAtThisRate);
    EXPECT_EQ(flat->forecast(4, Higher), AlreadyThere);
}

TEST(LinearTrend, MoreThanTwentyYearsOutIsNotAtThisRate)
{
    // y = d on 2020-01-01 (0) and 2020-01-02 (1). Twenty years after the latest day is
    // 2040-01-02, 7305 days later (five leap days: 2020, 2024, 2028, 2032, 2036), where
    // the line has 1 + 7305 = 7306.
    const auto t = LinearTrend::fit({{QDate(2020, 1, 1), 0}, {QDate(2020, 1, 2), 1}});
    ASSERT_TRUE(t);
    EXPECT_EQ(t->forecast(7306, Higher), onDate(QDate(2040, 1, 2)));
    EXPECT_EQ(t->forecast(7306.5, Higher), NotAtThisRate);
    EXPECT_EQ(t->forecast(1e300, Higher), NotAtThisRate);
}
