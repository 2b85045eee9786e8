// SPDX-License-Identifier: GPL-3.0-or-later
#include "SeriesAggregation.h"

#include <algorithm>
#include <cmath>

QDate SeriesAggregation::periodStart(const QDate& day, Period period)
{
    if (!day.isValid())
        return {};
    switch (period) {
    case Period::Day:
        return day;
    case Period::Week:
        return day.addDays(1 - day.dayOfWeek());
    case Period::Month:
        return QDate(day.year(), day.month(), 1);
    }
    return {};
}

Series SeriesAggregation::aggregate(const Metric& metric, const QList<Entry>& entries,
                                    Period period)
{
    QList<const Entry*> used;
    for (const Entry& e : entries) {
        if (e.metricKey == metric.key && e.day.isValid() && std::isfinite(e.value))
            used << &e;
    }
    // Stable, so entries of one day keep the caller's order, which decides Last.
    std::stable_sort(used.begin(), used.end(),
                     [](const Entry* a, const Entry* b) { return a->day < b->day; });

    Series points;
    QList<double> values;
    QDate current;
    for (const Entry* e : std::as_const(used)) {
        const QDate start = periodStart(e->day, period);
        if (start != current && !values.isEmpty()) {
            points << SeriesPoint{current, metric.aggregate(values)};
            values.clear();
        }
        current = start;
        values << e->value;
    }
    if (!values.isEmpty())
        points << SeriesPoint{current, metric.aggregate(values)};
    return points;
}

Series SeriesAggregation::inRange(const Series& points, const QDate& from, const QDate& to)
{
    Series kept;
    std::copy_if(points.begin(), points.end(), std::back_inserter(kept), [&](const SeriesPoint& p) {
        return (!from.isValid() || p.day >= from) && (!to.isValid() || p.day <= to);
    });
    return kept;
}
