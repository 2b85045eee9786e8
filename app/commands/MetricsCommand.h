// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameworkListCommand.h"

#include <QCoreApplication>

/** `rungs metrics`: the calibration metrics of the active framework. */
class MetricsCommand : public FrameworkListCommand
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommand)

public:
    QString name() const override { return QStringLiteral("metrics"); }
    QString summary() const override { return tr("List the metrics you can log, with targets."); }

protected:
    int list(CliContext& context, const QCommandLineParser& parser, const Framework& framework,
             OutputFormat::Kind format) const override;
};
