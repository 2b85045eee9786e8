// SPDX-License-Identifier: GPL-3.0-or-later
#include "SqliteStatement.h"

#include "Database.h"
#include "TempDatabase.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString InsertNote = u"INSERT INTO entry (day, metric_key, value, note, evidence, "
                           u"created_at, updated_at) VALUES ('2026-11-22', 'delta_tech', ?, ?, "
                           u"'', 'now', 'now')"_s;

} // namespace

TEST(SqliteStatement, TextOutsideTheBasicPlaneAndChineseReadBackUnchanged)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    const QString note = u"压测 P99 降到 120 ms 🎯 ✓"_s;
    SqliteStatement insert(db->handle(), InsertNote);
    insert.bind(0, 2.5);
    insert.bind(1, note);
    EXPECT_FALSE(insert.step());
    ASSERT_TRUE(insert.ok()) << insert.error().toStdString();

    SqliteStatement select(db->handle(), u"SELECT note, value, id FROM entry"_s);
    ASSERT_TRUE(select.step());
    EXPECT_EQ(select.text(0), note);
    EXPECT_EQ(select.real(1), 2.5);
    EXPECT_GT(select.integer(2), 0);
    EXPECT_FALSE(select.step());
    EXPECT_TRUE(select.ok());
    // The sqlite3 shell, another program, reads what was written.
    EXPECT_EQ(TempDatabase::scalar(temp.path(), u"SELECT note FROM entry"_s).toString(), note);
}

TEST(SqliteStatement, ANullTextIsStoredAsEmptyNotAsNull)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    SqliteStatement insert(db->handle(), InsertNote);
    insert.bind(0, 1.0);
    insert.bind(1, QString());
    insert.step();
    ASSERT_TRUE(insert.ok()) << insert.error().toStdString();
    EXPECT_EQ(TempDatabase::scalar(temp.path(), u"SELECT quote(note) FROM entry"_s).toString(),
              u"''"_s);
}

TEST(SqliteStatement, AFailedStatementSaysWhyInSqlitesWords)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    SqliteStatement wrong(db->handle(), u"SELECT day FROM nowhere"_s);
    EXPECT_FALSE(wrong.isValid());
    EXPECT_FALSE(wrong.step());
    EXPECT_FALSE(wrong.ok());
    EXPECT_TRUE(wrong.error().contains(u"nowhere"_s)) << wrong.error().toStdString();

    // A row the schema refuses: the day must be a day of the calendar.
    SqliteStatement refused(db->handle(),
                            u"INSERT INTO entry (day, metric_key, value, created_at, updated_at)"
                            u" VALUES ('2026-02-30', 'delta_tech', 1, 'now', 'now')"_s);
    ASSERT_TRUE(refused.isValid());
    EXPECT_FALSE(refused.step());
    EXPECT_FALSE(refused.ok());
    EXPECT_TRUE(refused.error().contains(u"CHECK"_s)) << refused.error().toStdString();
}

TEST(SqliteStatement, RowsWrittenInsideATransactionThatFailsAreRolledBack)
{
    TempDatabase temp;
    auto db = temp.open();
    ASSERT_TRUE(db);
    const Status s = db->transaction([&]() -> Status {
        SqliteStatement insert(db->handle(), InsertNote);
        for (int i = 0; i < 3; ++i) {
            insert.reset();
            insert.bind(0, double(i));
            insert.bind(1, u"row"_s);
            insert.step();
            if (!insert.ok())
                return Failure::database(insert.error());
        }
        return Failure::invalid(u"changed my mind"_s);
    });
    EXPECT_FALSE(s.ok());
    EXPECT_EQ(TempDatabase::scalar(temp.path(), u"SELECT count(*) FROM entry"_s).toInt(), 0);
}
