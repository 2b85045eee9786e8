// SPDX-License-Identifier: GPL-3.0-or-later
#include "MovingAverage.h"

#include <gtest/gtest.h>

/** Points print as "2026-01-04: 5" in failure messages. */
static void PrintTo(const SeriesPoint& p, std::ostream* out)
{
    *out << p.day.toString(Qt::ISODate).toStdString() << ": " << p.value;
}

namespace {

const QDate Start(2026, 1, 1);

/** Daily points from Start with the given values. */
Series daily(const QList<double>& values)
{
    Series points;
    for (qsizetype i = 0; i < values.size(); ++i)
        points << SeriesPoint{Start.addDays(i), values[i]};
    return points;
}

} // namespace

TEST(MovingAverage, EachPointAveragesItselfAndTheOnesBefore)
{
    // Window 3 over 1, 2, 6, 4, 11: (1 + 2 + 6) / 3 = 3, (2 + 6 + 4) / 3 = 4,
    // (6 + 4 + 11) / 3 = 7, at the days of the third, fourth and fifth points.
    const Series averages = MovingAverage::trailing(daily({1, 2, 6, 4, 11}), 3);
    EXPECT_EQ(averages,
              (Series{{Start.addDays(2), 3}, {Start.addDays(3), 4}, {Start.addDays(4), 7}}));
}

TEST(MovingAverage, TheFirstPointsWithoutAFullWindowHaveNoAverage)
{
    const Series averages = MovingAverage::trailing(daily({2, 4, 6, 8}), 4);
    // Only the fourth point has three before it: (2 + 4 + 6 + 8) / 4 = 5.
    EXPECT_EQ(averages, (Series{{Start.addDays(3), 5}}));
}

TEST(MovingAverage, TheWindowCountsPointsNotDays)
{
    // A three-week gap between the second and third points: the window of 2 still
    // pairs them, (4 + 10) / 2 = 7.
    const Series points = {{Start, 2}, {Start.addDays(1), 4}, {Start.addDays(22), 10}};
    EXPECT_EQ(MovingAverage::trailing(points, 2),
              (Series{{Start.addDays(1), 3}, {Start.addDays(22), 7}}));
}

TEST(MovingAverage, WindowOfOneGivesThePointsThemselves)
{
    const Series points = daily({5, -1, 2.5});
    EXPECT_EQ(MovingAverage::trailing(points, 1), points);
}

TEST(MovingAverage, WindowBelowOneOrLongerThanTheSeriesGivesNothing)
{
    const Series points = daily({1, 2, 3});
    EXPECT_TRUE(MovingAverage::trailing(points, 0).isEmpty());
    EXPECT_TRUE(MovingAverage::trailing(points, -2).isEmpty());
    EXPECT_TRUE(MovingAverage::trailing(points, 4).isEmpty());
    EXPECT_TRUE(MovingAverage::trailing({}, 1).isEmpty());
}

TEST(MovingAverage, TenYearsOfDaysKeepExactWindows)
{
    // Values 0.1 · i for i = 0 … 3652; window 7. The last window holds i = 3646 … 3652,
    // mean i = 3649, so 364.9; the first holds 0 … 6, mean 3, so 0.3. No rounding
    // carried along ten years may show.
    QList<double> values;
    for (int i = 0; i < 3653; ++i)
        values << 0.1 * i;
    const Series averages = MovingAverage::trailing(daily(values), 7);
    ASSERT_EQ(averages.size(), 3653 - 6);
    EXPECT_EQ(averages.constFirst().day, Start.addDays(6));
    EXPECT_NEAR(averages.constFirst().value, 0.3, 1e-12);
    EXPECT_EQ(averages.constLast().day, Start.addDays(3652));
    EXPECT_NEAR(averages.constLast().value, 364.9, 1e-9);
}
