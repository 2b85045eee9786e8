// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Framework.h"
#include "SeriesPoint.h"

#include <QDate>

#include <optional>

/** When a trend line reaches a target, as LinearTrend::forecast() answers it. */
struct Forecast
{
    enum class Outcome
    {
        AlreadyThere,  ///< the line's value on the latest day already meets the target
        OnDate,        ///< the line first meets the target on date
        NotAtThisRate, ///< flat, heading away, or more than MaxYears past the latest day
    };

    Outcome outcome = Outcome::NotAtThisRate;
    QDate date; ///< valid for OnDate only

    bool operator==(const Forecast&) const = default;
};

/**
 * The least-squares line through a series, value = intercept + slopePerDay · d, where d
 * counts days from origin (the earliest day fitted), and the date it predicts for a
 * target. Days are whole calendar days, so the slope reads "per day" whatever the
 * points' period; fit weekly or monthly points and the slope is still per day.
 *
 * The forecast compares the line with the target as given: a summed metric's targets
 * are daily rates (docs/readiness.md), so a caller fitting weekly sums scales the
 * target to the period first.
 */
struct LinearTrend
{
    /**
     * A forecast further out than this is "not at this rate": a straight line drawn
     * through months of data says nothing about decades, and promotion plans span a
     * few years. It also keeps the date far inside QDate's range.
     */
    static constexpr int MaxYears = 20;

    QDate origin; ///< the earliest day fitted; d = 0
    QDate latest; ///< the latest day fitted, where the forecast starts
    double slopePerDay = 0;
    double intercept = 0; ///< the line's value on origin
    /**
     * The share of the values' variance the line explains, 0..1. 1 when every value is
     * the same: the flat line then passes through every point.
     */
    double rSquared = 0;

    /** The line's value on day. */
    double valueAt(const QDate& day) const;

    /**
     * When the line meets target under direction (higher is better: value >= target;
     * lower: value <= target). AlreadyThere when valueAt(latest) meets it; otherwise
     * OnDate with the first whole day after latest on which the line meets it; or
     * NotAtThisRate when the slope is 0 or points away from the target, or that day is
     * more than MaxYears years after latest.
     */
    Forecast forecast(double target, Metric::Direction direction) const;

    /**
     * The least-squares fit of points, in any order. Fewer than two distinct days give
     * no trend: a line through one day has any slope. Values must be finite (as
     * SeriesAggregation makes them).
     */
    static std::optional<LinearTrend> fit(const Series& points);
};
