// SPDX-License-Identifier: GPL-3.0-or-later
#include "LogCommand.h"

#include "CliContext.h"
#include "EntryStore.h"
#include "InputValidator.h"
#include "NumberText.h"

void LogCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("metric"), tr("Metric key or name."));
    parser.addPositionalArgument(QStringLiteral("value"), tr("The figure, e.g. 3 or 2.5."));
    parser.addOption({QStringLiteral("date"),
                      tr("Day of the entry: YYYY-MM-DD, today (default) "
                         "or yesterday."),
                      tr("day"), QStringLiteral("today")});
    parser.addOption({QStringLiteral("note"), tr("A note on the entry."), tr("text")});
    parser.addOption(
        {QStringLiteral("evidence"), tr("A URL, commit or file that proves it."), tr("ref")});
}

int LogCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 2)
        return context.usage(tr("log: give a METRIC and a VALUE"), name());
    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());
    auto entry = InputValidator::entry({parser.value(QStringLiteral("date")), args[0], args[1],
                                        parser.value(QStringLiteral("note")),
                                        parser.value(QStringLiteral("evidence"))},
                                       framework.value(), context.clock().now().date());
    if (!entry)
        return context.fail(entry.error());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto id = EntryStore(*db.value()).add(entry.value());
    if (!id)
        return context.fail(id.error());
    const Entry& e = entry.value();
    context.printRow({QString::number(id.value()), e.day.toString(Qt::ISODate), e.metricKey,
                      numberText(e.value), e.note, e.evidence});
    return ExitOk;
}
