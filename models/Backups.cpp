// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "Clock.h"
#include "Database.h"
#include "PrivateFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace {

constexpr auto TimeFormat = "yyyyMMdd-HHmmss";
constexpr QFile::Permissions PrivateFilePermissions = QFile::ReadOwner | QFile::WriteOwner;

QRegularExpression backupPattern(const QString& databasePath)
{
    const QString base = QRegularExpression::escape(QFileInfo(databasePath).completeBaseName());
    return QRegularExpression(
        QStringLiteral("^%1-(\\d{8}-\\d{6})(-\\d+)?(-[A-Za-z0-9_-]+)?\\.sqlite$").arg(base));
}

const QString DailyReason = QStringLiteral("daily");
const QString BeforeImportReason = QStringLiteral("before-import");

/** The reason part of an automatic backup's name, without its dash. */
QString reasonOf(const QString& databasePath, const QString& path)
{
    return backupPattern(databasePath).match(QFileInfo(path).fileName()).captured(3).mid(1);
}

/** True when the database has anything of the user's that a backup would keep. */
Result<bool> holdsData(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT EXISTS (SELECT 1 FROM entry) OR "
                                    "EXISTS (SELECT 1 FROM assessment) OR "
                                    "EXISTS (SELECT 1 FROM checkpoint_progress) OR "
                                    "EXISTS (SELECT 1 FROM adr)"));
    if (!q)
        return q.error();
    return q.value().next() && q.value().value(0).toBool();
}

/**
 * Deletes all but the newest keep backups made for reason, and any half-written backup a
 * killed process left behind.
 */
void prune(const QString& databasePath, const QString& reason, int keep)
{
    int seen = 0;
    const QStringList backups = Backups::list(databasePath);
    for (const QString& path : backups) {
        if (reasonOf(databasePath, path) == reason && ++seen > keep)
            QFile::remove(path);
    }
    const QDir dir(Backups::directoryFor(databasePath));
    const QString base = QFileInfo(databasePath).completeBaseName();
    const QStringList partial =
        dir.entryList({base + QStringLiteral("-*.sqlite.partial")}, QDir::Files);
    for (const QString& name : partial)
        QFile::remove(dir.filePath(name));
}

/** A backup for reason when db holds anything, keeping the newest keep of that reason. */
Result<QString> backUpIfHoldingData(const Database& db, const QString& reason, int keep)
{
    auto data = holdsData(db);
    if (!data)
        return data.error();
    if (!data.value())
        return QString();
    auto written = Backups::create(db, {}, reason);
    if (written)
        prune(db.path(), reason, keep);
    return written;
}

} // namespace

QString Backups::directoryFor(const QString& databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

Result<QString> Backups::create(const Database& db, const QString& target, const QString& reason)
{
    // A destination the user named is their input; the automatic one is ours.
    const auto failure = target.isEmpty() ? &Failure::database : &Failure::io;
    QString destination = target;
    if (destination.isEmpty()) {
        const QString dir = directoryFor(db.path());
        if (!QDir().mkpath(dir))
            return failure(tr("%1: cannot create the backup folder").arg(dir));
        QFile::setPermissions(dir, PrivateFilePermissions | QFile::ExeOwner);
        const QString stem = dir + QLatin1Char('/') + QFileInfo(db.path()).completeBaseName() +
                             QLatin1Char('-') +
                             db.clock().now().toString(QLatin1String(TimeFormat));
        const QString suffix = reason.isEmpty() ? QString() : QLatin1Char('-') + reason;
        destination = stem + suffix + QStringLiteral(".sqlite");
        for (int n = 2; QFileInfo::exists(destination); ++n)
            destination =
                stem + QLatin1Char('-') + QString::number(n) + suffix + QStringLiteral(".sqlite");
    }
    destination = QFileInfo(destination).absoluteFilePath();
    if (QFileInfo(destination).isDir())
        return failure(tr("%1: is a folder; give a file name for the backup").arg(destination));
    if (!QFileInfo(QFileInfo(destination).absolutePath()).isDir())
        return failure(tr("%1: the folder does not exist").arg(destination));
    const QString live = QFileInfo(db.path()).canonicalFilePath();
    const QString named = QFileInfo(destination).canonicalFilePath();
    for (const char* suffix : {"", "-wal", "-shm"}) {
        if (!named.isEmpty() && named == live + QLatin1String(suffix))
            return failure(tr("%1: is the database itself; choose another file").arg(destination));
    }

    // A half-written backup must never carry the final name, so write a temporary
    // file and rename it. VACUUM INTO accepts an existing empty file, which lets the
    // temporary file be created owner-only before any data goes into it.
    const QString temporary = destination + QStringLiteral(".partial");
    QFile::remove(temporary);
    if (Status created = PrivateFile::create(temporary); !created)
        return failure(created.error().message);
    auto vacuum = db.exec(QStringLiteral("VACUUM INTO ?"), {temporary});
    if (!vacuum) {
        QFile::remove(temporary);
        return failure(tr("%1: backup failed: %2").arg(destination, vacuum.error().message));
    }
    if (QFileInfo::exists(destination) && !QFile::remove(destination)) {
        QFile::remove(temporary);
        return failure(tr("%1: cannot replace the existing file").arg(destination));
    }
    if (!QFile::rename(temporary, destination)) {
        QFile::remove(temporary);
        return failure(tr("%1: cannot write the backup").arg(destination));
    }
    return destination;
}

QStringList Backups::list(const QString& databasePath)
{
    const QRegularExpression pattern = backupPattern(databasePath);
    QList<std::pair<QString, QString>> found; // (timestamp + name, path)
    const QDir dir(directoryFor(databasePath));
    const QStringList names = dir.entryList({QStringLiteral("*.sqlite")}, QDir::Files);
    for (const QString& name : names) {
        const auto match = pattern.match(name);
        if (match.hasMatch())
            found.append({match.captured(1) + match.captured(2), dir.filePath(name)});
    }
    std::sort(found.begin(), found.end(), [](const auto& a, const auto& b) { return a > b; });
    QStringList paths;
    for (const auto& f : found)
        paths << f.second;
    return paths;
}

Result<QString> Backups::restore(const QString& backupPath, const QString& databasePath,
                                 const Clock& clock)
{
    if (!QFileInfo(backupPath).isFile())
        return Failure::invalid(tr("%1: the backup does not exist").arg(backupPath));
    if (Status usable = Database::verifyFile(backupPath); !usable)
        return usable.error();
    if (QFileInfo(backupPath).canonicalFilePath() == QFileInfo(databasePath).canonicalFilePath())
        return Failure::invalid(tr("%1: is the database itself").arg(backupPath));
    // The copy is made first, so that the database's name is without a file only for
    // the moment between two renames (a window that has it open looks at that name).
    const QString temporary = databasePath + QStringLiteral(".restoring");
    QFile::remove(temporary);
    if (!QFile::copy(backupPath, temporary))
        return Failure::io(tr("%1: cannot copy the backup into place").arg(backupPath));
    QString kept;
    if (QFileInfo::exists(databasePath)) {
        kept = databasePath + QStringLiteral(".before-restore-") +
               clock.now().toString(QLatin1String(TimeFormat));
    }
    // Puts the moved-aside files back, so a failed restore leaves things as they were.
    auto undo = [&] {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            if (!kept.isEmpty() && QFileInfo::exists(kept + QLatin1String(suffix)))
                QFile::rename(kept + QLatin1String(suffix), databasePath + QLatin1String(suffix));
        }
        QFile::remove(temporary);
    };
    if (!kept.isEmpty()) {
        for (const char* suffix : {"", "-wal", "-shm"}) {
            const QString from = databasePath + QLatin1String(suffix);
            if (QFileInfo::exists(from) && !QFile::rename(from, kept + QLatin1String(suffix))) {
                undo();
                return Failure::io(tr("%1: cannot move the damaged file aside").arg(from));
            }
        }
    }
    QFile::setPermissions(temporary, PrivateFilePermissions);
    if (!QFile::rename(temporary, databasePath)) {
        undo();
        return Failure::io(tr("%1: cannot put the backup in place").arg(databasePath));
    }
    return kept;
}

Result<QString> Backups::daily(const Database& db)
{
    const QString today = db.clock().now().date().toString(QStringLiteral("yyyyMMdd"));
    const QRegularExpression pattern = backupPattern(db.path());
    const QStringList backups = list(db.path());
    for (const QString& path : backups) {
        const auto match = pattern.match(QFileInfo(path).fileName());
        if (match.captured(3).mid(1) == DailyReason && match.captured(1).startsWith(today))
            return QString();
    }
    return backUpIfHoldingData(db, DailyReason, KeepDaily);
}

Result<QString> Backups::beforeImport(const Database& db)
{
    return backUpIfHoldingData(db, BeforeImportReason, KeepBeforeImport);
}
