// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/**
 * `rungs backup [--out FILE | --list | --restore FILE]`: a consistent copy of the
 * database, the automatic backups, or a backup put back in place of the database.
 */
class BackupCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommand)

public:
    QString name() const override { return QStringLiteral("backup"); }
    QString summary() const override
    {
        return tr("Copy the database to FILE or into its backups folder, list the backups, "
                  "or restore one.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
