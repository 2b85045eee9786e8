// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoFile.h"

#include "TempDatabase.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

DemoSettings oneYear()
{
    DemoSettings settings;
    settings.years = 1;
    return settings;
}

qint64 entryCount(const QString& path)
{
    return TempDatabase::scalar(path, u"SELECT count(*) FROM entry"_s).toLongLong();
}

} // namespace

TEST(DemoFileTest, WritesACompleteDatabaseAndNoTemporaryFileStaysBehind)
{
    TempDatabase temp;
    const QString path = temp.path(u"demo.sqlite"_s);
    const auto made = DemoFile::create(path, temp.clock(), oneYear(), DemoFile::Existing::Refuse);
    ASSERT_TRUE(made) << made.error().message.toStdString();
    EXPECT_GT(made.value().entries, 200);
    EXPECT_EQ(entryCount(path), made.value().entries);
    EXPECT_EQ(QDir(temp.dir()).entryList(QDir::Files | QDir::Hidden),
              QStringList{u"demo.sqlite"_s});
}

TEST(DemoFileTest, RefusesAnExistingFileAndLeavesItAlone)
{
    TempDatabase temp;
    const QString path = temp.path(u"mine.sqlite"_s);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("my own notes");
    file.close();
    const auto made = DemoFile::create(path, temp.clock(), oneYear(), DemoFile::Existing::Refuse);
    ASSERT_FALSE(made);
    EXPECT_EQ(made.error().kind, Failure::Kind::InvalidInput);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), "my own notes");
}

TEST(DemoFileTest, ReplacingPutsAFreshDemoWhereTheLastOneWas)
{
    TempDatabase temp;
    const QString path = temp.path(u"demo.sqlite"_s);
    ASSERT_TRUE(DemoFile::create(path, temp.clock(), oneYear(), DemoFile::Existing::Refuse));
    DemoSettings twoYears = oneYear();
    twoYears.years = 2;
    const auto again = DemoFile::create(path, temp.clock(), twoYears, DemoFile::Existing::Replace);
    ASSERT_TRUE(again) << again.error().message.toStdString();
    EXPECT_EQ(entryCount(path), again.value().entries);
    EXPECT_GT(again.value().entries, 400);
}

TEST(DemoFileTest, AMissingFolderIsNamedAndNothingIsWritten)
{
    TempDatabase temp;
    const QString path = temp.path(u"no/such/demo.sqlite"_s);
    const auto made = DemoFile::create(path, temp.clock(), oneYear(), DemoFile::Existing::Replace);
    ASSERT_FALSE(made);
    EXPECT_TRUE(made.error().message.contains(u"there is no folder"_s));
    EXPECT_TRUE(QDir(temp.dir()).entryList(QDir::Files | QDir::Hidden).isEmpty());
}
