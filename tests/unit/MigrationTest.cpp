// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"
#include "Database.h"
#include "TempDatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>

#include <gtest/gtest.h>

namespace {

// A version-0 database as it is kept in tests/fixtures: a SQLite file with the Rungs
// application id whose first migration never ran.
QString copyV0Fixture(TempDatabase& temp)
{
    const QString target = temp.path(QStringLiteral("v0.sqlite"));
    EXPECT_TRUE(QFile::copy(QStringLiteral(RUNGS_FIXTURES "/v0.sqlite"), target));
    QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    return target;
}

QStringList tables(Database& db)
{
    QStringList names;
    auto q = db.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table'"
                                    " AND name NOT LIKE 'sqlite%' AND name NOT LIKE 'adr_search_%'"
                                    " ORDER BY name"));
    while (q.ok() && q.value().next())
        names << q.value().value(0).toString();
    return names;
}

} // namespace

TEST(Migration, FixtureIsAtVersionZero)
{
    EXPECT_EQ(TempDatabase::scalar(QStringLiteral(RUNGS_FIXTURES "/v0.sqlite"),
                                   QStringLiteral("PRAGMA user_version"))
                  .toInt(),
              0);
}

TEST(Migration, VersionZeroFixtureMigratesToCurrentSchema)
{
    TempDatabase temp;
    const QString path = copyV0Fixture(temp);
    auto db = Database::open(path, temp.clock());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), 1);
    const QStringList expected = {QStringLiteral("adr"),
                                  QStringLiteral("adr_link"),
                                  QStringLiteral("adr_option"),
                                  QStringLiteral("adr_raw"),
                                  QStringLiteral("adr_result"),
                                  QStringLiteral("adr_search"),
                                  QStringLiteral("adr_status_change"),
                                  QStringLiteral("assessment"),
                                  QStringLiteral("checkpoint"),
                                  QStringLiteral("checkpoint_progress"),
                                  QStringLiteral("dimension"),
                                  QStringLiteral("entry"),
                                  QStringLiteral("evidence"),
                                  QStringLiteral("expectation"),
                                  QStringLiteral("framework"),
                                  QStringLiteral("level"),
                                  QStringLiteral("metric"),
                                  QStringLiteral("metric_target"),
                                  QStringLiteral("profile")};
    EXPECT_EQ(tables(*db.value()), expected);
}

TEST(Migration, BacksUpExistingFileBeforeMigrating)
{
    TempDatabase temp;
    const QString path = copyV0Fixture(temp);
    auto db = Database::open(path, temp.clock());
    ASSERT_TRUE(db.ok());
    const QString backup = db.value()->migrationBackup();
    ASSERT_FALSE(backup.isEmpty());
    EXPECT_EQ(QFileInfo(backup).fileName(), QStringLiteral("v0-20261122-093000-before-v1.sqlite"));
    // The backup is the file as it was: still version 0.
    EXPECT_EQ(TempDatabase::scalar(backup, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    EXPECT_EQ(Backups::list(path), QStringList{backup});
}

TEST(Migration, NewFileNeedsNoBackup)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_TRUE(db->migrationBackup().isEmpty());
    EXPECT_TRUE(Backups::list(temp.path()).isEmpty());
}

TEST(Migration, FailingStepIsUndoneAndLeavesSchemaVersion)
{
    TempDatabase temp;
    {
        auto db = temp.open();
        ASSERT_TRUE(db);
        ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-21"), 2));
    }
    QList<Migration> migrations = Migration::all();
    migrations.append({2,
                       QStringLiteral("broken second step"),
                       {QStringLiteral("ALTER TABLE entry ADD COLUMN mood TEXT"),
                        QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    auto db = Database::open(temp.path(), temp.clock(), migrations);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("schema 2")));
    EXPECT_EQ(TempDatabase::scalar(temp.path(), QStringLiteral("PRAGMA user_version")).toInt(), 1);
    // The first statement of the failed step was undone with the rest.
    EXPECT_EQ(TempDatabase::scalar(temp.path(),
                                   QStringLiteral("SELECT count(*) FROM pragma_table_info('entry')"
                                                  " WHERE name = 'mood'"))
                  .toInt(),
              0);
    EXPECT_EQ(
        TempDatabase::scalar(temp.path(), QStringLiteral("SELECT count(*) FROM entry")).toInt(), 1);
    EXPECT_EQ(Backups::list(temp.path()).size(), 1);
}

TEST(Migration, SecondStepAppliesOnTopOfFirst)
{
    TempDatabase temp;
    temp.open().reset();
    QList<Migration> migrations = Migration::all();
    migrations.append({2,
                       QStringLiteral("add mood"),
                       {QStringLiteral("ALTER TABLE entry ADD COLUMN mood TEXT")}});
    auto db = Database::open(temp.path(), temp.clock(), migrations);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), 2);
    EXPECT_TRUE(QFileInfo::exists(db.value()->migrationBackup()));
}
