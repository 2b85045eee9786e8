// SPDX-License-Identifier: GPL-3.0-or-later
#include "DimensionsCommand.h"

#include "CliContext.h"
#include "FrameworkOption.h"
#include "NumberText.h"
#include "OutputFormat.h"

#include <QJsonObject>

void DimensionsCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(OutputFormat::option());
    parser.addOption(frameworkOption());
}

int DimensionsCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const auto format = OutputFormat::read(context, parser, name());
    if (!format)
        return ExitUsage;
    auto framework = context.framework(parser.value(QStringLiteral("framework")));
    if (!framework)
        return context.fail(framework.error());
    const Framework& f = framework.value();

    QJsonArray json;
    for (const Dimension& d : f.dimensions) {
        QJsonObject expectations;
        QStringList expectationText;
        for (const Level& l : f.levels) {
            expectations.insert(l.code, d.expectations.value(l.code));
            expectationText << l.code + QLatin1Char('=') + numberText(d.expectations.value(l.code));
        }
        if (*format == OutputFormat::Json)
            json.append(QJsonObject{{QStringLiteral("key"), d.key},
                                    {QStringLiteral("name"), d.name.text()},
                                    {QStringLiteral("description"), d.description.text()},
                                    {QStringLiteral("expectations"), expectations}});
        else
            context.printRow({d.key, d.name.text(), expectationText.join(QLatin1Char(','))});
    }
    if (*format == OutputFormat::Json)
        context.printJson(json);
    return ExitOk;
}
