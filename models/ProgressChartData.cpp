// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProgressChartData.h"

#include "CompositeScore.h"
#include "CsvWriter.h"
#include "MovingAverage.h"
#include "NumberText.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

using Period = SeriesAggregation::Period;

/** The last day of the period that starts on start. */
QDate periodEnd(const QDate& start, Period period)
{
    switch (period) {
    case Period::Day:
        return start;
    case Period::Week:
        return start.addDays(6);
    case Period::Month:
        return start.addMonths(1).addDays(-1);
    }
    return start;
}

/** Summed metrics' targets are daily rates: a week's or month's sum becomes one too. */
Series asDailyRates(const Series& sums, Period period, const QDate& today)
{
    if (period == Period::Day)
        return sums;
    Series rates;
    rates.reserve(sums.size());
    for (const SeriesPoint& p : sums) {
        const QDate last = std::min(periodEnd(p.day, period), today);
        const qint64 days = std::max<qint64>(1, p.day.daysTo(last) + 1);
        rates << SeriesPoint{p.day, p.value / double(days)};
    }
    return rates;
}

/** See ProgressLine::points: a percentage of target where more is always better. */
double normalise(double value, double target, Metric::Direction direction)
{
    return direction == Metric::Direction::HigherIsBetter ? 100 * value / target
                                                          : 100 * (2 - value / target);
}

Series normaliseAll(const Series& points, double target, Metric::Direction direction)
{
    Series out;
    out.reserve(points.size());
    for (const SeriesPoint& p : points)
        out << SeriesPoint{p.day, normalise(p.value, target, direction)};
    return out;
}

QDate earliestEntry(const QList<Entry>& entries, const QStringList& metrics, bool anyMetric)
{
    QDate first;
    for (const Entry& e : entries) {
        if ((anyMetric || metrics.contains(e.metricKey)) && e.day.isValid() &&
            (!first.isValid() || e.day < first))
            first = e.day;
    }
    return first;
}

QString directionSign(Metric::Direction direction)
{
    return direction == Metric::Direction::HigherIsBetter ? QStringLiteral("≥")
                                                          : QStringLiteral("≤");
}

} // namespace

ProgressChartData ProgressChartData::build(const Framework& framework, const QList<Entry>& entries,
                                           const QHash<QString, CheckpointProgress>& progress,
                                           const CompositeSettings& settings,
                                           const ProgressChartRequest& request, const QDate& today)
{
    ProgressChartData data;
    data.normalised = request.normalised;
    data.targetLevel = request.targetLevel;
    data.to = request.to.isValid() ? request.to : today;
    data.from = request.from.isValid() ? request.from
                                       : earliestEntry(entries, request.metrics, request.composite);
    if (!data.from.isValid() || data.from > data.to)
        data.from = std::min(today, data.to);
    const QDate rangeStart = SeriesAggregation::periodStart(data.from, request.period);
    const QLocale locale;

    auto finish = [&](ProgressLine& line, const Series& all) {
        if (request.averageWindow >= 2)
            line.average = SeriesAggregation::inRange(
                MovingAverage::trailing(all, request.averageWindow), rangeStart, data.to);
        line.points = SeriesAggregation::inRange(all, rangeStart, data.to);
        line.trend = LinearTrend::fit(line.points);
    };

    for (const QString& key : request.metrics) {
        const Metric* metric = framework.metric(key);
        if (!metric) {
            data.notes << tr("%1: no such metric in %2").arg(key, framework.name.text(locale));
            continue;
        }
        const std::optional<double> goal = metric->target(request.targetLevel);
        if (request.normalised && (!goal || *goal == 0)) {
            data.notes << tr("%1: left out, because %2 sets no target for it to compare with")
                              .arg(metric->name.text(locale), request.targetLevel);
            continue;
        }
        ProgressLine line;
        line.key = metric->key;
        line.name = metric->name.text(locale);
        line.unit = request.normalised ? QStringLiteral("%") : metric->unit.text(locale);
        line.direction = request.normalised ? Metric::Direction::HigherIsBetter : metric->direction;
        Series all = SeriesAggregation::aggregate(*metric, entries, request.period);
        if (metric->aggregation == Metric::Aggregation::Sum)
            all = asDailyRates(all, request.period, today);
        auto scaled = [&](double value) {
            return request.normalised ? normalise(value, *goal, metric->direction) : value;
        };
        if (request.normalised)
            all = normaliseAll(all, *goal, metric->direction);
        for (const Level& level : framework.levels) {
            if (const auto t = metric->target(level.code))
                line.targets << ProgressTarget{
                    level.code, scaled(*t),
                    level.code.compare(request.targetLevel, Qt::CaseInsensitive) == 0};
        }
        finish(line, all);
        if (goal) {
            line.targetText = tr("%1 %2 %3")
                                  .arg(directionSign(metric->direction), numberText(*goal),
                                       metric->unit.text(locale))
                                  .trimmed();
            if (line.trend)
                line.forecast = line.trend->forecast(scaled(*goal), line.direction);
        }
        data.lines << line;
    }

    if (request.composite) {
        CompositeInput input = CompositeScore::weekly(framework, entries, rangeStart, data.to);
        for (const QString& key : std::as_const(input.indicators))
            input.expertWeights << settings.weight(key);
        input.entropyShare = settings.entropyShare;
        const CompositeResult result = CompositeScore::compute(input);
        ProgressLine line;
        line.kind = ProgressLine::Kind::Composite;
        line.key = QStringLiteral("composite");
        line.name = tr("Composite score");
        line.unit = QStringLiteral("%");
        const QDate monday = SeriesAggregation::periodStart(rangeStart, Period::Week);
        Series weeks;
        for (qsizetype i = 0; i < result.scores.size(); ++i)
            weeks << SeriesPoint{monday.addDays(7 * i), 100 * result.scores[i]};
        if (weeks.size() < 2)
            data.notes << tr("Composite score: fewer than two weeks in the range");
        data.notes << result.notes;
        finish(line, weeks);
        data.lines << line;
    }

    if (request.checkpoints) {
        const Level* level = framework.level(request.targetLevel);
        if (!level || level->checkpoints.isEmpty()) {
            data.notes << tr("Checkpoints: %1 has none").arg(request.targetLevel);
        } else {
            QList<QDate> done;
            for (const Checkpoint& c : level->checkpoints) {
                const auto p = progress.constFind(c.key);
                if (p != progress.constEnd() && p->doneOn.isValid())
                    done << p->doneOn;
            }
            std::sort(done.begin(), done.end());
            const double share = 100.0 / double(level->checkpoints.size());
            ProgressLine line;
            line.kind = ProgressLine::Kind::Checkpoints;
            line.key = QStringLiteral("checkpoints");
            line.name = tr("%1 checkpoints done").arg(level->code);
            line.unit = QStringLiteral("%");
            line.targets << ProgressTarget{level->code, 100, true};
            const auto before = std::count_if(done.begin(), done.end(),
                                              [&](const QDate& d) { return d < rangeStart; });
            line.points << SeriesPoint{rangeStart, share * double(before)};
            for (qsizetype i = before; i < done.size() && done[i] <= data.to; ++i) {
                // Several done on one day make one step.
                if (i + 1 < done.size() && done[i + 1] == done[i])
                    continue;
                line.points << SeriesPoint{done[i], share * double(i + 1)};
            }
            if (line.points.last().day < data.to)
                line.points << SeriesPoint{data.to, line.points.last().value};
            data.lines << line;
        }
    }
    return data;
}

QString ProgressChartData::forecastText(const ProgressLine& line) const
{
    if (!line.forecast || line.targetText.isEmpty())
        return {};
    switch (line.forecast->outcome) {
    case Forecast::Outcome::AlreadyThere:
        return tr("%1: the %2 target (%3) is met on the trend line.")
            .arg(line.name, targetLevel, line.targetText);
    case Forecast::Outcome::OnDate:
        return tr("%1: at this rate the %2 target (%3) is reached around %4.")
            .arg(line.name, targetLevel, line.targetText,
                 line.forecast->date.toString(Qt::ISODate));
    case Forecast::Outcome::NotAtThisRate:
        return tr("%1: the %2 target (%3) is not reached at this rate.")
            .arg(line.name, targetLevel, line.targetText);
    }
    return {};
}

QByteArray ProgressChartData::toCsv() const
{
    QString csv = CsvWriter::record({QStringLiteral("date"), QStringLiteral("series"),
                                     QStringLiteral("value"), QStringLiteral("average")});
    for (const ProgressLine& line : lines) {
        QHash<QDate, double> average;
        for (const SeriesPoint& p : line.average)
            average.insert(p.day, p.value);
        for (const SeriesPoint& p : line.points) {
            const auto a = average.constFind(p.day);
            csv += CsvWriter::record({p.day.toString(Qt::ISODate), line.key, numberText(p.value),
                                      a == average.constEnd() ? QString() : numberText(*a)});
        }
    }
    return csv.toUtf8();
}
