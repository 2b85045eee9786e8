// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "Backups.h"
#include "CliContext.h"

#include <QFileInfo>

void BackupCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("out"),
                      tr("Write the backup to this file (replaced if it exists)."), tr("file")});
    parser.addOption({QStringLiteral("list"), tr("List the backups in the backups folder, newest "
                                                 "first.")});
    parser.addOption({QStringLiteral("restore"),
                      tr("Put this backup in place of the database; the file it replaces is "
                         "kept beside it. Close the window first."),
                      tr("file")});
}

int BackupCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const bool list = parser.isSet(QStringLiteral("list"));
    const bool restore = parser.isSet(QStringLiteral("restore"));
    const bool out = parser.isSet(QStringLiteral("out"));
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            tr("backup: unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
            name());
    if (int(list) + int(restore) + int(out) > 1)
        return context.usage(tr("backup: give only one of --out, --list and --restore"), name());

    if (list) {
        const QStringList backups = Backups::list(context.databasePath());
        for (const QString& path : backups)
            context.out() << path << '\t' << QFileInfo(path).size() << '\n';
        return ExitOk;
    }
    if (restore) {
        // The database stays closed: the backup replaces its file.
        const QString from = parser.value(QStringLiteral("restore"));
        auto kept = Backups::restore(from, context.databasePath(), context.clock());
        if (!kept)
            return context.fail(
                Failure{kept.error().kind, tr("backup: %1").arg(kept.error().message)});
        context.out() << (kept.value().isEmpty()
                              ? tr("%1: restored from %2").arg(context.databasePath(), from)
                              : tr("%1: restored from %2; the file it replaced is %3")
                                    .arg(context.databasePath(), from, kept.value()))
                      << '\n';
        return ExitOk;
    }

    auto opened = context.database(CliContext::Access::Existing);
    if (!opened)
        return context.fail(opened.error());
    Database* db = opened.value();
    auto written = Backups::create(*db, parser.value(QStringLiteral("out")));
    if (!written)
        return context.fail(written.error());
    context.out() << written.value() << '\n';
    return ExitOk;
}
