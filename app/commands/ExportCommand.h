// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/** `rungs export FILE.csv|FILE.json`: every entry, in the format the name ends with. */
class ExportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ExportCommand)

public:
    QString name() const override { return QStringLiteral("export"); }
    QString summary() const override { return tr("Export all entries to a CSV or JSON file."); }
    QString synopsis() const override { return tr("FILE.csv|FILE.json"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
