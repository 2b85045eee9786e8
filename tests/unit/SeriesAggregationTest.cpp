// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesAggregation.h"

#include "TestEntries.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

using Period = SeriesAggregation::Period;

/** Points print as "2021-01-04: 16" in failure messages. */
static void PrintTo(const SeriesPoint& p, std::ostream* out)
{
    *out << p.day.toString(Qt::ISODate).toStdString() << ": " << p.value;
}

namespace {

/*
 * The values are powers of two where entries are summed, so every sum below is exact
 * and names the entries it came from (14 = 2 + 4 + 8).
 */

Metric metric(Metric::Aggregation aggregation)
{
    Metric m;
    m.key = u"delta_tech"_s;
    m.aggregation = aggregation;
    return m;
}

Entry entry(int year, int month, int day, double value)
{
    return makeEntry(QDate(year, month, day), u"delta_tech"_s, value);
}

Series aggregate(Metric::Aggregation aggregation, const QList<Entry>& entries, Period period)
{
    return SeriesAggregation::aggregate(metric(aggregation), entries, period);
}

} // namespace

TEST(SeriesAggregation, PeriodStartIsTheDayTheMondayOrTheFirstOfTheMonth)
{
    const QDate sunday(2021, 1, 3);
    EXPECT_EQ(SeriesAggregation::periodStart(sunday, Period::Day), sunday);
    EXPECT_EQ(SeriesAggregation::periodStart(sunday, Period::Week), QDate(2020, 12, 28));
    EXPECT_EQ(SeriesAggregation::periodStart(QDate(2021, 1, 4), Period::Week), QDate(2021, 1, 4));
    EXPECT_EQ(SeriesAggregation::periodStart(sunday, Period::Month), QDate(2021, 1, 1));
    EXPECT_EQ(SeriesAggregation::periodStart(QDate(2024, 2, 29), Period::Month), QDate(2024, 2, 1));
    EXPECT_FALSE(SeriesAggregation::periodStart(QDate(), Period::Week).isValid());
}

TEST(SeriesAggregation, SumAddsTheEntriesOfEachDay)
{
    const QList<Entry> entries = {entry(2026, 11, 3, 1), entry(2026, 11, 3, 2),
                                  entry(2026, 11, 5, 4)};
    EXPECT_EQ(aggregate(Metric::Aggregation::Sum, entries, Period::Day),
              (Series{{nov(3), 3}, {nov(5), 4}}));
}

TEST(SeriesAggregation, WeeksStartOnMondayAcrossTheYearEnd)
{
    // ISO: 2020 has 53 weeks; its week 53 runs Monday 2020-12-28 to Sunday 2021-01-03,
    // and week 1 of 2021 starts on Monday 2021-01-04.
    ASSERT_EQ(QDate(2021, 1, 3).weekNumber(), 53);
    ASSERT_EQ(QDate(2021, 1, 4).weekNumber(), 1);
    const QList<Entry> entries = {entry(2020, 12, 27, 1), entry(2020, 12, 28, 2),
                                  entry(2021, 1, 1, 4), entry(2021, 1, 3, 8),
                                  entry(2021, 1, 4, 16)};
    // Sunday 12-27 closes the week of Monday 12-21; 2 + 4 + 8 = 14 share week 53.
    EXPECT_EQ(
        aggregate(Metric::Aggregation::Sum, entries, Period::Week),
        (Series{{QDate(2020, 12, 21), 1}, {QDate(2020, 12, 28), 14}, {QDate(2021, 1, 4), 16}}));
}

TEST(SeriesAggregation, ALeapDayBelongsToItsWeekAndToFebruary)
{
    // 2024-02-29 is a Thursday: its week runs Monday 02-26 to Sunday 03-03.
    const QList<Entry> entries = {entry(2024, 2, 28, 1), entry(2024, 2, 29, 2),
                                  entry(2024, 3, 1, 4)};
    EXPECT_EQ(aggregate(Metric::Aggregation::Sum, entries, Period::Week),
              (Series{{QDate(2024, 2, 26), 7}}));
    EXPECT_EQ(aggregate(Metric::Aggregation::Sum, entries, Period::Month),
              (Series{{QDate(2024, 2, 1), 3}, {QDate(2024, 3, 1), 4}}));
}

TEST(SeriesAggregation, MonthsOfEveryLengthEndOnTheirLastDay)
{
    // Last and first days of months of 31, 28 (2023 is no leap year), 30 and 31 days,
    // and the turn of the year.
    const QList<Entry> entries = {entry(2023, 1, 31, 1),   entry(2023, 2, 1, 2),
                                  entry(2023, 2, 28, 4),   entry(2023, 3, 1, 8),
                                  entry(2023, 4, 30, 16),  entry(2023, 5, 1, 32),
                                  entry(2023, 12, 31, 64), entry(2024, 1, 1, 128)};
    EXPECT_EQ(aggregate(Metric::Aggregation::Sum, entries, Period::Month),
              (Series{{QDate(2023, 1, 1), 1},
                      {QDate(2023, 2, 1), 6},
                      {QDate(2023, 3, 1), 8},
                      {QDate(2023, 4, 1), 16},
                      {QDate(2023, 5, 1), 32},
                      {QDate(2023, 12, 1), 64},
                      {QDate(2024, 1, 1), 128}}));
}

TEST(SeriesAggregation, PeriodsWithoutEntriesHaveNoPoint)
{
    const QList<Entry> entries = {entry(2026, 1, 5, 1), entry(2026, 3, 10, 2)};
    // No February point, and no point at 0: nothing was logged then.
    EXPECT_EQ(aggregate(Metric::Aggregation::Sum, entries, Period::Month),
              (Series{{QDate(2026, 1, 1), 1}, {QDate(2026, 3, 1), 2}}));
    EXPECT_EQ(aggregate(Metric::Aggregation::Sum, entries, Period::Day).size(), 2);
    EXPECT_TRUE(aggregate(Metric::Aggregation::Sum, {}, Period::Week).isEmpty());
}

TEST(SeriesAggregation, MeanWeighsEveryEntryOnce)
{
    // Week of Monday 2026-11-02: entries 1 and 3 on 11-02, 8 on 11-04. The mean of the
    // entries is (1 + 3 + 8) / 3 = 4; a mean of daily means would be (2 + 8) / 2 = 5.
    const QList<Entry> entries = {entry(2026, 11, 2, 1), entry(2026, 11, 2, 3),
                                  entry(2026, 11, 4, 8)};
    EXPECT_EQ(aggregate(Metric::Aggregation::Mean, entries, Period::Week), (Series{{nov(2), 4}}));
}

TEST(SeriesAggregation, LastTakesTheLatestDayThenItsLatestEntry)
{
    // Given out of order: the latest day is 11-06, and of its two entries 7 came second.
    const QList<Entry> entries = {entry(2026, 11, 6, 5), entry(2026, 11, 3, 9),
                                  entry(2026, 11, 6, 7), entry(2026, 11, 4, 100)};
    EXPECT_EQ(aggregate(Metric::Aggregation::Last, entries, Period::Week), (Series{{nov(2), 7}}));
    EXPECT_EQ(aggregate(Metric::Aggregation::Last, entries, Period::Day),
              (Series{{nov(3), 9}, {nov(4), 100}, {nov(6), 7}}));
}

TEST(SeriesAggregation, MaxTakesTheLargestEvenWhenAllAreNegative)
{
    const QList<Entry> entries = {entry(2026, 11, 2, -3), entry(2026, 11, 4, -1),
                                  entry(2026, 11, 8, -2)};
    EXPECT_EQ(aggregate(Metric::Aggregation::Max, entries, Period::Week), (Series{{nov(2), -1}}));
}

TEST(SeriesAggregation, EntriesInAnyOrderGivePointsInDayOrder)
{
    const QList<Entry> entries = {entry(2026, 11, 20, 4), entry(2026, 11, 1, 1),
                                  entry(2026, 11, 10, 2), entry(2026, 11, 1, 8)};
    // 11-01 is a Sunday (week of 10-26); 11-10 and 11-20 fall in the weeks of 11-09 and
    // 11-16.
    EXPECT_EQ(aggregate(Metric::Aggregation::Sum, entries, Period::Week),
              (Series{{QDate(2026, 10, 26), 9}, {nov(9), 2}, {nov(16), 4}}));
}

TEST(SeriesAggregation, OtherMetricsInvalidDaysAndNonFiniteValuesAreIgnored)
{
    const QList<Entry> entries = {entry(2026, 11, 3, 1),
                                  makeEntry(nov(3), u"alert_hours_week"_s, 18),
                                  makeEntry(QDate(), u"delta_tech"_s, 2),
                                  entry(2026, 11, 3, std::numeric_limits<double>::quiet_NaN()),
                                  entry(2026, 11, 4, std::numeric_limits<double>::infinity())};
    EXPECT_EQ(aggregate(Metric::Aggregation::Sum, entries, Period::Day), (Series{{nov(3), 1}}));
}

TEST(SeriesAggregation, InRangeKeepsBothEnds)
{
    const Series days = {{nov(2), 1}, {nov(3), 2}, {nov(4), 3}, {nov(5), 4}, {nov(6), 5}};
    EXPECT_EQ(SeriesAggregation::inRange(days, nov(3), nov(5)),
              (Series{{nov(3), 2}, {nov(4), 3}, {nov(5), 4}}));
    EXPECT_EQ(SeriesAggregation::inRange(days, nov(4), nov(4)), (Series{{nov(4), 3}}));
    EXPECT_TRUE(SeriesAggregation::inRange(days, nov(5), nov(3)).isEmpty());
}

TEST(SeriesAggregation, InRangeWithAnInvalidEndLeavesThatSideOpen)
{
    const Series days = {{nov(2), 1}, {nov(3), 2}, {nov(4), 3}};
    EXPECT_EQ(SeriesAggregation::inRange(days, QDate(), nov(3)),
              (Series{{nov(2), 1}, {nov(3), 2}}));
    EXPECT_EQ(SeriesAggregation::inRange(days, nov(3), QDate()),
              (Series{{nov(3), 2}, {nov(4), 3}}));
    EXPECT_EQ(SeriesAggregation::inRange(days, QDate(), QDate()), days);
}

TEST(SeriesAggregation, InRangeFromThePeriodStartKeepsTheWeekThatStraddlesFrom)
{
    const Series weeks = {{nov(2), 1}, {nov(9), 2}, {nov(16), 3}};
    const QDate wednesday = nov(11);
    EXPECT_EQ(SeriesAggregation::inRange(weeks, wednesday, nov(22)), (Series{{nov(16), 3}}));
    EXPECT_EQ(SeriesAggregation::inRange(
                  weeks, SeriesAggregation::periodStart(wednesday, Period::Week), nov(22)),
              (Series{{nov(9), 2}, {nov(16), 3}}));
}
