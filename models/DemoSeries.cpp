// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoSeries.h"

#include "DemoCalendar.h"
#include "DemoPhrases.h"
#include "DemoRandom.h"
#include "Framework.h"

#include <algorithm>
#include <cmath>

namespace DemoSeries {

namespace {

/** Where a figure goes over the span: from start to end, bending with shape. */
struct Path
{
    double start = 0;
    double end = 0;
    double shape = 1; ///< below 1 early progress, above 1 late progress

    double at(double progress) const { return start + (end - start) * std::pow(progress, shape); }
};

Path pathFor(const Metric& m, const QString& currentLevel, const QString& targetLevel,
             DemoRandom& random)
{
    const bool higher = m.direction == Metric::Direction::HigherIsBetter;
    const double range = m.maximum - m.minimum;
    const double base = std::clamp(0.0, m.minimum, m.maximum);
    const std::optional<double> now = m.target(currentLevel);
    const std::optional<double> next = m.target(targetLevel);
    Path path;
    if (now && next) {
        path = {*now, *next};
    } else if (next) {
        path = {higher ? base + (*next - base) * 0.2 : *next * 2, *next};
    } else if (now) {
        path = {*now, higher ? *now * 1.5 : *now * 0.6};
    } else if (m.aggregation == Metric::Aggregation::Sum) {
        path = {1, 3};
    } else {
        path = higher ? Path{m.minimum + range * 0.2, m.minimum + range * 0.4}
                      : Path{m.minimum + range * 0.4, m.minimum + range * 0.2};
    }
    if (std::abs(path.end - path.start) < range * 1e-3) {
        const double step = std::max(std::abs(path.start) * 0.5, range * 0.02);
        path.end = path.start + (higher ? step : -step);
    }
    const double travel = path.end - path.start;
    path.end += travel * (random.chance(0.5) ? random.uniform(0.1, 0.5) : random.uniform(-0.2, 0));
    path.start += travel * random.uniform(-0.15, 0.1);
    path.start = std::clamp(path.start, m.minimum, m.maximum);
    path.end = std::clamp(path.end, m.minimum, m.maximum);
    path.shape = random.uniform(0.6, 1.5);
    return path;
}

/** Counts, and dashboard readings whose targets are whole, are written without decimals. */
bool wholeNumbers(const Metric& m)
{
    if (m.aggregation == Metric::Aggregation::Sum)
        return true;
    if (m.aggregation != Metric::Aggregation::Last)
        return false;
    return std::all_of(m.targets.cbegin(), m.targets.cend(),
                       [](double t) { return t == std::floor(t); });
}

QDate mondayOf(const QDate& day)
{
    return day.addDays(1 - day.dayOfWeek());
}

QList<QDate> dailyDays(const DemoCalendar& calendar, DemoRandom& random)
{
    QList<QDate> days;
    for (QDate d = calendar.first(); d <= calendar.last(); d = d.addDays(1)) {
        const double chance = DemoCalendar::isWeekend(d) ? 0.04 : 0.86;
        if (!calendar.isAway(d) && random.chance(chance))
            days << d;
    }
    return days;
}

QList<QDate> weeklyDays(const DemoCalendar& calendar, DemoRandom& random)
{
    QList<QDate> days;
    for (QDate monday = mondayOf(calendar.first()); monday <= calendar.last();
         monday = monday.addDays(7)) {
        if (random.chance(0.08))
            continue; // a forgotten week
        const int preferred = random.chance(0.6) ? Qt::Friday : random.between(Qt::Monday, 4);
        QList<QDate> tries{monday.addDays(preferred - 1)};
        for (int weekday = Qt::Friday; weekday >= Qt::Monday; --weekday)
            tries << monday.addDays(weekday - 1);
        const auto found = std::find_if(tries.cbegin(), tries.cend(),
                                        [&](const QDate& d) { return calendar.isWorkingDay(d); });
        if (found != tries.cend())
            days << *found;
    }
    return days;
}

/** The working day of day's month on or before day, or an invalid date. */
QDate workingDayBefore(const DemoCalendar& calendar, QDate day)
{
    for (const int month = day.month(); day.month() == month; day = day.addDays(-1)) {
        if (calendar.isWorkingDay(day))
            return day;
    }
    return {};
}

QList<QDate> monthlyDays(const DemoCalendar& calendar, DemoRandom& random)
{
    QList<QDate> days;
    for (QDate month(calendar.first().year(), calendar.first().month(), 1);
         month <= calendar.last(); month = month.addMonths(1)) {
        const QDate end = month.addMonths(1).addDays(-1);
        if (random.chance(0.05))
            continue;
        const QDate day = workingDayBefore(calendar, end.addDays(-random.between(0, 6)));
        if (day.isValid())
            days << day;
    }
    return days;
}

double rounded(double value, bool whole, double scale)
{
    const double unit = whole ? 1 : scale < 1 ? 100 : 10;
    return std::round(value * unit) / unit;
}

} // namespace

Cadence cadence(const Metric& metric)
{
    if (metric.daily)
        return Cadence::Daily;
    return metric.aggregation == Metric::Aggregation::Last ? Cadence::Monthly : Cadence::Weekly;
}

QList<Entry> entries(const Metric& metric, const QString& currentLevel, const QString& targetLevel,
                     const DemoCalendar& calendar, DemoRandom& random)
{
    const Path path = pathFor(metric, currentLevel, targetLevel, random);
    const Cadence how = cadence(metric);
    const QList<QDate> days = how == Cadence::Daily    ? dailyDays(calendar, random)
                              : how == Cadence::Weekly ? weeklyDays(calendar, random)
                                                       : monthlyDays(calendar, random);
    // Deviations from the path are measured in a local scale: the distance the path
    // travels, but at most half the current level, so that figures which shrink towards
    // zero (latencies, hours) shrink their noise with them and stay positive.
    const double scale = std::max({std::abs(path.end - path.start),
                                   0.15 * std::max(std::abs(path.start), std::abs(path.end)),
                                   (metric.maximum - metric.minimum) * 1e-4});
    const double smallest = (metric.maximum - metric.minimum) * 1e-4;
    // The drift is a mean-reverting walk whose spread stays at a sixth of the local scale.
    const double persistence = how == Cadence::Daily ? 0.97 : how == Cadence::Weekly ? 0.8 : 0.6;
    const double step = std::sqrt(1 - persistence * persistence) / 6;
    const bool whole = wholeNumbers(metric);
    const bool counted = metric.aggregation == Metric::Aggregation::Sum;
    const QList<DemoPhrase> notes = DemoPhrases::entryNotes(metric.key);

    QList<Entry> out;
    out.reserve(days.size());
    double drift = 0;
    for (const QDate& day : days) {
        drift = persistence * drift + step * random.normal();
        const double level = path.at(calendar.progress(day));
        const double local = std::max(std::min(scale, 0.5 * std::abs(level)), smallest);
        // Counts spread like a Poisson count: about the square root of their level.
        const double spread =
            counted ? std::max(local * 0.2, 0.8 * std::sqrt(std::max(level, 0.25))) : local * 0.2;
        const double value = level + local * drift + spread * random.normal();
        Entry e;
        e.day = day;
        e.metricKey = metric.key;
        e.value = std::clamp(rounded(value, whole, scale), metric.minimum, metric.maximum);
        if (e.value > 0 && !notes.isEmpty() && random.chance(0.3)) {
            const DemoPhrase& note = random.pick(notes);
            e.note = note.text(random.chance(0.3));
        }
        if (e.value > 0 && how == Cadence::Daily && random.chance(0.15))
            e.evidence = DemoPhrases::evidenceReference(random);
        out << e;
    }
    return out;
}

QList<Assessment> assessments(const Dimension& dimension, const QString& frameworkKey,
                              const QString& currentLevel, const QString& targetLevel,
                              const DemoCalendar& calendar, DemoRandom& random)
{
    const double now = dimension.expectations.value(currentLevel, 2);
    const double next = dimension.expectations.value(targetLevel, std::min(now + 1, 5.0));
    const Path path{now - random.uniform(0.3, 0.9), next + random.uniform(-0.2, 0.6),
                    random.uniform(0.7, 1.4)};
    QList<Assessment> out;
    for (QDate month(calendar.first().year(), calendar.first().month(), 1);
         month <= calendar.last(); month = month.addMonths(1)) {
        const QDate day = workingDayBefore(calendar, month.addMonths(1).addDays(-1));
        if (!day.isValid())
            continue;
        const double score = path.at(calendar.progress(day)) + 0.25 * random.normal();
        Assessment a;
        a.day = day;
        a.frameworkKey = frameworkKey;
        a.dimensionKey = dimension.key;
        a.score = std::clamp(std::round(score * 2) / 2, 0.0, Assessment::MaximumScore);
        out << a;
    }
    return out;
}

} // namespace DemoSeries
