// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/**
 * `rungs status [--format json]`: profile, readiness per level, the top gaps, and the
 * composite score of the current week (CompositeTrend) with the blended weight of each
 * metric scored, the entropy share and the notes on degenerate cases. With entries in
 * fewer than two weeks the score is "-" (JSON: null) and a note says why.
 */
class StatusCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(StatusCommand)

public:
    /** How many dimension gaps and how many metric gaps are shown. */
    static constexpr int TopGaps = 3;

    QString name() const override { return QStringLiteral("status"); }
    QString summary() const override
    {
        return tr("Show where you stand: readiness per level, the top gaps to your target and "
                  "this week's composite score.");
    }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
