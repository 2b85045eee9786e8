// SPDX-License-Identifier: GPL-3.0-or-later
#include "Backups.h"
#include "BuiltinFrameworks.h"
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

/** The schema version of this Rungs: the last migration's. */
int currentVersion()
{
    return Migration::all().constLast().version;
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
    EXPECT_EQ(db.value()->schemaVersion(), currentVersion());
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
                                  QStringLiteral("metric_weight"),
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
    const int next = currentVersion() + 1;
    QList<Migration> migrations = Migration::all();
    migrations.append({next,
                       QStringLiteral("broken next step"),
                       {QStringLiteral("ALTER TABLE entry ADD COLUMN mood TEXT"),
                        QStringLiteral("INSERT INTO no_such_table VALUES (1)")}});
    auto db = Database::open(temp.path(), temp.clock(), migrations);
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("schema %1").arg(next)));
    EXPECT_EQ(TempDatabase::scalar(temp.path(), QStringLiteral("PRAGMA user_version")).toInt(),
              currentVersion());
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

TEST(Migration, NextStepAppliesOnTopOfCurrent)
{
    TempDatabase temp;
    temp.open().reset();
    QList<Migration> migrations = Migration::all();
    migrations.append({currentVersion() + 1,
                       QStringLiteral("add mood"),
                       {QStringLiteral("ALTER TABLE entry ADD COLUMN mood TEXT")}});
    auto db = Database::open(temp.path(), temp.clock(), migrations);
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), currentVersion() + 1);
    EXPECT_TRUE(QFileInfo::exists(db.value()->migrationBackup()));
}

TEST(Migration, VersionOneFileWithDataKeepsItAndGetsTheDefaultEntropyShare)
{
    TempDatabase temp;
    {
        // A file as Rungs with schema 1 left it: seeded, with an entry and a profile.
        auto v1 = Database::open(temp.path(), temp.clock(), {Migration::all().constFirst()});
        ASSERT_TRUE(v1.ok()) << v1.error().message.toStdString();
        ASSERT_EQ(v1.value()->schemaVersion(), 1);
        ASSERT_TRUE(BuiltinFrameworks::ensureInstalled(*v1.value()).ok());
        ASSERT_TRUE(TempDatabase::insertEntry(*v1.value(), QStringLiteral("2026-11-21"), 2.5));
        ASSERT_TRUE(v1.value()
                        ->exec(QStringLiteral("UPDATE profile SET target_level = 'P8', "
                                              "display_name = 'Mei' WHERE id = 1"))
                        .ok());
    }
    auto db = Database::open(temp.path(), temp.clock());
    ASSERT_TRUE(db.ok()) << db.error().message.toStdString();
    EXPECT_EQ(db.value()->schemaVersion(), 2);
    EXPECT_EQ(QFileInfo(db.value()->migrationBackup()).fileName(),
              QStringLiteral("rungs-20261122-093000-before-v2.sqlite"));

    const auto value = [&](const char* sql) {
        return TempDatabase::scalar(temp.path(), QString::fromLatin1(sql));
    };
    EXPECT_EQ(value("SELECT count(*) FROM entry").toInt(), 1);
    EXPECT_EQ(value("SELECT day || ' ' || metric_key || ' ' || value FROM entry").toString(),
              QStringLiteral("2026-11-21 delta_tech 2.5"));
    EXPECT_EQ(value("SELECT framework_key || ' ' || current_level || ' ' || target_level || ' ' "
                    "|| display_name FROM profile")
                  .toString(),
              QStringLiteral("go-backend P6 P8 Mei"));
    EXPECT_DOUBLE_EQ(value("SELECT entropy_share FROM profile").toDouble(), 0.6);
    EXPECT_EQ(value("SELECT count(*) FROM metric_weight").toInt(), 0);
    // The new constraints hold for the migrated file too.
    EXPECT_FALSE(db.value()->exec(QStringLiteral("UPDATE profile SET entropy_share = 1.5")).ok());
    EXPECT_FALSE(db.value()
                     ->exec(QStringLiteral("INSERT INTO metric_weight VALUES "
                                           "('go-backend', 'delta_tech', 101)"))
                     .ok());
}
