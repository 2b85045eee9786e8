// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsCommand.h"

#include "CliContext.h"
#include "FrameworkOption.h"
#include "NumberText.h"
#include "OutputFormat.h"

#include <QJsonObject>

void MetricsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(OutputFormat::option());
    parser.addOption(frameworkOption());
}

int MetricsCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const auto format = OutputFormat::read(context, parser, name());
    if (!format)
        return ExitUsage;
    auto framework = context.framework(parser.value(QStringLiteral("framework")));
    if (!framework)
        return context.fail(framework.error());
    const Framework& f = framework.value();

    QJsonArray json;
    for (const Metric& m : f.metrics) {
        if (*format == OutputFormat::Json) {
            QJsonObject targets;
            for (const Level& l : f.levels) {
                if (m.targets.contains(l.code))
                    targets.insert(l.code, m.targets.value(l.code));
            }
            json.append(QJsonObject{
                {QStringLiteral("key"), m.key},
                {QStringLiteral("name"), m.name.text()},
                {QStringLiteral("unit"), m.unit.text()},
                {QStringLiteral("direction"), Metric::directionName(m.direction)},
                {QStringLiteral("aggregation"), Metric::aggregationName(m.aggregation)},
                {QStringLiteral("min"), m.minimum},
                {QStringLiteral("max"), m.maximum},
                {QStringLiteral("daily"), m.daily},
                {QStringLiteral("dimension"), m.dimensionKey},
                {QStringLiteral("targets"), targets},
            });
            continue;
        }
        QStringList targets;
        for (const Level& l : f.levels) {
            if (m.targets.contains(l.code))
                targets << l.code + QLatin1Char('=') + numberText(m.targets.value(l.code));
        }
        context.printRow({m.key, m.name.text(), m.unit.text(), Metric::directionName(m.direction),
                          Metric::aggregationName(m.aggregation), targets.join(QLatin1Char(','))});
    }
    if (*format == OutputFormat::Json)
        context.printJson(json);
    return ExitOk;
}
