// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "CheckpointProgress.h"
#include "Entry.h"
#include "Framework.h"

#include <QHash>

#include <optional>

/** How ready the user is for one level (docs/readiness.md has the formula). */
struct LevelReadiness
{
    QString levelCode;
    int checkpointsDone = 0;
    int checkpointCount = 0;
    double checkpointShare = 0; ///< done / count; 1 for a level without checkpoints
    double dimensionShare = 0;  ///< mean of min(1, assessed / expected) over the dimensions
    double readiness = 0;       ///< the mean of the two shares, 0..1
};

/** A dimension where the level expects more than the user's latest self-assessment. */
struct DimensionGap
{
    QString dimensionKey;
    double expected = 0;
    std::optional<double> assessed; ///< empty when never assessed (counted as 0)
    double gap = 0;                 ///< expected − assessed, > 0
};

/** A metric behind the level's target over the framework's window. */
struct MetricGap
{
    QString metricKey;
    double target = 0;
    std::optional<double> value; ///< empty when nothing was logged in the window
    double shortfall = 0;        ///< how far behind, relative to the target; 1 = nothing yet
};

/**
 * Readiness and gaps, computed from what the workspace holds: the framework, the
 * checkpoint progress, the newest self-assessments and the entries. Pure functions;
 * docs/readiness.md explains every rule with an example.
 */
class Readiness
{
public:
    static LevelReadiness forLevel(const Framework& framework, const Level& level,
                                   const QHash<QString, CheckpointProgress>& progress,
                                   const QHash<QString, Assessment>& assessments);

    /** Dimensions below the level's expectation, largest gap first. */
    static QList<DimensionGap> dimensionGaps(const Framework& framework, const QString& levelCode,
                                             const QHash<QString, Assessment>& assessments);

    /**
     * Metrics with a target at the level that the window's value does not meet,
     * furthest behind first. The window is the framework's windowDays ending today.
     */
    static QList<MetricGap> metricGaps(const Framework& framework, const QString& levelCode,
                                       const QList<Entry>& entries, const QDate& today);

    /**
     * A metric's value over from..to (inclusive): a sum per day (targets of summed
     * metrics are daily rates), the mean, the last value or the maximum, as the
     * metric aggregates. Empty when nothing was logged in the range.
     */
    static std::optional<double> windowValue(const Metric& metric, const QList<Entry>& entries,
                                             const QDate& from, const QDate& to);
};
