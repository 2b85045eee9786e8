// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"
#include "Migration.h"
#include "Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVariantList>

#include <functional>
#include <memory>

struct sqlite3;

/**
 * The one SQLite file that holds everything a user records.
 *
 * open() creates the file (mode 0600) when it does not exist, refuses files that are
 * not Rungs databases or come from a newer Rungs without writing to them, switches to
 * WAL with foreign keys on and a busy timeout, and applies pending migrations: a
 * timestamped backup first (for a file that already held data), then each migration in
 * its own transaction.
 *
 * A Database owns one Qt SQL connection and must be used from the thread that opened
 * it. It never shows UI; every problem comes back as a Failure.
 */
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    /** SQLite's application_id for Rungs files ("Rung"), so `file` and tools can tell. */
    static constexpr qint32 ApplicationId = 0x52756e67;
    static constexpr int BusyTimeoutMs = 5000;

    /** Opens path, applying migrations (all of this Rungs unless a test passes its own). */
    static Result<std::unique_ptr<Database>>
    open(const QString& path, const Clock& clock,
         const QList<Migration>& migrations = Migration::all());

    /** RUNGS_DB when set, otherwise rungs.sqlite in the per-user application data folder. */
    static QString defaultPath();

    /**
     * Whether the file at path is a Rungs database this build can open, with intact
     * pages (PRAGMA quick_check), decided without writing to it: for a backup before it
     * is restored. The failure names the file and what is wrong with it.
     */
    static Status verifyFile(const QString& path);

    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;

    QString path() const { return m_path; }
    const Clock& clock() const { return m_clock; }
    QSqlDatabase connection() const;
    /** SQLite's own handle of that connection, for SqliteStatement. */
    sqlite3* handle() const;
    int schemaVersion() const;
    /** Path of the backup taken before this open migrated the file, or empty. */
    QString migrationBackup() const { return m_migrationBackup; }

    enum class FileState
    {
        Same,     ///< path still names the file this connection opened
        Replaced, ///< another file took its place (`rungs backup --restore`, a sync tool)
        Missing,  ///< nothing is at path: the open file was moved or deleted
    };
    /**
     * Whether path still names the opened file. The connection keeps writing to the
     * file it opened, so after a replacement it no longer writes to what path holds.
     */
    FileState fileState() const;

    /**
     * Runs work inside one transaction: commits when it returns success, rolls back
     * otherwise (and when the commit itself fails, e.g. on a deferred foreign key).
     */
    Status transaction(const std::function<Status()>& work);
    /** transaction() for work that yields a new row's id: the id once committed. */
    Result<qint64> insertTransaction(const std::function<Result<qint64>()>& work);

    /** Prepares and runs one statement with positional bindings. */
    Result<QSqlQuery> exec(const QString& sql, const QVariantList& bindings = {}) const;
    /**
     * Runs one INSERT and returns the new row's id. A single statement is a transaction
     * of its own in SQLite: it is stored whole or not at all.
     */
    Result<qint64> insert(const QString& sql, const QVariantList& bindings) const;

    /** s for a TEXT NOT NULL column: Qt may bind a null QString as SQL NULL. */
    static QString text(const QString& s) { return s.isNull() ? QStringLiteral("") : s; }

    /** The current UTC time as stored in *_at columns. */
    QString timestamp() const;

private:
    Database(QString path, QString connectionName, const Clock& clock);
    Status inspect();
    /**
     * Decides from the header fields (application id, schema version) that q's
     * connection holds a Rungs database this build can read; with freshIsFine, an empty
     * SQLite file (no id, no version, no tables) counts as one. Failures are of kind,
     * naming path.
     */
    static Status judgeHeader(QSqlQuery& q, const QString& path, Failure::Kind kind,
                              bool freshIsFine);
    Status configure();
    Status migrate(const QList<Migration>& migrations, bool fileHadData);
    Failure queryFailure(const QSqlQuery& query) const;

    QString m_path;
    QString m_connectionName;
    const Clock& m_clock;
    QString m_migrationBackup;
    // The opened file's identity (st_dev, st_ino), for fileState().
    quint64 m_device = 0;
    quint64 m_inode = 0;
};
