// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

TEST(Backups, BackupIsCompleteDatabaseIncludingUncheckpointedWal)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 3));
    auto backup = Backups::create(*db);
    ASSERT_TRUE(backup.ok()) << backup.error().message.toStdString();
    EXPECT_EQ(QFileInfo(backup.value()).fileName(), QStringLiteral("rungs-20261122-093000.sqlite"));
    EXPECT_EQ(
        TempDatabase::scalar(backup.value(), QStringLiteral("SELECT value FROM entry")).toInt(), 3);
    EXPECT_EQ(QFileInfo(backup.value()).permissions() & (QFile::ReadGroup | QFile::ReadOther),
              QFile::Permissions());
}

TEST(Backups, BackupsInTheSameSecondGetDistinctNamesAndListNewestFirst)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    const QString first = Backups::create(*db).value();
    const QString second = Backups::create(*db).value();
    temp.clock().advance(60);
    const QString third = Backups::create(*db).value();
    EXPECT_NE(first, second);
    EXPECT_EQ(Backups::list(temp.path()), (QStringList{third, second, first}));
}

TEST(Backups, ExplicitTargetIsReplacedAtomically)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    const QString target = temp.path(QStringLiteral("copy.sqlite"));
    QFile old(target);
    ASSERT_TRUE(old.open(QIODevice::WriteOnly));
    old.write("old content");
    old.close();
    ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 5));
    auto backup = Backups::create(*db, target);
    ASSERT_TRUE(backup.ok());
    EXPECT_EQ(TempDatabase::scalar(target, QStringLiteral("SELECT value FROM entry")).toInt(), 5);
    EXPECT_FALSE(QFileInfo::exists(target + QStringLiteral(".partial")));
}

TEST(Backups, TargetInMissingFolderFailsNamingIt)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    const QString target = temp.path(QStringLiteral("no/such/folder/copy.sqlite"));
    auto backup = Backups::create(*db, target);
    ASSERT_FALSE(backup.ok());
    EXPECT_TRUE(backup.error().message.contains(target));
}

TEST(Backups, RestorePutsBackupInPlaceAndKeepsDamagedFile)
{
    TempDatabase temp;
    QString backup;
    {
        auto db = temp.open();
        ASSERT_TRUE(db);
        ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 7));
        backup = Backups::create(*db).value();
    }
    QFile damaged(temp.path());
    ASSERT_TRUE(damaged.open(QIODevice::WriteOnly | QIODevice::Truncate));
    damaged.write("garbage");
    damaged.close();

    auto restored = Backups::restore(backup, temp.path(), temp.clock());
    ASSERT_TRUE(restored.ok()) << restored.error().message.toStdString();
    QFile kept(restored.value());
    ASSERT_TRUE(kept.open(QIODevice::ReadOnly));
    EXPECT_EQ(kept.readAll(), QByteArray("garbage"));
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(TempDatabase::scalar(temp.path(), QStringLiteral("SELECT value FROM entry")).toInt(),
              7);
}

namespace {

QStringList backupNames(const TempDatabase& temp)
{
    QStringList names;
    const QStringList paths = Backups::list(temp.path());
    for (const QString& path : paths)
        names << QFileInfo(path).fileName();
    return names;
}

} // namespace

TEST(Backups, DailyBackupIsWrittenOncePerDayAndNotForAnEmptyDatabase)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    auto nothing = Backups::daily(*db);
    ASSERT_TRUE(nothing) << nothing.error().message.toStdString();
    EXPECT_TRUE(nothing.value().isEmpty());
    EXPECT_TRUE(Backups::list(temp.path()).isEmpty());

    ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 3));
    auto first = Backups::daily(*db);
    ASSERT_TRUE(first) << first.error().message.toStdString();
    EXPECT_EQ(QFileInfo(first.value()).fileName(),
              QStringLiteral("rungs-20261122-093000-daily.sqlite"));
    temp.clock().advance(3 * 3600);
    EXPECT_TRUE(Backups::daily(*db).value().isEmpty()) << "a second one the same day";
    temp.clock().advance(24 * 3600);
    EXPECT_EQ(QFileInfo(Backups::daily(*db).value()).fileName(),
              QStringLiteral("rungs-20261123-123000-daily.sqlite"));
}

TEST(Backups, OnlyTheNewestDailyBackupsAreKeptAndOtherBackupsAreLeftAlone)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 3));
    const QString manual = Backups::create(*db, {}, QStringLiteral("before-v2")).value();
    for (int day = 0; day < Backups::KeepDaily + 3; ++day) {
        ASSERT_FALSE(Backups::daily(*db).value().isEmpty());
        temp.clock().advance(24 * 3600);
    }
    const QStringList names = backupNames(temp);
    EXPECT_EQ(names.size(), Backups::KeepDaily + 1);
    EXPECT_TRUE(names.contains(QFileInfo(manual).fileName()));
    // The three oldest days went: the oldest daily kept is from the fourth day.
    EXPECT_EQ(names.at(Backups::KeepDaily - 1),
              QStringLiteral("rungs-20261125-093000-daily.sqlite"));
}

TEST(Backups, BeforeImportKeepsTheNewestTenAndClearsHalfWrittenOnes)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_TRUE(Backups::beforeImport(*db).value().isEmpty()) << "nothing to keep yet";
    ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 3));
    // What a process killed while writing a backup leaves behind.
    const QString partial = Backups::directoryFor(temp.path()) +
                            QStringLiteral("/rungs-20261101-000000.sqlite.partial");
    ASSERT_TRUE(QDir().mkpath(Backups::directoryFor(temp.path())));
    QFile file(partial);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    for (int i = 0; i < Backups::KeepBeforeImport + 2; ++i) {
        ASSERT_FALSE(Backups::beforeImport(*db).value().isEmpty());
        temp.clock().advance(60);
    }
    const QStringList names = backupNames(temp);
    EXPECT_EQ(names.size(), Backups::KeepBeforeImport);
    EXPECT_TRUE(names.first().endsWith(QStringLiteral("-before-import.sqlite")));
    EXPECT_FALSE(QFileInfo::exists(partial));
}

TEST(Backups, RestoreRefusesAFileThatIsNotAnIntactRungsDatabaseAndMovesNothing)
{
    TempDatabase temp;
    {
        auto db = temp.open();
        ASSERT_TRUE(db);
        ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 7));
    }
    const QString notes = temp.path(QStringLiteral("notes.sqlite"));
    QFile file(notes);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("SQLite format 3");
    file.close();
    const QString other = temp.path(QStringLiteral("other.sqlite"));
    {
        auto db = temp.open(QStringLiteral("other.sqlite"));
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA application_id = 42")));
    }

    for (const QString& bad : {notes, other, temp.path(QStringLiteral("missing.sqlite"))}) {
        auto restored = Backups::restore(bad, temp.path(), temp.clock());
        ASSERT_FALSE(restored) << bad.toStdString();
        EXPECT_EQ(restored.error().kind, Failure::Kind::InvalidInput);
        EXPECT_TRUE(restored.error().message.startsWith(QFileInfo(bad).absoluteFilePath()))
            << restored.error().message.toStdString();
    }
    EXPECT_EQ(TempDatabase::scalar(temp.path(), QStringLiteral("SELECT value FROM entry")).toInt(),
              7);
    EXPECT_EQ(QDir(temp.dir()).entryList({QStringLiteral("*before-restore*")}).size(), 0);
}
