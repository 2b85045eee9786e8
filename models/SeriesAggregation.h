// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"
#include "Framework.h"
#include "SeriesPoint.h"

#include <QDate>
#include <QList>

/**
 * A metric's entries as one point per day, ISO week or calendar month: the series the
 * progress charts, the composite score and the trend start from.
 *
 * A period without entries has no point, rather than a point at 0. Nothing logged is
 * not a measurement of 0: a zero would draw a false dip to 0 in a latency chart, pull a
 * mean down and tilt a trend line. Where "nothing logged" does mean 0 (a summed metric
 * in the composite score), the caller fills the gap knowing why.
 */
class SeriesAggregation
{
public:
    /** The length of time one point stands for. */
    enum class Period
    {
        Day,
        Week,  ///< ISO 8601: Monday to Sunday, whatever the year or the locale
        Month, ///< calendar month, 28 to 31 days
    };

    /**
     * The first day of the period that contains day: day itself, the Monday on or
     * before it, or the first of its month. An invalid day gives an invalid date.
     */
    static QDate periodStart(const QDate& day, Period period);

    /**
     * One point per period that has entries of metric, earliest first, at the
     * period's first day (periodStart()), valued by Metric::aggregate() over every
     * entry of the period: each entry counts once, so a mean weighs a day with three
     * measurements three times. The entries are taken in day order, and entries of
     * the same day in their order in entries, which decides Last.
     *
     * entries may come in any order and hold other metrics; entries of other metrics,
     * with an invalid day or with a value that is not a finite number are ignored.
     */
    static Series aggregate(const Metric& metric, const QList<Entry>& entries, Period period);

    /**
     * The points whose day lies within from..to, both inclusive, in their order. An
     * invalid from or to leaves that side open, as in EntryFilter.
     *
     * Filter after aggregating (and after a moving average) rather than before: the
     * periods at the edges then hold all their entries, not the part inside the
     * range, and the first averages of the range have a full window. To keep the
     * period that straddles from, pass periodStart(from, period).
     */
    static Series inRange(const Series& points, const QDate& from, const QDate& to);
};
