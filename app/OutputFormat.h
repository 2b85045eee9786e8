// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

#include <optional>

class CliContext;
class QCommandLineParser;

/**
 * The --format option shared by the list commands: tab-separated table or JSON, and
 * CSV for the commands that list entries.
 */
class OutputFormat
{
    Q_DECLARE_TR_FUNCTIONS(OutputFormat)

public:
    enum Kind
    {
        Table,
        Json,
        Csv
    };

    /** The option, offering table and json, and csv too when withCsv. */
    static QCommandLineOption option(bool withCsv = false);

    static std::optional<Kind> fromName(const QString& name);

    /**
     * The format the parser was given; on an unknown name (or csv when the command
     * does not offer it), prints a usage message naming it and returns nullopt (the
     * command then exits with ExitUsage).
     */
    static std::optional<Kind> read(CliContext& context, const QCommandLineParser& parser,
                                    const QString& command, bool withCsv = false);
};
