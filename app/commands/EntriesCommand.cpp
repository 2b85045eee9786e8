// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntriesCommand.h"

#include "CliContext.h"
#include "EntryCsv.h"
#include "EntryJson.h"
#include "EntryStore.h"
#include "InputValidator.h"
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
    const QDate today = context.clock().now().date();
    if (parser.isSet(QStringLiteral("metric"))) {
        const QString wanted = parser.value(QStringLiteral("metric"));
        const Metric* metric = framework.value().findMetric(wanted);
        // Entries of a metric the active framework no longer has are still listed by key.
        filter.metricKey = metric ? metric->key : wanted.trimmed();
    }
    for (const QString& option : {QStringLiteral("from"), QStringLiteral("to")}) {
        if (!parser.isSet(option))
            continue;
        auto day = InputValidator::date(parser.value(option), today, QStringLiteral("--") + option);
        if (!day)
            return context.fail(day.error());
        (option == QLatin1String("from") ? filter.from : filter.to) = day.value();
    }

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
