// SPDX-License-Identifier: GPL-3.0-or-later
#include "BackupCommand.h"

#include "Backups.h"
#include "CliContext.h"

void BackupCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("out"),
                      tr("Write the backup to this file (replaced if it exists)."), tr("file")});
}

int BackupCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
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
