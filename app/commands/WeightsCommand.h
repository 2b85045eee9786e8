// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/**
 * `rungs weights [set METRIC WEIGHT] [--entropy-share X] [--format json]`: shows, and
 * optionally first changes, the user's composite-score settings for the active
 * framework (docs/composite-score.md). METRIC is a key or name as `rungs log` takes
 * it, WEIGHT 0–100, X 0–1. Prints one row per metric of the framework (key, weight,
 * name; a metric never weighted shows the default 1), then "entropy_share" and the
 * share. Both changes are stored in one transaction; bad input writes nothing.
 */
class WeightsCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(WeightsCommand)

public:
    QString name() const override { return QStringLiteral("weights"); }
    QString summary() const override
    {
        return tr("Show or set how much each metric counts in the composite score.");
    }
    QString synopsis() const override { return tr("[set METRIC WEIGHT]"); }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
