// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "Entry.h"

#include <QList>

class DemoCalendar;
class DemoRandom;
struct Dimension;
struct Metric;

/**
 * The figures of a demo engineer over a span of days: entries of one metric and monthly
 * self-assessments of one dimension.
 *
 * A metric starts near its target for the current level and moves towards the target
 * level's target along a curve of its own; about half the metrics end past it. Where a
 * level sets no target, or both levels the same one, the start or the end is derived
 * from the other and the metric's range. On top of the curve lie a slow drift and
 * day-to-day noise; values are rounded as a person writes them (counts and dashboard
 * readings with whole targets whole, others to one or two decimals) and kept within the
 * metric's minimum and maximum.
 */
namespace DemoSeries {

/** How often a metric is logged. */
enum class Cadence
{
    Daily,   ///< metrics marked daily: most working days, rarely a weekend
    Weekly,  ///< sums, means and maxima: a week's figure, mostly on Fridays
    Monthly, ///< "last" readings from a dashboard: once near the end of a month
};

Cadence cadence(const Metric& metric);

/** The entries of metric over the calendar's span, oldest first, without ids. */
QList<Entry> entries(const Metric& metric, const QString& currentLevel, const QString& targetLevel,
                     const DemoCalendar& calendar, DemoRandom& random);

/**
 * Self-assessments of dimension on the last working day of each month of the span, in
 * half steps from 0 to 5, rising from a little below the current level's expectation to
 * around the target level's.
 */
QList<Assessment> assessments(const Dimension& dimension, const QString& frameworkKey,
                              const QString& currentLevel, const QString& targetLevel,
                              const DemoCalendar& calendar, DemoRandom& random);

} // namespace DemoSeries
