// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QSize>

/**
 * `rungs chart METRIC... --out FILE.png|svg|pdf|csv [--from D] [--to D] [--size WxH]
 * [--dpi N] [--period day|week|month] [--average N] [--percent] [--no-targets]
 * [--no-trend]`: the Charts view's picture drawn off screen (ProgressChart), or its
 * plotted values as CSV. METRIC is a metric key or name, or "composite" or
 * "checkpoints". Without --from the chart starts at the first entry of its metrics.
 */
class ChartCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ChartCommand)

public:
    static constexpr QSize DefaultSize{1200, 700};
    static constexpr int MaximumAverage = 365;

    QString name() const override { return QStringLiteral("chart"); }
    QString summary() const override
    {
        return tr("Draw metrics over time, with targets and trend, to a picture or CSV.");
    }
    QString synopsis() const override
    {
        return QStringLiteral("METRIC... --out FILE.png|svg|pdf|csv");
    }
    bool drawsCharts() const override { return true; }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
