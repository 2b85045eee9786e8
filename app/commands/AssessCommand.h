// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/** `rungs assess DIMENSION SCORE [--date D] [--note T]`: a dated self-assessment. */
class AssessCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(AssessCommand)

public:
    QString name() const override { return QStringLiteral("assess"); }
    QString summary() const override
    {
        return tr("Score yourself on a dimension, 0 to 5 in half steps.");
    }
    QString synopsis() const override { return tr("DIMENSION SCORE"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
