// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

struct sqlite3;
struct sqlite3_stmt;

/**
 * One prepared statement on the SQLite connection under a Database (Database::handle),
 * for the paths that move many rows: Qt SQL wraps every value of every row in a
 * QVariant and looks each bound value up by a generated name, which took a fifth of
 * reading all entries and of importing them (bench/). Statements run inside whatever
 * transaction the Database has open, since they share its connection.
 *
 * Columns and parameters count from 0. A failed prepare leaves the statement invalid;
 * error() then says why, in SQLite's words.
 */
class SqliteStatement
{
public:
    SqliteStatement(sqlite3* db, const QString& sql);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement&) = delete;
    SqliteStatement& operator=(const SqliteStatement&) = delete;

    bool isValid() const { return m_statement != nullptr; }
    QString error() const;

    void bind(int index, const QString& text);
    void bind(int index, double value);
    void bind(int index, qint64 value);

    /**
     * Runs one step: true while there is a row to read, false when done or failed
     * (then ok() is false).
     */
    bool step();
    bool ok() const { return m_ok; }
    /** Makes the statement ready to run again with new bindings. */
    void reset();

    QString text(int column) const;
    double real(int column) const;
    qint64 integer(int column) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    bool m_ok = true;
};
