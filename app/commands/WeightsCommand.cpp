// SPDX-License-Identifier: GPL-3.0-or-later
#include "WeightsCommand.h"

#include "CliContext.h"
#include "InputValidator.h"
#include "NumberText.h"
#include "OutputFormat.h"
#include "ScoreWeightsStore.h"

#include <QJsonObject>

void WeightsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("set"),
                                 tr("set, to change the weight of one metric."));
    parser.addPositionalArgument(QStringLiteral("metric"),
                                 tr("The metric's key or name, as 'rungs metrics' shows it."));
    parser.addPositionalArgument(QStringLiteral("weight"),
                                 tr("Its weight, 0 to 100; only the ratios between weights "
                                    "count. Every metric starts at 1."));
    parser.addOption({QStringLiteral("entropy-share"),
                      tr("How much of each weight comes from how much the metric varied, 0 to 1 "
                         "(default 0.6); the rest comes from your weights."),
                      tr("share")});
    parser.addOption(OutputFormat::option());
}

int WeightsCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    const bool set = !args.isEmpty();
    if (set && (args.size() != 3 || args[0] != QLatin1String("set")))
        return context.usage(tr("weights: give nothing, or set METRIC WEIGHT"), name());
    const auto format = OutputFormat::read(context, parser, name());
    if (!format)
        return ExitUsage;

    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());
    const Framework& f = framework.value();
    ScoreWeightsStore store(*context.database().value()); // open: the framework came from it
    auto loaded = store.load(f);
    if (!loaded)
        return context.fail(loaded.error());
    CompositeSettings settings = loaded.value();

    const bool setShare = parser.isSet(QStringLiteral("entropy-share"));
    if (set) {
        auto weight = InputValidator::number(args[2], QStringLiteral("weight"));
        if (!weight)
            return context.fail(weight.error());
        // A name is taken as `rungs log` takes it; anything else stays as typed, for
        // the validator to name in its refusal.
        const Metric* metric = f.findMetric(args[1]);
        settings.weights.insert(metric ? metric->key : args[1].trimmed(), weight.value());
    }
    if (setShare) {
        auto share = InputValidator::number(parser.value(QStringLiteral("entropy-share")),
                                            QStringLiteral("entropy share"));
        if (!share)
            return context.fail(share.error());
        settings.entropyShare = share.value();
    }
    if (set || setShare) {
        if (Status s = store.save(f, settings); !s)
            return context.fail(s.error());
    }

    if (*format == OutputFormat::Json) {
        QJsonObject weights;
        for (const Metric& m : f.metrics)
            weights.insert(m.key, settings.weight(m.key));
        context.printJson(QJsonObject{{QStringLiteral("framework"), f.key},
                                      {QStringLiteral("weights"), weights},
                                      {QStringLiteral("entropy_share"), settings.entropyShare}});
        return ExitOk;
    }
    for (const Metric& m : f.metrics)
        context.printRow({m.key, numberText(settings.weight(m.key)), m.name.text()});
    context.printRow({QStringLiteral("entropy_share"), numberText(settings.entropyShare)});
    return ExitOk;
}
