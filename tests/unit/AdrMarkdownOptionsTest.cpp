// SPDX-License-Identifier: GPL-3.0-or-later
// Considered options in the shapes people write them: names that repeat or wrap,
// nested lists, pros and cons under headings that name an option a little differently,
// and fenced code that only looks like arguments.
#include "AdrMarkdownTestSupport.h"

using namespace Qt::StringLiterals;
using namespace AdrMarkdownTestSupport;

namespace {

const QString JobQueue = u"shapes/0030-choose-a-queue-for-background-jobs.md"_s;

} // namespace

TEST(AdrMarkdownReader, EveryListItemIsAnOptionOfItsOwnEvenWithTheSameName)
{
    const AdrParse p = parse(u"shapes/0031-retire-the-ftp-upload.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(optionNames(a), (QStringList{u"Ask the partners to use the web upload"_s,
                                           u"Keep the FTP server"_s, u"Keep the FTP server"_s}));
    // Each block goes to the first option of its name that has none yet.
    ASSERT_EQ(a.options.size(), 3);
    EXPECT_EQ(a.options[1].pros, u"the partners change nothing"_s);
    EXPECT_EQ(a.options[1].cons, QString());
    EXPECT_EQ(a.options[2].pros, QString());
    EXPECT_EQ(a.options[2].cons, u"the server needs patches that keep being postponed"_s);
    EXPECT_TRUE(p.understood.contains(u"considered options: 3"_s))
        << p.understood.join(u", "_s).toStdString();
}

TEST(AdrMarkdownReader, WrappedLinesContinueAnItemsNameAndSubItemsDescribeIt)
{
    const Adr a = parse(JobQueue).adr;
    ASSERT_EQ(a.options.size(), 4);
    EXPECT_EQ(a.options[2].name, u"RabbitMQ"_s);
    EXPECT_TRUE(a.options[2].description.startsWith(
        u"* with one queue per job kind\n* with one shared queue and routing keys\n\n"_s))
        << a.options[2].description.toStdString();
    // The item is '"' with the name on the lines under it, as Markdown renders it.
    EXPECT_EQ(a.options[3].name, u"\" Amazon SQS\""_s);
    EXPECT_EQ(a.options[3].description, QString());
}

TEST(AdrMarkdownReader, ProsAndConsFindTheListedOptionDespitePunctuationOrALongerName)
{
    const AdrParse p = parse(JobQueue);
    const Adr& a = p.adr;
    // "### Postgres table polled by the workers" for the item with a full stop,
    // "### Redis" for "Redis lists, BSD-3-Clause", "### RabbitMQ with dead-letter
    // exchanges" for "RabbitMQ", "### Amazon SQS" for the wrapped '"' item.
    ASSERT_EQ(optionNames(a),
              (QStringList{u"Postgres table polled by the workers. (chosen)"_s,
                           u"Redis lists, BSD-3-Clause"_s, u"RabbitMQ"_s, u"\" Amazon SQS\""_s}));
    EXPECT_EQ(a.options[0].cons, u"polling adds load to the primary database"_s);
    EXPECT_EQ(a.options[1].pros, u"pushing and popping are fast"_s);
    EXPECT_EQ(a.options[2].cons, u"nobody on the team has run it in production"_s);
    EXPECT_EQ(a.options[3].pros, u"there is nothing to operate"_s);
    EXPECT_TRUE(p.understood.contains(u"considered options: 4"_s))
        << p.understood.join(u", "_s).toStdString();
    EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
}

TEST(AdrMarkdownReader, AHeadingThatMatchesNoOptionOrSeveralAddsOneAndIsCounted)
{
    const AdrParse p = parseText(u"0040-c.md"_s, u"# C\n\n* Status: accepted\n\n"
                                                 "## Considered Options\n\n"
                                                 "* Redis Streams\n* Redis Pub/Sub\n* Kafka\n\n"
                                                 "## Pros and Cons of the Options\n\n"
                                                 "### Redis\n\n* Good, because it is there\n\n"
                                                 "### Kafkaesque\n\n* Bad, because it is odd\n"_s);
    EXPECT_EQ(optionNames(p.adr), (QStringList{u"Redis Streams"_s, u"Redis Pub/Sub"_s, u"Kafka"_s,
                                               u"Redis"_s, u"Kafkaesque"_s}));
    EXPECT_TRUE(p.understood.contains(u"considered options: 5"_s))
        << p.understood.join(u", "_s).toStdString();
}

TEST(AdrMarkdownReader, ALaterListTakesTheOptionsThatBlocksAboveItAdded)
{
    const AdrParse p = parseText(u"0041-l.md"_s, u"# L\n\n## Pros and Cons of the Options\n\n"
                                                 "### Kafka\n\nA log.\n\n* Good, because replay\n\n"
                                                 "## Considered Options\n\n"
                                                 "* Kafka, Apache 2.0\n  Run by us.\n\n"
                                                 "  Three brokers.\n* NATS\n"_s);
    ASSERT_EQ(p.adr.options.size(), 2);
    EXPECT_EQ(p.adr.options[0].name, u"Kafka, Apache 2.0 Run by us."_s);
    EXPECT_EQ(p.adr.options[0].description, u"Three brokers.\n\nA log."_s);
    EXPECT_EQ(p.adr.options[0].pros, u"replay"_s);
    EXPECT_EQ(p.adr.options[1].name, u"NATS"_s);
}

TEST(AdrMarkdownReader, NothingInsideFencedCodeIsRead)
{
    const Adr a = parse(JobQueue).adr;
    ASSERT_EQ(a.options.size(), 4);
    EXPECT_TRUE(a.options[2].description.endsWith(
        u"The worker setup from the spike:\n\n```yaml\nworkers:\n"
        "  - Good, because: this line is configuration, not an argument\n```"_s))
        << a.options[2].description.toStdString();
    EXPECT_EQ(a.options[2].pros, QString());

    const QString fenced = u"```\n* Rejected\n* Chosen option: \"B\"\n| Metric | Before |\n"
                           "|---|---|\n| x | 1 |\n```"_s;
    const AdrParse p =
        parseText(u"0042-f.md"_s,
                  u"# F\n\n## Status\n\nAccepted\n\n%1\n\n## Considered Options\n\n* A\n* B\n\n"
                  "%1\n\n## Decision Outcome\n\n%1\n\n### Positive Consequences\n\n%1\n\n"
                  "## Results\n\n%1\n"_s.arg(fenced));
    EXPECT_EQ(statusOf(p.adr), u"accepted"_s);
    EXPECT_EQ(raw(p.adr, Kind::Section, u"Status"_s), fenced);
    EXPECT_EQ(optionNames(p.adr), (QStringList{u"A"_s, u"B"_s}));
    EXPECT_EQ(raw(p.adr, Kind::Section, u"Considered Options"_s), fenced);
    EXPECT_EQ(p.adr.decisionOutcome, fenced);
    EXPECT_EQ(p.adr.consequences, fenced);
    EXPECT_TRUE(p.adr.results.isEmpty());
    EXPECT_EQ(raw(p.adr, Kind::Section, u"Results"_s), fenced);
}

TEST(AdrMarkdownReader, AnIndentedListAfterAParagraphListsOptionsToo)
{
    const AdrParse p = parseText(u"0043-i.md"_s, u"# I\n\n* Status: accepted\n\n"
                                                 "## Considered Options\n\n* A\n\n"
                                                 "Later, maybe:\n  - B\n    - B with a cache\n"_s);
    ASSERT_EQ(optionNames(p.adr), (QStringList{u"A"_s, u"B"_s}));
    EXPECT_EQ(p.adr.options[1].description, u"- B with a cache"_s);
    EXPECT_EQ(raw(p.adr, Kind::Section, u"Considered Options"_s), u"Later, maybe:"_s);
}
