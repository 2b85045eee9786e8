// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckCommand.h"

#include "CliContext.h"
#include "DatabaseCheck.h"

int CheckCommand::run(CliContext& context, const QCommandLineParser&) const
{
    auto opened = context.database(CliContext::Access::Existing);
    if (!opened)
        return context.fail(opened.error());
    Database* db = opened.value();
    auto check = DatabaseCheck::run(*db);
    if (!check)
        return context.fail(check.error());
    for (const QString& line : check.value().report())
        context.out() << line << '\n';
    return check.value().ok() ? ExitOk : ExitDatabase;
}
