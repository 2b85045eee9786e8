// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkListCommand.h"

#include "CliContext.h"
#include "FrameworkOption.h"

void FrameworkListCommand::addOptions(QCommandLineParser& parser) const
{
    addListOptions(parser);
    parser.addOption(OutputFormat::option());
    parser.addOption(frameworkOption());
}

int FrameworkListCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const auto format = OutputFormat::read(context, parser, name());
    if (!format)
        return ExitUsage;
    auto framework = context.framework(parser.value(QStringLiteral("framework")));
    if (!framework)
        return context.fail(framework.error());
    return list(context, parser, framework.value(), *format);
}
