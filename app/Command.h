// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineParser>
#include <QString>

class CliContext;

/**
 * One `rungs NAME …` command. The dispatcher builds a parser with the global options,
 * lets the command add its own, parses, and calls run() with the result.
 */
class Command
{
public:
    virtual ~Command() = default;

    virtual QString name() const = 0;
    /** One translated line for the command list in `rungs --help`. */
    virtual QString summary() const = 0;
    /** Positional arguments as shown in help, e.g. "list|import FILE|use KEY". */
    virtual QString synopsis() const { return {}; }
    virtual void addOptions(QCommandLineParser& parser) const { Q_UNUSED(parser) }
    /**
     * True when the command draws charts: main() then creates a QApplication (Qt Charts
     * needs widgets), on the offscreen platform when there is no display.
     */
    virtual bool drawsCharts() const { return false; }
    /** Runs the command and returns its exit status (ExitCode). */
    virtual int run(CliContext& context, const QCommandLineParser& parser) const = 0;
};
