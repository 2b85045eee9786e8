// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CompositeSettings.h"
#include "Entry.h"
#include "Framework.h"

#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

/**
 * The composite score week by week, as the Dashboard and `rungs status` show it: the
 * user's settings applied to CompositeScore::weekly() over the framework's window.
 *
 * The weeks run from the first entry inside the window (the window is window_days
 * ending today) to the week of today. Weeks before the user logged anything are left
 * out rather than filled: a week before someone started using Rungs says nothing
 * about them, and counting it as "nothing done" would make every later week look good.
 */
struct CompositeTrend
{
    /** Fewer weeks than this leave nothing to compare, so there is no score to show. */
    static constexpr int MinimumWeeks = 2;

    /** The Monday of each week scored, oldest first; the last is the week of today. */
    QList<QDate> weeks;
    /** Per week, 0..1 (CompositeResult::scores). */
    QList<double> scores;
    /** The metrics scored: the framework's metrics with entries in the weeks, in order. */
    QStringList metrics;
    /** Per metric: the user's weight as given to the computation (0..100, default 1). */
    QList<double> expertWeights;
    /** Per metric: CompositeResult::entropyWeights. */
    QList<double> entropyWeights;
    /** Per metric: the blended weights the scores use (CompositeResult::weights). */
    QList<double> weights;
    double entropyShare = CompositeSettings::DefaultEntropyShare;
    /** CompositeResult::notes: one translated sentence per degenerate case. */
    QStringList notes;

    /** The score of the week of today; nullopt with fewer than MinimumWeeks weeks. */
    std::optional<double> currentScore() const;
    /** The score of the week before; nullopt with fewer than MinimumWeeks weeks. */
    std::optional<double> previousScore() const;

    /**
     * Scores the entries of framework's metrics dated within framework.windowDays
     * ending today, each metric weighted by settings. No entries there: no weeks.
     */
    static CompositeTrend compute(const Framework& framework, const QList<Entry>& entries,
                                  const CompositeSettings& settings, const QDate& today);
};
