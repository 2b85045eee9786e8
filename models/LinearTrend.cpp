// SPDX-License-Identifier: GPL-3.0-or-later
#include "LinearTrend.h"

#include <algorithm>
#include <cmath>

namespace {

bool meets(double value, double target, Metric::Direction direction)
{
    return direction == Metric::Direction::HigherIsBetter ? value >= target : value <= target;
}

} // namespace

double LinearTrend::valueAt(const QDate& day) const
{
    return intercept + slopePerDay * double(origin.daysTo(day));
}

Forecast LinearTrend::forecast(double target, Metric::Direction direction) const
{
    if (meets(valueAt(latest), target, direction))
        return {Forecast::Outcome::AlreadyThere, {}};
    const bool towards =
        direction == Metric::Direction::HigherIsBetter ? slopePerDay > 0 : slopePerDay < 0;
    if (!towards)
        return {};

    // Where the line crosses the target, in days from origin: after latest, since the
    // line heads towards a target it does not meet there.
    const double crossing = (target - intercept) / slopePerDay;
    const qint64 latestDay = origin.daysTo(latest);
    const qint64 limit = origin.daysTo(latest.addYears(MaxYears));
    if (!(crossing <= double(limit)))
        return {};
    // The first whole day after latest on or after the crossing; the crossing is
    // clamped to latest before the conversion to an integer, which must not overflow.
    // Rounding in the fit can put an exact crossing a hair late, so the day before gets
    // the same test.
    qint64 day = std::max(latestDay + 1, qint64(std::ceil(std::max(crossing, double(latestDay)))));
    if (day - 1 > latestDay && meets(valueAt(origin.addDays(day - 1)), target, direction))
        --day;
    if (day > limit)
        return {};
    return {Forecast::Outcome::OnDate, origin.addDays(day)};
}

std::optional<LinearTrend> LinearTrend::fit(const Series& points)
{
    if (points.isEmpty())
        return std::nullopt;
    const auto [earliest, last] = std::minmax_element(
        points.begin(), points.end(),
        [](const SeriesPoint& a, const SeriesPoint& b) { return a.day < b.day; });
    if (earliest->day == last->day)
        return std::nullopt;

    LinearTrend trend;
    trend.origin = earliest->day;
    trend.latest = last->day;
    // Two passes, about the means: sums of squared deviations lose nothing to the
    // cancellation that Σx² − n·x̄² suffers on long series.
    const double n = double(points.size());
    double meanD = 0;
    double meanY = 0;
    for (const SeriesPoint& p : points) {
        meanD += double(trend.origin.daysTo(p.day));
        meanY += p.value;
    }
    meanD /= n;
    meanY /= n;
    double sdd = 0;
    double sdy = 0;
    double syy = 0;
    for (const SeriesPoint& p : points) {
        const double d = double(trend.origin.daysTo(p.day)) - meanD;
        const double y = p.value - meanY;
        sdd += d * d;
        sdy += d * y;
        syy += y * y;
    }
    trend.slopePerDay = sdy / sdd;
    trend.intercept = meanY - trend.slopePerDay * meanD;
    trend.rSquared = syy > 0 ? std::clamp(sdy * sdy / (sdd * syy), 0.0, 1.0) : 1.0;
    return trend;
}
