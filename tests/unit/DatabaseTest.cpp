// SPDX-License-Identifier: GPL-3.0-or-later
#include "Database.h"

#include "DatabaseCheck.h"
#include "TempDatabase.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace {

mode_t fileMode(const QString& path)
{
    struct stat st
    {};
    EXPECT_EQ(::stat(QFile::encodeName(path).constData(), &st), 0);
    return st.st_mode & 0777;
}

QString pragma(Database& db, const QString& name)
{
    auto q = db.exec(QStringLiteral("PRAGMA ") + name);
    EXPECT_TRUE(q.ok());
    EXPECT_TRUE(q.value().next());
    return q.value().value(0).toString();
}

} // namespace

TEST(Database, NewFileIsCreatedReadableByOwnerOnly)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(fileMode(temp.path()), mode_t(0600));
}

TEST(Database, NewFileUsesWalForeignKeysAndBusyTimeout)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(pragma(*db, QStringLiteral("journal_mode")), QStringLiteral("wal"));
    EXPECT_EQ(pragma(*db, QStringLiteral("foreign_keys")), QStringLiteral("1"));
    EXPECT_EQ(pragma(*db, QStringLiteral("busy_timeout")),
              QString::number(Database::BusyTimeoutMs));
}

TEST(Database, NewFileIsAtCurrentSchemaWithRungsApplicationId)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_EQ(db->schemaVersion(), Migration::all().constLast().version);
    EXPECT_GE(db->schemaVersion(), 1);
    db.reset();
    // Read back through another connection, as the sqlite3 shell would.
    EXPECT_EQ(TempDatabase::scalar(temp.path(), QStringLiteral("PRAGMA application_id")).toInt(),
              Database::ApplicationId);
}

TEST(Database, WalAndShmFilesAreAlsoOwnerOnly)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 3));
    ASSERT_TRUE(QFileInfo::exists(temp.path() + QStringLiteral("-wal")));
    EXPECT_EQ(fileMode(temp.path() + QStringLiteral("-wal")), mode_t(0600));
}

TEST(Database, CreatesMissingParentFolders)
{
    TempDatabase temp;
    auto db = temp.open(QStringLiteral("deep/er/rungs.sqlite"));
    ASSERT_TRUE(db);
    EXPECT_TRUE(QFileInfo::exists(temp.path(QStringLiteral("deep/er/rungs.sqlite"))));
}

TEST(Database, ForeignKeysAreEnforced)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    auto r = db->exec(QStringLiteral("INSERT INTO adr_option (adr_id, position, name)"
                                     " VALUES (4242, 0, 'orphan')"));
    EXPECT_FALSE(r.ok());
}

TEST(Database, ImpossibleDayIsRejectedBySchema)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    EXPECT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-02-28"), 1));
    EXPECT_FALSE(TempDatabase::insertEntry(*db, QStringLiteral("2026-02-30"), 1));
    EXPECT_FALSE(TempDatabase::insertEntry(*db, QStringLiteral("2026-02-29"), 1));
}

TEST(Database, RefusesNonSqliteFileAndLeavesItUntouched)
{
    TempDatabase temp;
    QFile file(temp.path(QStringLiteral("notes.sqlite")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    const QByteArray content = "these are plain notes, not a database\n";
    file.write(content);
    file.close();

    auto db = Database::open(file.fileName(), temp.clock());
    ASSERT_FALSE(db.ok());
    EXPECT_EQ(db.error().kind, Failure::Kind::Database);
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("not a SQLite database")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), content);
    EXPECT_FALSE(QFileInfo::exists(file.fileName() + QStringLiteral("-wal")));
}

TEST(Database, RefusesZeroLengthFile)
{
    TempDatabase temp;
    QFile file(temp.path(QStringLiteral("empty.sqlite")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    auto db = Database::open(file.fileName(), temp.clock());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("empty")));
    EXPECT_EQ(QFileInfo(file.fileName()).size(), 0);
}

TEST(Database, RefusesSqliteDatabaseOfAnotherProgram)
{
    TempDatabase temp;
    const QString other = temp.path(QStringLiteral("other.sqlite"));
    TempDatabase::scalar(other, QStringLiteral("CREATE TABLE customers (id INTEGER)"));
    auto db = Database::open(other, temp.clock());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("another program")));
    EXPECT_EQ(TempDatabase::scalar(other, QStringLiteral("PRAGMA user_version")).toInt(), 0);
    EXPECT_EQ(TempDatabase::scalar(other, QStringLiteral("PRAGMA journal_mode")).toString(),
              QStringLiteral("delete"));
}

TEST(Database, RefusesDatabaseFromNewerRungsWithoutChangingIt)
{
    TempDatabase temp;
    {
        auto db = temp.open();
        ASSERT_TRUE(db);
        ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA user_version = 99")).ok());
    }
    auto db = Database::open(temp.path(), temp.clock());
    ASSERT_FALSE(db.ok());
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("newer Rungs")));
    EXPECT_TRUE(db.error().message.contains(QStringLiteral("99")));
    EXPECT_EQ(TempDatabase::scalar(temp.path(), QStringLiteral("PRAGMA user_version")).toInt(), 99);
}

TEST(Database, FailedOpenOfNewFileLeavesNoFileBehind)
{
    TempDatabase temp;
    Migration broken{1, QStringLiteral("broken"), {QStringLiteral("CREATE TABLE (")}};
    auto db = Database::open(temp.path(), temp.clock(), {broken});
    ASSERT_FALSE(db.ok());
    EXPECT_FALSE(QFileInfo::exists(temp.path()));
}

TEST(Database, TransactionRollsBackWhenWorkFails)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    Status s = db->transaction([&]() -> Status {
        EXPECT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 1));
        return Failure::invalid(QStringLiteral("second row was bad"));
    });
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, QStringLiteral("second row was bad"));
    EXPECT_EQ(
        TempDatabase::scalar(temp.path(), QStringLiteral("SELECT count(*) FROM entry")).toInt(), 0);
}

TEST(DatabaseCheck, HealthyDatabaseReportsOk)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    auto check = DatabaseCheck::run(*db);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check.value().ok());
    EXPECT_EQ(check.value().schemaVersion(), Migration::all().constLast().version);
    EXPECT_TRUE(check.value().report().join(QLatin1Char('\n')).contains(QStringLiteral("healthy")));
}

TEST(DatabaseCheck, ReportsBrokenReferenceInWords)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    // Another tool wrote a dangling reference while foreign keys were off.
    ASSERT_TRUE(db->exec(QStringLiteral("PRAGMA foreign_keys = OFF")).ok());
    ASSERT_TRUE(db->exec(QStringLiteral("INSERT INTO adr_option (adr_id, position, name)"
                                        " VALUES (77, 0, 'orphan')"))
                    .ok());
    auto check = DatabaseCheck::run(*db);
    ASSERT_TRUE(check.ok());
    EXPECT_FALSE(check.value().ok());
    ASSERT_EQ(check.value().foreignKeyProblems().size(), 1);
    EXPECT_TRUE(check.value().foreignKeyProblems().first().contains(QStringLiteral("adr_option")));
    EXPECT_TRUE(
        check.value().report().join(QLatin1Char('\n')).contains(QStringLiteral("problems")));
}

// A copy cut off by a full disk or an interrupted transfer: wherever the cut falls, the
// file is refused with a message that says so, and nothing is written to it.
TEST(Database, RefusesATruncatedFileWhereverItIsCutAndLeavesItUntouched)
{
    TempDatabase temp;
    {
        auto db = temp.openSeeded();
        ASSERT_TRUE(db);
        for (int i = 0; i < 300; ++i)
            ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), i % 5));
    }
    QFile whole(temp.path());
    ASSERT_TRUE(whole.open(QIODevice::ReadOnly));
    const QByteArray bytes = whole.readAll();
    whole.close();
    ASSERT_GT(bytes.size(), 8 * 4096);

    for (const qsizetype cut : {qsizetype(50), qsizetype(4096 + 100), bytes.size() / 2,
                                bytes.size() - 4096, bytes.size() - 1}) {
        const QString path = temp.path(QStringLiteral("cut-%1.sqlite").arg(cut));
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(bytes.left(cut));
        file.close();

        auto db = Database::open(path, temp.clock());
        ASSERT_FALSE(db.ok()) << "cut at " << cut;
        EXPECT_TRUE(db.error().message.contains(QStringLiteral("cut short")) ||
                    db.error().message.contains(QStringLiteral("damaged")))
            << db.error().message.toStdString();
        EXPECT_TRUE(db.error().message.startsWith(path)) << db.error().message.toStdString();
        ASSERT_TRUE(file.open(QIODevice::ReadOnly));
        EXPECT_EQ(file.readAll(), bytes.left(cut)) << "cut at " << cut;
        file.close();
        EXPECT_FALSE(QFileInfo::exists(path + QStringLiteral("-wal"))) << "cut at " << cut;
    }
}

TEST(Database, FileStateTellsWhetherThePathStillNamesTheOpenedFile)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    ASSERT_TRUE(TempDatabase::insertEntry(*db, QStringLiteral("2026-11-22"), 3));
    EXPECT_EQ(db->fileState(), Database::FileState::Same) << "a write is no replacement";

    const QString aside = temp.path() + QStringLiteral(".aside");
    ASSERT_TRUE(QFile::rename(temp.path(), aside));
    EXPECT_EQ(db->fileState(), Database::FileState::Missing);

    ASSERT_TRUE(QFile::copy(aside, temp.path()));
    EXPECT_EQ(db->fileState(), Database::FileState::Replaced);
}
