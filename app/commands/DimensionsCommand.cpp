// SPDX-License-Identifier: GPL-3.0-or-later
#include "DimensionsCommand.h"

#include "CliContext.h"
#include "NumberText.h"

#include <QJsonObject>

int DimensionsCommand::list(CliContext& context, const QCommandLineParser&, const Framework& f,
                            OutputFormat::Kind format) const
{

    QJsonArray json;
    for (const Dimension& d : f.dimensions) {
        QJsonObject expectations;
        QStringList expectationText;
        for (const Level& l : f.levels) {
            expectations.insert(l.code, d.expectations.value(l.code));
            expectationText << l.code + QLatin1Char('=') + numberText(d.expectations.value(l.code));
        }
        if (format == OutputFormat::Json)
            json.append(QJsonObject{{QStringLiteral("key"), d.key},
                                    {QStringLiteral("name"), d.name.text()},
                                    {QStringLiteral("description"), d.description.text()},
                                    {QStringLiteral("expectations"), expectations}});
        else
            context.printRow({d.key, d.name.text(), expectationText.join(QLatin1Char(','))});
    }
    if (format == OutputFormat::Json)
        context.printJson(json);
    return ExitOk;
}
