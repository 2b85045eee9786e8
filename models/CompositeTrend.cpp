// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositeTrend.h"

#include "CompositeScore.h"
#include "SeriesAggregation.h"

#include <algorithm>
#include <cmath>

std::optional<double> CompositeTrend::currentScore() const
{
    if (scores.size() < MinimumWeeks)
        return std::nullopt;
    return scores.constLast();
}

std::optional<double> CompositeTrend::previousScore() const
{
    if (scores.size() < MinimumWeeks)
        return std::nullopt;
    return scores[scores.size() - 2];
}

CompositeTrend CompositeTrend::compute(const Framework& framework, const QList<Entry>& entries,
                                       const CompositeSettings& settings, const QDate& today)
{
    CompositeTrend trend;
    trend.entropyShare = settings.entropyShare;
    const QDate windowStart = today.addDays(1 - std::max(framework.windowDays, 1));
    QDate first;
    for (const Entry& e : entries) {
        if (e.day >= windowStart && e.day <= today && std::isfinite(e.value) &&
            framework.metric(e.metricKey) && (!first.isValid() || e.day < first))
            first = e.day;
    }
    if (!first.isValid())
        return trend;

    CompositeInput input = CompositeScore::weekly(framework, entries, first, today);
    for (const QString& key : std::as_const(input.indicators))
        input.expertWeights << settings.weight(key);
    input.entropyShare = settings.entropyShare;
    const CompositeResult result = CompositeScore::compute(input);

    const QDate firstMonday =
        SeriesAggregation::periodStart(first, SeriesAggregation::Period::Week);
    for (qsizetype i = 0; i < input.rows.size(); ++i)
        trend.weeks << firstMonday.addDays(7 * i);
    trend.scores = result.scores;
    trend.metrics = input.indicators;
    trend.expertWeights = input.expertWeights;
    trend.entropyWeights = result.entropyWeights;
    trend.weights = result.weights;
    trend.notes = result.notes;
    return trend;
}
