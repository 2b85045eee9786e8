// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/**
 * `rungs demo [--years N] [--seed S] [--framework KEY] --out FILE`: a new database with
 * years of demo data (DemoData), for benchmarks and screenshots. It never replaces a
 * file: the data goes into a temporary file beside FILE, renamed to FILE once complete,
 * so a failure leaves nothing behind. Bad --years, --seed or an existing FILE are
 * invalid input (status 3). --db is not used.
 */
class DemoCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(DemoCommand)

public:
    QString name() const override { return QStringLiteral("demo"); }
    QString summary() const override
    {
        return tr("Write a new database with years of realistic demo data.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("[--years N] [--seed S] [--framework KEY] --out FILE");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
