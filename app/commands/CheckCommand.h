// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/** `rungs check`: SQLite's integrity and reference checks, reported in words. */
class CheckCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(CheckCommand)

public:
    QString name() const override { return QStringLiteral("check"); }
    QString summary() const override { return tr("Check the database file for damage."); }
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
