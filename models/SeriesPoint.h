// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>

/**
 * One point of a metric's history: a day and a finite value. Every analytics step
 * (aggregation, moving average, downsampling, trend) takes and gives these, so the
 * steps chain in any order.
 *
 * x is a QDate rather than the milliseconds since the epoch that QDateTimeAxis reads:
 * the arithmetic here counts whole days (QDate::toJulianDay()), which are uniform,
 * whereas local-time milliseconds are not (a day across a daylight-saving change
 * lasts 23 or 25 hours) and would tie models/ to the machine's time zone. The chart
 * code turns a day into its axis x once, as QDateTime(day, QTime(0, 0))
 * .toMSecsSinceEpoch(): local midnight, where QDateTimeAxis draws that day.
 */
struct SeriesPoint
{
    QDate day;
    double value = 0;

    /** The day as a number for arithmetic: consecutive days differ by exactly 1. */
    double x() const { return double(day.toJulianDay()); }

    bool operator==(const SeriesPoint&) const = default;
};

/** Points in day order, unless a function says otherwise. */
using Series = QList<SeriesPoint>;
