// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryStore.h"

#include "AssessmentStore.h"
#include "TempDatabase.h"
#include "TestEntries.h"

#include <QTimeZone>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString DeltaTech = u"delta_tech"_s;
const QString Review = u"review_response_hours"_s;
const QString P99 = u"p99_latency_ms"_s;

/** A database whose clock reads 2026-11-22 09:30 UTC, so timestamps are known. */
class EntryStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        temp.clock().set(QDateTime(nov(22), QTime(9, 30), QTimeZone::utc()));
        db = temp.open();
        ASSERT_TRUE(db);
    }

    qint64 add(const Entry& e)
    {
        auto id = EntryStore(*db).add(e);
        EXPECT_TRUE(id.ok()) << (id.ok() ? "" : id.error().message.toStdString());
        return id.ok() ? id.value() : 0;
    }

    Entry find(qint64 id)
    {
        auto e = EntryStore(*db).find(id);
        EXPECT_TRUE(e.ok()) << (e.ok() ? "" : e.error().message.toStdString());
        return e.ok() ? e.value() : Entry{};
    }

    int count()
    {
        auto n = EntryStore(*db).count();
        EXPECT_TRUE(n.ok());
        return n.ok() ? n.value() : -1;
    }

    QList<qint64> ids(const EntryFilter& filter = {})
    {
        auto list = EntryStore(*db).list(filter);
        EXPECT_TRUE(list.ok()) << (list.ok() ? "" : list.error().message.toStdString());
        QList<qint64> found;
        if (list.ok()) {
            for (const Entry& e : list.value())
                found << e.id;
        }
        return found;
    }

    int streak(const QDate& today)
    {
        auto s = EntryStore(*db).streak(today);
        EXPECT_TRUE(s.ok());
        return s.ok() ? s.value() : -1;
    }

    TempDatabase temp;
    std::unique_ptr<Database> db;
};

} // namespace

// --- add, find, update, remove, restore ------------------------------------------------

TEST_F(EntryStoreTest, AddedEntryIsFoundWithItsContentAndTimestamps)
{
    const qint64 id = add(makeEntry(nov(20), DeltaTech, 2.5, u"pprof\nflame graph"_s, u"abc123"_s));
    ASSERT_GT(id, 0);
    const Entry e = find(id);
    EXPECT_EQ(e.id, id);
    EXPECT_EQ(e.day, nov(20));
    EXPECT_EQ(e.metricKey, DeltaTech);
    EXPECT_EQ(e.value, 2.5);
    EXPECT_EQ(e.note, u"pprof\nflame graph"_s);
    EXPECT_EQ(e.evidence, u"abc123"_s);
    EXPECT_EQ(e.createdAt, u"2026-11-22T09:30:00Z"_s);
    EXPECT_EQ(e.updatedAt, u"2026-11-22T09:30:00Z"_s);
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryStoreTest, EachAddGetsANewId)
{
    const qint64 first = add(makeEntry(nov(20), DeltaTech, 1));
    const qint64 second = add(makeEntry(nov(20), DeltaTech, 1));
    EXPECT_NE(first, second);
    EXPECT_EQ(count(), 2);
}

TEST_F(EntryStoreTest, EmptyNoteAndEvidenceAreStoredAsEmptyText)
{
    const qint64 id = add(makeEntry(nov(20), DeltaTech, 1)); // null QStrings
    EXPECT_EQ(TempDatabase::scalar(
                  temp.path(), u"SELECT count(*) FROM entry WHERE note = '' AND evidence = ''"_s)
                  .toInt(),
              1);
    EXPECT_TRUE(find(id).note.isEmpty());
}

TEST_F(EntryStoreTest, SqlMetaCharactersAndUnicodeAreStoredVerbatim)
{
    const QString note = u"'; DROP TABLE entry; -- 你好 😀"_s;
    const QString evidence = u"\" OR \"1\"=\"1"_s;
    const qint64 id = add(makeEntry(nov(20), DeltaTech, 1, note, evidence));
    EXPECT_EQ(find(id).note, note);
    EXPECT_EQ(find(id).evidence, evidence);
    EXPECT_EQ(count(), 1); // the table is still there
}

TEST_F(EntryStoreTest, ValuesComeBackAsTheSameDouble)
{
    const double awkward = 0.1 + 0.2;
    const qint64 id = add(makeEntry(nov(20), Review, awkward));
    EXPECT_EQ(find(id).value, awkward);
}

TEST_F(EntryStoreTest, FindingAMissingEntryFails)
{
    auto e = EntryStore(*db).find(42);
    ASSERT_FALSE(e.ok());
    EXPECT_EQ(e.error().message, u"entry 42 does not exist"_s);
}

TEST_F(EntryStoreTest, UpdateReplacesContentAndKeepsCreationTime)
{
    const qint64 id = add(makeEntry(nov(20), DeltaTech, 1, u"old"_s));
    temp.clock().advance(3600);
    Entry changed = makeEntry(nov(21), Review, 30, u"new"_s, u"https://review.example/7"_s);
    changed.id = id;
    changed.createdAt = find(id).createdAt; // an edit names the row it started from
    ASSERT_TRUE(EntryStore(*db).update(changed).ok());
    const Entry e = find(id);
    EXPECT_TRUE(e.sameContent(changed));
    EXPECT_EQ(e.createdAt, u"2026-11-22T09:30:00Z"_s);
    EXPECT_EQ(e.updatedAt, u"2026-11-22T10:30:00Z"_s);
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryStoreTest, UpdateRefusesARowThatReusedTheId)
{
    const qint64 id = add(makeEntry(nov(20), DeltaTech, 1));
    const Entry first = find(id);
    ASSERT_TRUE(EntryStore(*db).remove({first}).ok());
    temp.clock().advance(60);
    ASSERT_EQ(add(makeEntry(nov(21), DeltaTech, 2)), id);
    Entry stale = first;
    stale.value = 5;
    EXPECT_FALSE(EntryStore(*db).update(stale).ok());
    EXPECT_EQ(find(id).value, 2.0);
}

TEST_F(EntryStoreTest, UpdateOfAMissingEntryFailsAndWritesNothing)
{
    add(makeEntry(nov(20), DeltaTech, 1));
    Entry ghost = makeEntry(nov(21), DeltaTech, 2);
    ghost.id = 999;
    const Status s = EntryStore(*db).update(ghost);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::Database);
    EXPECT_EQ(s.error().message, u"entry 999 no longer exists"_s);
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryStoreTest, RemoveDeletesOnlyTheGivenIds)
{
    const qint64 a = add(makeEntry(nov(20), DeltaTech, 1));
    const qint64 b = add(makeEntry(nov(21), DeltaTech, 2));
    const qint64 c = add(makeEntry(nov(22), DeltaTech, 3));
    ASSERT_TRUE(EntryStore(*db).remove({find(a), find(c)}).ok());
    EXPECT_EQ(ids(), QList<qint64>{b});
}

TEST_F(EntryStoreTest, RemoveRefusesARowThatReusedTheIdAndDeletesNothing)
{
    const qint64 a = add(makeEntry(nov(20), DeltaTech, 1));
    const Entry first = find(a);
    ASSERT_TRUE(EntryStore(*db).remove({first}).ok());
    temp.clock().advance(60);
    // SQLite hands the freed id to the next row; an old undo step must not delete it.
    const qint64 reused = add(makeEntry(nov(21), DeltaTech, 2));
    ASSERT_EQ(reused, a);
    const Status s = EntryStore(*db).remove({first});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, u"entry %1 no longer exists"_s.arg(a));
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryStoreTest, RestoreGivesTheSameIdsAndTimestampsBack)
{
    const qint64 a = add(makeEntry(nov(20), DeltaTech, 1, u"first"_s));
    const qint64 b = add(makeEntry(nov(21), Review, 30, u"second"_s, u"https://x.example"_s));
    temp.clock().advance(60);
    Entry edited = find(b);
    edited.value = 20;
    ASSERT_TRUE(EntryStore(*db).update(edited).ok());
    const QList<Entry> removed = {find(a), find(b)};
    ASSERT_EQ(removed[1].updatedAt, u"2026-11-22T09:31:00Z"_s);

    ASSERT_TRUE(EntryStore(*db).remove(removed).ok());
    EXPECT_EQ(count(), 0);
    temp.clock().advance(3600); // restoring later must not stamp the entries anew
    ASSERT_TRUE(EntryStore(*db).restore(removed).ok());

    for (const Entry& before : removed) {
        const Entry after = find(before.id);
        EXPECT_EQ(after.id, before.id);
        EXPECT_TRUE(after.sameContent(before));
        EXPECT_EQ(after.createdAt, before.createdAt);
        EXPECT_EQ(after.updatedAt, before.updatedAt);
    }
    EXPECT_EQ(find(a).createdAt, u"2026-11-22T09:30:00Z"_s);
    EXPECT_EQ(find(b).updatedAt, u"2026-11-22T09:31:00Z"_s);
}

TEST_F(EntryStoreTest, RestoreOntoAnExistingIdWritesNothing)
{
    const qint64 a = add(makeEntry(nov(20), DeltaTech, 1));
    Entry fresh = makeEntry(nov(21), DeltaTech, 2);
    fresh.id = 500;
    fresh.createdAt = fresh.updatedAt = u"2026-11-01T00:00:00Z"_s;
    Entry clash = find(a);
    const Status s = EntryStore(*db).restore({fresh, clash});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::Database);
    EXPECT_FALSE(EntryStore(*db).find(500).ok()); // the first one was rolled back too
    EXPECT_EQ(count(), 1);
}

// --- listing -------------------------------------------------------------------------

TEST_F(EntryStoreTest, ListIsOrderedByDayThenMetricThenId)
{
    const qint64 late = add(makeEntry(nov(21), DeltaTech, 1));
    const qint64 review = add(makeEntry(nov(20), Review, 30));
    const qint64 tech1 = add(makeEntry(nov(20), DeltaTech, 2));
    const qint64 tech2 = add(makeEntry(nov(20), DeltaTech, 3));
    const qint64 early = add(makeEntry(nov(19), P99, 120));
    // Restored ids in descending order: the list still sorts them by id.
    Entry high = makeEntry(nov(18), DeltaTech, 4);
    high.id = 90;
    Entry low = makeEntry(nov(18), DeltaTech, 5);
    low.id = 80;
    high.createdAt = high.updatedAt = low.createdAt = low.updatedAt = u"2026-11-18T08:00:00Z"_s;
    ASSERT_TRUE(EntryStore(*db).restore({high, low}).ok());

    EXPECT_EQ(ids(), (QList<qint64>{80, 90, early, tech1, tech2, review, late}));
}

// Metric keys sort as SQLite's BINARY collation (UTF-8 bytes) sorts them, by code point:
// U+FFFD before U+1F600, although in UTF-16 the latter starts with a smaller unit.
TEST_F(EntryStoreTest, ListOrdersMetricKeysOfOneDayByCodePoint)
{
    const qint64 emoji = add(makeEntry(nov(20), u"m\U0001F600"_s, 1));
    const qint64 replacement = add(makeEntry(nov(20), u"m\uFFFD"_s, 2));
    const qint64 plain = add(makeEntry(nov(20), u"m"_s, 3));
    const qint64 earlier = add(makeEntry(nov(19), u"z"_s, 4));

    EXPECT_EQ(ids(), (QList<qint64>{earlier, plain, replacement, emoji}));
}

TEST_F(EntryStoreTest, ListFiltersByMetricAndInclusiveDateRange)
{
    const qint64 t19 = add(makeEntry(nov(19), DeltaTech, 1));
    const qint64 r19 = add(makeEntry(nov(19), Review, 30));
    const qint64 t20 = add(makeEntry(nov(20), DeltaTech, 2));
    const qint64 t21 = add(makeEntry(nov(21), DeltaTech, 3));
    const qint64 r22 = add(makeEntry(nov(22), Review, 20));

    EXPECT_EQ(ids({DeltaTech, {}, {}}), (QList<qint64>{t19, t20, t21}));
    EXPECT_EQ(ids({Review, {}, {}}), (QList<qint64>{r19, r22}));
    EXPECT_EQ(ids({{}, nov(20), {}}), (QList<qint64>{t20, t21, r22}));
    EXPECT_EQ(ids({{}, {}, nov(20)}), (QList<qint64>{t19, r19, t20}));
    EXPECT_EQ(ids({{}, nov(20), nov(21)}), (QList<qint64>{t20, t21}));
    EXPECT_EQ(ids({DeltaTech, nov(20), nov(22)}), (QList<qint64>{t20, t21}));
    EXPECT_EQ(ids({Review, nov(20), nov(21)}), QList<qint64>{});
    EXPECT_EQ(ids({u"mttr_minutes"_s, {}, {}}), QList<qint64>{});
    EXPECT_EQ(ids({{}, nov(22), nov(19)}), QList<qint64>{}); // from after to
}

// --- streak --------------------------------------------------------------------------

TEST_F(EntryStoreTest, StreakCountsConsecutiveDaysEndingToday)
{
    for (int day : {20, 21, 22})
        add(makeEntry(nov(day), DeltaTech, 1));
    add(makeEntry(nov(22), Review, 30)); // a second entry on a day counts once
    EXPECT_EQ(streak(nov(22)), 3);
}

TEST_F(EntryStoreTest, StreakRunsThroughYesterdayWhileTodayIsEmpty)
{
    for (int day : {19, 20, 21})
        add(makeEntry(nov(day), DeltaTech, 1));
    EXPECT_EQ(streak(nov(22)), 3);
}

TEST_F(EntryStoreTest, StreakIsZeroWhenTheLastEntryWasTwoDaysAgo)
{
    for (int day : {18, 19, 20})
        add(makeEntry(nov(day), DeltaTech, 1));
    EXPECT_EQ(streak(nov(22)), 0);
}

TEST_F(EntryStoreTest, StreakStopsAtAGap)
{
    for (int day : {15, 16, 17, 18, 20, 21, 22})
        add(makeEntry(nov(day), DeltaTech, 1));
    EXPECT_EQ(streak(nov(22)), 3);
    // Seen from the 18th, the four days up to it count, later ones do not.
    EXPECT_EQ(streak(nov(18)), 4);
}

TEST_F(EntryStoreTest, StreakIgnoresEntriesForTomorrow)
{
    add(makeEntry(nov(22), DeltaTech, 1));
    add(makeEntry(nov(23), DeltaTech, 1));
    EXPECT_EQ(streak(nov(22)), 1);
}

TEST_F(EntryStoreTest, StreakCrossesAMonthBoundary)
{
    add(makeEntry(nov(29), DeltaTech, 1));
    add(makeEntry(nov(30), DeltaTech, 1));
    add(makeEntry(QDate(2026, 12, 1), DeltaTech, 1));
    EXPECT_EQ(streak(QDate(2026, 12, 1)), 3);
}

TEST_F(EntryStoreTest, StreakOfAnEmptyDatabaseIsZero)
{
    EXPECT_EQ(streak(nov(22)), 0);
}

// --- import --------------------------------------------------------------------------

TEST_F(EntryStoreTest, ImportAddsAllRowsOfAFileEvenIdenticalOnes)
{
    const Entry same = makeEntry(nov(20), DeltaTech, 1, u"twice"_s);
    auto summary = EntryStore(*db).import({same, same});
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary.value().added, 2);
    EXPECT_EQ(summary.value().skipped, 0);
    EXPECT_EQ(count(), 2);
}

TEST_F(EntryStoreTest, ImportingTheSameListTwiceSkipsEverythingTheSecondTime)
{
    const QList<Entry> list = {makeEntry(nov(20), DeltaTech, 1), makeEntry(nov(20), DeltaTech, 1),
                               makeEntry(nov(21), Review, 0.1 + 0.2, u"a, \"b\"\nc"_s, u"x"_s)};
    auto first = EntryStore(*db).import(list);
    ASSERT_TRUE(first.ok());
    EXPECT_EQ(first.value().added, 3);
    auto second = EntryStore(*db).import(list);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second.value().added, 0);
    EXPECT_EQ(second.value().skipped, 3);
    EXPECT_EQ(count(), 3);
}

TEST_F(EntryStoreTest, ImportSkipsOnlyAsManyCopiesAsAlreadyExisted)
{
    const Entry a = makeEntry(nov(20), DeltaTech, 1, u"a"_s);
    add(a);
    const Entry b = makeEntry(nov(21), DeltaTech, 1, u"b"_s);
    auto summary = EntryStore(*db).import({a, a, b, a});
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary.value().skipped, 1);
    EXPECT_EQ(summary.value().added, 3);
    EXPECT_EQ(count(), 4);
    auto onlyA = EntryStore(*db).list({DeltaTech, nov(20), nov(20)});
    ASSERT_TRUE(onlyA.ok());
    EXPECT_EQ(onlyA.value().size(), 3);
}

TEST_F(EntryStoreTest, ImportTellsApartEntriesThatDifferInAnyField)
{
    const Entry base = makeEntry(nov(20), DeltaTech, 1, u"n"_s, u"e"_s);
    add(base);
    QList<Entry> variants(5, base);
    variants[0].day = nov(21);
    variants[1].metricKey = u"delta_business"_s;
    variants[2].value = 1.5;
    variants[3].note = u"N"_s;
    variants[4].evidence = u"e "_s;
    auto summary = EntryStore(*db).import(variants);
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary.value().added, 5);
    EXPECT_EQ(summary.value().skipped, 0);
}

TEST_F(EntryStoreTest, ImportTreatsNoNoteAndEmptyNoteAsTheSame)
{
    add(makeEntry(nov(20), DeltaTech, 1, u""_s, u""_s));
    auto summary = EntryStore(*db).import({makeEntry(nov(20), DeltaTech, 1)}); // null QStrings
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary.value().skipped, 1);
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryStoreTest, ImportReportsProgressFromZeroToTotal)
{
    QList<Entry> list;
    for (int i = 0; i < 600; ++i)
        list << makeEntry(QDate(2025, 1, 1).addDays(i), DeltaTech, i % 21);
    QList<std::pair<int, int>> calls;
    auto summary = EntryStore(*db).import(list, [&](int done, int total) {
        calls.append({done, total});
        return true;
    });
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary.value().added, 600);
    ASSERT_GE(calls.size(), 2);
    EXPECT_EQ(calls.first(), (std::pair<int, int>{0, 600}));
    EXPECT_EQ(calls.last(), (std::pair<int, int>{600, 600}));
    for (qsizetype i = 1; i < calls.size(); ++i) {
        EXPECT_GT(calls[i].first, calls[i - 1].first);
        EXPECT_EQ(calls[i].second, 600);
    }
}

TEST_F(EntryStoreTest, ImportCancelledAtTheStartWritesNothing)
{
    add(makeEntry(nov(19), DeltaTech, 1));
    QList<Entry> list;
    for (int i = 0; i < 10; ++i)
        list << makeEntry(nov(20), DeltaTech, i);
    auto summary = EntryStore(*db).import(list, [](int, int) { return false; });
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().message, u"import cancelled"_s);
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryStoreTest, ImportCancelledAfterTheLastRowWritesNothing)
{
    add(makeEntry(nov(19), DeltaTech, 1));
    QList<Entry> list;
    for (int i = 0; i < 300; ++i)
        list << makeEntry(QDate(2025, 1, 1).addDays(i), DeltaTech, 1);
    // Cancel only on the final report, when every row has been inserted.
    auto summary = EntryStore(*db).import(list, [](int done, int total) { return done < total; });
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().message, u"import cancelled"_s);
    EXPECT_EQ(count(), 1);
}

TEST_F(EntryStoreTest, ARowTheSchemaRefusesRollsBackTheWholeImport)
{
    add(makeEntry(QDate(2026, 10, 19), DeltaTech, 1));
    QList<Entry> list;
    for (int i = 0; i < 20; ++i)
        list << makeEntry(nov(1).addDays(i), DeltaTech, 1);
    list[10].day = QDate(); // no date: the schema's CHECK on day refuses it
    auto summary = EntryStore(*db).import(list);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind, Failure::Kind::Database);
    EXPECT_EQ(count(), 1);
    EXPECT_EQ(ids({{}, nov(1), nov(30)}), QList<qint64>{});
}

TEST_F(EntryStoreTest, AnEmptyMetricKeyIsRefusedByTheSchema)
{
    auto id = EntryStore(*db).add(makeEntry(nov(20), QString(), 1));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, Failure::Kind::Database);
    EXPECT_EQ(count(), 0);
}

// --- assessments ---------------------------------------------------------------------

namespace {

Assessment assessment(const QDate& day, const QString& dimension, double score,
                      const QString& framework = u"go-backend"_s, const QString& note = {})
{
    Assessment a;
    a.day = day;
    a.frameworkKey = framework;
    a.dimensionKey = dimension;
    a.score = score;
    a.note = note;
    return a;
}

class AssessmentStoreTest : public EntryStoreTest
{};

} // namespace

TEST_F(AssessmentStoreTest, IsStoredWithAllItsFields)
{
    AssessmentStore store(*db);
    auto id = store.add(assessment(nov(20), u"influence"_s, 2.5, u"go-backend"_s, u"talk"_s));
    ASSERT_TRUE(id.ok());
    auto history = store.history(u"go-backend"_s);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history.value().size(), 1);
    const Assessment& a = history.value().first();
    EXPECT_EQ(a.id, id.value());
    EXPECT_EQ(a.day, nov(20));
    EXPECT_EQ(a.frameworkKey, u"go-backend"_s);
    EXPECT_EQ(a.dimensionKey, u"influence"_s);
    EXPECT_EQ(a.score, 2.5);
    EXPECT_EQ(a.note, u"talk"_s);
}

TEST_F(AssessmentStoreTest, HistoryIsOldestFirstAndPerFramework)
{
    AssessmentStore store(*db);
    ASSERT_TRUE(store.add(assessment(nov(21), u"influence"_s, 3)).ok());
    ASSERT_TRUE(store.add(assessment(nov(10), u"influence"_s, 2)).ok());
    ASSERT_TRUE(store.add(assessment(nov(15), u"influence"_s, 4, u"ic-track"_s)).ok());
    ASSERT_TRUE(store.add(assessment(nov(15), u"technical_breadth"_s, 1)).ok());
    auto history = store.history(u"go-backend"_s);
    ASSERT_TRUE(history.ok());
    QList<double> scores;
    for (const Assessment& a : history.value())
        scores << a.score;
    EXPECT_EQ(scores, (QList<double>{2, 1, 3}));
}

TEST_F(AssessmentStoreTest, LatestIsTheNewestPerDimension)
{
    AssessmentStore store(*db);
    ASSERT_TRUE(store.add(assessment(nov(21), u"influence"_s, 3)).ok());
    ASSERT_TRUE(store.add(assessment(nov(10), u"influence"_s, 2)).ok()); // older, added later
    ASSERT_TRUE(store.add(assessment(nov(5), u"technical_breadth"_s, 1)).ok());
    ASSERT_TRUE(store.add(assessment(nov(5), u"technical_breadth"_s, 1.5)).ok()); // same day
    ASSERT_TRUE(store.add(assessment(nov(22), u"influence"_s, 5, u"ic-track"_s)).ok());
    auto latest = store.latest(u"go-backend"_s);
    ASSERT_TRUE(latest.ok());
    ASSERT_EQ(latest.value().size(), 2);
    EXPECT_EQ(latest.value().value(u"influence"_s).score, 3.0);
    EXPECT_EQ(latest.value().value(u"influence"_s).day, nov(21));
    EXPECT_EQ(latest.value().value(u"technical_breadth"_s).score, 1.5);
}

TEST_F(AssessmentStoreTest, LatestOfAFrameworkWithoutAnyIsEmpty)
{
    AssessmentStore store(*db);
    ASSERT_TRUE(store.add(assessment(nov(21), u"influence"_s, 3)).ok());
    auto latest = store.latest(u"ic-track"_s);
    ASSERT_TRUE(latest.ok());
    EXPECT_TRUE(latest.value().isEmpty());
}

TEST_F(AssessmentStoreTest, ScoreAboveFiveIsRefusedByTheSchema)
{
    AssessmentStore store(*db);
    auto id = store.add(assessment(nov(21), u"influence"_s, 5.5));
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().kind, Failure::Kind::Database);
    auto history = store.history(u"go-backend"_s);
    ASSERT_TRUE(history.ok());
    EXPECT_TRUE(history.value().isEmpty());
}
