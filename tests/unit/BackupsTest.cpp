// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"

#include "TempDatabase.h"

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
