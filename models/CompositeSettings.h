// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

/**
 * The user's part of the composite score (docs/composite-score.md): an expert weight
 * per metric and the entropy share. Only the ratios between weights matter; the scale
 * 0..MaximumWeight is there so people can think in "out of 100". ScoreWeightsStore
 * keeps them; InputValidator::compositeSettings decides what may be stored.
 */
struct CompositeSettings
{
    /** The weight of a metric the user has not weighted: every metric counts alike. */
    static constexpr double DefaultWeight = 1;
    static constexpr double MaximumWeight = 100;
    /** The blend the promotion-packet method uses: 60 % entropy, 40 % expert. */
    static constexpr double DefaultEntropyShare = 0.6;

    /** Metric key → weight, 0..MaximumWeight. A metric without one weighs DefaultWeight. */
    QHash<QString, double> weights;
    /** How much of each blended weight comes from entropy, 0..1. */
    double entropyShare = DefaultEntropyShare;

    double weight(const QString& metricKey) const
    {
        return weights.value(metricKey, DefaultWeight);
    }

    bool operator==(const CompositeSettings&) const = default;
};
