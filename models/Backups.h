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
 * <database name>-<YYYYMMDD-HHMMSS>[-<reason>].sqlite, so they sort by time. Rungs
 * makes one before every schema upgrade (kept), one a day when the database is used
 * ("daily", the newest KeepDaily kept) and one before every import into a database
 * that holds anything ("before-import", the newest KeepBeforeImport kept).
 */
class Backups
{
    Q_DECLARE_TR_FUNCTIONS(Backups)

public:
    static constexpr int KeepDaily = 14;
    static constexpr int KeepBeforeImport = 10;

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
     * The daily backup: writes one unless the backup folder already has a daily backup
     * from the clock's today or the database holds nothing yet, then deletes all but
     * the newest KeepDaily daily backups. Returns the path written, or an empty string.
     */
    static Result<QString> daily(const Database& db);

    /**
     * The backup before an import: writes one when the database holds any entry,
     * assessment, checkpoint progress or decision record, then deletes all but the
     * newest KeepBeforeImport of them. Returns the path written, or an empty string.
     * An import must not go ahead when this fails.
     */
    static Result<QString> beforeImport(const Database& db);

    /**
     * Puts backupPath in place of the (closed) database at databasePath. A backup that
     * is not an intact Rungs database this build can open (Database::verifyFile) is
     * refused with Failure::InvalidInput and nothing moves. The file it replaces, with
     * its WAL and shared-memory files, is kept beside it with ".before-restore-<timestamp>"
     * appended. Returns the path of the kept file, if any.
     */
    static Result<QString> restore(const QString& backupPath, const QString& databasePath,
                                   const Clock& clock);
};
