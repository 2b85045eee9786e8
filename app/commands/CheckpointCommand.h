// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/**
 * `rungs checkpoint done|start|reset ID`: changes the status of one checkpoint of the
 * active framework and prints its new row: id, level, status, done date (empty unless
 * done). `done` needs evidence (--evidence REF, repeatable) or --no-evidence, unless
 * the checkpoint already has some; `reset` keeps the evidence.
 */
class CheckpointCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointCommand)

public:
    QString name() const override { return QStringLiteral("checkpoint"); }
    QString summary() const override
    {
        return tr("Mark a promotion checkpoint done (with evidence), started, or not started.");
    }
    QString synopsis() const override { return tr("done|start|reset ID"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
