// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Database.h"
#include "ExitCode.h"
#include "Framework.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#include <memory>

/**
 * What a command needs from its surroundings: output streams, the clock, and the
 * database, opened on first use with the built-in frameworks in place.
 */
class QCommandLineParser;

class CliContext
{
    Q_DECLARE_TR_FUNCTIONS(CliContext)

public:
    CliContext(QString databasePath, const Clock& clock);

    QTextStream& out() { return m_out; }
    QTextStream& err() { return m_err; }
    const Clock& clock() const { return m_clock; }
    QString databasePath() const { return m_databasePath; }

    enum class Access
    {
        Use,      ///< create the file if needed, with the built-in frameworks in place;
                  ///< makes the day's backup (Backups::daily) when it is due
        Existing, ///< the file must exist; opened as it is, for inspection and copies
    };

    /**
     * The database, opened on first use, or why it could not be opened. Prints
     * nothing; pass a failure to fail().
     */
    Result<Database*> database(Access access = Access::Use);
    /** The framework given by key, or the active one when key is empty. */
    Result<Framework> framework(const QString& key = {});

    /**
     * The days given with --from and --to (InputValidator::date: ISO, today, yesterday);
     * an option not given leaves its day as it was.
     */
    Status readDayRange(const QCommandLineParser& parser, QDate& from, QDate& to) const;

    /** Prints failure's message on stderr and returns its exit status. */
    int fail(const Failure& failure);
    /** Prints a usage problem on stderr and returns ExitUsage. */
    int usage(const QString& message, const QString& command = {});

    /** One line of tab-separated fields; tabs and line breaks inside fields become spaces. */
    void printRow(const QStringList& fields);
    void printJson(const QJsonArray& array);
    void printJson(const QJsonObject& object);

private:
    QString m_databasePath;
    const Clock& m_clock;
    QTextStream m_out;
    QTextStream m_err;
    std::unique_ptr<Database> m_database;
};
