// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Command.h"

#include <QCoreApplication>
#include <QStringList>

#include <memory>
#include <vector>

class Clock;

/**
 * The `rungs` command line: global options (--db, --help, --version) and the
 * subcommands. Knows which invocations start the GUI and runs the others headless.
 */
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    /**
     * The commands that need only Qt Core and Sql, and after `export` the given ones
     * that draw charts (rungs_cli_charts), which only the program with Qt GUI has.
     */
    explicit CommandLine(std::vector<std::unique_ptr<Command>> drawing = {});

    /** Whether this command line has a command of that name. */
    bool has(const QString& name) const { return find(name) != nullptr; }

    /** True when arguments (argv including the program) name no command and no help. */
    static bool startsGui(const QStringList& arguments);
    /** The command arguments run, such as "radar"; empty when they run none. */
    static QString commandName(const QStringList& arguments);
    /** The --db value in arguments, or the default database path. */
    static QString databasePath(const QStringList& arguments);

    /** True when arguments run a command that draws charts (Command::drawsCharts). */
    bool drawsCharts(const QStringList& arguments) const;

    /** Runs a headless invocation and returns its exit status. */
    int run(const QStringList& arguments, const Clock& clock) const;

private:
    static int commandIndex(const QStringList& arguments);
    const Command* find(const QString& name) const;
    QString help() const;

    std::vector<std::unique_ptr<Command>> m_commands;
};
