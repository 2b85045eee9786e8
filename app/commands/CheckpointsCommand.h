// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/** `rungs checkpoints [--level L]`: the promotion checkpoints with their status. */
class CheckpointsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointsCommand)

public:
    QString name() const override { return QStringLiteral("checkpoints"); }
    QString summary() const override
    {
        return tr("List the promotion checkpoints of every level, or of one, with status.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
