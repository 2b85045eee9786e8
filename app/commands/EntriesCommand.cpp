// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntriesCommand.h"

#include "CliContext.h"
#include "EntryCsv.h"
#include "EntryJson.h"
#include "EntryStore.h"
#include "NumberText.h"
#include "OutputFormat.h"

void EntriesCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("metric"), tr("Only this metric (key or name)."), tr("metric")});
    parser.addOption({QStringLiteral("from"), tr("Only entries on or after this day."), tr("day")});
    parser.addOption({QStringLiteral("to"), tr("Only entries on or before this day."), tr("day")});
    parser.addOption(OutputFormat::option(true));
}

int EntriesCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const auto format = OutputFormat::read(context, parser, name(), true);
    if (!format)
        return ExitUsage;
    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());

    EntryFilter filter;
    if (parser.isSet(QStringLiteral("metric"))) {
        const QString wanted = parser.value(QStringLiteral("metric"));
        const Metric* metric = framework.value().findMetric(wanted);
        // Entries of a metric the active framework no longer has are still listed by key.
        filter.metricKey = metric ? metric->key : wanted.trimmed();
    }
    if (Status days = context.readDayRange(parser, filter.from, filter.to); !days)
        return context.fail(days.error());

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto entries = EntryStore(*db.value()).list(filter);
    if (!entries)
        return context.fail(entries.error());
    switch (*format) {
    case OutputFormat::Csv:
        context.out() << QString::fromUtf8(EntryCsv::write(entries.value()));
        break;
    case OutputFormat::Json:
        context.printJson(EntryJson::toJson(entries.value()));
        break;
    case OutputFormat::Table:
        for (const Entry& e : entries.value()) {
            context.printRow({QString::number(e.id), e.day.toString(Qt::ISODate), e.metricKey,
                              numberText(e.value), e.note, e.evidence});
        }
        break;
    }
    return ExitOk;
}
