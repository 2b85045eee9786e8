// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrStore.h"

#include "TempDatabase.h"
#include "TestEntries.h"

#include <QTimeZone>

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

/** A record with something in every field and child list. */
Adr fullAdr()
{
    Adr a;
    a.number = 7;
    a.title = u"Use etcd for the config center"_s;
    a.status = Adr::Status::Accepted;
    a.date = nov(3);
    a.decisionMakers = u"Li Wei, Ana"_s;
    a.consulted = u"SRE"_s;
    a.informed = u"Platform team"_s;
    a.context = u"Configuration is spread over 40 services.\n\nWe need one source."_s;
    a.decisionDrivers = u"* consistency\n* watch support"_s;
    a.decisionOutcome = u"Chosen option: etcd, because it offers watches."_s;
    a.consequences = u"* Good: one source of truth"_s;
    a.confirmation = u"Review of every new service."_s;
    a.moreInformation = u"See the design doc."_s;
    a.tags = u"config, etcd"_s;
    a.sourcePath = u"/home/u/doc/adr/0007-use-etcd.md"_s;
    a.sourceFormat = u"madr4"_s;
    a.options = {{u"etcd"_s, u"Raft key-value store"_s, u"* watches"_s, u"* ops work"_s, true},
                 {u"Consul"_s, QString(), u"* service mesh"_s, u"* another agent"_s, false}};
    a.results = {{u"P99 latency"_s, 320, 47, u"ms"_s, u"after rollout"_s},
                 {u"config errors"_s, std::nullopt, 0.5, QString(), QString()}};
    a.raw = {{Adr::RawPart::Kind::FrontMatter, u"reviewers"_s, u"[ana]"_s},
             {Adr::RawPart::Kind::Section, u"Notes"_s, u"Kept as written.\n"_s}};
    a.links = {{u"go-backend"_s, Adr::Link::Kind::Checkpoint, u"p7-adr-with-results"_s},
               {u"go-backend"_s, Adr::Link::Kind::Dimension, u"architecture"_s}};
    return a;
}

Adr titled(const QString& title, std::optional<int> number = std::nullopt,
           Adr::Status status = Adr::Status::Proposed)
{
    Adr a;
    a.title = title;
    a.number = number;
    a.status = status;
    a.date = nov(1);
    return a;
}

/** A database whose clock reads 2026-11-22 09:30 UTC, so days and timestamps are known. */
class AdrStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        temp.clock().set(QDateTime(nov(22), QTime(9, 30), QTimeZone::utc()));
        db = temp.open();
        ASSERT_TRUE(db);
    }

    AdrStore store() { return AdrStore(*db); }

    qint64 add(const Adr& a)
    {
        auto id = store().add(a);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? id.value() : 0;
    }

    Adr get(qint64 id)
    {
        auto a = store().get(id);
        EXPECT_TRUE(a.ok()) << (a.ok() ? "" : a.error().message.toStdString());
        return a.ok() ? a.value() : Adr{};
    }

    QList<qint64> search(const QString& text)
    {
        auto ids = store().search(text);
        EXPECT_TRUE(ids.ok()) << (ids.ok() ? "" : ids.error().message.toStdString());
        return ids.ok() ? ids.value() : QList<qint64>{-1};
    }

    int rows(const QString& table)
    {
        auto q = db->exec(u"SELECT count(*) FROM "_s + table);
        EXPECT_TRUE(q.ok());
        if (!q.ok() || !q.value().next())
            return -1;
        return q.value().value(0).toInt();
    }

    TempDatabase temp;
    std::unique_ptr<Database> db;
};

void expectHistory(const Adr::StatusChange& c, const QString& status, const QDate& day,
                   const QString& note = {})
{
    EXPECT_EQ(c.status, status);
    EXPECT_EQ(c.changedOn, day);
    EXPECT_EQ(c.note, note);
}

} // namespace

TEST_F(AdrStoreTest, AddAndGetRoundTripEveryField)
{
    const Adr in = fullAdr();
    const qint64 id = add(in);
    ASSERT_GT(id, 0);
    const Adr out = get(id);

    EXPECT_EQ(out.id, id);
    EXPECT_EQ(out.number, std::optional<int>(7));
    EXPECT_EQ(out.title, in.title);
    EXPECT_EQ(out.status, Adr::Status::Accepted);
    EXPECT_EQ(out.date, nov(3));
    EXPECT_EQ(out.decisionMakers, in.decisionMakers);
    EXPECT_EQ(out.consulted, in.consulted);
    EXPECT_EQ(out.informed, in.informed);
    EXPECT_EQ(out.context, in.context);
    EXPECT_EQ(out.decisionDrivers, in.decisionDrivers);
    EXPECT_EQ(out.decisionOutcome, in.decisionOutcome);
    EXPECT_EQ(out.consequences, in.consequences);
    EXPECT_EQ(out.confirmation, in.confirmation);
    EXPECT_EQ(out.moreInformation, in.moreInformation);
    EXPECT_EQ(out.tags, in.tags);
    EXPECT_EQ(out.supersededBy, 0);
    EXPECT_EQ(out.sourcePath, in.sourcePath);
    EXPECT_EQ(out.sourceFormat, u"madr4"_s);
    EXPECT_EQ(out.createdAt, u"2026-11-22T09:30:00Z"_s);
    EXPECT_EQ(out.updatedAt, u"2026-11-22T09:30:00Z"_s);

    ASSERT_EQ(out.options.size(), 2);
    EXPECT_EQ(out.options[0].name, u"etcd"_s);
    EXPECT_EQ(out.options[0].description, u"Raft key-value store"_s);
    EXPECT_EQ(out.options[0].pros, u"* watches"_s);
    EXPECT_EQ(out.options[0].cons, u"* ops work"_s);
    EXPECT_TRUE(out.options[0].chosen);
    EXPECT_EQ(out.options[1].name, u"Consul"_s);
    EXPECT_EQ(out.options[1].description, QString());
    EXPECT_FALSE(out.options[1].chosen);

    ASSERT_EQ(out.results.size(), 2);
    EXPECT_EQ(out.results[0].metric, u"P99 latency"_s);
    EXPECT_EQ(out.results[0].before, std::optional<double>(320));
    EXPECT_EQ(out.results[0].after, std::optional<double>(47));
    EXPECT_EQ(out.results[0].unit, u"ms"_s);
    EXPECT_EQ(out.results[0].note, u"after rollout"_s);
    EXPECT_EQ(out.results[1].before, std::nullopt);
    EXPECT_EQ(out.results[1].after, std::optional<double>(0.5));

    ASSERT_EQ(out.raw.size(), 2);
    EXPECT_EQ(out.raw[0].kind, Adr::RawPart::Kind::FrontMatter);
    EXPECT_EQ(out.raw[0].name, u"reviewers"_s);
    EXPECT_EQ(out.raw[0].body, u"[ana]"_s);
    EXPECT_EQ(out.raw[1].kind, Adr::RawPart::Kind::Section);
    EXPECT_EQ(out.raw[1].body, u"Kept as written.\n"_s);

    // Links come back ordered by framework, kind, target: checkpoint before dimension.
    ASSERT_EQ(out.links.size(), 2);
    EXPECT_EQ(out.links[0].kind, Adr::Link::Kind::Checkpoint);
    EXPECT_EQ(out.links[0].targetKey, u"p7-adr-with-results"_s);
    EXPECT_EQ(out.links[1].kind, Adr::Link::Kind::Dimension);
    EXPECT_EQ(out.links[1].frameworkKey, u"go-backend"_s);
    EXPECT_EQ(out.links[1].targetKey, u"architecture"_s);

    // The history starts with the record's status on the record's date.
    ASSERT_EQ(out.history.size(), 1);
    expectHistory(out.history[0], u"accepted"_s, nov(3));
}

TEST_F(AdrStoreTest, RecordWithoutDateOrNumberStartsItsHistoryToday)
{
    Adr a = titled(u"No date"_s);
    a.date = QDate();
    const Adr out = get(add(a));
    EXPECT_FALSE(out.date.isValid());
    EXPECT_EQ(out.number, std::nullopt);
    ASSERT_EQ(out.history.size(), 1);
    expectHistory(out.history[0], u"proposed"_s, nov(22));
}

TEST_F(AdrStoreTest, AnUndatedRecordAddedWithinATransactionGetsNoHistory)
{
    Adr a = titled(u"Imported without a date"_s);
    a.date = QDate();
    qint64 id = 0;
    ASSERT_TRUE(db->transaction([&]() -> Status {
                      auto added = store().addWithinTransaction(a);
                      if (!added)
                          return added.error();
                      id = added.value();
                      return {};
                  }).ok());
    const Adr out = get(id);
    EXPECT_FALSE(out.date.isValid());
    EXPECT_TRUE(out.history.isEmpty());
}

TEST_F(AdrStoreTest, GivenHistoryIsStoredAsItIs)
{
    Adr a = titled(u"With history"_s, 1, Adr::Status::Accepted);
    a.history = {{u"accepted"_s, nov(5), u"after review"_s}, {u"proposed"_s, nov(2), QString()}};
    const Adr out = get(add(a));
    ASSERT_EQ(out.history.size(), 2);
    // Oldest first, whatever order it was given in.
    expectHistory(out.history[0], u"proposed"_s, nov(2));
    expectHistory(out.history[1], u"accepted"_s, nov(5), u"after review"_s);
}

TEST_F(AdrStoreTest, UpdateReplacesFieldsAndChildrenAndDatesAStatusChangeToday)
{
    const qint64 id = add(fullAdr());
    temp.clock().set(QDateTime(nov(24), QTime(8, 0), QTimeZone::utc()));

    Adr changed = get(id);
    changed.title = u"Use etcd v3 for the config center"_s;
    changed.status = Adr::Status::Deprecated;
    changed.options = {{u"etcd v3"_s, QString(), u"* leases"_s, QString(), true}};
    changed.results.clear();
    changed.raw = {{Adr::RawPart::Kind::Section, u"Appendix"_s, u"new"_s}};
    changed.links = {{u"go-backend"_s, Adr::Link::Kind::Dimension, u"influence"_s}};
    changed.history.clear(); // ignored: history only grows
    ASSERT_TRUE(store().update(changed).ok());

    const Adr out = get(id);
    EXPECT_EQ(out.title, u"Use etcd v3 for the config center"_s);
    EXPECT_EQ(out.status, Adr::Status::Deprecated);
    EXPECT_EQ(out.createdAt, u"2026-11-22T09:30:00Z"_s);
    EXPECT_EQ(out.updatedAt, u"2026-11-24T08:00:00Z"_s);
    ASSERT_EQ(out.options.size(), 1);
    EXPECT_EQ(out.options[0].name, u"etcd v3"_s);
    EXPECT_TRUE(out.results.isEmpty());
    ASSERT_EQ(out.raw.size(), 1);
    EXPECT_EQ(out.raw[0].name, u"Appendix"_s);
    ASSERT_EQ(out.links.size(), 1);
    EXPECT_EQ(out.links[0].targetKey, u"influence"_s);
    ASSERT_EQ(out.history.size(), 2);
    expectHistory(out.history[0], u"accepted"_s, nov(3));
    expectHistory(out.history[1], u"deprecated"_s, nov(24));
    // Nothing of the old children is left anywhere.
    EXPECT_EQ(rows(u"adr_option"_s), 1);
    EXPECT_EQ(rows(u"adr_result"_s), 0);
    EXPECT_EQ(rows(u"adr_raw"_s), 1);
    EXPECT_EQ(rows(u"adr_link"_s), 1);

    // Search follows the replaced option.
    EXPECT_EQ(search(u"leases"_s), QList<qint64>{id});
    EXPECT_TRUE(search(u"Consul"_s).isEmpty());
}

TEST_F(AdrStoreTest, UpdateWithoutStatusChangeAddsNoHistory)
{
    const qint64 id = add(fullAdr());
    Adr changed = get(id);
    changed.context = u"Shorter."_s;
    ASSERT_TRUE(store().update(changed).ok());
    EXPECT_EQ(get(id).history.size(), 1);
}

TEST_F(AdrStoreTest, UpdateOfMissingRecordOrWithUnknownSuccessorIsRefused)
{
    Adr ghost = titled(u"Ghost"_s);
    ghost.id = 99;
    Status s = store().update(ghost);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(s.error().message, u"adr: ADR id 99 does not exist"_s);

    Adr a = get(add(titled(u"Real"_s)));
    a.supersededBy = 42;
    s = store().update(a);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, u"superseded by: ADR id 42 does not exist"_s);
    EXPECT_EQ(get(a.id).supersededBy, 0);
}

TEST_F(AdrStoreTest, StatusChangesAreKeptWithDatesAndNotes)
{
    const qint64 id = add(titled(u"Adopt OpenTelemetry"_s, 4));
    ASSERT_TRUE(
        store().setStatus(id, Adr::Status::Accepted, nov(10), u"approved in review"_s).ok());
    ASSERT_TRUE(store().setStatus(id, Adr::Status::Deprecated, nov(20)).ok());

    const Adr out = get(id);
    EXPECT_EQ(out.status, Adr::Status::Deprecated);
    ASSERT_EQ(out.history.size(), 3);
    expectHistory(out.history[0], u"proposed"_s, nov(1));
    expectHistory(out.history[1], u"accepted"_s, nov(10), u"approved in review"_s);
    expectHistory(out.history[2], u"deprecated"_s, nov(20));
}

TEST_F(AdrStoreTest, TransitionsOutsideTheLifecycleAreRefusedAndChangeNothing)
{
    const qint64 accepted = add(titled(u"Accepted one"_s, 1, Adr::Status::Accepted));
    const qint64 rejected = add(titled(u"Rejected one"_s, 2, Adr::Status::Rejected));
    const qint64 proposed = add(titled(u"Proposed one"_s, 3));

    struct Case
    {
        qint64 id;
        Adr::Status to;
        QString message;
    };
    const QList<Case> cases = {
        {accepted, Adr::Status::Proposed, u"status: cannot go from accepted to proposed"_s},
        {accepted, Adr::Status::Rejected, u"status: cannot go from accepted to rejected"_s},
        {accepted, Adr::Status::Accepted, u"status: already accepted"_s},
        {rejected, Adr::Status::Accepted, u"status: cannot go from rejected to accepted"_s},
        {proposed, Adr::Status::Deprecated, u"status: cannot go from proposed to deprecated"_s},
        {proposed, Adr::Status::Superseded, u"status: cannot go from proposed to superseded"_s},
    };
    for (const Case& c : cases) {
        const Status s = store().setStatus(c.id, c.to, nov(21));
        ASSERT_FALSE(s.ok()) << c.message.toStdString();
        EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
        EXPECT_EQ(s.error().message, c.message);
    }
    EXPECT_EQ(get(accepted).status, Adr::Status::Accepted);
    EXPECT_EQ(get(rejected).status, Adr::Status::Rejected);
    EXPECT_EQ(get(proposed).status, Adr::Status::Proposed);
    EXPECT_EQ(rows(u"adr_status_change"_s), 3);

    const Status missing = store().setStatus(77, Adr::Status::Accepted, nov(21));
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, u"adr: ADR id 77 does not exist"_s);
}

TEST_F(AdrStoreTest, SupersedeLinksBothRecordsAndKeepsHistoryOnBoth)
{
    const qint64 older = add(titled(u"Use Zipkin"_s, 3, Adr::Status::Accepted));
    const qint64 newer = add(titled(u"Use OpenTelemetry"_s, 8));
    temp.clock().set(QDateTime(nov(23), QTime(7, 0), QTimeZone::utc()));
    ASSERT_TRUE(store().supersede(older, newer, nov(21)).ok());

    const Adr o = get(older);
    EXPECT_EQ(o.status, Adr::Status::Superseded);
    EXPECT_EQ(o.supersededBy, newer);
    EXPECT_EQ(o.updatedAt, u"2026-11-23T07:00:00Z"_s);
    ASSERT_EQ(o.history.size(), 2);
    expectHistory(o.history[1], u"superseded"_s, nov(21), u"superseded by 8"_s);

    const Adr n = get(newer);
    EXPECT_EQ(n.status, Adr::Status::Proposed);
    EXPECT_EQ(n.supersededBy, 0);
    EXPECT_EQ(n.updatedAt, u"2026-11-23T07:00:00Z"_s);
    ASSERT_EQ(n.history.size(), 2);
    expectHistory(n.history[1], u"proposed"_s, nov(21), u"supersedes 3"_s);

    // From the new record, the one it replaces is found through list().
    auto all = store().list();
    ASSERT_TRUE(all.ok());
    QList<qint64> replacedByNewer;
    for (const Adr& a : all.value()) {
        if (a.supersededBy == newer)
            replacedByNewer << a.id;
    }
    EXPECT_EQ(replacedByNewer, QList<qint64>{older});
}

TEST_F(AdrStoreTest, SupersedeNamesRecordsWithoutNumberById)
{
    const qint64 older = add(titled(u"Old"_s, std::nullopt, Adr::Status::Accepted));
    const qint64 newer = add(titled(u"New"_s));
    ASSERT_TRUE(store().supersede(older, newer, nov(21)).ok());
    EXPECT_EQ(get(older).history.last().note, u"superseded by id:%1"_s.arg(newer));
    EXPECT_EQ(get(newer).history.last().note, u"supersedes id:%1"_s.arg(older));
}

TEST_F(AdrStoreTest, SupersedeRefusals)
{
    const qint64 a = add(titled(u"A"_s, 1, Adr::Status::Accepted));
    const qint64 b = add(titled(u"B"_s, 2, Adr::Status::Accepted));
    const qint64 c = add(titled(u"C"_s, 3, Adr::Status::Accepted));
    const qint64 p = add(titled(u"P"_s, 4));
    ASSERT_TRUE(store().supersede(a, b, nov(21)).ok());
    const int historyRows = rows(u"adr_status_change"_s);

    struct Case
    {
        qint64 older;
        qint64 newer;
        QString message;
    };
    const QList<Case> cases = {
        {c, c, u"supersede: an ADR cannot supersede itself"_s},
        {a, c, u"supersede: ADR 1 is already superseded"_s},
        {c, a, u"supersede: ADR 1 is itself superseded, so it cannot replace another"_s},
        {p, c, u"status: cannot go from proposed to superseded"_s},
        {c, 99, u"adr: ADR id 99 does not exist"_s},
    };
    for (const Case& k : cases) {
        const Status s = store().supersede(k.older, k.newer, nov(22));
        ASSERT_FALSE(s.ok()) << k.message.toStdString();
        EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
        EXPECT_EQ(s.error().message, k.message);
    }
    EXPECT_EQ(get(a).supersededBy, b);
    EXPECT_EQ(get(c).status, Adr::Status::Accepted);
    EXPECT_EQ(get(c).supersededBy, 0);
    EXPECT_EQ(get(p).status, Adr::Status::Proposed);
    EXPECT_EQ(rows(u"adr_status_change"_s), historyRows);
}

TEST_F(AdrStoreTest, SearchFindsAnEnglishWordInAnyColumnIgnoringCase)
{
    Adr byTitle = titled(u"Adopt Kafka for events"_s, 5);
    Adr byOption = titled(u"Event transport"_s, 2);
    byOption.options = {{u"NATS"_s, QString(), QString(), QString(), false},
                        {u"Queue"_s, QString(), u"* kafka-compatible API"_s, QString(), true}};
    Adr byConsequences = titled(u"Retention"_s, 9);
    byConsequences.consequences = u"Old KAFKA topics are compacted."_s;
    Adr unrelated = titled(u"Use etcd"_s, 1);
    unrelated.context = u"Nothing about queues."_s;
    const qint64 t = add(byTitle);
    const qint64 o = add(byOption);
    const qint64 c = add(byConsequences);
    add(unrelated);

    // Ordered by number: 2, 5, 9.
    EXPECT_EQ(search(u"kafka"_s), (QList<qint64>{o, t, c}));
    EXPECT_EQ(search(u"  Kafka  "_s), (QList<qint64>{o, t, c}));
    EXPECT_TRUE(search(u"zookeeper"_s).isEmpty());
}

TEST_F(AdrStoreTest, SearchFindsAChinesePhraseInsideText)
{
    Adr cache = titled(u"引入分布式缓存"_s, 2);
    cache.context = u"订单服务的读请求太多，数据库扛不住。"_s;
    Adr other = titled(u"统一日志格式"_s, 1);
    other.decisionOutcome = u"采用结构化日志。"_s;
    const qint64 c = add(cache);
    const qint64 o = add(other);

    EXPECT_EQ(search(u"分布式缓存"_s), QList<qint64>{c});
    EXPECT_EQ(search(u"数据库"_s), QList<qint64>{c});
    EXPECT_EQ(search(u"结构化日志"_s), QList<qint64>{o});
    EXPECT_TRUE(search(u"消息队列"_s).isEmpty());
}

TEST_F(AdrStoreTest, SearchFindsOneOrTwoCharactersWithoutTheIndex)
{
    Adr cache = titled(u"引入分布式缓存"_s, 2);
    Adr log = titled(u"统一日志格式"_s, 1);
    log.consequences = u"日志量增加"_s;
    Adr go = titled(u"Go modules"_s, 3);
    const qint64 c = add(cache);
    const qint64 l = add(log);
    const qint64 g = add(go);

    EXPECT_EQ(search(u"缓存"_s), QList<qint64>{c});
    EXPECT_EQ(search(u"日志"_s), QList<qint64>{l});
    EXPECT_EQ(search(u"引"_s), QList<qint64>{c});
    EXPECT_EQ(search(u"go"_s), QList<qint64>{g});
    EXPECT_TRUE(search(u"队列"_s).isEmpty());
}

TEST_F(AdrStoreTest, SearchTakesQuotesOperatorsAndWildcardsLiterally)
{
    Adr quoted = titled(u"Say \"no\" to shared DBs"_s, 1);
    Adr percent = titled(u"99% uptime target"_s, 2);
    Adr plain = titled(u"Shared nothing OR everything"_s, 3);
    const qint64 q = add(quoted);
    const qint64 p = add(percent);
    const qint64 o = add(plain);

    EXPECT_EQ(search(u"\"no\""_s), QList<qint64>{q});
    EXPECT_EQ(search(u"say \"no"_s), QList<qint64>{q});
    // FTS5 syntax is text here: no error, and it matches only where it is written.
    EXPECT_TRUE(search(u"shared OR uptime"_s).isEmpty());
    EXPECT_EQ(search(u"nothing OR every"_s), QList<qint64>{o});
    EXPECT_TRUE(search(u"NEAR(shared uptime)"_s).isEmpty());
    EXPECT_TRUE(search(u"sha*"_s).isEmpty());
    EXPECT_TRUE(search(u"title:uptime"_s).isEmpty());
    // LIKE wildcards in a short text are characters too.
    EXPECT_EQ(search(u"9%"_s), QList<qint64>{p});
    EXPECT_EQ(search(u"%"_s), QList<qint64>{p});
    EXPECT_TRUE(search(u"_"_s).isEmpty());
    EXPECT_EQ(search(u"\""_s), QList<qint64>{q});
}

TEST_F(AdrStoreTest, BlankSearchListsEveryRecordByNumberThenWithoutNumber)
{
    const qint64 none = add(titled(u"No number"_s));
    const qint64 nine = add(titled(u"Nine"_s, 9));
    const qint64 two = add(titled(u"Two"_s, 2));
    const qint64 twoAgain = add(titled(u"Two again"_s, 2));
    EXPECT_EQ(search(QString()), (QList<qint64>{two, twoAgain, nine, none}));
    EXPECT_EQ(search(u"   "_s), (QList<qint64>{two, twoAgain, nine, none}));

    auto all = store().list();
    ASSERT_TRUE(all.ok());
    QList<qint64> ids;
    for (const Adr& a : all.value())
        ids << a.id;
    EXPECT_EQ(ids, (QList<qint64>{two, twoAgain, nine, none}));
}

TEST_F(AdrStoreTest, ListCarriesEveryChildList)
{
    const qint64 full = add(fullAdr());
    add(titled(u"Bare"_s, 1));
    auto all = store().list();
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all.value().size(), 2);
    const Adr& bare = all.value()[0];
    const Adr& rich = all.value()[1];
    EXPECT_EQ(bare.title, u"Bare"_s);
    EXPECT_TRUE(bare.options.isEmpty());
    EXPECT_EQ(bare.history.size(), 1);
    EXPECT_EQ(rich.id, full);
    EXPECT_EQ(rich.options.size(), 2);
    EXPECT_EQ(rich.results.size(), 2);
    EXPECT_EQ(rich.raw.size(), 2);
    EXPECT_EQ(rich.links.size(), 2);
    EXPECT_EQ(rich.history.size(), 1);
}

TEST_F(AdrStoreTest, NextNumberCountAndNumberLookup)
{
    auto first = store().nextNumber();
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value(), 1);

    add(titled(u"No number"_s));
    const qint64 four = add(titled(u"Four"_s, 4));
    add(titled(u"Four again"_s, 4));
    auto next = store().nextNumber();
    ASSERT_TRUE(next.ok());
    EXPECT_EQ(next.value(), 5);
    auto count = store().count();
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(count.value(), 3);

    auto found = store().idForNumber(4);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found.value(), std::optional<qint64>(four));
    auto missing = store().idForNumber(3);
    ASSERT_TRUE(missing.ok());
    EXPECT_EQ(missing.value(), std::nullopt);
}

TEST_F(AdrStoreTest, RemoveTakesEveryChildRowAndTheSearchEntry)
{
    const qint64 id = add(fullAdr());
    const qint64 other = add(titled(u"Other etcd note"_s, 1));
    ASSERT_TRUE(store().setStatus(id, Adr::Status::Deprecated, nov(22)).ok());
    ASSERT_TRUE(store().remove(id).ok());

    for (const QString& table : {u"adr_option"_s, u"adr_result"_s, u"adr_raw"_s, u"adr_link"_s})
        EXPECT_EQ(rows(table), 0) << table.toStdString();
    EXPECT_EQ(rows(u"adr_status_change"_s), 1); // the other record's
    EXPECT_EQ(rows(u"adr_search"_s), 1);
    EXPECT_EQ(search(u"etcd"_s), QList<qint64>{other});

    const Status again = store().remove(id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, u"adr: ADR id %1 does not exist"_s.arg(id));
}

TEST_F(AdrStoreTest, RemovingTheSuccessorClearsTheLink)
{
    const qint64 older = add(titled(u"Old"_s, 1, Adr::Status::Accepted));
    const qint64 newer = add(titled(u"New"_s, 2));
    ASSERT_TRUE(store().supersede(older, newer, nov(21)).ok());
    ASSERT_TRUE(store().remove(newer).ok());
    EXPECT_EQ(get(older).supersededBy, 0);
    EXPECT_EQ(get(older).status, Adr::Status::Superseded);
}

TEST_F(AdrStoreTest, InvalidRecordsAreRefusedAndNothingIsWritten)
{
    struct Case
    {
        Adr adr;
        QString message;
    };
    Adr blank = fullAdr();
    blank.title = u"   "_s;
    Adr twoLines = fullAdr();
    twoLines.title = u"First\nSecond"_s;
    Adr longTitle = fullAdr();
    longTitle.title = QString(501, u'x');
    Adr negative = fullAdr();
    negative.number = -1;
    Adr hugeContext = fullAdr();
    hugeContext.context = QString(1024 * 1024 + 1, u'a');
    Adr hugePros = fullAdr();
    // 349,526 three-byte characters: 1,048,578 bytes in UTF-8.
    hugePros.options[1].pros = QString(349526, u'缓');
    Adr infinite = fullAdr();
    infinite.results[0].after = std::numeric_limits<double>::infinity();
    Adr unknownSuccessor = fullAdr();
    unknownSuccessor.supersededBy = 5;
    const QList<Case> cases = {
        {blank, u"title: missing"_s},
        {twoLines, u"title: must be one line"_s},
        {longTitle, u"title: 501 characters is longer than the 500 allowed"_s},
        {negative, u"number: -1 is negative"_s},
        {hugeContext, u"context: 1048577 bytes are more than the 1048576 allowed"_s},
        {hugePros, u"options[1].pros: 1048578 bytes are more than the 1048576 allowed"_s},
        {infinite, u"results[0].after: not a finite number"_s},
        {unknownSuccessor, u"superseded by: ADR id 5 does not exist"_s},
    };
    for (const Case& c : cases) {
        auto id = store().add(c.adr);
        ASSERT_FALSE(id.ok()) << c.message.toStdString();
        EXPECT_EQ(id.error().kind, Failure::Kind::InvalidInput);
        EXPECT_EQ(id.error().message, c.message);
    }
    for (const QString& table : {u"adr"_s, u"adr_option"_s, u"adr_result"_s, u"adr_raw"_s,
                                 u"adr_link"_s, u"adr_status_change"_s, u"adr_search"_s})
        EXPECT_EQ(rows(table), 0) << table.toStdString();

    // Exactly at the limits is fine.
    Adr atLimits = fullAdr();
    atLimits.title = QString(500, u'x');
    atLimits.context = QString(1024 * 1024, u'a');
    atLimits.number = 0;
    EXPECT_GT(add(atLimits), 0);
}
