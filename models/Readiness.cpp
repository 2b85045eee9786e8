// SPDX-License-Identifier: GPL-3.0-or-later
#include "Readiness.h"

#include <algorithm>
#include <cmath>

LevelReadiness Readiness::forLevel(const Framework& framework, const Level& level,
                                   const QHash<QString, CheckpointProgress>& progress,
                                   const QHash<QString, Assessment>& assessments)
{
    LevelReadiness r;
    r.levelCode = level.code;
    r.checkpointCount = int(level.checkpoints.size());
    for (const Checkpoint& c : level.checkpoints) {
        const auto it = progress.constFind(c.key);
        r.checkpointsDone +=
            it != progress.constEnd() && it->status == CheckpointProgress::Status::Done;
    }
    r.checkpointShare =
        r.checkpointCount == 0 ? 1.0 : double(r.checkpointsDone) / double(r.checkpointCount);

    // Dimensions the level expects nothing of cannot be short of it; they are left out.
    double sum = 0;
    int counted = 0;
    for (const Dimension& d : framework.dimensions) {
        const double expected = d.expectations.value(level.code, 0);
        if (expected <= 0)
            continue;
        const auto assessed = assessments.constFind(d.key);
        const double score = assessed == assessments.constEnd() ? 0 : assessed->score;
        sum += std::min(1.0, score / expected);
        ++counted;
    }
    r.dimensionShare = counted == 0 ? 1.0 : sum / counted;
    r.readiness = (r.checkpointShare + r.dimensionShare) / 2;
    return r;
}

QList<DimensionGap> Readiness::dimensionGaps(const Framework& framework, const QString& levelCode,
                                             const QHash<QString, Assessment>& assessments)
{
    QList<DimensionGap> gaps;
    for (const Dimension& d : framework.dimensions) {
        DimensionGap g;
        g.dimensionKey = d.key;
        g.expected = d.expectations.value(levelCode, 0);
        const auto assessed = assessments.constFind(d.key);
        if (assessed != assessments.constEnd())
            g.assessed = assessed->score;
        g.gap = g.expected - g.assessed.value_or(0);
        if (g.gap > 0)
            gaps << g;
    }
    // Ties keep the framework's order, so the list reads the same every time.
    std::stable_sort(gaps.begin(), gaps.end(),
                     [](const DimensionGap& a, const DimensionGap& b) { return a.gap > b.gap; });
    return gaps;
}

std::optional<double> Readiness::windowValue(const Metric& metric, const QList<Entry>& entries,
                                             const QDate& from, const QDate& to)
{
    QList<Entry> inRange;
    for (const Entry& e : entries) {
        if (e.metricKey == metric.key && e.day >= from && e.day <= to)
            inRange << e;
    }
    if (inRange.isEmpty())
        return std::nullopt;
    // "Last" means the latest day, whatever order the entries came in.
    std::stable_sort(inRange.begin(), inRange.end(),
                     [](const Entry& a, const Entry& b) { return a.day < b.day; });
    QList<double> values;
    for (const Entry& e : inRange)
        values << e.value;
    const double combined = metric.aggregate(values);
    if (metric.aggregation == Metric::Aggregation::Sum)
        return combined / double(from.daysTo(to) + 1);
    return combined;
}

QList<MetricGap> Readiness::metricGaps(const Framework& framework, const QString& levelCode,
                                       const QList<Entry>& entries, const QDate& today)
{
    const QDate from = today.addDays(1 - framework.windowDays);
    QList<MetricGap> gaps;
    for (const Metric& m : framework.metrics) {
        const auto target = m.target(levelCode);
        if (!target)
            continue;
        MetricGap g;
        g.metricKey = m.key;
        g.target = *target;
        g.value = windowValue(m, entries, from, today);
        if (!g.value) {
            g.shortfall = 1;
        } else if (m.meets(*g.value, *target)) {
            continue;
        } else {
            const double behind = m.direction == Metric::Direction::HigherIsBetter
                                      ? *target - *g.value
                                      : *g.value - *target;
            g.shortfall = *target == 0 ? 1 : behind / std::abs(*target);
        }
        gaps << g;
    }
    std::stable_sort(gaps.begin(), gaps.end(), [](const MetricGap& a, const MetricGap& b) {
        return a.shortfall > b.shortfall;
    });
    return gaps;
}
