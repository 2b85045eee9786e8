// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFormat.h"

#include "CliContext.h"

#include <QCommandLineParser>

std::optional<OutputFormat::Kind> OutputFormat::fromName(const QString& name)
{
    if (name == QLatin1String("table"))
        return Table;
    if (name == QLatin1String("json"))
        return Json;
    return std::nullopt;
}

std::optional<OutputFormat::Kind>
OutputFormat::read(CliContext& context, const QCommandLineParser& parser, const QString& command)
{
    const QString name = parser.value(QStringLiteral("format"));
    const auto kind = fromName(name);
    if (!kind)
        context.usage(tr("--format: unknown format \"%1\" (use table or json)").arg(name), command);
    return kind;
}
