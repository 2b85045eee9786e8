// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"
#include "Framework.h"

#include <QCoreApplication>
#include <QDate>
#include <QList>
#include <QStringList>

#include <optional>

/*
 * The calibrated composite score (docs/composite-score.md): one number per period that
 * sums up several indicators, weighted partly by how much each indicator varies (its
 * entropy weight) and partly by the user's own judgement (the expert weights).
 *
 * The computation is total: whatever it is given, every number it returns is finite,
 * weights lie in 0..1 and scores in 0..1. Inputs it cannot use as they are (a column
 * with too few values, missing cells, an out-of-range share, unusable expert weights)
 * are repaired or left out, and each repair adds one translated sentence to notes, so a
 * view can tell the user why the score looks the way it does.
 */

/** A matrix to score: rows are periods (oldest first), columns are indicators. */
struct CompositeInput
{
    /** Metric keys, one per column. Their count is the number of columns. */
    QStringList indicators;
    /** Per column, how notes name the indicator; a column without one goes by its key. */
    QStringList indicatorNames;
    /** Per column; a column without an entry here counts as higher-is-better. */
    QList<bool> higherIsBetter;
    /**
     * rows[i][j] is indicator j in period i; nullopt means no value. Short rows count as
     * missing cells; cells past the last indicator are ignored. A value that is not a
     * finite number counts as missing.
     */
    QList<QList<std::optional<double>>> rows;
    /**
     * Per column, >= 0, any scale (only ratios matter). Empty means "no opinion": every
     * usable column counts equally. Negative or non-finite weights count as 0.
     */
    QList<double> expertWeights;
    /** How much of each weight comes from entropy, 0..1; the rest comes from the expert. */
    double entropyShare = 0.6;
};

/** The outcome of CompositeScore::compute(); every list has one value per column or row. */
struct CompositeResult
{
    /** Per column; sums to 1, or is all 0 when entropy could not be used. */
    QList<double> entropyWeights;
    /** Per column, blended and normalised: sums to 1 over the usable columns; 0 elsewhere. */
    QList<double> weights;
    /** Per row, 0..1: 0 is worst in every weighted column, 1 is best in every one. */
    QList<double> scores;
    /** One translated sentence per degenerate case handled; empty when none was. */
    QStringList notes;
};

/** The calibrated composite score: a pure computation and the weekly matrix it runs on. */
class CompositeScore
{
    Q_DECLARE_TR_FUNCTIONS(CompositeScore)

public:
    /** Min-max normalised value added to every cell before entropy, so ln p stays defined. */
    static constexpr double Shift = 1e-6;

    /**
     * Scores every row of input.
     *
     * Each column is min-max normalised to 0..1 in its better direction (z); entropy
     * uses x = z + Shift. Entropy weights come from e_j = −(1/ln n) Σ_i p_ij ln p_ij
     * with p_ij = x_ij / Σ_i x_ij, as w_j = (1 − e_j) / Σ_k (1 − e_k). They are blended
     * with the normalised expert weights by entropyShare and normalised again. A row's
     * score is Σ_j w_j · z_ij: the unshifted value, so the score stays within 0..1.
     *
     * Degenerate cases, each explained in notes:
     * - a column with no value, or (with two or more rows) only one, is left out: weight 0;
     * - missing cells of a kept column take the column's worst observed value;
     * - a constant column has z = 0 everywhere and entropy weight 0, but keeps its
     *   expert share: the user asked for it, and it lowers every row alike;
     * - a single row, or entropy weights all 0 (every kept column constant): expert
     *   weights alone;
     * - expert weights empty or all 0 over the kept columns: equal weights;
     * - entropyShare outside 0..1 is clamped; a non-finite one is the default 0.6.
     */
    static CompositeResult compute(const CompositeInput& input);

    /**
     * The weekly matrix of entries for framework between from and to (both inclusive).
     *
     * Row i is the ISO week (Monday to Sunday) starting from.addDays(1 −
     * from.dayOfWeek()) + 7·i; the first and last weeks may be partial, as only entries
     * dated from..to count. Columns are the framework's metrics, in framework order,
     * that have at least one entry in that range; entries of other metrics are ignored.
     * A week's value is Metric::aggregate() of its entries in day order (entries of the
     * same day keep their order in entries, which decides "last").
     *
     * A week without entries of a metric is filled so that every cell has a value:
     * - Sum metrics count 0 for it: nothing was done that week;
     * - other aggregations (Mean, Last, Max) measure a state, which is assumed to hold
     *   until measured again: the last known week's value carries forward, and weeks
     *   before the first entry take the first known value.
     *
     * Expert weights are left empty and entropyShare at its default, for the caller to
     * set. An invalid date or from after to gives an input without rows or columns.
     */
    static CompositeInput weekly(const Framework& framework, const QList<Entry>& entries,
                                 const QDate& from, const QDate& to);
};
