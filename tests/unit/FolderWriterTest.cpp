// SPDX-License-Identifier: GPL-3.0-or-later
#include "FolderWriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace {

QByteArray contents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/** Every name in dir, hidden ones too. */
QStringList allNames(const QString& dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot,
                               QDir::Name);
}

} // namespace

TEST(FolderWriter, NothingIsVisibleBeforeCommitAndEverythingAfter)
{
    QTemporaryDir dir;
    writeFile(dir.filePath("a.md"), "old a");
    writeFile(dir.filePath("other.txt"), "mine");

    FolderWriter writer(dir.path());
    ASSERT_TRUE(writer.add("a.md", "new a").ok());
    ASSERT_TRUE(writer.add("b.md", "new b").ok());
    EXPECT_EQ(contents(dir.filePath("a.md")), "old a");
    EXPECT_FALSE(QFile::exists(dir.filePath("b.md")));

    ASSERT_TRUE(writer.commit().ok());
    EXPECT_EQ(contents(dir.filePath("a.md")), "new a");
    EXPECT_EQ(contents(dir.filePath("b.md")), "new b");
    EXPECT_EQ(contents(dir.filePath("other.txt")), "mine");
    EXPECT_EQ(allNames(dir.path()), (QStringList{"a.md", "b.md", "other.txt"}));
}

TEST(FolderWriter, AWriterDroppedBeforeCommitLeavesTheFolderAsItWas)
{
    QTemporaryDir dir;
    writeFile(dir.filePath("a.md"), "old a");
    {
        FolderWriter writer(dir.path());
        ASSERT_TRUE(writer.add("a.md", "new a").ok());
        ASSERT_TRUE(writer.add("b.md", "new b").ok());
    }
    EXPECT_EQ(allNames(dir.path()), QStringList{"a.md"});
    EXPECT_EQ(contents(dir.filePath("a.md")), "old a");
}

TEST(FolderWriter, AFileThatCannotBeWrittenIsNamedAndNothingIsReplaced)
{
    QTemporaryDir dir;
    writeFile(dir.filePath("a.md"), "old a");
    {
        FolderWriter writer(dir.path());
        ASSERT_TRUE(writer.add("a.md", "new a").ok());
        const Status s = writer.add("missing/b.md", "new b");
        ASSERT_FALSE(s.ok());
        EXPECT_EQ(s.error().kind, Failure::Kind::Io);
        EXPECT_TRUE(
            s.error().message.contains(QDir::toNativeSeparators(dir.filePath("missing/b.md"))))
            << s.error().message.toStdString();
    }
    EXPECT_EQ(allNames(dir.path()), QStringList{"a.md"});
    EXPECT_EQ(contents(dir.filePath("a.md")), "old a");
}

TEST(FolderWriter, ANewFileGetsTheUsualPermissionsAndAReplacedOneKeepsItsOwn)
{
    QTemporaryDir dir;
    writeFile(dir.filePath("kept.md"), "old");
    ASSERT_EQ(::chmod(QFile::encodeName(dir.filePath("kept.md")).constData(), 0640), 0);
    const mode_t mask = ::umask(022);

    FolderWriter writer(dir.path());
    ASSERT_TRUE(writer.add("kept.md", "new").ok());
    ASSERT_TRUE(writer.add("new.md", "new").ok());
    ASSERT_TRUE(writer.commit().ok());
    ::umask(mask);

    struct stat kept = {};
    struct stat fresh = {};
    ASSERT_EQ(::stat(QFile::encodeName(dir.filePath("kept.md")).constData(), &kept), 0);
    ASSERT_EQ(::stat(QFile::encodeName(dir.filePath("new.md")).constData(), &fresh), 0);
    EXPECT_EQ(kept.st_mode & 0777, 0640u);
    EXPECT_EQ(fresh.st_mode & 0777, 0644u);
}
