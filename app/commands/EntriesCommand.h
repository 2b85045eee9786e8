// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/** `rungs entries [--metric M] [--from D] [--to D] [--format table|csv|json]`. */
class EntriesCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(EntriesCommand)

public:
    QString name() const override { return QStringLiteral("entries"); }
    QString summary() const override { return tr("List logged entries, oldest first."); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
