// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QSize>

/**
 * `rungs radar --out FILE.png|svg|pdf [--size WxH] [--dpi N] [--snapshot DAYS]`: the
 * competency radar (latest self-assessment, target and current level, an earlier
 * snapshot) drawn off screen into a file, with the options of ChartOutput.
 */
class RadarCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(RadarCommand)

public:
    static constexpr QSize DefaultSize{1200, 900};
    static constexpr int DefaultSnapshotDays = 90;
    static constexpr int MaximumSnapshotDays = 36500;

    QString name() const override { return QStringLiteral("radar"); }
    QString summary() const override
    {
        return tr("Draw the competency radar (you, your levels, an earlier snapshot) to a file.");
    }
    QString synopsis() const override { return QStringLiteral("--out FILE.png|svg|pdf"); }
    bool drawsCharts() const override { return true; }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
