// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameworkListCommand.h"

#include <QCoreApplication>

/**
 * `rungs checkpoints [--level L]`: the promotion checkpoints with their status. A row is
 * id, level, status, dimension, title, done date (empty when not done) and the number
 * of pieces of evidence; JSON adds the expected evidence text, "done_on" (null when not
 * done) and "evidence_count". A "none yet" evidence row does not count.
 */
class CheckpointsCommand : public FrameworkListCommand
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointsCommand)

public:
    QString name() const override { return QStringLiteral("checkpoints"); }
    QString summary() const override
    {
        return tr("List the promotion checkpoints of every level, or of one, with status.");
    }

protected:
    void addListOptions(QCommandLineParser& parser) const override;
    int list(CliContext& context, const QCommandLineParser& parser, const Framework& framework,
             OutputFormat::Kind format) const override;
};
