// SPDX-License-Identifier: GPL-3.0-or-later
// Checkpoint status changes and the evidence they attach (CheckpointProgressStore,
// EvidenceStore), and how a typed reference is classified (Evidence::classify).
#include "CheckpointProgressStore.h"

#include "EvidenceStore.h"
#include "TempDatabase.h"
#include "TestEntries.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// Two P7 checkpoints of go-backend.
const QString AdrWithResults = u"p7-adr-with-results"_s;
const QString TracingChoice = u"p7-tracing-choice-adr"_s;
const QString Pr7 = u"https://git.example.com/pr/7"_s;

/** A seeded database on 2026-11-22 and the go-backend framework. */
class CheckpointProgressStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = temp.openSeeded();
        ASSERT_TRUE(db);
    }

    const Framework& framework() const { return goBackendFramework(); }
    CheckpointProgressStore store() { return CheckpointProgressStore(*db); }

    CheckpointProgress progress(const QString& key)
    {
        auto all = store().load(framework().key);
        EXPECT_TRUE(all.ok());
        return all.ok() ? all.value().value(key) : CheckpointProgress{};
    }

    QList<Evidence> evidence(const QString& key)
    {
        auto list = EvidenceStore(*db).listFor(framework().key, key);
        EXPECT_TRUE(list.ok()) << (list.ok() ? "" : list.error().message.toStdString());
        return list.ok() ? list.value() : QList<Evidence>{};
    }

    int rows(const QString& table)
    {
        return TempDatabase::scalar(temp.path(), u"SELECT count(*) FROM %1"_s.arg(table)).toInt();
    }

    Status done(const QString& key, const QStringList& refs, bool noEvidence = false,
                const QDate& day = nov(20))
    {
        return store().markDone(framework(), key, day, refs, noEvidence);
    }

    /** Stores an ADR straight into the table, as an import would; returns its id. */
    qint64 addAdr(const QString& title)
    {
        auto id = db->insert(u"INSERT INTO adr (title, created_at, updated_at) VALUES (?, ?, ?)"_s,
                             {title, db->timestamp(), db->timestamp()});
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    TempDatabase temp;
    std::unique_ptr<Database> db;
};

} // namespace

// --- done ------------------------------------------------------------------------------

TEST_F(CheckpointProgressStoreTest, DoneWithEvidenceStoresStatusDaysNoteAndEachReference)
{
    const Status s = store().markDone(framework(), AdrWithResults, nov(20), {Pr7, u"  9f3c2e1  "_s},
                                      false, u"shipped"_s);
    ASSERT_TRUE(s.ok()) << s.error().message.toStdString();

    const CheckpointProgress p = progress(AdrWithResults);
    EXPECT_EQ(p.status, CheckpointProgress::Status::Done);
    EXPECT_EQ(p.doneOn, nov(20));
    EXPECT_EQ(p.startedOn, nov(20)); // never started before: started the day it was done
    EXPECT_EQ(p.note, u"shipped"_s);

    const QList<Evidence> pieces = evidence(AdrWithResults);
    ASSERT_EQ(pieces.size(), 2);
    EXPECT_EQ(pieces[0].kind, Evidence::Kind::Url);
    EXPECT_EQ(pieces[0].reference, Pr7);
    EXPECT_EQ(pieces[1].kind, Evidence::Kind::Commit);
    EXPECT_EQ(pieces[1].reference, u"9f3c2e1"_s); // trimmed
    EXPECT_EQ(pieces[1].frameworkKey, u"go-backend"_s);
    EXPECT_EQ(pieces[1].checkpointKey, AdrWithResults);
}

TEST_F(CheckpointProgressStoreTest, DoneWithoutEvidenceIsRefusedAndWritesNothing)
{
    const Status s = done(AdrWithResults, {});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(s.error().message,
              u"evidence: give at least one piece of evidence, or say there is none yet"_s);
    EXPECT_EQ(rows(u"checkpoint_progress"_s), 0);
    EXPECT_EQ(rows(u"evidence"_s), 0);
}

TEST_F(CheckpointProgressStoreTest, NoEvidenceRecordsOneRowOfKindNone)
{
    ASSERT_TRUE(done(AdrWithResults, {}, true).ok());
    EXPECT_EQ(progress(AdrWithResults).status, CheckpointProgress::Status::Done);
    const QList<Evidence> pieces = evidence(AdrWithResults);
    ASSERT_EQ(pieces.size(), 1);
    EXPECT_EQ(pieces[0].kind, Evidence::Kind::None);
    EXPECT_EQ(TempDatabase::scalar(temp.path(),
                                   u"SELECT kind || '|' || reference || '|' || "
                                   "coalesce(adr_id, 'null') || '|' || coalesce(entry_id, 'null')"
                                   " FROM evidence"_s)
                  .toString(),
              u"none||null|null"_s);
}

TEST_F(CheckpointProgressStoreTest, EvidenceTogetherWithNoEvidenceIsRefused)
{
    const Status s = done(AdrWithResults, {Pr7}, true);
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, u"evidence: give evidence or say there is none, not both"_s);
    EXPECT_EQ(rows(u"evidence"_s), 0);
}

TEST_F(CheckpointProgressStoreTest, RealEvidenceReplacesTheNoneRow)
{
    ASSERT_TRUE(done(AdrWithResults, {}, true).ok());
    ASSERT_TRUE(done(AdrWithResults, {Pr7}).ok());
    const QList<Evidence> pieces = evidence(AdrWithResults);
    ASSERT_EQ(pieces.size(), 1);
    EXPECT_EQ(pieces[0].kind, Evidence::Kind::Url);
}

TEST_F(CheckpointProgressStoreTest, DoneAgainNeedsNoNewEvidenceAndAddsNoCopies)
{
    ASSERT_TRUE(done(AdrWithResults, {Pr7}, false, nov(20)).ok());
    // The checkpoint has evidence already; the same reference again is not a second row.
    ASSERT_TRUE(done(AdrWithResults, {}, false, nov(21)).ok());
    ASSERT_TRUE(done(AdrWithResults, {Pr7}, false, nov(21)).ok());
    EXPECT_EQ(evidence(AdrWithResults).size(), 1);
    EXPECT_EQ(progress(AdrWithResults).doneOn, nov(21));
    EXPECT_EQ(progress(AdrWithResults).startedOn, nov(20));
}

TEST_F(CheckpointProgressStoreTest, OneReferenceBacksTwoCheckpoints)
{
    ASSERT_TRUE(TempDatabase::insertEntry(*db, u"2026-11-19"_s, 3)); // entry 1
    const qint64 adr = addAdr(u"Tracing with OpenTelemetry"_s);
    ASSERT_EQ(adr, 1);
    ASSERT_TRUE(done(AdrWithResults, {u"entry:1"_s, u"ADR-1"_s}).ok());
    ASSERT_TRUE(done(TracingChoice, {u"adr:1"_s, u"entry:1"_s}).ok());

    for (const QString& key : {AdrWithResults, TracingChoice}) {
        const QList<Evidence> pieces = evidence(key);
        ASSERT_EQ(pieces.size(), 2) << key.toStdString();
        for (const Evidence& e : pieces) {
            if (e.kind == Evidence::Kind::Entry)
                EXPECT_EQ(e.entryId, 1);
            else
                EXPECT_EQ(e.adrId, 1);
        }
    }
    EXPECT_EQ(rows(u"evidence"_s), 4);
}

TEST_F(CheckpointProgressStoreTest, EntryThatDoesNotExistIsRefusedAndNothingIsWritten)
{
    // The URL before it would be valid: the whole change is refused all the same.
    const Status s = done(AdrWithResults, {Pr7, u"entry:34"_s});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(s.error().message, u"evidence: entry 34 does not exist"_s);
    EXPECT_EQ(rows(u"evidence"_s), 0);
    EXPECT_EQ(rows(u"checkpoint_progress"_s), 0);
}

TEST_F(CheckpointProgressStoreTest, AdrThatDoesNotExistIsRefusedAndNothingIsWritten)
{
    const Status s = done(AdrWithResults, {u"ADR-12"_s});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(s.error().message, u"evidence: ADR 12 does not exist"_s);
    EXPECT_EQ(rows(u"evidence"_s), 0);
    EXPECT_EQ(rows(u"checkpoint_progress"_s), 0);
}

TEST_F(CheckpointProgressStoreTest, AdrPrefixWithoutAnIdIsRefusedNotKeptAsAFile)
{
    const Status s = done(AdrWithResults, {u"adr:cache"_s});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message,
              u"evidence: 'adr:cache' is not an ADR (write adr:N or ADR-N with the ADR's id)"_s);
    EXPECT_EQ(rows(u"evidence"_s), 0);
}

TEST_F(CheckpointProgressStoreTest, UnknownCheckpointIsRefusedNamingTheFramework)
{
    const Status s = done(u"p7-fly-to-the-moon"_s, {Pr7});
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(s.error().message,
              u"checkpoint: unknown checkpoint 'p7-fly-to-the-moon' in framework go-backend"_s);
    EXPECT_EQ(rows(u"checkpoint_progress"_s), 0);
    EXPECT_EQ(rows(u"evidence"_s), 0);
}

TEST_F(CheckpointProgressStoreTest, CheckpointKeyInOtherCaseIsStoredUnderItsOwnKey)
{
    ASSERT_TRUE(done(u"P7-ADR-WITH-RESULTS"_s, {Pr7}).ok());
    EXPECT_EQ(progress(AdrWithResults).status, CheckpointProgress::Status::Done);
    EXPECT_EQ(evidence(AdrWithResults).size(), 1);
}

TEST_F(CheckpointProgressStoreTest, DayInTheFutureIsRefused)
{
    // The fake clock shows 2026-11-22; a day ahead is allowed for time zones.
    const Status s = done(AdrWithResults, {Pr7}, false, nov(24));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message, u"date: 2026-11-24 is in the future"_s);
    EXPECT_EQ(rows(u"evidence"_s), 0);
}

// --- start and reset -------------------------------------------------------------------

TEST_F(CheckpointProgressStoreTest, StartThenDoneKeepsTheStartDay)
{
    ASSERT_TRUE(store().markInProgress(framework(), AdrWithResults, nov(2)).ok());
    CheckpointProgress p = progress(AdrWithResults);
    EXPECT_EQ(p.status, CheckpointProgress::Status::InProgress);
    EXPECT_EQ(p.startedOn, nov(2));
    EXPECT_FALSE(p.doneOn.isValid());

    ASSERT_TRUE(done(AdrWithResults, {Pr7}, false, nov(20)).ok());
    p = progress(AdrWithResults);
    EXPECT_EQ(p.startedOn, nov(2));
    EXPECT_EQ(p.doneOn, nov(20));
}

TEST_F(CheckpointProgressStoreTest, DoneBeforeTheStartDayMovesTheStartBack)
{
    ASSERT_TRUE(store().markInProgress(framework(), AdrWithResults, nov(15)).ok());
    ASSERT_TRUE(done(AdrWithResults, {Pr7}, false, nov(10)).ok());
    EXPECT_EQ(progress(AdrWithResults).startedOn, nov(10));
}

TEST_F(CheckpointProgressStoreTest, StartAfterDoneClearsTheDoneDayAndKeepsEvidence)
{
    ASSERT_TRUE(done(AdrWithResults, {Pr7}, false, nov(20)).ok());
    ASSERT_TRUE(store().markInProgress(framework(), AdrWithResults, nov(21)).ok());
    const CheckpointProgress p = progress(AdrWithResults);
    EXPECT_EQ(p.status, CheckpointProgress::Status::InProgress);
    EXPECT_EQ(p.startedOn, nov(20)); // the earlier start stands
    EXPECT_FALSE(p.doneOn.isValid());
    EXPECT_EQ(evidence(AdrWithResults).size(), 1);
}

TEST_F(CheckpointProgressStoreTest, ResetKeepsEvidenceAndNote)
{
    ASSERT_TRUE(
        store().markDone(framework(), AdrWithResults, nov(20), {Pr7}, false, u"why"_s).ok());
    ASSERT_TRUE(store().reset(framework(), AdrWithResults).ok());
    const CheckpointProgress p = progress(AdrWithResults);
    EXPECT_EQ(p.status, CheckpointProgress::Status::NotStarted);
    EXPECT_FALSE(p.startedOn.isValid());
    EXPECT_FALSE(p.doneOn.isValid());
    EXPECT_EQ(p.note, u"why"_s);
    ASSERT_EQ(evidence(AdrWithResults).size(), 1);
    EXPECT_EQ(evidence(AdrWithResults)[0].reference, Pr7);
}

TEST_F(CheckpointProgressStoreTest, ResetOfACheckpointNeverStartedWritesNothing)
{
    ASSERT_TRUE(store().reset(framework(), AdrWithResults).ok());
    EXPECT_EQ(rows(u"checkpoint_progress"_s), 0);
}

// --- EvidenceStore ---------------------------------------------------------------------

TEST_F(CheckpointProgressStoreTest, ListAllGroupsEvidenceByCheckpoint)
{
    ASSERT_TRUE(done(AdrWithResults, {Pr7, u"docs/adr/0007-tracing.md"_s}).ok());
    ASSERT_TRUE(done(TracingChoice, {}, true).ok());
    auto all = EvidenceStore(*db).listAll(framework().key);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all.value().size(), 2);
    EXPECT_EQ(all.value().value(AdrWithResults).size(), 2);
    EXPECT_EQ(all.value().value(AdrWithResults)[1].kind, Evidence::Kind::File);
    EXPECT_EQ(all.value().value(TracingChoice).size(), 1);
    EXPECT_TRUE(EvidenceStore(*db).listAll(u"ic-track"_s).value().isEmpty());
}

TEST_F(CheckpointProgressStoreTest, RemovedEvidenceIsGoneAndAMissingIdIsRefused)
{
    ASSERT_TRUE(done(AdrWithResults, {Pr7}).ok());
    const qint64 id = evidence(AdrWithResults).value(0).id;
    ASSERT_TRUE(EvidenceStore(*db).remove(id).ok());
    EXPECT_TRUE(evidence(AdrWithResults).isEmpty());
    const Status again = EvidenceStore(*db).remove(id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().message, u"evidence: evidence %1 does not exist"_s.arg(id));
}

TEST_F(CheckpointProgressStoreTest, NoneCannotBeAddedBesideRealEvidence)
{
    ASSERT_TRUE(done(AdrWithResults, {Pr7}).ok());
    Evidence none;
    none.frameworkKey = framework().key;
    none.checkpointKey = AdrWithResults;
    none.kind = Evidence::Kind::None;
    auto added = EvidenceStore(*db).add(none);
    ASSERT_FALSE(added.ok());
    EXPECT_EQ(added.error().message,
              u"evidence: checkpoint p7-adr-with-results already has evidence"_s);
    // Marking it done "without evidence" leaves the real evidence alone.
    ASSERT_TRUE(done(AdrWithResults, {}, true).ok());
    ASSERT_EQ(evidence(AdrWithResults).size(), 1);
    EXPECT_EQ(evidence(AdrWithResults)[0].kind, Evidence::Kind::Url);
}

// --- classification --------------------------------------------------------------------

TEST(EvidenceClassify, ReferencesAreClassifiedByTheirForm)
{
    struct Row
    {
        QString text;
        Evidence::Kind kind;
        qint64 adrId;
        qint64 entryId;
    };
    const QString hex40 = u"0123456789abcdef0123456789abcdef01234567"_s;
    const Row table[] = {
        {u"adr:12"_s, Evidence::Kind::Adr, 12, 0},
        {u"ADR-12"_s, Evidence::Kind::Adr, 12, 0},
        {u"ADR-0007"_s, Evidence::Kind::Adr, 7, 0}, // leading zeros as adr-tools writes them
        {u"Adr:3"_s, Evidence::Kind::Adr, 3, 0},
        {u"entry:34"_s, Evidence::Kind::Entry, 0, 34},
        {u"https://git.example.com/pr/7"_s, Evidence::Kind::Url, 0, 0},
        {u"HTTP://wiki.example.com"_s, Evidence::Kind::Url, 0, 0},
        {u"a1b2c3d"_s, Evidence::Kind::Commit, 0, 0}, // 7 digits: git's shortest
        {u"A1B2C3D4"_s, Evidence::Kind::Commit, 0, 0},
        {hex40, Evidence::Kind::Commit, 0, 0},                  // a full SHA-1
        {hex40 + u"8"_s, Evidence::Kind::File, 0, 0},           // 41 digits
        {u"a1b2c3"_s, Evidence::Kind::File, 0, 0},              // 6 digits
        {u"deadbeeg"_s, Evidence::Kind::File, 0, 0},            // g is not hex
        {u"ftp://example.com/x"_s, Evidence::Kind::File, 0, 0}, // only http(s) is a URL
        {u"docs/adr/0007-tracing.md"_s, Evidence::Kind::File, 0, 0},
        {u"ADR-cache.md"_s, Evidence::Kind::File, 0, 0},
        {u"entry-34"_s, Evidence::Kind::File, 0, 0},
    };
    for (const Row& row : table) {
        const Evidence e = Evidence::classify(row.text);
        EXPECT_EQ(e.kind, row.kind) << row.text.toStdString();
        EXPECT_EQ(e.adrId, row.adrId) << row.text.toStdString();
        EXPECT_EQ(e.entryId, row.entryId) << row.text.toStdString();
        EXPECT_EQ(e.reference, row.text) << row.text.toStdString();
    }
}

TEST(EvidenceClassify, SurroundingSpacesAreTrimmed)
{
    const Evidence e = Evidence::classify(u"  https://x.example  "_s);
    EXPECT_EQ(e.kind, Evidence::Kind::Url);
    EXPECT_EQ(e.reference, u"https://x.example"_s);
}

TEST(EvidenceClassify, KindKeysRoundTrip)
{
    const QStringList keys = {u"adr"_s, u"entry"_s, u"url"_s, u"commit"_s, u"file"_s, u"none"_s};
    for (const QString& key : keys) {
        const auto kind = Evidence::kindFromKey(key);
        ASSERT_TRUE(kind.has_value()) << key.toStdString();
        EXPECT_EQ(Evidence::kindKey(*kind), key);
    }
    EXPECT_FALSE(Evidence::kindFromKey(u"link"_s).has_value());
}
