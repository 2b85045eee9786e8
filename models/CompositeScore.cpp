// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositeScore.h"

#include "NumberText.h"
#include "SeriesAggregation.h"

#include <algorithm>
#include <cmath>

namespace {

/** One column after cleaning: kept or left out, and its normalised values z (0..1). */
struct Column
{
    bool kept = false;
    bool constant = false;
    QList<double> z;
};

std::optional<double> cell(const CompositeInput& input, qsizetype row, qsizetype column)
{
    const auto& cells = input.rows[row];
    if (column >= cells.size() || !cells[column] || !std::isfinite(*cells[column]))
        return std::nullopt;
    return cells[column];
}

/** (value − low) / (high − low), computed on halves when the range overflows. */
double minMax(double value, double low, double high)
{
    const double range = high - low;
    const double z =
        std::isfinite(range) ? (value - low) / range : (value / 2 - low / 2) / (high / 2 - low / 2);
    return std::clamp(z, 0.0, 1.0);
}

/** 1 − e for one varying column of n >= 2 rows; 0 when rounding pushes e past 1. */
double entropyDivergence(const QList<double>& z)
{
    double sum = 0;
    for (double v : z)
        sum += v + CompositeScore::Shift;
    double plogp = 0;
    for (double v : z) {
        const double p = (v + CompositeScore::Shift) / sum;
        plogp += p * std::log(p);
    }
    const double e = -plogp / std::log(double(z.size()));
    return std::max(0.0, 1 - e);
}

/** Scales weights (all >= 0) to sum 1; false when they are all 0 and cannot be. */
bool normalise(QList<double>& weights)
{
    // Dividing by the largest first keeps the sum finite even for weights near DBL_MAX.
    const double largest =
        weights.isEmpty() ? 0.0 : *std::max_element(weights.begin(), weights.end());
    if (!(largest > 0))
        return false;
    double sum = 0;
    for (double& w : weights) {
        w /= largest;
        sum += w;
    }
    for (double& w : weights)
        w /= sum;
    return true;
}

} // namespace

CompositeResult CompositeScore::compute(const CompositeInput& input)
{
    const qsizetype n = input.rows.size();
    const qsizetype m = input.indicators.size();
    CompositeResult result;
    result.entropyWeights.fill(0.0, m);
    result.weights.fill(0.0, m);
    result.scores.fill(0.0, n);

    double share = input.entropyShare;
    if (!std::isfinite(share)) {
        share = CompositeInput{}.entropyShare;
        result.notes << tr("The entropy share is not a number; the default %1 is used.")
                            .arg(numberText(share));
    } else if (share < 0 || share > 1) {
        share = std::clamp(share, 0.0, 1.0);
        result.notes << tr("The entropy share must lie between 0 and 1; %1 is used instead.")
                            .arg(numberText(share));
    }
    if (n == 0) {
        if (m > 0)
            result.notes << tr("There are no periods to score.");
        return result;
    }

    // Clean each column: leave out what cannot be compared, fill gaps, normalise.
    QList<Column> columns(m);
    for (qsizetype j = 0; j < m; ++j) {
        const QString& key = input.indicators[j];
        const QString named = input.indicatorNames.value(j);
        const QString& label = named.isEmpty() ? key : named;
        QList<std::optional<double>> cells(n);
        qsizetype observed = 0;
        qsizetype notFinite = 0;
        for (qsizetype i = 0; i < n; ++i) {
            cells[i] = cell(input, i, j);
            observed += cells[i] ? 1 : 0;
            const auto& raw = input.rows[i];
            notFinite += j < raw.size() && raw[j] && !std::isfinite(*raw[j]) ? 1 : 0;
        }
        if (notFinite > 0)
            result.notes << tr("\"%1\": values that are not finite numbers were ignored (%2 of %3 "
                               "periods).")
                                .arg(label)
                                .arg(notFinite)
                                .arg(n);
        if (observed == 0) {
            result.notes << tr("\"%1\" has no values, so it is left out.").arg(label);
            continue;
        }
        if (observed == 1 && n > 1) {
            result.notes << tr("\"%1\" has a value in only one of %2 periods, so it is left out: "
                               "one value cannot be compared with anything.")
                                .arg(label)
                                .arg(n);
            continue;
        }

        const bool higher = j < input.higherIsBetter.size() ? input.higherIsBetter[j] : true;
        double low = 0;
        double high = 0;
        bool first = true;
        for (const auto& c : std::as_const(cells)) {
            if (!c)
                continue;
            low = first ? *c : std::min(low, *c);
            high = first ? *c : std::max(high, *c);
            first = false;
        }
        // The worst observed value: a gap should not lift a period above one that was
        // actually measured, and it keeps the column's range as observed.
        const double worst = higher ? low : high;
        if (observed < n)
            result.notes << tr("\"%1\": no value in %2 of %3 periods; those count at the worst "
                               "value observed, %4.")
                                .arg(label)
                                .arg(n - observed)
                                .arg(n)
                                .arg(numberText(worst));

        Column& column = columns[j];
        column.kept = true;
        column.constant = low == high;
        column.z.fill(0.0, n);
        if (column.constant) {
            if (n > 1)
                result.notes << tr("\"%1\" has the same value in every period, so it carries no "
                                   "information and gets no entropy weight.")
                                    .arg(label);
            continue;
        }
        for (qsizetype i = 0; i < n; ++i) {
            const double v = cells[i].value_or(worst);
            column.z[i] = higher ? minMax(v, low, high) : 1 - minMax(v, low, high);
        }
    }

    QList<qsizetype> kept;
    for (qsizetype j = 0; j < m; ++j) {
        if (columns[j].kept)
            kept << j;
    }
    if (kept.isEmpty()) {
        if (m > 0)
            result.notes << tr("No indicator has enough values to score, so every score is 0.");
        return result;
    }

    // Entropy weights, when there is more than one period to compare.
    bool entropyUsable = n > 1;
    if (!entropyUsable) {
        result.notes << tr("With a single period the entropy weights are undefined, so the "
                           "expert weights are used alone.");
    } else {
        QList<double> divergence(m, 0.0);
        for (qsizetype j : std::as_const(kept)) {
            if (!columns[j].constant)
                divergence[j] = entropyDivergence(columns[j].z);
        }
        entropyUsable = normalise(divergence);
        if (entropyUsable)
            result.entropyWeights = divergence;
        else
            result.notes << tr("No indicator varies across the periods, so the entropy weights "
                               "carry no information and the expert weights are used alone.");
    }
    const double entropyPart = entropyUsable ? share : 0.0;

    // Expert weights over the kept columns only: a left-out column's share is spread
    // over the others in proportion, as if the user had not weighted it.
    QList<double> expert(m, 0.0);
    bool invalidExpert = false;
    for (qsizetype j : std::as_const(kept)) {
        if (input.expertWeights.isEmpty()) {
            expert[j] = 1;
        } else if (j < input.expertWeights.size()) {
            const double w = input.expertWeights[j];
            invalidExpert = invalidExpert || !std::isfinite(w) || w < 0;
            expert[j] = std::isfinite(w) && w > 0 ? w : 0.0;
        }
    }
    const bool expertMatters = entropyPart < 1;
    if (invalidExpert && expertMatters)
        result.notes << tr("Expert weights that are negative or not numbers count as 0.");
    if (!normalise(expert)) {
        for (qsizetype j : std::as_const(kept))
            expert[j] = 1.0 / double(kept.size());
        if (expertMatters)
            result.notes << tr("The expert weights of the indicators used are all 0, so they "
                               "count equally.");
    } else if (input.expertWeights.isEmpty() && expertMatters) {
        result.notes << tr("No expert weights were given, so the indicators count equally in "
                           "the expert share.");
    }

    QList<double> blended(m, 0.0);
    for (qsizetype j : std::as_const(kept))
        blended[j] = entropyPart * result.entropyWeights[j] + (1 - entropyPart) * expert[j];
    normalise(blended); // both parts sum to 1 already; this only removes rounding
    result.weights = blended;

    for (qsizetype i = 0; i < n; ++i) {
        double score = 0;
        for (qsizetype j : std::as_const(kept))
            score += result.weights[j] * columns[j].z[i];
        result.scores[i] = std::clamp(score, 0.0, 1.0);
    }
    return result;
}

CompositeInput CompositeScore::weekly(const Framework& framework, const QList<Entry>& entries,
                                      const QDate& from, const QDate& to)
{
    CompositeInput input;
    if (!from.isValid() || !to.isValid() || from > to)
        return input;
    const QDate firstMonday = SeriesAggregation::periodStart(from, SeriesAggregation::Period::Week);
    const qsizetype weeks = qsizetype(firstMonday.daysTo(to) / 7 + 1);

    QList<Entry> inRange;
    for (const Entry& e : entries) {
        if (e.day >= from && e.day <= to)
            inRange << e;
    }

    QList<QList<std::optional<double>>> columns;
    for (const Metric& metric : framework.metrics) {
        const Series points =
            SeriesAggregation::aggregate(metric, inRange, SeriesAggregation::Period::Week);
        if (points.isEmpty())
            continue;

        QList<std::optional<double>> values(weeks);
        for (const SeriesPoint& p : points)
            values[qsizetype(firstMonday.daysTo(p.day) / 7)] = p.value;
        std::optional<double> known;
        for (auto& v : values) {
            if (v)
                known = v;
            else if (metric.aggregation == Metric::Aggregation::Sum)
                v = 0.0;
            else
                v = known; // nullopt before the first entry; filled below
        }
        const auto firstKnown =
            std::find_if(values.begin(), values.end(), [](const auto& v) { return v.has_value(); });
        std::fill(values.begin(), firstKnown, *firstKnown);

        input.indicators << metric.key;
        input.indicatorNames << metric.name.text();
        input.higherIsBetter << (metric.direction == Metric::Direction::HigherIsBetter);
        columns << values;
    }

    input.rows.fill(QList<std::optional<double>>(columns.size()), weeks);
    for (qsizetype j = 0; j < columns.size(); ++j) {
        for (qsizetype w = 0; w < weeks; ++w)
            input.rows[w][j] = columns[j][w];
    }
    return input;
}
