// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliContext.h"
#include "EntryFile.h"
#include "EntryStore.h"

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The file to write (replaced if it exists)."));
}

int ExportCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(tr("export: give one file ending in .csv or .json"), name());
    const QString path = args[0];
    if (!EntryFile::canSave(path))
        return context.usage(tr("export: %1: the name must end in .csv or .json").arg(path),
                             name());

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto entries = EntryStore(*db.value()).list();
    if (!entries)
        return context.fail(entries.error());
    if (Status s = EntryFile::save(path, entries.value()); !s)
        return context.fail(s.error());
    context.out() << tr("%1: exported %n entries", nullptr, int(entries.value().size())).arg(path)
                  << '\n';
    return ExitOk;
}
