// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartCommand.h"

#include "ChartOutput.h"
#include "CheckpointProgressStore.h"
#include "CliContext.h"
#include "EntryStore.h"
#include "ProfileStore.h"
#include "ProgressChartData.h"
#include "ScoreWeightsStore.h"
#include "charts/ProgressChart.h"

#include <QCommandLineParser>

#include <memory>

void ChartCommand::addOptions(QCommandLineParser& parser) const
{
    ChartOutput::addOptions(parser, DefaultSize, true);
    parser.addOption({QStringLiteral("from"),
                      tr("First day drawn (default: the first entry of the metrics)."), tr("day")});
    parser.addOption({QStringLiteral("to"), tr("Last day drawn (default: today)."), tr("day")});
    parser.addOption({QStringLiteral("period"),
                      tr("One point per day, week or month (default week)."),
                      QStringLiteral("day|week|month")});
    parser.addOption(
        {QStringLiteral("average"),
         tr("Also draw the moving average over this many points (2 to %1).").arg(MaximumAverage),
         tr("points")});
    parser.addOption({QStringLiteral("percent"),
                      tr("Draw every metric as a percentage of the target level's target.")});
    parser.addOption({QStringLiteral("no-targets"), tr("Leave out the levels' target lines.")});
    parser.addOption({QStringLiteral("no-trend"), tr("Leave out the trend lines.")});
}

int ChartCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList wanted = parser.positionalArguments();
    if (wanted.isEmpty())
        return context.usage(tr("chart: name at least one metric, \"composite\" or "
                                "\"checkpoints\""),
                             name());
    const auto output = ChartOutput::read(context, parser, name(), DefaultSize, true);
    if (!output)
        return ExitUsage;

    ProgressChartRequest request;
    request.period = SeriesAggregation::Period::Week;
    if (parser.isSet(QStringLiteral("period"))) {
        const QString period = parser.value(QStringLiteral("period")).trimmed().toLower();
        if (period == QLatin1String("day"))
            request.period = SeriesAggregation::Period::Day;
        else if (period == QLatin1String("month"))
            request.period = SeriesAggregation::Period::Month;
        else if (period != QLatin1String("week"))
            return context.usage(tr("chart: --period %1: give day, week or month").arg(period),
                                 name());
    }
    if (parser.isSet(QStringLiteral("average"))) {
        bool ok = false;
        request.averageWindow = parser.value(QStringLiteral("average")).toInt(&ok);
        if (!ok || request.averageWindow < 2 || request.averageWindow > MaximumAverage)
            return context.usage(tr("chart: --average %1: give a number of points from 2 to %2")
                                     .arg(parser.value(QStringLiteral("average")))
                                     .arg(MaximumAverage),
                                 name());
    }
    request.normalised = parser.isSet(QStringLiteral("percent"));

    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());
    const Framework& f = framework.value();
    for (const QString& text : wanted) {
        if (const Metric* metric = f.findMetric(text))
            request.metrics << metric->key;
        else if (text.compare(QLatin1String("composite"), Qt::CaseInsensitive) == 0)
            request.composite = true;
        else if (text.compare(QLatin1String("checkpoints"), Qt::CaseInsensitive) == 0)
            request.checkpoints = true;
        else
            return context.fail(Failure::invalid(
                tr("chart: %1: no such metric in %2 (see rungs metrics)").arg(text, f.key)));
    }
    const QDate today = context.clock().now().date();
    if (Status days = context.readDayRange(parser, request.from, request.to); !days)
        return context.fail(days.error());
    if (request.from.isValid() && request.to.isValid() && request.from > request.to)
        return context.fail(Failure::invalid(
            tr("chart: --from %1 is after --to %2")
                .arg(request.from.toString(Qt::ISODate), request.to.toString(Qt::ISODate))));

    Database& db = *context.database().value(); // open: the framework came from it
    auto profile = ProfileStore(db).load();
    if (!profile)
        return context.fail(profile.error());
    auto progress = CheckpointProgressStore(db).load(f.key);
    if (!progress)
        return context.fail(progress.error());
    auto entries = EntryStore(db).list();
    if (!entries)
        return context.fail(entries.error());
    auto weights = ScoreWeightsStore(db).load(f);
    if (!weights)
        return context.fail(weights.error());
    request.currentLevel = profile.value().currentLevel;
    request.targetLevel = profile.value().targetLevel;

    const ProgressChartData data = ProgressChartData::build(f, entries.value(), progress.value(),
                                                            weights.value(), request, today);
    for (const QString& note : data.notes)
        context.err() << tr("chart: %1").arg(note) << '\n';
    if (data.lines.isEmpty())
        return context.fail(Failure::invalid(tr("chart: nothing to draw")));

    Status written;
    if (output->isCsv()) {
        written = output->saveBytes(data.toCsv());
    } else {
        const auto chart = std::make_unique<ProgressChart>();
        chart->setData(data, {!parser.isSet(QStringLiteral("no-targets")),
                              !parser.isSet(QStringLiteral("no-trend"))});
        written = output->save(chart.get());
    }
    if (!written)
        return context.fail(written.error());
    context.out() << output->path << '\n';
    for (const ProgressLine& line : data.lines) {
        if (const QString text = data.forecastText(line); !text.isEmpty())
            context.out() << text << '\n';
    }
    return ExitOk;
}
