// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include <sqlite3.h>

SqliteStatement::SqliteStatement(sqlite3* db, const QString& sql)
    : m_db(db)
{
    if (!m_db || sqlite3_prepare16_v2(m_db, sql.utf16(), int(sql.size() * sizeof(char16_t)),
                                      &m_statement, nullptr) != SQLITE_OK) {
        sqlite3_finalize(m_statement);
        m_statement = nullptr;
        m_ok = false;
    }
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

QString SqliteStatement::error() const
{
    if (!m_db)
        return QStringLiteral("no SQLite connection");
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void SqliteStatement::bind(int index, const QString& text)
{
    // The database keeps text as UTF-8; Qt converts to it faster than SQLite converts
    // from UTF-16. An empty (also a null) QString is bound as '', not NULL: the columns
    // are TEXT NOT NULL.
    const QByteArray utf8 = text.toUtf8();
    if (sqlite3_bind_text(m_statement, index + 1, utf8.isNull() ? "" : utf8.constData(),
                          int(utf8.size()), SQLITE_TRANSIENT) != SQLITE_OK)
        m_ok = false;
}

void SqliteStatement::bind(int index, double value)
{
    if (sqlite3_bind_double(m_statement, index + 1, value) != SQLITE_OK)
        m_ok = false;
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index + 1, value) != SQLITE_OK)
        m_ok = false;
}

bool SqliteStatement::step()
{
    if (!m_ok)
        return false;
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    m_ok = result == SQLITE_DONE;
    return false;
}

void SqliteStatement::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
    m_ok = m_statement != nullptr;
}

QString SqliteStatement::text(int column) const
{
    const auto* data = reinterpret_cast<const char*>(sqlite3_column_text(m_statement, column));
    return data ? QString::fromUtf8(data, sqlite3_column_bytes(m_statement, column)) : QString();
}

double SqliteStatement::real(int column) const
{
    return sqlite3_column_double(m_statement, column);
}

qint64 SqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}
