// SPDX-License-Identifier: GPL-3.0-or-later
#include "Downsampler.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>

/** Points print as "2026-01-04: 5" in failure messages. */
static void PrintTo(const SeriesPoint& p, std::ostream* out)
{
    *out << p.day.toString(Qt::ISODate).toStdString() << ": " << p.value;
}

namespace {

const QDate Start(2016, 1, 1);

/** Points from Start, one per value, at the given day offsets (or 0, 1, 2 … when empty). */
Series series(const QList<double>& values, const QList<int>& offsets = {})
{
    Series points;
    for (qsizetype i = 0; i < values.size(); ++i)
        points << SeriesPoint{Start.addDays(offsets.isEmpty() ? i : offsets[i]), values[i]};
    return points;
}

SeriesPoint at(int offset, double value)
{
    return {Start.addDays(offset), value};
}

/** A wavy value for day i of the ten-year series, with one spike up and one down. */
double tenYearValue(qint64 i)
{
    if (i == 1234)
        return 1000;
    if (i == 2345)
        return -1000;
    return 10 * std::sin(double(i) / 30) + double(i * 7919 % 101) / 10;
}

/** 2016-01-01 to 2025-12-31: 3,653 days (2016, 2020 and 2024 are leap years). */
Series tenYears()
{
    Series points;
    for (qint64 i = 0; i < 3653; ++i)
        points << SeriesPoint{Start.addDays(i), tenYearValue(i)};
    return points;
}

/** Days strictly increasing, and every point one of tenYears(). */
void expectOrderedSubsetOfTenYears(const Series& kept)
{
    for (qsizetype i = 0; i < kept.size(); ++i) {
        EXPECT_EQ(kept[i].value, tenYearValue(Start.daysTo(kept[i].day))) << "at " << i;
        if (i > 0) {
            EXPECT_LT(kept[i - 1].day, kept[i].day) << "at " << i;
        }
    }
}

} // namespace

TEST(Downsampler, LttbKeepsTheLargestTriangleOfEachBucket)
{
    // 8 points to 4: the ends and 2 buckets of 3, days 1–3 and 4–6.
    const Series points = series({0, 5, 1, 0, 0, -3, 0, 0});
    // Bucket 1: corners (0, 0) and the mean of the next bucket, ((4+5+6)/3, (0−3+0)/3) =
    // (5, −1). Twice the area, |(0 − 5)(y − 0) − (0 − x)(−1 − 0)| = |−5y − x|:
    //   (1, 5) → 26, (2, 1) → 7, (3, 0) → 3. Keeps (1, 5).
    // Bucket 2: corners (1, 5) and the last point (7, 0). |(1 − 7)(y − 5) − (1 − x)(0 − 5)|
    //   = |−6y + 30 + 5 − 5x|: (4, 0) → 15, (5, −3) → 28, (6, 0) → 5. Keeps (5, −3).
    EXPECT_EQ(Downsampler::lttb(points, 4), (Series{at(0, 0), at(1, 5), at(5, -3), at(7, 0)}));
}

TEST(Downsampler, LttbWithOneBucketKeepsThePeakBetweenFlatEnds)
{
    // Corners (0, 0) and (4, 0): the area grows with |y| alone, so (2, 10) wins.
    const Series points = series({0, 1, 10, 2, 0});
    EXPECT_EQ(Downsampler::lttb(points, 3), (Series{at(0, 0), at(2, 10), at(4, 0)}));
}

TEST(Downsampler, MinMaxKeepsTheLowestAndHighestOfEachSliceInDayOrder)
{
    // 10 points to 6: the ends and (6 − 2) / 2 = 2 slices of the 9 days, each 4.5 days:
    // days 1–4 and 5–8.
    const Series points = series({5, 3, 9, 1, 4, 4, 0, 7, 2, 6});
    // Days 1–4 (3, 9, 1, 4): high 9 on day 2, low 1 on day 3.
    // Days 5–8 (4, 0, 7, 2): low 0 on day 6, high 7 on day 7.
    EXPECT_EQ(Downsampler::minMax(points, 6),
              (Series{at(0, 5), at(2, 9), at(3, 1), at(6, 0), at(7, 7), at(9, 6)}));
}

TEST(Downsampler, MinMaxSlicesAreTimeSoGapsGiveFewerPoints)
{
    // 14 points, 12 allowed: 5 slices of 106 / 5 = 21.2 days. Days 1–6 fall in the
    // first, days 100–105 in the fifth; the three between hold nothing and give nothing.
    const Series points = series({5, 1, 9, 4, 6, 3, 2, 3, 8, 2, 6, 5, 4, 7},
                                 {0, 1, 2, 3, 4, 5, 6, 100, 101, 102, 103, 104, 105, 106});
    // First slice (1, 9, 4, 6, 3, 2): low day 1, high day 2. Fifth (3, 8, 2, 6, 5, 4):
    // high day 101, low day 102.
    EXPECT_EQ(Downsampler::minMax(points, 12),
              (Series{at(0, 5), at(1, 1), at(2, 9), at(101, 8), at(102, 2), at(106, 7)}));
}

TEST(Downsampler, MinMaxGivesOnePointForASliceWhoseLowIsItsHigh)
{
    // All equal: each slice's first point is both its lowest and its highest.
    const Series points = series({4, 4, 4, 4, 4, 4, 4, 4, 4, 4});
    EXPECT_EQ(Downsampler::minMax(points, 6), (Series{at(0, 4), at(1, 4), at(5, 4), at(9, 4)}));
}

TEST(Downsampler, SeriesNoLongerThanAskedComeBackUnchanged)
{
    const Series points = series({3, 1, 4, 1, 5});
    EXPECT_EQ(Downsampler::lttb(points, 5), points);
    EXPECT_EQ(Downsampler::minMax(points, 5), points);
    EXPECT_EQ(Downsampler::lttb(points, 800), points);
    EXPECT_EQ(Downsampler::minMax(points, 800), points);
    EXPECT_TRUE(Downsampler::lttb({}, 0).isEmpty());
    const Series one = series({7});
    EXPECT_EQ(Downsampler::minMax(one, 1), one);
}

TEST(Downsampler, TwoPointsAllowedKeepTheEndsAndFewerKeepNothing)
{
    const Series points = series({3, 1, 4, 1, 5});
    EXPECT_EQ(Downsampler::lttb(points, 2), (Series{at(0, 3), at(4, 5)}));
    EXPECT_EQ(Downsampler::minMax(points, 2), (Series{at(0, 3), at(4, 5)}));
    // Three allowed: no room for a slice's low and high, so only the ends.
    EXPECT_EQ(Downsampler::minMax(points, 3), (Series{at(0, 3), at(4, 5)}));
    EXPECT_TRUE(Downsampler::lttb(points, 1).isEmpty());
    EXPECT_TRUE(Downsampler::minMax(points, 0).isEmpty());
    EXPECT_TRUE(Downsampler::lttb(points, -4).isEmpty());
}

TEST(Downsampler, PointsAllOnOneDayStillFitTheLimit)
{
    const Series points = series({2, 8, 1, 5, 3, 7}, {0, 0, 0, 0, 0, 0});
    const Series minMax = Downsampler::minMax(points, 4);
    // One slice holds days 1–4 of the list: low 1, high 8.
    EXPECT_EQ(minMax, (Series{at(0, 2), at(0, 8), at(0, 1), at(0, 7)}));
    EXPECT_EQ(Downsampler::lttb(points, 4).size(), 4);
}

TEST(Downsampler, LttbCutsTenYearsOfDaysToExactly800)
{
    const Series points = tenYears();
    ASSERT_EQ(points.size(), 3653);
    const Series kept = Downsampler::lttb(points, 800);
    ASSERT_EQ(kept.size(), 800);
    EXPECT_EQ(kept.constFirst(), points.constFirst());
    EXPECT_EQ(kept.constLast(), points.constLast());
    expectOrderedSubsetOfTenYears(kept);
}

TEST(Downsampler, MinMaxCutsTenYearsOfDaysKeepingBothSpikes)
{
    const Series points = tenYears();
    const Series kept = Downsampler::minMax(points, 800);
    // (800 − 2) / 2 = 399 slices of 3652 / 399 ≈ 9.15 days: each holds 9 or 10 days of
    // differing values, so each gives its low and its high: 2 + 2 · 399 = 800.
    EXPECT_EQ(kept.size(), 800);
    EXPECT_EQ(kept.constFirst(), points.constFirst());
    EXPECT_EQ(kept.constLast(), points.constLast());
    EXPECT_TRUE(kept.contains(at(1234, 1000)));
    EXPECT_TRUE(kept.contains(at(2345, -1000)));
    expectOrderedSubsetOfTenYears(kept);
}
