// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs adr …` as scripts use it, and an exported folder as Debian's adr-tools sees it.
#include "CliRunner.h"

#include <QDir>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace {

const QByteArray Good = "# 1. Record architecture decisions\n\nDate: 2025-03-04\n\n"
                        "## Status\n\nAccepted\n\n## Context\n\nWe need to record decisions.\n";
const QByteArray Broken = "No heading here.\n";

} // namespace

class CliAdr : public Cli
{
protected:
    Outcome adr(QStringList arguments)
    {
        arguments.prepend(u"adr"_s);
        return run(arguments);
    }
    int adrCount() const
    {
        return TempDatabase::scalar(db(), u"SELECT count(*) FROM adr"_s).toInt();
    }
    QVariant sql(const QString& query) const { return TempDatabase::scalar(db(), query); }
    /** A folder in the test's temporary folder with these files. */
    QString folder(const QString& name, const QMap<QString, QByteArray>& files) const
    {
        const QString dir = m_temp.dir() + u'/' + name;
        EXPECT_TRUE(QDir().mkpath(dir));
        for (auto it = files.begin(); it != files.end(); ++it)
            EXPECT_TRUE(writeFile(dir + u'/' + it.key(), it.value()));
        return dir;
    }
};

TEST_F(CliAdr, NewPrintsNumberAndFileNameAndListShowsTheRecords)
{
    const QString today = iso(QDate::currentDate());
    Outcome r = adr({u"new"_s, u"Use"_s, u"etcd"_s, u"for"_s, u"config"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"1\t0001-use-etcd-for-config.md\n"_s);
    EXPECT_TRUE(r.err.isEmpty());

    r = adr({u"new"_s, u"Adopt OpenTelemetry"_s, u"--status"_s, u"Accepted"_s, u"--date"_s,
             u"2026-01-05"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"2\t0002-adopt-opentelemetry.md\n"_s);

    r = adr({u"list"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"1\tproposed\t%1\tUse etcd for config\n"
                     "2\taccepted\t2026-01-05\tAdopt OpenTelemetry\n"_s.arg(today));
    // The history starts on the record's date.
    EXPECT_EQ(sql(u"SELECT changed_on FROM adr_status_change WHERE adr_id = 2"_s).toString(),
              u"2026-01-05"_s);
}

TEST_F(CliAdr, ListAsJsonHasNumberTitleStatusDateAndId)
{
    ASSERT_EQ(adr({u"new"_s, u"Use etcd"_s, u"--date"_s, u"2026-02-03"_s}).exitCode, 0);
    // A file without a number or a date gives a record without them.
    const QString dir = folder(u"plain"_s, {{u"caching.md"_s, "# Caching\n\n## Status\n\n"
                                                              "Proposed\n"}});
    const Outcome imported = adr({u"import"_s, dir});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    const Outcome r = adr({u"list"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonArray a = jsonArray(r.out);
    ASSERT_EQ(a.size(), 2);
    const QJsonObject first = a[0].toObject();
    EXPECT_EQ(first.keys(),
              (QStringList{u"date"_s, u"id"_s, u"number"_s, u"status"_s, u"title"_s}));
    EXPECT_EQ(first[u"number"_s].toInt(-1), 1);
    EXPECT_EQ(first[u"title"_s].toString(), u"Use etcd"_s);
    EXPECT_EQ(first[u"status"_s].toString(), u"proposed"_s);
    EXPECT_EQ(first[u"date"_s].toString(), u"2026-02-03"_s);
    EXPECT_EQ(first[u"id"_s].toInt(-1), 1);
    const QJsonObject second = a[1].toObject();
    EXPECT_TRUE(second[u"number"_s].isNull());
    EXPECT_TRUE(second[u"date"_s].isNull());
    EXPECT_EQ(second[u"title"_s].toString(), u"Caching"_s);
    EXPECT_EQ(second[u"id"_s].toInt(-1), 2);

    const Outcome table = adr({u"list"_s});
    EXPECT_EQ(table.lines().value(1), u"\tproposed\t\tCaching"_s);
}

TEST_F(CliAdr, SearchFindsChineseWordsOfTwoAndMoreCharacters)
{
    ASSERT_EQ(adr({u"new"_s, u"引入分布式缓存"_s}).exitCode, 0);
    ASSERT_EQ(adr({u"new"_s, u"统一日志格式"_s}).exitCode, 0);
    ASSERT_EQ(adr({u"new"_s, u"Cache warm-up"_s}).exitCode, 0);

    for (const QString& word : {u"缓存"_s, u"分布式缓存"_s}) {
        const Outcome r = adr({u"list"_s, u"--search"_s, word});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
        ASSERT_EQ(r.lines().size(), 1) << word.toStdString() << r.out.toStdString();
        EXPECT_TRUE(r.lines()[0].startsWith(u"1\t"_s));
        EXPECT_TRUE(r.lines()[0].endsWith(u"\t引入分布式缓存"_s));
    }
    const Outcome json = adr({u"list"_s, u"--search"_s, u"日志"_s, u"--format"_s, u"json"_s});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonArray a = jsonArray(json.out);
    ASSERT_EQ(a.size(), 1);
    EXPECT_EQ(a[0][u"number"_s].toInt(), 2);

    const Outcome none = adr({u"list"_s, u"--search"_s, u"\"消息\" OR 队列"_s});
    EXPECT_EQ(none.exitCode, 0) << none.err.toStdString();
    EXPECT_TRUE(none.out.isEmpty());
}

TEST_F(CliAdr, ShowPrintsTheRecordAsMarkdown)
{
    ASSERT_EQ(adr({u"new"_s, u"Use etcd"_s, u"--status"_s, u"accepted"_s}).exitCode, 0);
    Outcome r = adr({u"show"_s, u"1"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains(u"Use etcd"_s)) << r.out.toStdString();
    EXPECT_TRUE(r.out.contains(u"accepted"_s, Qt::CaseInsensitive)) << r.out.toStdString();
    EXPECT_EQ(adr({u"show"_s, u"ADR-0001"_s}).out, r.out);
    EXPECT_EQ(adr({u"show"_s, u"id:1"_s}).out, r.out);

    r = adr({u"show"_s, u"7"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: N: there is no ADR number 7 (see 'rungs adr list')\n"_s);
    EXPECT_TRUE(r.out.isEmpty());
    r = adr({u"show"_s, u"id:9"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: N: there is no ADR with id 9\n"_s);
    r = adr({u"show"_s, u"seven"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: N: \"seven\" is not an ADR number (give N, ADR-N or id:N)\n"_s);
}

TEST_F(CliAdr, StatusFollowsTheLifecycleAndKeepsHistory)
{
    ASSERT_EQ(adr({u"new"_s, u"Use etcd"_s, u"--date"_s, u"2026-01-02"_s}).exitCode, 0);
    Outcome r = adr({u"status"_s, u"1"_s, u"accepted"_s, u"--date"_s, u"2026-01-09"_s, u"--note"_s,
                     u"approved in review"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"1\taccepted\t2026-01-02\tUse etcd\n"_s);
    EXPECT_EQ(sql(u"SELECT group_concat(status || '@' || changed_on || '@' || note, '|')"
                  " FROM (SELECT * FROM adr_status_change ORDER BY id)"_s)
                  .toString(),
              u"proposed@2026-01-02@|accepted@2026-01-09@approved in review"_s);

    r = adr({u"status"_s, u"1"_s, u"proposed"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: status: cannot go from accepted to proposed\n"_s);
    r = adr({u"status"_s, u"1"_s, u"done"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: status: unknown status 'done' (use proposed, accepted, rejected, "
                     "deprecated or superseded)\n"_s);
    r = adr({u"status"_s, u"1"_s, u"deprecated"_s, u"--date"_s, u"2026-13-01"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_TRUE(r.err.startsWith(u"rungs: --date: "_s)) << r.err.toStdString();
    EXPECT_EQ(sql(u"SELECT status FROM adr"_s).toString(), u"accepted"_s);
    EXPECT_EQ(sql(u"SELECT count(*) FROM adr_status_change"_s).toInt(), 2);
}

TEST_F(CliAdr, SupersedeUpdatesAndLinksBothRecords)
{
    ASSERT_EQ(
        adr({u"new"_s, u"Use Zipkin"_s, u"--status"_s, u"accepted"_s, u"--date"_s, u"2025-05-01"_s})
            .exitCode,
        0);
    ASSERT_EQ(adr({u"new"_s, u"Use OpenTelemetry"_s, u"--date"_s, u"2026-01-03"_s}).exitCode, 0);
    Outcome r = adr({u"supersede"_s, u"1"_s, u"2"_s, u"--date"_s, u"2026-01-04"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(r.out, u"1\tsuperseded\t2025-05-01\tUse Zipkin\n"
                     "2\tproposed\t2026-01-03\tUse OpenTelemetry\n"_s);
    EXPECT_EQ(sql(u"SELECT superseded_by FROM adr WHERE id = 1"_s).toInt(), 2);
    EXPECT_EQ(
        sql(u"SELECT note FROM adr_status_change WHERE adr_id = 1 ORDER BY id DESC"_s).toString(),
        u"superseded by 2"_s);
    EXPECT_EQ(
        sql(u"SELECT note FROM adr_status_change WHERE adr_id = 2 ORDER BY id DESC"_s).toString(),
        u"supersedes 1"_s);

    r = adr({u"supersede"_s, u"1"_s, u"2"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: supersede: ADR 1 is already superseded\n"_s);
    r = adr({u"supersede"_s, u"2"_s, u"2"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: supersede: an ADR cannot supersede itself\n"_s);
    r = adr({u"supersede"_s, u"2"_s, u"5"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: NEW: there is no ADR number 5 (see 'rungs adr list')\n"_s);
    EXPECT_EQ(sql(u"SELECT count(*) FROM adr_status_change"_s).toInt(), 4);
}

TEST_F(CliAdr, BadInputWritesNothing)
{
    Outcome r = adr({u"new"_s, u"   "_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: title: missing\n"_s);
    r = adr({u"new"_s, u"Use etcd"_s, u"--status"_s, u"maybe"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: --status: unknown status 'maybe' (use proposed, accepted, "
                     "rejected, deprecated or superseded)\n"_s);
    r = adr({u"new"_s, u"Use etcd"_s, u"--date"_s, u"2999-01-01"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: --date: 2999-01-01 is in the future\n"_s);
    r = adr({u"new"_s, QString(501, u'x')});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: title: 501 characters is longer than the 500 allowed\n"_s);
    // Refused before the database is even opened.
    EXPECT_FALSE(QFile::exists(db()));
}

TEST_F(CliAdr, UsageErrorsExitWithTwo)
{
    const QList<QStringList> cases = {
        {},
        {u"frobnicate"_s},
        {u"new"_s},
        {u"show"_s},
        {u"show"_s, u"1"_s, u"2"_s},
        {u"status"_s, u"1"_s},
        {u"supersede"_s, u"1"_s},
        {u"import"_s},
        {u"list"_s, u"--strict"_s},
        {u"new"_s, u"x"_s, u"--search"_s, u"y"_s},
        {u"status"_s, u"1"_s, u"accepted"_s, u"--status"_s, u"accepted"_s},
        {u"list"_s, u"--format"_s, u"csv"_s},
    };
    for (const QStringList& args : cases) {
        const Outcome r = adr(args);
        EXPECT_EQ(r.exitCode, 2) << args.join(u' ').toStdString();
        EXPECT_EQ(r.lines().size(), 0) << args.join(u' ').toStdString();
        EXPECT_TRUE(r.err.startsWith(u"rungs: adr"_s) || r.err.startsWith(u"rungs: --format"_s))
            << r.err.toStdString();
        EXPECT_TRUE(r.err.endsWith(u"(see 'rungs adr --help')\n"_s)) << r.err.toStdString();
    }
    EXPECT_EQ(adr({u"list"_s, u"--strict"_s}).err,
              u"rungs: adr list: --strict does not go with list (see 'rungs adr --help')\n"_s);
}

TEST_F(CliAdr, ImportReportsEveryFileAndStrictRefusalWritesNothing)
{
    const QString dir =
        folder(u"mixed"_s, {{u"0001-record.md"_s, Good}, {u"0002-broken.md"_s, Broken}});
    Outcome r = adr({u"import"_s, dir, u"--strict"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: %1/0002-broken.md: no title heading ('# Title'); not a decision "
                     "record\n"_s.arg(dir));
    EXPECT_TRUE(r.out.isEmpty());
    EXPECT_EQ(adrCount(), 0);

    r = adr({u"import"_s, dir});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.lines();
    ASSERT_EQ(lines.size(), 3) << r.out.toStdString();
    EXPECT_TRUE(lines[0].startsWith(u"0001-record.md: nygard; understood: title"_s))
        << lines[0].toStdString();
    EXPECT_EQ(lines[1],
              u"0002-broken.md: skipped: no title heading ('# Title'); not a decision record"_s);
    EXPECT_EQ(lines[2], u"%1: imported 1 record, skipped 1"_s.arg(dir));
    EXPECT_EQ(adrCount(), 1);
    EXPECT_EQ(adr({u"list"_s}).out, u"1\taccepted\t2025-03-04\tRecord architecture decisions\n"_s);

    r = adr({u"import"_s, m_temp.dir() + u"/missing"_s});
    EXPECT_EQ(r.exitCode, 3);
    EXPECT_EQ(r.err, u"rungs: %1/missing: no such folder\n"_s.arg(m_temp.dir()));
}

TEST_F(CliAdr, ImportsAnAdrToolsFolderFileForFileWithTitlesStatusesAndLinks)
{
    const QString nygard = QStringLiteral(RUNGS_FIXTURES "/adr/nygard");
    const Outcome r = adr({u"import"_s, nygard});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.lines();
    ASSERT_EQ(lines.size(), 5) << r.out.toStdString();
    const QStringList files = {
        u"0002-use-postgresql-for-orders.md"_s, u"0003-use-cockroachdb-for-orders.md"_s,
        u"0005-cache-sessions-in-redis.md"_s, u"0006-keep-sessions-in-signed-cookies.md"_s};
    for (qsizetype i = 0; i < files.size(); ++i)
        EXPECT_TRUE(lines[i].startsWith(files[i] + u": nygard; understood: title"_s))
            << lines[i].toStdString();
    EXPECT_EQ(lines[4], u"%1: imported 4 records, skipped 0"_s.arg(nygard));

    // Dates written 12/01/2019 and 03.02.2020 in the files; "Superceded" spelled both ways.
    EXPECT_EQ(adr({u"list"_s}).out, u"2\tsuperseded\t2024-03-05\tUse PostgreSQL for orders\n"
                                    "3\taccepted\t2024-09-18\tUse CockroachDB for orders\n"
                                    "5\tsuperseded\t2019-01-12\tCache sessions in Redis\n"
                                    "6\taccepted\t2020-02-03\tKeep sessions in signed cookies\n"_s);
    EXPECT_EQ(sql(u"SELECT group_concat(pair, ' ') FROM (SELECT o.number || '>' || n.number"
                  " AS pair FROM adr o JOIN adr n ON n.id = o.superseded_by ORDER BY o.number)"_s)
                  .toString(),
              u"2>3 5>6"_s);
}

TEST_F(CliAdr, AFolderThatAdrToolsWroteImportsWithTitlesStatusesAndLinks)
{
    const QString adrTools = QStandardPaths::findExecutable(u"adr"_s);
    if (adrTools.isEmpty())
        GTEST_SKIP() << "adr-tools is not installed";
    // The records a team gets from adr-tools itself: init, a decision, a second one
    // that supersedes it (adr-tools rewrites the first file's status), an amendment.
    auto adrToolsRun = [&](const QString& date, const QStringList& arguments) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"ADR_DATE"_s, date);
        env.insert(u"EDITOR"_s, u"true"_s);
        env.remove(u"VISUAL"_s);
        p.setProcessEnvironment(env);
        p.setWorkingDirectory(m_temp.dir());
        p.start(adrTools, arguments);
        EXPECT_TRUE(p.waitForFinished(30000));
        EXPECT_EQ(p.exitCode(), 0) << p.readAllStandardError().toStdString();
    };
    adrToolsRun(u"2024-01-02"_s, {u"init"_s, u"doc/adr"_s});
    adrToolsRun(u"2024-03-01"_s, {u"new"_s, u"Use etcd for the config center"_s});
    adrToolsRun(u"2024-09-15"_s,
                {u"new"_s, u"-s"_s, u"2"_s, u"Use Consul for the config center"_s});
    adrToolsRun(u"2025-01-10"_s,
                {u"new"_s, u"-l"_s, u"3:Amends:Amended by"_s, u"Tune Consul anti-entropy"_s});

    const QString dir = m_temp.dir() + u"/doc/adr"_s;
    const Outcome imported = adr({u"import"_s, dir, u"--strict"_s});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    EXPECT_TRUE(imported.out.endsWith(u"%1: imported 4 records, skipped 0\n"_s.arg(dir)))
        << imported.out.toStdString();
    EXPECT_EQ(adr({u"list"_s}).out, u"1\taccepted\t2024-01-02\tRecord architecture decisions\n"
                                    "2\tsuperseded\t2024-03-01\tUse etcd for the config center\n"
                                    "3\taccepted\t2024-09-15\tUse Consul for the config center\n"
                                    "4\taccepted\t2025-01-10\tTune Consul anti-entropy\n"_s);
    EXPECT_EQ(sql(u"SELECT o.number || '>' || n.number FROM adr o"
                  " JOIN adr n ON n.id = o.superseded_by"_s)
                  .toString(),
              u"2>3"_s);
    // The amendment link adr-tools wrote is kept in the record, not dropped.
    const Outcome shown = adr({u"show"_s, u"3"_s});
    EXPECT_TRUE(shown.out.contains(
        u"Amended by [4. Tune Consul anti-entropy](0004-tune-consul-anti-entropy.md)"_s))
        << shown.out.toStdString();
}

TEST_F(CliAdr, AdrToolsListsTheExportedFolder)
{
    const QString adrTools = QStandardPaths::findExecutable(u"adr"_s);
    if (adrTools.isEmpty())
        GTEST_SKIP() << "adr-tools is not installed";
    ASSERT_EQ(
        adr({u"new"_s, u"Record architecture decisions"_s, u"--status"_s, u"accepted"_s}).exitCode,
        0);
    ASSERT_EQ(adr({u"new"_s, u"Use etcd for the config center"_s}).exitCode, 0);
    ASSERT_EQ(adr({u"new"_s, u"Adopt OpenTelemetry"_s}).exitCode, 0);
    ASSERT_EQ(adr({u"status"_s, u"2"_s, u"accepted"_s}).exitCode, 0);
    ASSERT_EQ(adr({u"supersede"_s, u"2"_s, u"3"_s}).exitCode, 0);

    const QString dir = m_temp.dir() + u"/doc/decisions"_s;
    const Outcome exported = adr({u"export"_s, dir});
    ASSERT_EQ(exported.exitCode, 0) << exported.err.toStdString();
    EXPECT_EQ(exported.out, u"%1: exported 3 records and README.md\n"_s.arg(dir));
    // adr-tools finds its folder through .adr-dir in the working directory.
    ASSERT_TRUE(writeFile(m_temp.dir() + u"/.adr-dir"_s, "doc/decisions\n"));

    QProcess list;
    list.setWorkingDirectory(m_temp.dir());
    list.start(adrTools, {u"list"_s});
    ASSERT_TRUE(list.waitForFinished(30000));
    ASSERT_EQ(list.exitCode(), 0) << list.readAllStandardError().toStdString();
    EXPECT_EQ(QString::fromUtf8(list.readAllStandardOutput()),
              u"doc/decisions/0001-record-architecture-decisions.md\n"
              "doc/decisions/0002-use-etcd-for-the-config-center.md\n"
              "doc/decisions/0003-adopt-opentelemetry.md\n"_s);

    QProcess toc;
    toc.setWorkingDirectory(m_temp.dir());
    toc.start(adrTools, {u"generate"_s, u"toc"_s});
    ASSERT_TRUE(toc.waitForFinished(30000));
    ASSERT_EQ(toc.exitCode(), 0) << toc.readAllStandardError().toStdString();
    const QByteArray printed = toc.readAllStandardOutput();
    EXPECT_EQ(printed, readFile(dir + u"/README.md"_s));
    EXPECT_TRUE(printed.contains("Record architecture decisions](0001-record-architecture-"
                                 "decisions.md)"))
        << printed.toStdString();
    EXPECT_TRUE(printed.contains("Use etcd for the config center](0002-use-etcd-for-the-config-"
                                 "center.md)"))
        << printed.toStdString();
    EXPECT_TRUE(printed.contains("Adopt OpenTelemetry](0003-adopt-opentelemetry.md)"))
        << printed.toStdString();
}
