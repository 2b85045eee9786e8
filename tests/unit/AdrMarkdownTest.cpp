// SPDX-License-Identifier: GPL-3.0-or-later
// The ADR Markdown formats: one test per fixture format (tests/fixtures/adr), the
// refusals, the writer's exact output, round trips, file names, the index, and
// Debian's adr-tools reading an exported folder.
#include "AdrMarkdownReader.h"
#include "AdrMarkdownWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

using namespace Qt::StringLiterals;

// Readable failure messages for the many QString comparisons below.
static void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

static void PrintTo(const QStringList& list, std::ostream* os)
{
    *os << '[' << list.join(u"\", \""_s).prepend(u'"').append(u'"').toStdString() << ']';
}

namespace {

using Kind = Adr::RawPart::Kind;

QString fixturePath(const QString& relativePath)
{
    return QStringLiteral(RUNGS_FIXTURES "/adr/") + relativePath;
}

QByteArray fixtureBytes(const QString& relativePath)
{
    QFile file(fixturePath(relativePath));
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relativePath.toStdString();
    return file.readAll();
}

// Reads a fixture as an import does, by its file name without the directory.
AdrParse parse(const QString& relativePath)
{
    auto parsed =
        AdrMarkdownReader::read(QFileInfo(relativePath).fileName(), fixtureBytes(relativePath));
    if (!parsed) {
        ADD_FAILURE() << relativePath.toStdString() << ": " << parsed.error().message.toStdString();
        return {};
    }
    return parsed.value();
}

AdrParse parseText(const QString& fileName, const QString& text)
{
    auto parsed = AdrMarkdownReader::read(fileName, text.toUtf8());
    if (!parsed) {
        ADD_FAILURE() << parsed.error().message.toStdString();
        return {};
    }
    return parsed.value();
}

QString refusal(const QString& fileName, const QByteArray& bytes)
{
    auto parsed = AdrMarkdownReader::read(fileName, bytes);
    if (parsed) {
        ADD_FAILURE() << "accepted " << fileName.toStdString();
        return {};
    }
    EXPECT_EQ(parsed.error().kind, Failure::Kind::InvalidInput);
    return parsed.error().message;
}

QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : u"(none)"_s;
}

QString statusOf(const Adr& adr)
{
    return Adr::statusKey(adr.status);
}

// A raw part's body by kind and name, or "(missing)".
QString raw(const Adr& adr, Kind kind, const QString& name)
{
    for (const Adr::RawPart& part : adr.raw) {
        if (part.kind == kind && part.name == name)
            return part.body;
    }
    return u"(missing)"_s;
}

QStringList optionNames(const Adr& adr)
{
    QStringList names;
    for (const Adr::Option& o : adr.options)
        names << o.name + (o.chosen ? u" (chosen)"_s : QString());
    return names;
}

bool hasWarning(const AdrParse& p, const QString& text)
{
    return p.warnings.contains(text);
}

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
};

} // namespace

// ---- Nygard / adr-tools ----------------------------------------------------------

TEST(AdrMarkdownReader, NygardRecordSupersededWithTheNewSpelling)
{
    const AdrParse p = parse(u"nygard/0002-use-postgresql-for-orders.md"_s);
    EXPECT_EQ(p.format, u"nygard"_s);
    EXPECT_EQ(p.adr.number, std::optional<int>(2));
    EXPECT_EQ(p.adr.title, u"Use PostgreSQL for orders"_s);
    EXPECT_EQ(iso(p.adr.date), u"2024-03-05"_s);
    EXPECT_EQ(statusOf(p.adr), u"superseded"_s);
    EXPECT_EQ(p.supersededByRef, u"0003-use-cockroachdb-for-orders.md"_s);
    EXPECT_TRUE(p.supersedesRefs.isEmpty());
    EXPECT_EQ(p.adr.context,
              u"Orders are written by three services and read by the billing job every night.\n"
              "We need transactions that span the order and payment tables."_s);
    EXPECT_EQ(p.adr.decisionOutcome,
              u"We keep orders in one PostgreSQL 15 cluster with a hot standby."_s);
    EXPECT_EQ(p.adr.consequences,
              u"Backups and failover become a routine task for the platform team."_s);
    // adr-tools' other link lines have no field; they stay in the status section.
    ASSERT_EQ(p.adr.raw.size(), 1);
    EXPECT_EQ(raw(p.adr, Kind::Section, u"Status"_s),
              u"Amended by [4. Tune the connection pool](0004-tune-the-connection-pool.md)"_s);
    EXPECT_EQ(p.keptRaw, QStringList{u"Status"_s});
    EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
    EXPECT_EQ(p.adr.id, 0);
    EXPECT_EQ(p.adr.sourcePath, u"0002-use-postgresql-for-orders.md"_s);
    EXPECT_EQ(p.adr.sourceFormat, u"nygard"_s);
}

TEST(AdrMarkdownReader, NygardRecordThatSupersedesAnother)
{
    const AdrParse p = parse(u"nygard/0003-use-cockroachdb-for-orders.md"_s);
    EXPECT_EQ(p.adr.number, std::optional<int>(3));
    EXPECT_EQ(p.adr.title, u"Use CockroachDB for orders"_s);
    EXPECT_EQ(statusOf(p.adr), u"accepted"_s);
    EXPECT_EQ(iso(p.adr.date), u"2024-09-18"_s);
    EXPECT_EQ(p.supersedesRefs, QStringList{u"0002-use-postgresql-for-orders.md"_s});
    EXPECT_TRUE(p.supersededByRef.isEmpty());
    EXPECT_TRUE(p.adr.raw.isEmpty());
    EXPECT_TRUE(p.understood.contains(u"status: accepted"_s));
    EXPECT_EQ(p.adr.consequences,
              u"A write that crosses regions takes about 40 ms longer; reads stay local."_s);
}

TEST(AdrMarkdownReader, AdrToolsOldSpellingsSupercededAndSupercedes)
{
    const AdrParse old = parse(u"nygard/0005-cache-sessions-in-redis.md"_s);
    EXPECT_EQ(statusOf(old.adr), u"superseded"_s); // the last status line counts
    EXPECT_EQ(old.supersededByRef, u"0006-keep-sessions-in-signed-cookies.md"_s);
    EXPECT_EQ(iso(old.adr.date), u"2019-01-12"_s); // 12/01/2019 is day first
    EXPECT_TRUE(old.adr.raw.isEmpty());

    const AdrParse next = parse(u"nygard/0006-keep-sessions-in-signed-cookies.md"_s);
    EXPECT_EQ(statusOf(next.adr), u"accepted"_s);
    EXPECT_EQ(iso(next.adr.date), u"2020-02-03"_s); // 03.02.2020
    EXPECT_EQ(next.supersedesRefs, QStringList{u"0005-cache-sessions-in-redis.md"_s});
    ASSERT_EQ(next.adr.history.size(), 1); // "Accepted on 03.02.2020"
    EXPECT_EQ(next.adr.history[0].status, u"accepted"_s);
    EXPECT_EQ(iso(next.adr.history[0].changedOn), u"2020-02-03"_s);
    // An unknown section is kept under its heading.
    ASSERT_EQ(next.adr.raw.size(), 1);
    EXPECT_EQ(raw(next.adr, Kind::Section, u"Notes"_s),
              u"The signing key rotates every 90 days; the runbook has the steps."_s);
    EXPECT_EQ(next.keptRaw, QStringList{u"Notes"_s});
}

TEST(AdrMarkdownReader, SupersedeLinksByNumberRelativeFileAndUrl)
{
    const AdrParse byNumber = parse(u"variants/0011-serve-images-through-the-cdn.md"_s);
    EXPECT_EQ(statusOf(byNumber.adr), u"superseded"_s);
    EXPECT_EQ(byNumber.supersededByRef, u"14"_s);

    const AdrParse relative = parse(u"variants/0014-resize-images-on-upload.md"_s);
    EXPECT_EQ(statusOf(relative.adr), u"accepted"_s);
    EXPECT_EQ(relative.supersedesRefs, QStringList{u"./0011-serve-images-through-the-cdn.md"_s});
    EXPECT_EQ(iso(relative.adr.date), u"2022-10-03"_s); // 2022/10/03

    const AdrParse url = parse(u"variants/0015-partner-events.md"_s);
    EXPECT_EQ(url.supersededByRef, u"https://adr.example.org/partners/0003.html"_s);
    EXPECT_EQ(url.adr.number, std::optional<int>(15));
    EXPECT_FALSE(url.adr.date.isValid());
    EXPECT_TRUE(url.warnings.isEmpty()) << url.warnings.join(u"; "_s).toStdString();
}

// ---- MADR 2 ----------------------------------------------------------------------

TEST(AdrMarkdownReader, Madr2BulletsSectionsOptionsAndConsequences)
{
    const AdrParse p = parse(u"madr2/0004-choose-a-message-broker.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"madr2"_s);
    EXPECT_EQ(a.number, std::optional<int>(4)); // from the file name
    EXPECT_EQ(a.title, u"Choose a message broker for order events"_s);
    EXPECT_EQ(statusOf(a), u"superseded"_s);
    EXPECT_EQ(p.supersededByRef, u"./0010-move-order-events-to-nats.md"_s);
    EXPECT_EQ(a.decisionMakers, u"Lena Vogt, Ravi Menon, Tom Okafor"_s);
    EXPECT_EQ(iso(a.date), u"2021-06-21"_s);
    EXPECT_EQ(a.context,
              u"Services hand order events to each other through plain HTTP callbacks. When a\n"
              "consumer is down, the event is gone. Which broker should carry these events?"_s);
    EXPECT_EQ(a.decisionDrivers, u"* at-least-once delivery\n* the team already runs Java "
                                 "services\n* hosting below 300 EUR a month"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"Kafka"_s, u"RabbitMQ (chosen)"_s, u"Amazon SQS"_s}));
    EXPECT_EQ(a.options[0].description, u"A partitioned log that keeps events for a set time."_s);
    EXPECT_EQ(a.options[0].pros, u"events can be replayed\nit scales far beyond our volume"_s);
    EXPECT_EQ(a.options[0].cons, u"running it needs skills the team lacks"_s);
    EXPECT_EQ(a.options[1].description, QString());
    EXPECT_EQ(a.options[1].pros, u"queues and retries come built in"_s);
    EXPECT_EQ(a.options[1].cons, u"old events cannot be replayed"_s);
    // A wrapped item is one argument.
    EXPECT_EQ(a.options[2].cons, u"it ties us to one cloud provider\n"
                                 "order is kept only in FIFO queues, which cost more"_s);
    EXPECT_EQ(a.decisionOutcome,
              u"Chosen option: \"RabbitMQ\", because it gives at-least-once delivery with the "
              "least operations work at our volume."_s);
    EXPECT_EQ(a.consequences,
              u"* Good, because Consumers can restart at any time without losing events.\n"
              "* Good, because Dead-letter queues collect failed events in one place.\n"
              "* Bad, because One more cluster to patch and watch."_s);
    EXPECT_EQ(a.moreInformation,
              u"* Refined by [ADR-0007](0007-partition-order-events-by-customer.md)"_s);
    // The line below the bullets is text, kept in front of the first section.
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::Section, QString()),
              u"Technical Story: ORD-1432, order events get lost when the mailer restarts"_s);
    EXPECT_TRUE(p.understood.contains(u"considered options: 3"_s));
    EXPECT_TRUE(p.understood.contains(u"chosen option"_s));
}

// ---- MADR 3 and 4 ----------------------------------------------------------------

TEST(AdrMarkdownReader, Madr3FrontMatterWithDecidersAndValidation)
{
    const AdrParse p = parse(u"madr3/0003-write-logs-as-json-lines.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"madr3"_s);
    EXPECT_EQ(a.number, std::optional<int>(3));
    EXPECT_EQ(a.title, u"Write service logs as JSON lines"_s);
    EXPECT_EQ(statusOf(a), u"accepted"_s);
    EXPECT_EQ(iso(a.date), u"2022-11-08"_s);
    EXPECT_EQ(a.decisionMakers, u"Mia Chen, Jonas Berg"_s);
    EXPECT_EQ(a.consulted, u"SRE guild"_s);
    EXPECT_EQ(a.informed, u"all backend teams"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"JSON lines on stdout (chosen)"_s, u"logfmt"_s,
                                           u"Free text, parsed centrally"_s}));
    EXPECT_EQ(a.consequences, u"* Good, because dashboards can filter on any field\n"
                              "* Bad, because raw logs are harder to read in a terminal"_s);
    EXPECT_EQ(a.confirmation, u"A CI check fails the build when a service writes a log line "
                              "that is not valid JSON."_s);
    EXPECT_EQ(a.moreInformation, u"The field names follow the shipper's conventions."_s);
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::FrontMatter, u"ticket"_s), u"OPS-88"_s);
    EXPECT_EQ(p.keptRaw, QStringList{u"ticket"_s});
}

TEST(AdrMarkdownReader, Madr4FrontMatterListsEmptyAndUnknownKeysResultsAndRawSections)
{
    const AdrParse p = parse(u"madr4/0012-split-the-checkout-service.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"madr4"_s);
    EXPECT_EQ(a.number, std::optional<int>(12));
    EXPECT_EQ(a.title, u"Split the checkout service into cart and payment"_s);
    EXPECT_EQ(statusOf(a), u"superseded"_s);
    EXPECT_EQ(p.supersededByRef, u"ADR-0015"_s);
    EXPECT_EQ(iso(a.date), u"2024-02-29"_s);
    EXPECT_EQ(a.decisionMakers, u"Priya Nair, Omar Haddad"_s); // a YAML list
    EXPECT_EQ(a.consulted, QString());                         // an empty key
    EXPECT_EQ(a.informed, u"checkout team, support leads"_s);
    // The comment above the next heading belongs to the text before it.
    EXPECT_EQ(a.context,
              u"Checkout holds the cart, the price rules and the payment flow in one deployable.\n"
              "Changing a price rule means releasing the payment path too, which the payment\n"
              "provider audits. How can price rules change without touching payments?\n"
              "\n<!-- optional -->"_s);
    EXPECT_EQ(
        a.decisionDrivers,
        u"* release price rules every day\n* keep payment code under audited change control"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"Split into cart and payment services (chosen)"_s,
                                           u"Feature flags inside the monolith"_s}));
    // Neutral arguments have no field of their own and stay in the description.
    EXPECT_EQ(a.options[0].description, u"Two services with a versioned API between them.\n\n"
                                        "* Neutral, because the team stays the same size"_s);
    EXPECT_EQ(a.options[0].pros, u"each can be released alone"_s);
    EXPECT_EQ(a.options[0].cons, u"end-to-end tests need both services"_s);
    EXPECT_EQ(a.options[1].pros, u"there is no new service to run"_s);
    EXPECT_EQ(a.options[1].cons, u"every release still goes through the payment audit"_s);
    EXPECT_EQ(a.decisionOutcome,
              u"Chosen option: \"Split into cart and payment services\", because it is the only "
              "option that keeps payment releases separate."_s);
    EXPECT_EQ(a.consequences,
              u"* Good, because price rules ship without a payment audit\n"
              "* Bad, because a call from cart to payment can now fail on the network"_s);
    EXPECT_EQ(a.confirmation,
              u"The deployment pipeline shows separate release trains for cart and payment."_s);
    // A '#' line inside fenced code is no heading.
    EXPECT_EQ(a.moreInformation,
              u"Reviewed with the payment provider on 2024-02-20. To see both trains:\n\n"
              "```sh\n# lists the release trains\ndeployctl trains --service cart,payment\n```"_s);
    ASSERT_EQ(a.results.size(), 3);
    EXPECT_EQ(a.results[0].metric, u"Price rule lead time"_s);
    EXPECT_EQ(a.results[0].before, std::optional<double>(14));
    EXPECT_EQ(a.results[0].after, std::optional<double>(1));
    EXPECT_EQ(a.results[0].unit, u"days"_s);
    EXPECT_EQ(a.results[0].note, u"median over a quarter"_s);
    EXPECT_EQ(a.results[1].metric, u"Checkout p99 latency"_s);
    EXPECT_EQ(a.results[1].before, std::optional<double>(320));
    EXPECT_EQ(a.results[1].after, std::optional<double>(347));
    EXPECT_EQ(a.results[1].unit, u"ms"_s);
    EXPECT_EQ(a.results[2].after, std::nullopt);
    EXPECT_EQ(a.results[2].unit, u"per quarter"_s);
    EXPECT_EQ(a.results[2].note, u"not measured yet"_s);
    // Unknown keys keep their YAML text, in order; so does an unknown section.
    ASSERT_EQ(a.raw.size(), 3);
    EXPECT_EQ(a.raw[0].kind, Kind::FrontMatter);
    EXPECT_EQ(a.raw[0].name, u"review-by"_s);
    EXPECT_EQ(a.raw[0].body, u"2025-02-28"_s);
    EXPECT_EQ(a.raw[1].kind, Kind::FrontMatter);
    EXPECT_EQ(a.raw[1].name, u"labels"_s);
    EXPECT_EQ(a.raw[1].body, u"\n  - architecture\n  - checkout"_s);
    EXPECT_EQ(a.raw[2].kind, Kind::Section);
    EXPECT_EQ(a.raw[2].name, u"Rollout Plan"_s);
    EXPECT_EQ(a.raw[2].body,
              u"1. Cart service in shadow mode\n2. Switch traffic country by country"_s);
    EXPECT_EQ(p.keptRaw, (QStringList{u"review-by"_s, u"labels"_s, u"Rollout Plan"_s}));
    EXPECT_TRUE(p.understood.contains(u"results: 3"_s));
    EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
}

TEST(AdrMarkdownReader, FrontMatterThatIsNoValidYamlIsKeptWhole)
{
    const AdrParse p = parseText(u"0001-x.md"_s, u"---\nstatus: [accepted\n---\n# X\n"_s);
    EXPECT_EQ(p.adr.title, u"X"_s);
    EXPECT_EQ(statusOf(p.adr), u"proposed"_s);
    EXPECT_EQ(raw(p.adr, Kind::Section, u"Front Matter"_s), u"```yaml\nstatus: [accepted\n```"_s);
    ASSERT_FALSE(p.warnings.isEmpty());
    EXPECT_TRUE(p.warnings.first().startsWith(u"front matter is not valid YAML"_s))
        << p.warnings.first().toStdString();
}

TEST(AdrMarkdownReader, FrontMatterTitleServesWhenThereIsNoHeading)
{
    const AdrParse p =
        parseText(u"0002-y.md"_s, u"---\ntitle: \"Queue: the plan\"\nstatus: rejected\n---\n\n"
                                  "## Context\n\nNone.\n"_s);
    EXPECT_EQ(p.adr.title, u"Queue: the plan"_s);
    EXPECT_EQ(statusOf(p.adr), u"rejected"_s);
    EXPECT_EQ(p.adr.context, u"None."_s);
    EXPECT_TRUE(p.adr.raw.isEmpty());
}

// ---- log4brains ------------------------------------------------------------------

TEST(AdrMarkdownReader, Log4brainsDashBulletsTagsAndDatedFileName)
{
    const AdrParse p = parse(u"log4brains/20230412-adopt-trunk-based-development.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"log4brains"_s);
    EXPECT_EQ(a.number, std::nullopt);
    EXPECT_EQ(a.title, u"Adopt trunk-based development"_s);
    EXPECT_EQ(statusOf(a), u"accepted"_s);
    EXPECT_EQ(a.decisionMakers, u"Ana Lima, Ken Sato"_s);
    EXPECT_EQ(iso(a.date), u"2023-04-12"_s);
    EXPECT_EQ(a.tags, u"git, workflow"_s);
    EXPECT_EQ(a.decisionDrivers, u"- faster feedback from CI\n- fewer merge conflicts"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"Trunk-based development with feature flags (chosen)"_s,
                                           u"GitFlow with release branches"_s}));
    EXPECT_EQ(a.moreInformation, u"- Supersedes [20210301-use-gitflow](20210301-use-gitflow.md)"_s);
    EXPECT_EQ(p.supersedesRefs, QStringList{u"20210301-use-gitflow.md"_s});
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::Section, QString()),
              u"Technical Story: [DEV-210](https://tracker.example.com/DEV-210)"_s);
    EXPECT_EQ(p.keptRaw, QStringList{u"text under the title"_s});

    const AdrParse old = parse(u"log4brains/20210301-use-gitflow.md"_s);
    EXPECT_EQ(old.format, u"log4brains"_s);
    EXPECT_EQ(iso(old.adr.date), u"2021-03-01"_s); // no Date bullet: the file name's day
    EXPECT_TRUE(old.understood.contains(u"date from the file name"_s));
    EXPECT_EQ(statusOf(old.adr), u"superseded"_s);
    EXPECT_EQ(old.supersededByRef, u"20230412-adopt-trunk-based-development.md"_s);
    EXPECT_EQ(old.adr.tags, u"git"_s);
}

// ---- Chinese, status tables, missing status, bad dates ----------------------------

TEST(AdrMarkdownReader, ChineseTitleHeadingsTextAndResults)
{
    const AdrParse p = parse(u"chinese/0008-queue-for-order-events.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"nygard"_s);
    EXPECT_EQ(a.number, std::optional<int>(8));
    EXPECT_EQ(a.title, u"使用消息队列解耦订单服务"_s);
    EXPECT_EQ(iso(a.date), u"2024-05-20"_s); // "日期：" with a full-width colon
    EXPECT_EQ(statusOf(a), u"accepted"_s);   // 已接受
    EXPECT_EQ(a.context, u"高峰期订单服务直接调用库存服务和通知服务，任何一个下游变慢，"
                         "下单接口都会跟着变慢。"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"消息队列"_s, u"同步调用加超时"_s}));
    EXPECT_EQ(a.decisionOutcome,
              u"订单服务只向消息队列发布“订单已创建”事件，库存服务和通知服务各自订阅。"_s);
    EXPECT_EQ(a.consequences, u"下单接口不再等待下游，但排查问题时需要沿着消息追踪。"_s);
    ASSERT_EQ(a.results.size(), 1);
    EXPECT_EQ(a.results[0].metric, u"下单接口 P99"_s);
    EXPECT_EQ(a.results[0].before, std::optional<double>(820));
    EXPECT_EQ(a.results[0].after, std::optional<double>(95));
    EXPECT_EQ(a.results[0].unit, u"ms"_s);
    EXPECT_EQ(a.results[0].note, u"大促当天"_s);
    // 风险 (risks) has no field: kept under its own heading.
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::Section, u"风险"_s), u"消息积压时，库存数字可能短时间不准。"_s);
}

TEST(AdrMarkdownReader, StatusGivenAsATable)
{
    const AdrParse p = parse(u"variants/adr-007-status-table.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"nygard"_s);
    EXPECT_EQ(a.number, std::optional<int>(7)); // adr-007 and ADR-007 agree
    EXPECT_EQ(a.title, u"Rate-limit the public API per token"_s);
    EXPECT_EQ(statusOf(a), u"accepted"_s);
    EXPECT_EQ(iso(a.date), u"2021-01-05"_s); // 05.01.2021
    EXPECT_EQ(a.decisionMakers, u"Platform team"_s);
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::FrontMatter, u"Reviewer"_s), u"Sam Ortiz"_s);
    EXPECT_EQ(a.decisionOutcome, u"Each token may send 100 requests a second, with bursts of "
                                 "up to 300."_s);
    EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
}

TEST(AdrMarkdownReader, MissingStatusIsProposedAndAnImpossibleDateIsKeptAsWritten)
{
    const AdrParse p = parse(u"variants/ADR-9.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(a.number, std::optional<int>(9)); // ADR-9.md
    EXPECT_EQ(a.title, u"Store uploads in object storage"_s);
    EXPECT_EQ(statusOf(a), u"proposed"_s);
    EXPECT_TRUE(hasWarning(p, u"no status given; read as proposed"_s))
        << p.warnings.join(u"; "_s).toStdString();
    EXPECT_FALSE(a.date.isValid());
    EXPECT_TRUE(hasWarning(p, u"date '31/02/2020' is not a real day; left empty"_s))
        << p.warnings.join(u"; "_s).toStdString();
    ASSERT_EQ(a.raw.size(), 2);
    EXPECT_EQ(raw(a, Kind::FrontMatter, u"Date"_s), u"31/02/2020"_s);
    // A heading in another language that Rungs does not know stays as it is.
    EXPECT_EQ(raw(a, Kind::Section, u"Konsequenzen"_s),
              u"Die Web-Knoten halten keinen Zustand mehr."_s);
    EXPECT_EQ(a.consequences, QString());
}

TEST(AdrMarkdownReader, DateShapes)
{
    struct Case
    {
        QString written;
        QString day; // "(none)" when refused
        QString warning;
    };
    const QList<Case> cases = {
        {u"2021-07-25"_s, u"2021-07-25"_s, {}},
        {u"2021-07-25T10:00:00Z"_s, u"2021-07-25"_s, {}},
        {u"25/07/2021"_s, u"2021-07-25"_s, {}},
        {u"25.07.2021"_s, u"2021-07-25"_s, {}},
        {u"2021年7月25日"_s, u"2021-07-25"_s, {}},
        {u"07/25/2021"_s, u"2021-07-25"_s, u"date '07/25/2021' read as month/day/year"_s},
        {u"2021-13-01"_s, u"(none)"_s, u"date '2021-13-01' is not a real day; left empty"_s},
        {u"29.02.2023"_s, u"(none)"_s, u"date '29.02.2023' is not a real day; left empty"_s},
        {u"next Tuesday"_s, u"(none)"_s,
         u"date 'next Tuesday' is not understood (expected YYYY-MM-DD, DD/MM/YYYY or "
         "DD.MM.YYYY); left empty"_s},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.written.toStdString());
        const AdrParse p =
            parseText(u"0001-d.md"_s, u"# D\n\n* Status: accepted\n* Date: %1\n"_s.arg(c.written));
        EXPECT_EQ(iso(p.adr.date), c.day);
        if (c.warning.isEmpty())
            EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
        else
            EXPECT_EQ(p.warnings, QStringList{c.warning});
    }
}

TEST(AdrMarkdownReader, UnknownStatusWordsAreProposedAndKept)
{
    const AdrParse p = parseText(u"0001-s.md"_s, u"# S\n\n* Status: on hold\n"_s);
    EXPECT_EQ(statusOf(p.adr), u"proposed"_s);
    EXPECT_EQ(raw(p.adr, Kind::FrontMatter, u"Status"_s), u"on hold"_s);

    const AdrParse draft = parseText(u"0002-s.md"_s, u"# S\n\n- Status: draft\n"_s);
    EXPECT_EQ(statusOf(draft.adr), u"proposed"_s);
    EXPECT_EQ(draft.warnings, QStringList{u"status 'draft' read as proposed"_s});
    EXPECT_TRUE(draft.adr.raw.isEmpty());
}

TEST(AdrMarkdownReader, AColonInTheFirstParagraphIsNoMetadata)
{
    const AdrParse p =
        parseText(u"0005-n.md"_s, u"# N\n\nNote: we chose this under time pressure.\n\n* Status: "
                                  "accepted\n\n## Context\n\nC.\n"_s);
    EXPECT_EQ(raw(p.adr, Kind::Section, QString()),
              u"Note: we chose this under time pressure.\n\n* Status: accepted"_s);
    EXPECT_EQ(p.adr.raw.size(), 1);
    EXPECT_EQ(statusOf(p.adr), u"proposed"_s);
    EXPECT_EQ(p.adr.context, u"C."_s);
}

TEST(AdrMarkdownReader, OptionsUnderLevelTwoHeadingsProConItemsAndTextAboveTheTitle)
{
    const AdrParse p = parseText(u"0004-v.md"_s, uR"(<!-- generated -->
# 4. Pick a cache

**Status:** accepted

## Considered Options

* Redis
* Memcached

## Pros and Cons of the Options

## Redis

* Pro: persistence
* Con: more memory

## Memcached

* Good because it is simple
* Bad, because no persistence
)"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(statusOf(a), u"accepted"_s);
    ASSERT_EQ(optionNames(a), (QStringList{u"Redis"_s, u"Memcached"_s}));
    EXPECT_EQ(a.options[0].pros, u"persistence"_s);
    EXPECT_EQ(a.options[0].cons, u"more memory"_s);
    EXPECT_EQ(a.options[1].pros, u"it is simple"_s);
    EXPECT_EQ(a.options[1].cons, u"no persistence"_s);
    // What stood above the title has no other place than the text under it.
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::Section, QString()), u"<!-- generated -->"_s);
}

// ---- Refusals --------------------------------------------------------------------

TEST(AdrMarkdownReader, RefusesWhatIsNoDecisionRecord)
{
    EXPECT_EQ(refusal(u"empty.md"_s, fixtureBytes(u"bad/empty.md"_s)),
              u"empty.md: the file is empty"_s);
    EXPECT_EQ(refusal(u"blank.md"_s, "\n  \n"), u"blank.md: the file is empty"_s);
    EXPECT_EQ(refusal(u"latin1.md"_s, fixtureBytes(u"bad/latin1.md"_s)),
              u"latin1.md: not UTF-8 text"_s);
    EXPECT_EQ(refusal(u"notes.md"_s, fixtureBytes(u"bad/notes.md"_s)),
              u"notes.md: no title heading ('# Title'); not a decision record"_s);
    EXPECT_EQ(refusal(u"README.md"_s, fixtureBytes(u"bad/README.md"_s)),
              u"README.md: a list of other records (an index), not a decision record"_s);
}

TEST(AdrMarkdownReader, ReadsCrlfAndAByteOrderMark)
{
    const AdrParse p = parseText(
        u"0003-c.md"_s,
        u"\uFEFF# 3. Crlf\r\n\r\nDate: 2020-01-02\r\n\r\n## Status\r\n\r\nRejected\r\n"_s);
    EXPECT_EQ(p.adr.title, u"Crlf"_s);
    EXPECT_EQ(statusOf(p.adr), u"rejected"_s);
    EXPECT_EQ(iso(p.adr.date), u"2020-01-02"_s);
}

// ---- Writer ----------------------------------------------------------------------

namespace {

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
