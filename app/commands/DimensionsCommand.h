// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "FrameworkListCommand.h"

#include <QCoreApplication>

/** `rungs dimensions`: the competency dimensions and what each level expects. */
class DimensionsCommand : public FrameworkListCommand
{
    Q_DECLARE_TR_FUNCTIONS(DimensionsCommand)

public:
    QString name() const override { return QStringLiteral("dimensions"); }
    QString summary() const override
    {
        return tr("List the competency dimensions with each level's expected score.");
    }

protected:
    int list(CliContext& context, const QCommandLineParser& parser, const Framework& framework,
             OutputFormat::Kind format) const override;
};
