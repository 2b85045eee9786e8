// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>

/**
 * `rungs report --out FILE.pdf|FILE.md [--from D] [--to D]`: the promotion packet
 * (PromotionPacket, written by PacketWriter) for the days from..to, by default the
 * twelve months ending today; --to alone gives the twelve months ending then. Prints
 * the file written.
 */
class ReportCommand : public Command
{
    Q_DECLARE_TR_FUNCTIONS(ReportCommand)

public:
    QString name() const override { return QStringLiteral("report"); }
    QString summary() const override
    {
        return tr("Write the promotion packet (radar, checkpoints, charts, decisions) as PDF or "
                  "Markdown.");
    }
    QString synopsis() const override { return QStringLiteral("--out FILE.pdf|FILE.md"); }
    bool drawsCharts() const override { return true; }
    void addOptions(QCommandLineParser& parser) const override;
    int run(CliContext& context, const QCommandLineParser& parser) const override;
};
