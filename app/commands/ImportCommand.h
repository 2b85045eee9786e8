// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/** `rungs import FILE.csv`: all entries of the file, or none when any row is bad. */
class ImportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommand)

public:
    QString name() const override { return QStringLiteral("import"); }
    QString summary() const override
    {
        return tr("Import entries from a CSV file (date,metric,value,note,evidence).");
    }
    QString synopsis() const override { return tr("FILE.csv"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
