// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFile.h"

#include "Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace {

/** A name beside target that no file has yet, hidden in file listings. */
QString temporaryPathBeside(const QFileInfo& target)
{
    const QDir dir = target.absoluteDir();
    for (int attempt = 0;; ++attempt) {
        const QString path = dir.filePath(QStringLiteral(".%1.%2-%3.partial")
                                              .arg(target.fileName())
                                              .arg(QCoreApplication::applicationPid())
                                              .arg(attempt));
        if (!QFileInfo::exists(path))
            return path;
    }
}

/**
 * Creates the database at path and fills it; on return the connection is closed, which
 * folds the write-ahead log into the file, so the file alone holds everything.
 */
Result<DemoSummary> generateInto(const QString& path, const Clock& clock,
                                 const DemoSettings& settings)
{
    Result<DemoSummary> summary = [&]() -> Result<DemoSummary> {
        auto db = Database::open(path, clock);
        if (!db)
            return db.error();
        return DemoData::generate(*db.value(), settings);
    }();
    if (summary && QFile::exists(path + QStringLiteral("-wal")))
        return Failure::database(
            DemoFile::tr("%1: the write-ahead log was not folded into the file").arg(path));
    return summary;
}

bool removeDatabaseFiles(const QString& path)
{
    bool removed = true;
    for (const char* suffix : {"", "-wal", "-shm"}) {
        const QString file = path + QLatin1String(suffix);
        if (QFileInfo::exists(file) && !QFile::remove(file))
            removed = false;
    }
    return removed;
}

} // namespace

Result<DemoSummary> DemoFile::create(const QString& path, const Clock& clock,
                                     const DemoSettings& settings, Existing existing)
{
    const QFileInfo target(path);
    if (existing == Existing::Refuse && (target.exists() || target.isSymLink()))
        return Failure::invalid(tr("%1 already exists; give the name of a new file").arg(path));
    if (!target.absoluteDir().exists())
        return Failure::invalid(
            tr("%1: there is no folder %2").arg(path, target.absoluteDir().path()));

    const QString temporary = temporaryPathBeside(target);
    Result<DemoSummary> summary = generateInto(temporary, clock, settings);
    if (!summary) {
        removeDatabaseFiles(temporary);
        return summary;
    }
    if (existing == Existing::Replace && !removeDatabaseFiles(target.absoluteFilePath())) {
        removeDatabaseFiles(temporary);
        return Failure::io(tr("cannot replace %1").arg(path));
    }
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        removeDatabaseFiles(temporary);
        return Failure::io(tr("cannot move %1 to %2").arg(temporary, path));
    }
    return summary;
}
