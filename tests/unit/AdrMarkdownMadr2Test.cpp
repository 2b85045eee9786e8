// SPDX-License-Identifier: GPL-3.0-or-later
// MADR 2 records: metadata bullets under the title, options with pros and cons, and
// Positive and Negative Consequences made one list.
#include "AdrMarkdownTestSupport.h"

using namespace Qt::StringLiterals;
using namespace AdrMarkdownTestSupport;

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
