// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrFolder.h"

#include "AdrStore.h"
#include "TempDatabase.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Consul = "# 1. Use Consul for configuration\n"
                          "\n"
                          "Date: 2025-03-04\n"
                          "\n"
                          "## Status\n"
                          "\n"
                          "Superceded by [2. Use etcd](./0002-use-etcd.md)\n"
                          "\n"
                          "## Context\n"
                          "\n"
                          "Services read configuration from files.\n"
                          "\n"
                          "## Decision\n"
                          "\n"
                          "We will use Consul.\n"
                          "\n"
                          "## Consequences\n"
                          "\n"
                          "One more agent per host.\n";

const QByteArray Etcd = "# 2. Use etcd\n"
                        "\n"
                        "Date: 2025-06-10\n"
                        "\n"
                        "## Status\n"
                        "\n"
                        "Accepted\n"
                        "\n"
                        "Supercedes [1. Use Consul for configuration](0001-use-consul.md)\n"
                        "\n"
                        "## Context\n"
                        "\n"
                        "配置中心需要强一致的存储。\n"
                        "\n"
                        "## Decision\n"
                        "\n"
                        "We will use etcd.\n"
                        "\n"
                        "## Consequences\n"
                        "\n"
                        "Watches replace polling.\n";

const QByteArray Tracing = "# 3. Choose a tracing library\n"
                           "\n"
                           "Date: 2025-07-01\n"
                           "\n"
                           "## Status\n"
                           "\n"
                           "Proposed\n"
                           "\n"
                           "Supercedes [9. Old tracing](0009-old-tracing.md)\n"
                           "\n"
                           "## Context\n"
                           "\n"
                           "We need traces across services.\n";

const QByteArray NoTitle = "Just some notes, no heading at all.\n";

bool write(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

QByteArray read(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

/** Every file below dir by relative path, with its bytes. */
QMap<QString, QByteArray> tree(const QString& dir)
{
    QMap<QString, QByteArray> files;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(QDir(dir).relativeFilePath(path), read(path));
    }
    return files;
}

class AdrFolderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        temp.clock().set(QDateTime(QDate(2026, 11, 22), QTime(9, 30), QTimeZone::utc()));
        db = temp.open();
        ASSERT_TRUE(db);
    }

    /** A folder inside the test's temporary folder, created, with files in it. */
    QString folder(const QString& name, const QMap<QString, QByteArray>& files)
    {
        const QString dir = temp.dir() + u'/' + name;
        EXPECT_TRUE(QDir().mkpath(dir));
        for (auto it = files.begin(); it != files.end(); ++it)
            EXPECT_TRUE(write(dir + u'/' + it.key(), it.value()));
        return dir;
    }

    QString nygardFolder(const QMap<QString, QByteArray>& extra = {})
    {
        QMap<QString, QByteArray> files{
            {u"0002-use-etcd.md"_s, Etcd},
            {u"0001-use-consul.md"_s, Consul},
            {u"0003-tracing.md"_s, Tracing},
            {u"README.md"_s, "# Decisions\n\n* [x](0001-use-consul.md)\n"},
            {u"index.md"_s, "# Index\n"},
            {u"notes.txt"_s, "not markdown\n"}};
        files.insert(extra);
        return folder(u"in"_s, files);
    }

    /** Every fixture record of tests/fixtures/adr, but those in bad/, in one folder. */
    QString fixtureRecords()
    {
        const QString dir = temp.dir() + u"/fixtures"_s;
        EXPECT_TRUE(QDir().mkpath(dir));
        QDirIterator it(QStringLiteral(RUNGS_FIXTURES "/adr"), {u"*.md"_s}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo file(it.next());
            if (file.dir().dirName() != QLatin1String("bad")) {
                EXPECT_TRUE(QFile::copy(file.filePath(), dir + u'/' + file.fileName()));
            }
        }
        return dir;
    }

    QList<Adr> all(Database& on)
    {
        auto list = AdrStore(on).list();
        EXPECT_TRUE(list.ok()) << (list.ok() ? "" : list.error().message.toStdString());
        return list.ok() ? list.value() : QList<Adr>{};
    }

    int count(Database& on)
    {
        auto n = AdrStore(on).count();
        EXPECT_TRUE(n.ok());
        return n.ok() ? n.value() : -1;
    }

    TempDatabase temp;
    std::unique_ptr<Database> db;
};

QStringList fileNames(const AdrImportReport& report)
{
    QStringList names;
    for (const AdrImportFile& f : report.files)
        names << f.fileName;
    return names;
}

/** A record's status history as "YYYY-MM-DD status" rows, oldest first. */
QStringList historyRows(const Adr& adr)
{
    QStringList rows;
    for (const Adr::StatusChange& c : adr.history)
        rows << c.changedOn.toString(Qt::ISODate) + u' ' + c.status;
    return rows;
}

} // namespace

TEST_F(AdrFolderTest, ImportsEveryRecordInFileNameOrderButNotTheIndex)
{
    auto report = AdrFolder::importFolder(*db, nygardFolder(), false);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(fileNames(report.value()),
              (QStringList{u"0001-use-consul.md"_s, u"0002-use-etcd.md"_s, u"0003-tracing.md"_s}));
    EXPECT_EQ(report.value().imported(), 3);
    EXPECT_EQ(report.value().skipped(), 0);
    for (const AdrImportFile& f : report.value().files) {
        EXPECT_EQ(f.format, u"nygard"_s) << f.fileName.toStdString();
        EXPECT_TRUE(f.skipped.isEmpty());
        EXPECT_TRUE(f.understood.contains(u"title"_s)) << f.fileName.toStdString();
    }

    const QList<Adr> adrs = all(*db);
    ASSERT_EQ(adrs.size(), 3);
    EXPECT_EQ(adrs[0].number, std::optional<int>(1));
    EXPECT_EQ(adrs[0].title, u"Use Consul for configuration"_s);
    EXPECT_EQ(adrs[0].status, Adr::Status::Superseded);
    EXPECT_EQ(adrs[0].date, QDate(2025, 3, 4));
    EXPECT_EQ(adrs[0].sourceFormat, u"nygard"_s);
    EXPECT_EQ(adrs[1].title, u"Use etcd"_s);
    EXPECT_EQ(adrs[1].context, u"配置中心需要强一致的存储。"_s);
    EXPECT_EQ(adrs[2].number, std::optional<int>(3));
    EXPECT_EQ(adrs[2].status, Adr::Status::Proposed);

    // The Chinese context is searchable right after the import.
    auto found = AdrStore(*db).search(u"强一致"_s);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value(), QList<qint64>{adrs[1].id});
}

TEST_F(AdrFolderTest, SupersedeLinksAreResolvedWithinTheImportedFiles)
{
    auto report = AdrFolder::importFolder(*db, nygardFolder(), false);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const QList<Adr> adrs = all(*db);
    ASSERT_EQ(adrs.size(), 3);
    // 0001 says "superceded by ./0002-use-etcd.md"; 0002 says it supersedes 0001.
    EXPECT_EQ(adrs[0].supersededBy, adrs[1].id);
    EXPECT_EQ(adrs[1].supersededBy, 0);
    EXPECT_EQ(adrs[2].supersededBy, 0);

    // 0003 supersedes a record that is not in the folder: a warning, no link.
    const AdrImportFile& tracing = report.value().files[2];
    EXPECT_TRUE(tracing.warnings.contains(
        u"supersedes 0009-old-tracing.md: no such record among the imported files"_s))
        << tracing.warnings.join(u" | "_s).toStdString();
    EXPECT_TRUE(report.value().files[0].warnings.isEmpty())
        << report.value().files[0].warnings.join(u" | "_s).toStdString();
}

TEST_F(AdrFolderTest, LinksByNumberAndOutsideUrls)
{
    const QByteArray byNumber = "# 5. Newer\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n\n"
                                "Supersedes 4\n\nSupersedes [elsewhere](https://example.com/adr/"
                                "7.md)\n\n## Context\n\nx\n";
    const QByteArray older = "# 4. Older\n\nDate: 2024-01-01\n\n## Status\n\nSuperseded\n";
    auto report = AdrFolder::importFolder(
        *db, folder(u"links"_s, {{u"0004-older.md"_s, older}, {u"0005-newer.md"_s, byNumber}}),
        false);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const QList<Adr> adrs = all(*db);
    ASSERT_EQ(adrs.size(), 2);
    EXPECT_EQ(adrs[0].supersededBy, adrs[1].id);
    // The URL stays in the record's text only and is no problem.
    EXPECT_TRUE(report.value().files[1].warnings.isEmpty())
        << report.value().files[1].warnings.join(u" | "_s).toStdString();
}

TEST_F(AdrFolderTest, WithoutStrictAnUnreadableFileIsReportedAndSkipped)
{
    auto report = AdrFolder::importFolder(
        *db, nygardFolder({{u"0004-broken.md"_s, NoTitle}, {u"0005-empty.md"_s, QByteArray()}}),
        false);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report.value().imported(), 3);
    EXPECT_EQ(report.value().skipped(), 2);
    ASSERT_EQ(report.value().files.size(), 5);
    const AdrImportFile& broken = report.value().files[3];
    EXPECT_EQ(broken.fileName, u"0004-broken.md"_s);
    EXPECT_EQ(broken.skipped, u"no title heading ('# Title'); not a decision record"_s);
    EXPECT_EQ(AdrFolder::reportLine(broken),
              u"0004-broken.md: skipped: no title heading ('# Title'); not a decision record"_s);
    EXPECT_EQ(AdrFolder::reportLine(report.value().files[4]),
              u"0005-empty.md: skipped: the file is empty"_s);
    EXPECT_EQ(count(*db), 3);
}

TEST_F(AdrFolderTest, StrictRefusesTheWholeFolderAndWritesNothing)
{
    const QString dir = nygardFolder({{u"0004-broken.md"_s, NoTitle}});
    auto report = AdrFolder::importFolder(*db, dir, true);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(report.error().message,
              dir + u"/0004-broken.md: no title heading ('# Title'); not a decision record"_s);
    EXPECT_EQ(count(*db), 0);
    EXPECT_EQ(TempDatabase::scalar(temp.path(), u"SELECT count(*) FROM adr_status_change"_s),
              QVariant(0));
}

TEST_F(AdrFolderTest, ARecordTheValidatorRefusesCountsAsUnreadable)
{
    const QByteArray longTitle = "# 6. " + QByteArray(501, 'x') + "\n\n## Status\n\nAccepted\n";
    const QString dir = nygardFolder({{u"0006-long.md"_s, longTitle}});
    auto strict = AdrFolder::importFolder(*db, dir, true);
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().message,
              dir + u"/0006-long.md: title: 501 characters is longer than the 500 allowed"_s);
    EXPECT_EQ(count(*db), 0);

    auto lenient = AdrFolder::importFolder(*db, dir, false);
    ASSERT_TRUE(lenient.ok());
    EXPECT_EQ(lenient.value().skipped(), 1);
    EXPECT_EQ(lenient.value().files.last().skipped,
              u"title: 501 characters is longer than the 500 allowed"_s);
    EXPECT_EQ(count(*db), 3);
}

TEST_F(AdrFolderTest, ImportOfAMissingFolderIsRefused)
{
    const QString dir = temp.dir() + u"/nowhere"_s;
    auto report = AdrFolder::importFolder(*db, dir, false);
    ASSERT_FALSE(report.ok());
    EXPECT_EQ(report.error().message, dir + u": no such folder"_s);
}

TEST_F(AdrFolderTest, ExportWritesNumberedFilesAndAnIndexAndLeavesOtherFilesAlone)
{
    AdrStore store(*db);
    Adr numbered;
    numbered.number = 4;
    numbered.title = u"Use etcd"_s;
    numbered.date = QDate(2025, 1, 2);
    Adr unnumbered;
    unnumbered.title = u"Adopt OpenTelemetry"_s;
    Adr twin = numbered; // same number and title: the file name is taken
    ASSERT_TRUE(store.add(numbered).ok());
    ASSERT_TRUE(store.add(unnumbered).ok());
    ASSERT_TRUE(store.add(twin).ok());

    const QString dir =
        folder(u"out/adr"_s, {{u"keep.md"_s, "mine\n"}, {u"0004-use-etcd.md"_s, "old content\n"}});
    ASSERT_TRUE(AdrFolder::exportFolder(*db, dir).ok());

    const QMap<QString, QByteArray> files = tree(dir);
    EXPECT_EQ(files.keys(),
              (QStringList{u"0004-use-etcd.md"_s, u"0005-use-etcd.md"_s,
                           u"0006-adopt-opentelemetry.md"_s, u"README.md"_s, u"keep.md"_s}));
    EXPECT_EQ(files.value(u"keep.md"_s), QByteArray("mine\n"));
    EXPECT_NE(files.value(u"0004-use-etcd.md"_s), QByteArray("old content\n"));
    EXPECT_TRUE(files.value(u"0006-adopt-opentelemetry.md"_s).contains("Adopt OpenTelemetry"));
    const QByteArray index = files.value(u"README.md"_s);
    EXPECT_TRUE(index.contains("(0004-use-etcd.md)")) << index.toStdString();
    EXPECT_TRUE(index.contains("(0006-adopt-opentelemetry.md)")) << index.toStdString();

    // The numbers given for the export stay in the files, not in the database.
    const QList<Adr> adrs = all(*db);
    ASSERT_EQ(adrs.size(), 3);
    EXPECT_EQ(adrs[2].title, u"Adopt OpenTelemetry"_s);
    EXPECT_EQ(adrs[2].number, std::nullopt);
    EXPECT_EQ(adrs[1].number, std::optional<int>(4));
}

TEST_F(AdrFolderTest, ExportCreatesTheFolderAndRefusesAFile)
{
    ASSERT_TRUE(AdrStore(*db)
                    .add([] {
                        Adr a;
                        a.number = 1;
                        a.title = u"Record architecture decisions"_s;
                        return a;
                    }())
                    .ok());
    const QString dir = temp.dir() + u"/new/doc/adr"_s;
    ASSERT_TRUE(AdrFolder::exportFolder(*db, dir).ok());
    EXPECT_EQ(tree(dir).keys(),
              (QStringList{u"0001-record-architecture-decisions.md"_s, u"README.md"_s}));

    const QString file = temp.dir() + u"/plain-file"_s;
    ASSERT_TRUE(write(file, "x"));
    const Status s = AdrFolder::exportFolder(*db, file);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::Io);
    EXPECT_EQ(s.error().message, file + u": is a file, not a folder"_s);
}

TEST_F(AdrFolderTest, TheFixtureRecordsImportWithTitlesStatusesAndLinks)
{
    auto report = AdrFolder::importFolder(*db, fixtureRecords(), true);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    EXPECT_EQ(report.value().skipped(), 0);
    EXPECT_EQ(report.value().imported(), count(*db));
    for (const AdrImportFile& f : report.value().files)
        EXPECT_FALSE(f.format.isEmpty()) << f.fileName.toStdString();

    QHash<QString, Adr> byFile;
    for (const Adr& a : all(*db))
        byFile.insert(a.sourcePath, a);
    const Adr postgres = byFile.value(u"0002-use-postgresql-for-orders.md"_s);
    const Adr cockroach = byFile.value(u"0003-use-cockroachdb-for-orders.md"_s);
    EXPECT_EQ(postgres.title, u"Use PostgreSQL for orders"_s);
    EXPECT_EQ(postgres.status, Adr::Status::Superseded);
    EXPECT_EQ(cockroach.title, u"Use CockroachDB for orders"_s);
    EXPECT_EQ(cockroach.status, Adr::Status::Accepted);
    ASSERT_NE(cockroach.id, 0);
    EXPECT_EQ(postgres.supersededBy, cockroach.id);
    const Adr queue = byFile.value(u"0008-queue-for-order-events.md"_s);
    EXPECT_EQ(queue.title, u"使用消息队列解耦订单服务"_s);
    EXPECT_EQ(queue.status, Adr::Status::Accepted);
    EXPECT_EQ(queue.number, std::optional<int>(8));

    auto found = AdrStore(*db).search(u"消息队列"_s);
    ASSERT_TRUE(found.ok());
    EXPECT_TRUE(found.value().contains(queue.id));
    auto twoCharacters = AdrStore(*db).search(u"订单"_s);
    ASSERT_TRUE(twoCharacters.ok());
    EXPECT_TRUE(twoCharacters.value().contains(queue.id));
}

TEST_F(AdrFolderTest, TheBadFixturesAreAllSkippedOrRefused)
{
    const QString bad = QStringLiteral(RUNGS_FIXTURES "/adr/bad");
    auto strict = AdrFolder::importFolder(*db, bad, true);
    ASSERT_FALSE(strict.ok());
    EXPECT_TRUE(strict.error().message.startsWith(bad + u"/empty.md: "_s))
        << strict.error().message.toStdString();
    EXPECT_EQ(count(*db), 0);

    auto lenient = AdrFolder::importFolder(*db, bad, false);
    ASSERT_TRUE(lenient.ok()) << lenient.error().message.toStdString();
    // README.md is the index and not read at all.
    EXPECT_EQ(fileNames(lenient.value()),
              (QStringList{u"empty.md"_s, u"latin1.md"_s, u"notes.md"_s}));
    EXPECT_EQ(lenient.value().imported(), 0);
    EXPECT_EQ(lenient.value().skipped(), 3);
    EXPECT_EQ(count(*db), 0);
}

TEST_F(AdrFolderTest, ImportExportImportExportIsByteIdentical)
{
    auto first = AdrFolder::importFolder(*db, fixtureRecords(), false);
    ASSERT_TRUE(first.ok()) << first.error().message.toStdString();
    ASSERT_GT(first.value().imported(), 10);
    const QString a = temp.dir() + u"/a"_s;
    ASSERT_TRUE(AdrFolder::exportFolder(*db, a).ok());

    auto fresh = temp.open(u"fresh.sqlite"_s);
    ASSERT_TRUE(fresh);
    auto second = AdrFolder::importFolder(*fresh, a, true);
    ASSERT_TRUE(second.ok()) << second.error().message.toStdString();
    EXPECT_EQ(second.value().imported(), first.value().imported());
    const QString b = temp.dir() + u"/b"_s;
    ASSERT_TRUE(AdrFolder::exportFolder(*fresh, b).ok());

    const QMap<QString, QByteArray> filesA = tree(a);
    const QMap<QString, QByteArray> filesB = tree(b);
    EXPECT_EQ(filesA.keys(), filesB.keys());
    EXPECT_EQ(filesA.size(), first.value().imported() + 1); // and README.md
    for (auto it = filesA.begin(); it != filesA.end(); ++it)
        EXPECT_EQ(it.value(), filesB.value(it.key())) << it.key().toStdString();

    // The supersede links survived both trips.
    auto linked = [this](Database& on) {
        int n = 0;
        for (const Adr& r : all(on))
            n += r.supersededBy != 0 ? 1 : 0;
        return n;
    };
    EXPECT_GT(linked(*db), 0);
    EXPECT_EQ(linked(*fresh), linked(*db));
}

TEST_F(AdrFolderTest, ARecordThatANewerFileSupersedesBecomesSupersededUnlessRejected)
{
    // What adr-tools leaves when `adr new -s` cannot edit the old file: the old one
    // still says accepted, only the new one knows.
    const QByteArray old = "# 1. Use Consul\n\nDate: 2025-01-01\n\n## Status\n\nAccepted\n";
    const QByteArray rejected = "# 2. Use ZooKeeper\n\nDate: 2025-01-02\n\n## Status\n\nRejected\n";
    const QByteArray newer = "# 3. Use etcd\n\nDate: 2025-02-01\n\n## Status\n\nAccepted\n\n"
                             "Supersedes [1. Use Consul](0001-use-consul.md)\n\n"
                             "Supersedes [2. Use ZooKeeper](0002-use-zookeeper.md)\n";
    auto report = AdrFolder::importFolder(
        *db,
        folder(u"adr-tools-left-it"_s, {{u"0001-use-consul.md"_s, old},
                                        {u"0002-use-zookeeper.md"_s, rejected},
                                        {u"0003-use-etcd.md"_s, newer}}),
        false);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const QList<Adr> adrs = all(*db);
    ASSERT_EQ(adrs.size(), 3);
    EXPECT_EQ(adrs[0].status, Adr::Status::Superseded);
    EXPECT_EQ(adrs[0].supersededBy, adrs[2].id);
    // Superseded on the day the newer record was made, not on its own date.
    EXPECT_EQ(historyRows(adrs[0]),
              (QStringList{u"2025-01-01 accepted"_s, u"2025-02-01 superseded"_s}));
    EXPECT_EQ(adrs[1].status, Adr::Status::Rejected);
    EXPECT_EQ(historyRows(adrs[1]), QStringList{u"2025-01-02 rejected"_s});
    EXPECT_EQ(adrs[2].status, Adr::Status::Accepted);
    EXPECT_TRUE(report.value().files[0].understood.contains(
        u"status: superseded, as 0003-use-etcd.md says"_s))
        << report.value().files[0].understood.join(u" | "_s).toStdString();
    EXPECT_FALSE(report.value().files[1].understood.join(u" "_s).contains(u"superseded"_s));
}

TEST_F(AdrFolderTest, AnUndatedRecordStaysUndatedAndGetsNoHistory)
{
    const QByteArray undated = "# 1. Use Consul\n\n## Status\n\nAccepted\n";
    auto report = AdrFolder::importFolder(
        *db, folder(u"undated"_s, {{u"0001-use-consul.md"_s, undated}}), false);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const QList<Adr> adrs = all(*db);
    ASSERT_EQ(adrs.size(), 1);
    EXPECT_FALSE(adrs[0].date.isValid());
    EXPECT_TRUE(adrs[0].history.isEmpty());

    const QString out = temp.dir() + u"/undated-out"_s;
    ASSERT_TRUE(AdrFolder::exportFolder(*db, out).ok());
    const QByteArray exported = read(out + u"/0001-use-consul.md"_s);
    EXPECT_FALSE(exported.contains("Status History")) << exported.data();
    EXPECT_FALSE(exported.contains("Date")) << exported.data();
}

TEST_F(AdrFolderTest, ASupersedeRowTakesWhicheverDayIsKnown)
{
    const QByteArray undatedOld = "# 1. Use files\n\n## Status\n\nAccepted\n";
    const QByteArray datedNewer = "# 2. Use Vault\n\nDate: 2025-03-01\n\n## Status\n\nAccepted\n\n"
                                  "Supersedes [1. Use files](0001-use-files.md)\n";
    const QByteArray datedOld = "# 3. Use env vars\n\nDate: 2024-06-01\n\n## Status\n\nAccepted\n";
    const QByteArray undatedNewer = "# 4. Use SOPS\n\n## Status\n\nAccepted\n\n"
                                    "Supersedes [3. Use env vars](0003-use-env-vars.md)\n";
    auto report = AdrFolder::importFolder(
        *db,
        folder(u"superseded-on-a-known-day"_s, {{u"0001-use-files.md"_s, undatedOld},
                                                {u"0002-use-vault.md"_s, datedNewer},
                                                {u"0003-use-env-vars.md"_s, datedOld},
                                                {u"0004-use-sops.md"_s, undatedNewer}}),
        false);
    ASSERT_TRUE(report.ok()) << report.error().message.toStdString();
    const QList<Adr> adrs = all(*db);
    ASSERT_EQ(adrs.size(), 4);
    EXPECT_EQ(adrs[0].status, Adr::Status::Superseded);
    EXPECT_EQ(historyRows(adrs[0]), QStringList{u"2025-03-01 superseded"_s});
    // Without the newer record's day, the old record's own date is all there is.
    EXPECT_EQ(adrs[2].status, Adr::Status::Superseded);
    EXPECT_EQ(historyRows(adrs[2]), QStringList{u"2024-06-01 superseded"_s});
    EXPECT_TRUE(historyRows(adrs[3]).isEmpty());
}
