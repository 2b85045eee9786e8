// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/** `rungs log METRIC VALUE [--date D] [--note T] [--evidence REF]`: one new entry. */
class LogCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(LogCommand)

public:
    QString name() const override { return QStringLiteral("log"); }
    QString summary() const override { return tr("Log a value of a calibration metric."); }
    QString synopsis() const override { return tr("METRIC VALUE"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
