// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QDir>
#include <QList>

/**
 * Writes a set of files into one folder, each replacing its namesake atomically (a
 * reader sees the old file or the new one, never a part), with one flush to disk for
 * the whole set instead of one per file as QSaveFile does: on a journaling file system
 * every flush waits for a journal commit, which made exporting 500 files take seconds.
 *
 * add() writes each file under a hidden temporary name beside it (".NAME.PID.tmp");
 * commit() flushes the file system once, renames every temporary file over its name and
 * flushes the folder. Until commit() nothing visible changes: a writer destroyed before
 * it, or one whose add() failed, removes its temporary files. A process killed before
 * commit() can leave hidden temporary files, never a half-written NAME.
 *
 * New files get the usual permissions of the process (umask); a replaced file keeps its
 * own. A file that may not be written is refused, as QSaveFile refuses it; a symbolic
 * link at a name is replaced by the file, not followed.
 */
class FolderWriter
{
    Q_DECLARE_TR_FUNCTIONS(FolderWriter)

public:
    /** dir must exist. */
    explicit FolderWriter(const QString& dir);
    ~FolderWriter();
    FolderWriter(const FolderWriter&) = delete;
    FolderWriter& operator=(const FolderWriter&) = delete;

    /** Writes fileName's bytes aside; fails with Io naming the file. */
    Status add(const QString& fileName, const QByteArray& bytes);
    /**
     * Puts every added file in place. Fails with Io when the disk cannot be flushed
     * (nothing replaced) or a file cannot be renamed (the files before it are replaced).
     */
    Status commit();

private:
    struct Pending
    {
        QString temporary;
        QString target;
    };

    Status failure(const QString& path, const QString& reason) const;

    QDir m_dir;
    // Opened before any file is written: syncfs reports the write-back errors that
    // happened since the descriptor was opened.
    int m_dirFd = -1;
    QList<Pending> m_pending;
};
