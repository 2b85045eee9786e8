// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/** `rungs framework list|import FILE|use KEY`. */
class FrameworkCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(FrameworkCommand)

public:
    QString name() const override { return QStringLiteral("framework"); }
    QString summary() const override
    {
        return tr("List frameworks, import one from JSON, or switch to another.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("list | import FILE.json | use KEY");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;

private:
    int list(CliContext& context, const QCommandLineParser& parser) const;
    int import(CliContext& context, const QString& path) const;
    int use(CliContext& context, const QString& key) const;
};
