// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricsCommand.h"

#include "CliContext.h"
#include "NumberText.h"

#include <QJsonObject>

int MetricsCommand::list(CliContext& context, const QCommandLineParser&, const Framework& f,
                         OutputFormat::Kind format) const
{

    QJsonArray json;
    for (const Metric& m : f.metrics) {
        if (format == OutputFormat::Json) {
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
    if (format == OutputFormat::Json)
        context.printJson(json);
    return ExitOk;
}
