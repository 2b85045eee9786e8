// SPDX-License-Identifier: GPL-3.0-or-later
#include "OutputFormat.h"

#include "CliContext.h"

#include <QCommandLineParser>

QCommandLineOption OutputFormat::option(bool withCsv)
{
    if (withCsv)
        return {QStringLiteral("format"), tr("Output format: table (default), csv or json."),
                tr("table|csv|json"), QStringLiteral("table")};
    return {QStringLiteral("format"), tr("Output format: table (default) or json."),
            tr("table|json"), QStringLiteral("table")};
}

std::optional<OutputFormat::Kind> OutputFormat::fromName(const QString& name)
{
    if (name == QLatin1String("table"))
        return Table;
    if (name == QLatin1String("json"))
        return Json;
    if (name == QLatin1String("csv"))
        return Csv;
    return std::nullopt;
}

std::optional<OutputFormat::Kind> OutputFormat::read(CliContext& context,
                                                     const QCommandLineParser& parser,
                                                     const QString& command, bool withCsv)
{
    const QString name = parser.value(QStringLiteral("format"));
    auto kind = fromName(name);
    if (kind == Csv && !withCsv)
        kind.reset();
    if (!kind) {
        context.usage(withCsv
                          ? tr("--format: unknown format \"%1\" (use table, csv or json)").arg(name)
                          : tr("--format: unknown format \"%1\" (use table or json)").arg(name),
                      command);
    }
    return kind;
}
