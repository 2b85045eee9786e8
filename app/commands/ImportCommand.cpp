// SPDX-License-Identifier: GPL-3.0-or-later
#include "ImportCommand.h"

#include "CliContext.h"
#include "EntryFile.h"
#include "EntryStore.h"

void ImportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"), tr("The CSV file to read."));
}

int ImportCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(tr("import: give one CSV file"), name());
    const QString path = args[0];
    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());
    auto entries = EntryFile::load(path, framework.value(), context.clock().now().date());
    if (!entries)
        return context.fail(entries.error());
    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto summary = EntryStore(*db.value()).import(entries.value());
    if (!summary)
        return context.fail(summary.error());
    context.out() << tr("%1: imported %n entries", nullptr, summary.value().added).arg(path);
    if (summary.value().skipped > 0)
        context.out() << tr(", skipped %n already present", nullptr, summary.value().skipped);
    context.out() << '\n';
    return ExitOk;
}
