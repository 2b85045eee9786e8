// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"
#include "OutputFormat.h"

struct Framework;

/**
 * A command that lists part of a framework. Handles what they share: --format,
 * --framework (the active framework by default) and loading it.
 */
class FrameworkListCommand : public Command
{
public:
    void addOptions(QCommandLineParser& parser) const final;
    int run(CliContext& context, const QCommandLineParser& parser) const final;

protected:
    virtual void addListOptions(QCommandLineParser& parser) const { Q_UNUSED(parser) }
    /** Prints the list in format and returns the exit status. */
    virtual int list(CliContext& context, const QCommandLineParser& parser,
                     const Framework& framework, OutputFormat::Kind format) const = 0;
};
