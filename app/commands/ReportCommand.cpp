// SPDX-License-Identifier: GPL-3.0-or-later
#include "ReportCommand.h"

#include "CliContext.h"
#include "PromotionPacket.h"
#include "Workspace.h"
#include "report/PacketWriter.h"

void ReportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("out"),
                      tr("The file to write, ending in .pdf or .md (replaced if it exists); "
                         "Markdown links its charts from a folder <name>-images beside it."),
                      tr("file")});
    parser.addOption({QStringLiteral("from"),
                      tr("First day of the period (default: the twelve months ending --to)."),
                      tr("day")});
    parser.addOption(
        {QStringLiteral("to"), tr("Last day of the period (default: today)."), tr("day")});
}

int ReportCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            tr("report: unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
            name());
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(tr("report: give --out FILE ending in .pdf or .md"), name());
    if (!PacketWriter::canWrite(out))
        return context.usage(tr("report: %1: the name must end in .pdf or .md").arg(out), name());

    QDate from;
    QDate to = context.clock().now().date();
    if (Status days = context.readDayRange(parser, from, to); !days)
        return context.fail(days.error());
    if (!from.isValid())
        from = PromotionPacket::defaultFrom(to);
    if (from > to)
        return context.fail(
            Failure::invalid(tr("--from: %1 is after --to %2")
                                 .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate))));

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    Workspace workspace(*db.value());
    if (Status s = workspace.reload(); !s)
        return context.fail(s.error());
    auto sources = PromotionPacket::sourcesFrom(workspace, from, to);
    if (!sources)
        return context.fail(sources.error());
    auto written = PacketWriter::write(PromotionPacket::gather(sources.value()), out);
    if (!written)
        return context.fail(written.error());
    context.out() << out << '\n';
    return ExitOk;
}
