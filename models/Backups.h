// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Clock;
class Database;

/**
 * Consistent copies of the database file. A backup is a complete SQLite file
 * written with VACUUM INTO, so it can be opened directly or restored.
 *
 * Automatic backups live in a "backups" folder beside the database and are named
 * <database name>-<YYYYMMDD-HHMMSS>[-<reason>].sqlite, so they sort by time.
 */
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static QString directoryFor(const QString& databasePath);

    /**
     * Writes a backup of db to target, or to a new timestamped file in the backup
     * folder when target is empty; reason is appended to that name. The file is
     * written beside its destination first and renamed into place, mode 0600.
     * Returns the path written.
     */
    static Result<QString> create(const Database& db, const QString& target = {},
                                  const QString& reason = {});

    /** Automatic backups of the database at databasePath, newest first. */
    static QStringList list(const QString& databasePath);

    /**
     * Puts backupPath in place of the (closed) database at databasePath. The file
     * it replaces, with its WAL and shared-memory files, is kept beside it with
     * ".broken-<timestamp>" appended. Returns the path of the kept file, if any.
     */
    static Result<QString> restore(const QString& backupPath, const QString& databasePath,
                                   const Clock& clock);
};
