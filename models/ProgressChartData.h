// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointProgress.h"
#include "CompositeSettings.h"
#include "Entry.h"
#include "Framework.h"
#include "LinearTrend.h"
#include "SeriesAggregation.h"
#include "SeriesPoint.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

#include <optional>

/** What a progress chart shows: which lines, over which days, how combined. */
struct ProgressChartRequest
{
    /** Metric keys of the framework, in the order to draw them. */
    QStringList metrics;
    /** Also the weekly composite score (0–100 %) over the range. */
    bool composite = false;
    /** Also the share of the target level's checkpoints done (0–100 %) over time. */
    bool checkpoints = false;
    QDate from; ///< inclusive; invalid: from the first entry
    QDate to;   ///< inclusive; invalid: today
    SeriesAggregation::Period period = SeriesAggregation::Period::Day;
    /** Trailing moving average over this many points; below 2: none. */
    int averageWindow = 0;
    /** Every metric as a percentage of its target (see ProgressLine::points). */
    bool normalised = false;
    QString currentLevel;
    QString targetLevel;
};

/** A horizontal line where a level's target lies. */
struct ProgressTarget
{
    QString levelCode;
    double value = 0;
    bool isTargetLevel = false;
};

/** One line of the chart with everything drawn with it. */
struct ProgressLine
{
    enum class Kind
    {
        Metric,
        Composite,
        Checkpoints
    };

    Kind kind = Kind::Metric;
    QString key;  ///< metric key, "composite" or "checkpoints"
    QString name; ///< in the locale's language
    QString unit; ///< "ms", "count/day", "%" …; "%" for every line when normalised
    Metric::Direction direction = Metric::Direction::HigherIsBetter;
    /**
     * The period values inside the range. A summed metric's week or month is its daily
     * rate (the sum divided by the days of the period up to today), because its
     * targets are daily rates. Normalised, a value is a percentage of the target
     * level's target where more is always better and 100 meets it: 100·v/t for
     * higher-is-better metrics, 100·(2 − v/t) for lower-is-better ones. Both are linear
     * in v, so a trend and its forecast date are the same in either view.
     */
    Series points;
    /** The moving average of the whole history, cut to the range; empty when none. */
    Series average;
    /** The levels' targets, lowest level first, on the same scale as points. */
    QList<ProgressTarget> targets;
    /** The least-squares line through points; none with fewer than two days. */
    std::optional<LinearTrend> trend;
    /** When trend meets the target level's target; none without trend or target. */
    std::optional<Forecast> forecast;
    /** The target level's target as a person reads it, "≤ 24 h"; empty without one. */
    QString targetText;
};

/**
 * The data of the Charts view and of `rungs chart`, computed from entries and
 * checkpoint progress alone so that the picture on screen, the exported files and the
 * CSV agree. Drawing, and thinning points to the pixels (Downsampler), is the chart's
 * part.
 */
struct ProgressChartData
{
    Q_DECLARE_TR_FUNCTIONS(ProgressChartData)

public:
    QDate from;
    QDate to;
    bool normalised = false;
    QString targetLevel;
    QList<ProgressLine> lines;
    /** Translated sentences about what could not be drawn and why. */
    QStringList notes;

    /**
     * The lines of request. Unknown metric keys are noted and left out, as are metrics
     * that cannot be normalised because the target level sets no target for them.
     * When request.from is invalid the range starts at the earliest entry of the
     * requested metrics (today when there is none).
     */
    static ProgressChartData build(const Framework& framework, const QList<Entry>& entries,
                                   const QHash<QString, CheckpointProgress>& progress,
                                   const CompositeSettings& settings,
                                   const ProgressChartRequest& request, const QDate& today);

    /**
     * A sentence about line's forecast for the target level: "P7 target (≤ 24 h) met
     * already", "… reached around 2027-03-14 at this rate", "… not reached at this
     * rate"; empty when there is nothing to forecast.
     */
    QString forecastText(const ProgressLine& line) const;

    /**
     * The plotted values as CSV with the header `date,series,value,average`: one row per
     * point, lines in order, the average empty where there is none. Numbers in their
     * shortest round-trip form, as the entries export writes them.
     */
    QByteArray toCsv() const;
};
