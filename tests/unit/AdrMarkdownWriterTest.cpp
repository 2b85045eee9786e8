// SPDX-License-Identifier: GPL-3.0-or-later
// AdrMarkdownWriter: its exact output, round trips through the reader, supersede links,
// file names, the index, and Debian's adr-tools reading an exported folder.
#include "AdrMarkdownWriter.h"

#include "AdrMarkdownTestSupport.h"

#include <QDir>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace AdrMarkdownTestSupport;

namespace {

// Everything a file carries; id, supersededBy, provenance and timestamps do not travel.
void expectSameContent(const Adr& a, const Adr& b, const std::string& where)
{
    SCOPED_TRACE(where);
    EXPECT_EQ(a.number, b.number);
    EXPECT_EQ(a.title, b.title);
    EXPECT_EQ(statusOf(a), statusOf(b));
    EXPECT_EQ(iso(a.date), iso(b.date));
    EXPECT_EQ(a.decisionMakers, b.decisionMakers);
    EXPECT_EQ(a.consulted, b.consulted);
    EXPECT_EQ(a.informed, b.informed);
    EXPECT_EQ(a.context, b.context);
    EXPECT_EQ(a.decisionDrivers, b.decisionDrivers);
    EXPECT_EQ(a.decisionOutcome, b.decisionOutcome);
    EXPECT_EQ(a.consequences, b.consequences);
    EXPECT_EQ(a.confirmation, b.confirmation);
    EXPECT_EQ(a.moreInformation, b.moreInformation);
    EXPECT_EQ(a.tags, b.tags);
    ASSERT_EQ(a.options.size(), b.options.size());
    for (qsizetype i = 0; i < a.options.size(); ++i) {
        EXPECT_EQ(a.options[i].name, b.options[i].name);
        EXPECT_EQ(a.options[i].description, b.options[i].description);
        EXPECT_EQ(a.options[i].pros, b.options[i].pros);
        EXPECT_EQ(a.options[i].cons, b.options[i].cons);
        EXPECT_EQ(a.options[i].chosen, b.options[i].chosen);
    }
    ASSERT_EQ(a.results.size(), b.results.size());
    for (qsizetype i = 0; i < a.results.size(); ++i) {
        EXPECT_EQ(a.results[i].metric, b.results[i].metric);
        EXPECT_EQ(a.results[i].before, b.results[i].before);
        EXPECT_EQ(a.results[i].after, b.results[i].after);
        EXPECT_EQ(a.results[i].unit, b.results[i].unit);
        EXPECT_EQ(a.results[i].note, b.results[i].note);
    }
    ASSERT_EQ(a.raw.size(), b.raw.size());
    for (qsizetype i = 0; i < a.raw.size(); ++i) {
        EXPECT_EQ(a.raw[i].kind, b.raw[i].kind);
        EXPECT_EQ(a.raw[i].name, b.raw[i].name);
        EXPECT_EQ(a.raw[i].body, b.raw[i].body);
    }
    ASSERT_EQ(a.history.size(), b.history.size());
    for (qsizetype i = 0; i < a.history.size(); ++i) {
        EXPECT_EQ(a.history[i].status, b.history[i].status);
        EXPECT_EQ(iso(a.history[i].changedOn), iso(b.history[i].changedOn));
        EXPECT_EQ(a.history[i].note, b.history[i].note);
    }
    ASSERT_EQ(a.links.size(), b.links.size());
    for (qsizetype i = 0; i < a.links.size(); ++i) {
        EXPECT_EQ(a.links[i].frameworkKey, b.links[i].frameworkKey);
        EXPECT_EQ(a.links[i].kind, b.links[i].kind);
        EXPECT_EQ(a.links[i].targetKey, b.links[i].targetKey);
    }
}

const QStringList AllFixtures = {
    u"nygard/0002-use-postgresql-for-orders.md"_s,
    u"nygard/0003-use-cockroachdb-for-orders.md"_s,
    u"nygard/0005-cache-sessions-in-redis.md"_s,
    u"nygard/0006-keep-sessions-in-signed-cookies.md"_s,
    u"madr2/0004-choose-a-message-broker.md"_s,
    u"madr3/0003-write-logs-as-json-lines.md"_s,
    u"madr4/0012-split-the-checkout-service.md"_s,
    u"log4brains/20210301-use-gitflow.md"_s,
    u"log4brains/20230412-adopt-trunk-based-development.md"_s,
    u"chinese/0008-queue-for-order-events.md"_s,
    u"variants/adr-007-status-table.md"_s,
    u"variants/ADR-9.md"_s,
    u"variants/0011-serve-images-through-the-cdn.md"_s,
    u"variants/0014-resize-images-on-upload.md"_s,
    u"variants/0015-partner-events.md"_s,
    u"shapes/0030-choose-a-queue-for-background-jobs.md"_s,
    u"shapes/0031-retire-the-ftp-upload.md"_s,
};

// A record with every field the writer writes.
Adr sampleAdr()
{
    Adr a;
    a.id = 7;
    a.number = 7;
    a.title = u"Use PostgreSQL for orders"_s;
    a.status = Adr::Status::Accepted;
    a.date = QDate(2024, 3, 5);
    a.decisionMakers = u"Ana Lima, Bo Chen"_s;
    a.consulted = u"DBA team"_s;
    a.tags = u"storage, orders"_s;
    a.context = u"Orders need transactions.\n\nThe billing job reads them nightly."_s;
    a.decisionDrivers = u"* transactions\n* cost"_s;
    a.options = {
        {u"PostgreSQL"_s, u"A relational database we already run."_s,
         u"we already run it\nstrong transactions"_s, u"one more cluster to patch"_s, true},
        {u"MongoDB"_s, {}, {}, u"no multi-document transactions in our version"_s, false},
    };
    a.decisionOutcome = u"Chosen option: \"PostgreSQL\", because we already run it."_s;
    a.consequences = u"* Good, because one backup routine\n* Bad, because vertical scaling only"_s;
    a.confirmation = u"A load test before each release."_s;
    a.moreInformation = u"See the capacity plan."_s;
    a.results = {
        {u"P99 latency"_s, 320, 47, u"ms"_s, u"checkout | orders"_s},
        {u"Cost"_s, 1200.5, std::nullopt, u"EUR/month"_s, u"line one\nline two"_s},
    };
    a.history = {
        {u"proposed"_s, QDate(2024, 2, 1), u"draft shared"_s},
        {u"accepted"_s, QDate(2024, 3, 5), {}},
    };
    a.links = {
        {u"go-backend"_s, Adr::Link::Kind::Dimension, u"system-design"_s},
        {u"go-backend"_s, Adr::Link::Kind::Checkpoint, u"p7-design-review"_s},
    };
    a.raw = {
        {Kind::FrontMatter, u"review-by"_s, u"2025-03-01"_s},
        {Kind::FrontMatter, u"labels"_s, u"\n  - storage\n  - orders"_s},
        {Kind::Section, {}, u"Written after the March outage."_s},
        {Kind::Section, u"Rollout Plan"_s, u"1. Shadow writes\n2. Switch reads"_s},
    };
    return a;
}

// What sampleAdr() must look like on disk, written out by hand.
const QByteArray SampleMarkdown = R"(# 7. Use PostgreSQL for orders

* Status: accepted
* Date: 2024-03-05
* Decision-makers: Ana Lima, Bo Chen
* Consulted: DBA team
* Tags: storage, orders
* review-by: 2025-03-01
* labels:
    - storage
    - orders

Written after the March outage.

## Context and Problem Statement

Orders need transactions.

The billing job reads them nightly.

## Decision Drivers

* transactions
* cost

## Considered Options

* PostgreSQL (chosen)
* MongoDB

## Decision Outcome

Chosen option: "PostgreSQL", because we already run it.

### Consequences

* Good, because one backup routine
* Bad, because vertical scaling only

### Confirmation

A load test before each release.

## Pros and Cons of the Options

### PostgreSQL

A relational database we already run.

* Good, because we already run it
* Good, because strong transactions
* Bad, because one more cluster to patch

### MongoDB

* Bad, because no multi-document transactions in our version

## More Information

See the capacity plan.

## Results

| Metric | Before | After | Unit | Note |
|---|---|---|---|---|
| P99 latency | 320 | 47 | ms | checkout \| orders |
| Cost | 1200.5 |  | EUR/month | line one<br>line two |

## Status History

| Date | Status | Note |
|---|---|---|
| 2024-02-01 | proposed | draft shared |
| 2024-03-05 | accepted |  |

## Framework Links

| Framework | Kind | Key |
|---|---|---|
| go-backend | dimension | system-design |
| go-backend | checkpoint | p7-design-review |

## Rollout Plan

1. Shadow writes
2. Switch reads
)";

} // namespace

TEST(AdrMarkdownWriter, WritesMadr4SectionsUnderAnAdrToolsHeading)
{
    const QByteArray written = AdrMarkdownWriter::write(sampleAdr(), {});
    EXPECT_EQ(QString::fromUtf8(written), QString::fromUtf8(SampleMarkdown));
}

TEST(AdrMarkdownWriter, ReadsBackToTheSameRecord)
{
    const Adr original = sampleAdr();
    const QByteArray written = AdrMarkdownWriter::write(original, {});
    auto read = AdrMarkdownReader::read(AdrMarkdownWriter::fileName(original), written);
    ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
    expectSameContent(read.value().adr, original, "sample");
    EXPECT_EQ(read.value().format, u"madr4"_s);
    EXPECT_TRUE(read.value().warnings.isEmpty())
        << read.value().warnings.join(u"; "_s).toStdString();
    EXPECT_EQ(AdrMarkdownWriter::write(read.value().adr, {}), written);
}

TEST(AdrMarkdownWriter, EveryFixtureSurvivesImportExportImportExport)
{
    for (const QString& path : AllFixtures) {
        const AdrParse first = parse(path);
        const QByteArray exported = AdrMarkdownWriter::write(first.adr, {});
        auto second = AdrMarkdownReader::read(AdrMarkdownWriter::fileName(first.adr), exported);
        ASSERT_TRUE(second.ok()) << path.toStdString();
        expectSameContent(second.value().adr, first.adr, path.toStdString());
        EXPECT_EQ(AdrMarkdownWriter::write(second.value().adr, {}), exported) << path.toStdString();
        // The export spells out what the first file left open (a missing status is
        // written as "proposed"), so the second reading warns about less, never more.
        for (const QString& w : second.value().warnings)
            EXPECT_TRUE(first.warnings.contains(w))
                << path.toStdString() << ": " << w.toStdString();
    }
}

TEST(AdrMarkdownWriter, OddShapesAlsoSurviveTheRoundTrip)
{
    const QStringList texts = {
        u"---\nstatus: accepted\njira.ticket: OPS-1\nnav_order: 3\n2fa: \"on\"\n"
        "Reviewed by the board: yes\nowners: {team: core, lead: Ana}\nnotes: |\n  line one\n\n"
        "  line three\n---\n# Odd keys\n"_s,
        u"# S\n\n* Status: on hold\n* Date: next week\n"_s,
        u"---\nstatus: [accepted\n---\n# Broken YAML\n"_s,
        u"<!-- top -->\n# 3. T\n\nIntro: text.\n\n## Results\n\nMeasured twice.\n\n| Metric | "
        "Speed |\n|---|---|\n| a | fast |\n"_s,
    };
    for (const QString& text : texts) {
        SCOPED_TRACE(text.toStdString());
        const AdrParse first = parseText(u"0003-t.md"_s, text);
        const QByteArray exported = AdrMarkdownWriter::write(first.adr, {});
        const AdrParse second =
            parseText(AdrMarkdownWriter::fileName(first.adr), QString::fromUtf8(exported));
        expectSameContent(second.adr, first.adr, "second reading");
        EXPECT_EQ(AdrMarkdownWriter::write(second.adr, {}), exported);
    }
    // The YAML block keeps its blank line, and the flow map its text.
    const AdrParse odd = parseText(u"0003-t.md"_s, texts[0]);
    EXPECT_EQ(raw(odd.adr, Kind::FrontMatter, u"notes"_s), u"|\n  line one\n\n  line three"_s);
    EXPECT_EQ(raw(odd.adr, Kind::FrontMatter, u"owners"_s), u"{team: core, lead: Ana}"_s);
    EXPECT_EQ(raw(odd.adr, Kind::FrontMatter, u"2fa"_s), u"\"on\""_s);
    EXPECT_EQ(odd.keptRaw, (QStringList{u"jira.ticket"_s, u"nav_order"_s, u"2fa"_s,
                                        u"Reviewed by the board"_s, u"owners"_s, u"notes"_s}));
}

// Found by the ADR fuzzer: Markdown drops a heading's trailing " #" as closing markup.
TEST(AdrMarkdownWriter, ATitleEndingInAHashKeepsItsHash)
{
    for (const QString& title : {u"Use C #"_s, u"#"_s, u"Adopt F#"_s}) {
        Adr adr = sampleAdr();
        adr.title = title;
        const QByteArray written = AdrMarkdownWriter::write(adr, {});
        auto read = AdrMarkdownReader::read(AdrMarkdownWriter::fileName(adr), written);
        ASSERT_TRUE(read.ok()) << read.error().message.toStdString();
        EXPECT_EQ(read.value().adr.title, title) << written.toStdString();
        EXPECT_EQ(read.value().adr.number, adr.number);
    }
}

TEST(AdrMarkdownWriter, KeptSectionsGoBackWhereTheyWereReadWithoutADuplicateHeading)
{
    const AdrParse first =
        parseText(u"0005-k.md"_s, u"# 5. K\n\n* Status: accepted\n\n"
                                  "## Status\n\nAmended by [6. L](0006-l.md)\n\n"
                                  "## Context\n\nC.\n\n## Risks\n\nR.\n\n"
                                  "## Considered Options\n\nWe looked at two.\n\n"
                                  "* A\n* B\n\n"
                                  "## Pros and Cons of the Options\n\nIn short.\n\n"
                                  "### A\n\n* Good, because a\n\n"
                                  "## Results\n\nOn staging.\n\n"
                                  "| Metric | Before | After |\n|---|---|---|\n"
                                  "| p99 | 300 | 40 |\n"_s);
    EXPECT_TRUE(first.warnings.isEmpty()) << first.warnings.join(u"; "_s).toStdString();
    ASSERT_EQ(first.adr.raw.size(), 5);

    const QByteArray exported = AdrMarkdownWriter::write(first.adr, {});
    const QString text = QString::fromUtf8(exported);
    for (const QString& heading :
         {u"\n## Status\n"_s, u"\n## Considered Options\n"_s,
          u"\n## Pros and Cons of the Options\n"_s, u"\n## Results\n"_s, u"\n## Risks\n"_s})
        EXPECT_EQ(text.count(heading), 1) << heading.toStdString() << "\n" << exported.data();
    EXPECT_TRUE(text.contains(u"## Status\n\nAmended by [6. L](0006-l.md)\n\n"
                              "## Context and Problem Statement\n"_s));
    EXPECT_TRUE(text.contains(u"## Considered Options\n\nWe looked at two.\n\n* A\n"_s));
    EXPECT_TRUE(text.contains(u"## Pros and Cons of the Options\n\nIn short.\n\n### A\n"_s));
    EXPECT_TRUE(text.contains(u"| p99 | 300 | 40 |  |  |\n\nOn staging.\n"_s));
    // The model keeps no place for a section it has no field for: it comes last.
    EXPECT_TRUE(text.endsWith(u"## Risks\n\nR.\n"_s));

    const AdrParse second = parseText(u"0005-k.md"_s, text);
    EXPECT_TRUE(second.warnings.isEmpty()) << second.warnings.join(u"; "_s).toStdString();
    auto parts = [](const Adr& a) {
        QStringList list;
        for (const Adr::RawPart& part : a.raw)
            list << part.name + u": "_s + part.body;
        list.sort();
        return list;
    };
    EXPECT_EQ(parts(second.adr), parts(first.adr));
    EXPECT_EQ(AdrMarkdownWriter::write(second.adr, {}), exported);
}

TEST(AdrMarkdownWriter, OptionsOfTheSameNameKeepTheirOwnArguments)
{
    Adr a;
    a.number = 6;
    a.title = u"Same names"_s;
    a.options = {{u"Same"_s, {}, {}, {}, false},
                 {u"Same"_s, {}, u"first"_s, {}, false},
                 {u"same."_s, {}, {}, u"second"_s, false}};
    const QByteArray exported = AdrMarkdownWriter::write(a, {});
    // The first has no arguments, but its heading keeps the next from taking its place.
    EXPECT_TRUE(exported.contains("### Same\n\n### Same\n\n* Good, because first\n\n"
                                  "### same.\n\n* Bad, because second\n"))
        << exported.data();
    auto read = AdrMarkdownReader::read(AdrMarkdownWriter::fileName(a), exported);
    ASSERT_TRUE(read.ok());
    expectSameContent(read.value().adr, a, "same names");
    EXPECT_EQ(AdrMarkdownWriter::write(read.value().adr, {}), exported);
}

TEST(AdrMarkdownWriter, SupersedeLinksBothWaysThroughTheRecordsGiven)
{
    Adr old;
    old.id = 40;
    old.number = 2;
    old.title = u"Use PostgreSQL for orders"_s;
    old.status = Adr::Status::Superseded;
    old.supersededBy = 41;
    Adr next;
    next.id = 41;
    next.number = 5;
    next.title = u"Use CockroachDB for orders"_s;
    next.status = Adr::Status::Accepted;
    const QList<Adr> all{old, next};

    EXPECT_EQ(AdrMarkdownWriter::write(old, all),
              "# 2. Use PostgreSQL for orders\n\n"
              "* Status: superseded by [ADR-0005](0005-use-cockroachdb-for-orders.md)\n");
    EXPECT_EQ(AdrMarkdownWriter::write(next, all),
              "# 5. Use CockroachDB for orders\n\n"
              "* Status: accepted\n"
              "* Supersedes: [ADR-0002](0002-use-postgresql-for-orders.md)\n");

    auto back = AdrMarkdownReader::read(u"0002-use-postgresql-for-orders.md"_s,
                                        AdrMarkdownWriter::write(old, all));
    ASSERT_TRUE(back.ok());
    EXPECT_EQ(statusOf(back.value().adr), u"superseded"_s);
    EXPECT_EQ(back.value().supersededByRef, u"0005-use-cockroachdb-for-orders.md"_s);
    auto forth = AdrMarkdownReader::read(u"0005-use-cockroachdb-for-orders.md"_s,
                                         AdrMarkdownWriter::write(next, all));
    ASSERT_TRUE(forth.ok());
    EXPECT_EQ(forth.value().supersedesRefs, QStringList{u"0002-use-postgresql-for-orders.md"_s});
}

TEST(AdrMarkdownWriter, HeadingsInsideTextCannotEndTheirSection)
{
    Adr a;
    a.number = 1;
    a.title = u"T"_s;
    a.status = Adr::Status::Accepted;
    a.context = u"Intro\n\n## Detail\n\nMore\n\n```\n## not a heading\n```"_s;
    const QByteArray first = AdrMarkdownWriter::write(a, {});
    EXPECT_TRUE(first.contains("\n### Detail\n"));
    EXPECT_TRUE(first.contains("\n## not a heading\n"));
    auto read = AdrMarkdownReader::read(u"0001-t.md"_s, first);
    ASSERT_TRUE(read.ok());
    EXPECT_EQ(read.value().adr.context,
              u"Intro\n\n### Detail\n\nMore\n\n```\n## not a heading\n```"_s);
    EXPECT_TRUE(read.value().adr.raw.isEmpty());
    EXPECT_EQ(AdrMarkdownWriter::write(read.value().adr, {}), first);
}

TEST(AdrMarkdownWriter, FileNames)
{
    Adr a;
    a.number = 7;
    a.title = u"Use Postgres for Orders!"_s;
    EXPECT_EQ(AdrMarkdownWriter::fileName(a), u"0007-use-postgres-for-orders.md"_s);
    a.title = u"Café au lait: naïve caching"_s;
    EXPECT_EQ(AdrMarkdownWriter::fileName(a), u"0007-cafe-au-lait-naive-caching.md"_s);
    a.title = u"使用 PostgreSQL 存储订单"_s;
    EXPECT_EQ(AdrMarkdownWriter::fileName(a), u"0007-postgresql.md"_s);
    a.title = u"使用消息队列解耦订单服务"_s;
    EXPECT_EQ(AdrMarkdownWriter::fileName(a), u"0007-adr.md"_s);
    a.number = 12345;
    a.title = u"Big"_s;
    EXPECT_EQ(AdrMarkdownWriter::fileName(a), u"12345-big.md"_s);
    a.number = std::nullopt;
    EXPECT_EQ(AdrMarkdownWriter::fileName(a), u"big.md"_s);
    a.number = 1;
    a.title = u"one two three four five six seven eight nine ten eleven twelve thirteen"_s;
    // 60 characters at most, cut where a word ends.
    EXPECT_EQ(AdrMarkdownWriter::fileName(a),
              u"0001-one-two-three-four-five-six-seven-eight-nine-ten-eleven.md"_s);
}

TEST(AdrMarkdownWriter, IndexInTheShapeOfAdrGenerateToc)
{
    Adr b;
    b.number = 2;
    b.title = u"Use CockroachDB"_s;
    Adr a;
    a.number = 1;
    a.title = u"Record decisions"_s;
    Adr c;
    c.number = 10;
    c.title = u"使用消息队列"_s;
    EXPECT_EQ(AdrMarkdownWriter::index({c, b, a}),
              QString(u"# Architecture Decision Records\n\n"
                      "* [1. Record decisions](0001-record-decisions.md)\n"
                      "* [2. Use CockroachDB](0002-use-cockroachdb.md)\n"
                      "* [10. 使用消息队列](0010-adr.md)\n"_s)
                  .toUtf8());
}

// Debian's adr-tools reads an exported folder: `adr list` finds every record and
// `adr generate toc` prints the same index as AdrMarkdownWriter::index().
TEST(AdrMarkdownWriter, AdrToolsListsAnExportedFolder)
{
    const QString adr = QStandardPaths::findExecutable(u"adr"_s);
    if (adr.isEmpty())
        GTEST_SKIP() << "adr-tools is not installed";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    // adr-tools looks in doc/adr unless a .adr-dir file names another folder.
    const QString folder = dir.filePath(u"doc/adr"_s);
    ASSERT_TRUE(QDir().mkpath(folder));

    QList<Adr> adrs;
    int next = 100;
    for (const QString& path : AllFixtures) {
        Adr a = parse(path).adr;
        if (!a.number)
            a.number = next++; // numbering records is the caller's job
        adrs << a;
    }
    // Duplicate numbers are allowed; adr-tools lists both files.
    QStringList expectedList;
    for (const Adr& a : adrs) {
        QFile file(folder + u'/' + AdrMarkdownWriter::fileName(a));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(AdrMarkdownWriter::write(a, adrs));
        expectedList << u"doc/adr/"_s + AdrMarkdownWriter::fileName(a);
    }
    QFile readme(folder + u"/README.md"_s);
    ASSERT_TRUE(readme.open(QIODevice::WriteOnly));
    readme.write(AdrMarkdownWriter::index(adrs));
    readme.close();
    std::sort(expectedList.begin(), expectedList.end());

    auto run = [&](const QStringList& arguments) {
        QProcess process;
        process.setWorkingDirectory(dir.path());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, u"C.UTF-8"_s);
        process.setProcessEnvironment(env);
        process.start(adr, arguments);
        EXPECT_TRUE(process.waitForFinished(30000));
        EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
        return process.readAllStandardOutput();
    };
    const QByteArray listed = run({u"list"_s});
    EXPECT_EQ(QString::fromUtf8(listed).split(u'\n', Qt::SkipEmptyParts), expectedList);
    const QByteArray toc = run({u"generate"_s, u"toc"_s});
    EXPECT_EQ(QString::fromUtf8(toc), QString::fromUtf8(AdrMarkdownWriter::index(adrs)));
}
