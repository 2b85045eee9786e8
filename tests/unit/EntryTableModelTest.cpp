// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryTableModel.h"

#include "EntryFilterModel.h"
#include "TestEntries.h"

#include <QAbstractItemModelTester>
#include <QPersistentModelIndex>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// A stored entry: with an id and timestamps.
Entry stored(qint64 id, const QDate& day, const QString& metric, double value,
             const QString& note = {}, const QString& evidence = {})
{
    Entry e = makeEntry(day, metric, value, note, evidence);
    e.id = id;
    e.createdAt = e.updatedAt = u"2026-11-22T09:30:00Z"_s;
    return e;
}

// A quick list of entries that differ only in id and day.
QList<Entry> withIds(const QList<qint64>& ids)
{
    QList<Entry> entries;
    for (qint64 id : ids)
        entries << stored(id, nov(1 + int(id % 20)), u"delta_tech"_s, double(id % 20));
    return entries;
}

QList<qint64> rowIds(const QAbstractItemModel& model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids << model.index(row, 0).data(EntryTableModel::IdRole).toLongLong();
    return ids;
}

int rowOf(const QAbstractItemModel& model, qint64 id)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, 0).data(EntryTableModel::IdRole).toLongLong() == id)
            return row;
    }
    return -1;
}

class EntryTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        framework = goBackendFramework();
        ASSERT_FALSE(framework.metrics.isEmpty());
        model.setFramework(framework, u"P7"_s);
        model.setToday(TestToday);
    }

    QString text(qint64 id, int column, int role = Qt::DisplayRole)
    {
        const int row = rowOf(model, id);
        EXPECT_GE(row, 0) << "no row for id " << id;
        return model.index(row, column).data(role).toString();
    }

    Framework framework;
    EntryTableModel model;
};

} // namespace

// --- rows follow setEntries ------------------------------------------------------------

TEST_F(EntryTableModelTest, PassesModelTesterWhileRowsAreInsertedRemovedAndChanged)
{
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.columnCount(), EntryTableModel::ColumnCount);

    model.setEntries(withIds({5, 1, 3, 7})); // not in id order
    EXPECT_EQ(rowIds(model), (QList<qint64>{1, 3, 5, 7}));

    // 3 goes; 2 and 4 come in the middle, 8 at the end.
    model.setEntries(withIds({1, 2, 4, 5, 7, 8}));
    EXPECT_EQ(rowIds(model), (QList<qint64>{1, 2, 4, 5, 7, 8}));

    // First and last go, 5 changes, 6 comes in before 7.
    QList<Entry> next = withIds({2, 4, 5, 6, 7});
    next[2].value = 19;
    next[2].note = u"changed"_s;
    model.setEntries(next);
    EXPECT_EQ(rowIds(model), (QList<qint64>{2, 4, 5, 6, 7}));
    EXPECT_EQ(text(5, EntryTableModel::ValueColumn, Qt::EditRole), u"19"_s);
    EXPECT_EQ(text(5, EntryTableModel::NoteColumn), u"changed"_s);

    // Everything goes, then something new comes.
    model.setEntries({});
    EXPECT_EQ(model.rowCount(), 0);
    model.setEntries(withIds({9, 3}));
    EXPECT_EQ(rowIds(model), (QList<qint64>{3, 9}));

    // A completely different set replaces every row.
    model.setEntries(withIds({10, 11, 12}));
    EXPECT_EQ(rowIds(model), (QList<qint64>{10, 11, 12}));
}

TEST_F(EntryTableModelTest, OnlyChangedRowsAreReported)
{
    model.setEntries(withIds({1, 2, 4, 5, 7, 8}));
    QList<int> changedRows;
    int inserted = 0;
    int removed = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged,
                     [&](const QModelIndex& from, const QModelIndex& to) {
                         for (int row = from.row(); row <= to.row(); ++row)
                             changedRows << row;
                     });
    QObject::connect(
        &model, &QAbstractItemModel::rowsInserted,
        [&](const QModelIndex&, int first, int last) { inserted += last - first + 1; });
    QObject::connect(&model, &QAbstractItemModel::rowsRemoved,
                     [&](const QModelIndex&, int first, int last) { removed += last - first + 1; });

    QList<Entry> next = withIds({2, 4, 5, 6, 7});
    next[2].value = 19;
    model.setEntries(next);
    EXPECT_EQ(changedRows, QList<int>{2}); // id 5, after id 1 has gone
    EXPECT_EQ(inserted, 1);
    EXPECT_EQ(removed, 2);

    changedRows.clear();
    model.setEntries(next); // the same list again: nothing to report
    EXPECT_TRUE(changedRows.isEmpty());
}

TEST_F(EntryTableModelTest, NewerUpdateTimeAloneRefreshesTheRow)
{
    model.setEntries(withIds({1, 2}));
    int changes = 0;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, [&] { ++changes; });
    QList<Entry> next = withIds({1, 2});
    next[1].updatedAt = u"2026-11-22T10:00:00Z"_s;
    model.setEntries(next);
    EXPECT_EQ(changes, 1);
}

TEST_F(EntryTableModelTest, PersistentIndexOnAnUnchangedRowSurvives)
{
    model.setEntries(withIds({1, 3, 5}));
    const QPersistentModelIndex five(model.index(2, EntryTableModel::NoteColumn));
    const QPersistentModelIndex three(model.index(1, EntryTableModel::ValueColumn));
    const QPersistentModelIndex one(model.index(0, 0));

    model.setEntries(withIds({1, 2, 3, 4, 5}));
    ASSERT_TRUE(five.isValid());
    EXPECT_EQ(five.row(), 4);
    EXPECT_EQ(five.column(), int(EntryTableModel::NoteColumn));
    EXPECT_EQ(five.data(EntryTableModel::IdRole).toLongLong(), 5);

    QList<Entry> next = withIds({3, 4, 5});
    next[1].value = 0; // a change to id 4 leaves the others alone
    model.setEntries(next);
    EXPECT_FALSE(one.isValid()); // its row is gone
    ASSERT_TRUE(three.isValid());
    EXPECT_EQ(three.row(), 0);
    EXPECT_EQ(three.data(EntryTableModel::IdRole).toLongLong(), 3);
    ASSERT_TRUE(five.isValid());
    EXPECT_EQ(five.row(), 2);
    EXPECT_EQ(five.data(EntryTableModel::IdRole).toLongLong(), 5);
}

// --- what the cells show ---------------------------------------------------------------

TEST_F(EntryTableModelTest, CellsShowDateMetricNameValueWithUnitAndFirstNoteLine)
{
    model.setEntries(
        {stored(1, nov(20), u"delta_tech"_s, 3, u"first line\nsecond line"_s, u"abc123"_s),
         stored(2, nov(21), u"gone_metric"_s, 7)});
    EXPECT_EQ(text(1, EntryTableModel::DateColumn), u"2026-11-20"_s);
    EXPECT_EQ(text(1, EntryTableModel::MetricColumn), u"Δ tech: new capability mastered"_s);
    EXPECT_EQ(text(1, EntryTableModel::ValueColumn), u"3 count/day"_s);
    EXPECT_EQ(text(1, EntryTableModel::NoteColumn), u"first line …"_s);
    EXPECT_EQ(text(1, EntryTableModel::NoteColumn, Qt::EditRole), u"first line\nsecond line"_s);
    EXPECT_EQ(text(1, EntryTableModel::EvidenceColumn), u"abc123"_s);
    // A metric the framework no longer has is shown by its key, without a target.
    EXPECT_EQ(text(2, EntryTableModel::MetricColumn), u"gone_metric"_s);
    EXPECT_EQ(text(2, EntryTableModel::ValueColumn), u"7"_s);
    EXPECT_EQ(text(2, EntryTableModel::ProgressColumn), QString());
}

TEST_F(EntryTableModelTest, ProgressShowsValueAgainstTheTargetLevelsTarget)
{
    // Lower is better: the P7 target of 24 h is a ceiling.
    model.setEntries({stored(1, nov(20), u"review_response_hours"_s, 30),
                      stored(2, nov(20), u"review_closure_rate"_s, 92),
                      stored(3, nov(20), u"adrs_written"_s, 1)});
    EXPECT_EQ(text(1, EntryTableModel::ProgressColumn), u"30 / ≤ 24"_s);
    EXPECT_EQ(text(2, EntryTableModel::ProgressColumn), u"92 / 90"_s);
    EXPECT_EQ(text(3, EntryTableModel::ProgressColumn), QString()); // no target for ADRs
    EXPECT_EQ(model.headerData(EntryTableModel::ProgressColumn, Qt::Horizontal).toString(),
              u"P7 target"_s);

    model.setFramework(framework, u"P8"_s);
    EXPECT_EQ(text(1, EntryTableModel::ProgressColumn), u"30 / ≤ 12"_s);
    EXPECT_EQ(text(2, EntryTableModel::ProgressColumn), u"92 / 95"_s);
}

TEST_F(EntryTableModelTest, ProgressOfAHigherIsBetterMetricReadsDoneOverWanted)
{
    Framework f = framework;
    Metric coverage;
    coverage.key = u"test_coverage_pct"_s;
    coverage.name.en = u"Test coverage"_s;
    coverage.unit.en = u"%"_s;
    coverage.direction = Metric::Direction::HigherIsBetter;
    coverage.maximum = 100;
    coverage.targets = {{u"P6"_s, 40}, {u"P7"_s, 50}};
    f.metrics << coverage;
    model.setFramework(f, u"P7"_s);
    model.setEntries({stored(1, nov(20), u"test_coverage_pct"_s, 35)});
    EXPECT_EQ(text(1, EntryTableModel::ProgressColumn), u"35 / 50"_s);
    EXPECT_FALSE(model.index(0, 0).data(EntryTableModel::MeetsTargetRole).toBool());
}

TEST_F(EntryTableModelTest, MeetsTargetFollowsTheMetricsDirection)
{
    model.setEntries({stored(1, nov(20), u"review_response_hours"_s, 30),
                      stored(2, nov(20), u"review_response_hours"_s, 24),
                      stored(3, nov(20), u"review_closure_rate"_s, 90),
                      stored(4, nov(20), u"review_closure_rate"_s, 89.5),
                      stored(5, nov(20), u"adrs_written"_s, 3)});
    const auto meets = [&](qint64 id) {
        return model.index(rowOf(model, id), 0).data(EntryTableModel::MeetsTargetRole);
    };
    EXPECT_EQ(meets(1), QVariant(false));
    EXPECT_EQ(meets(2), QVariant(true));
    EXPECT_EQ(meets(3), QVariant(true));
    EXPECT_EQ(meets(4), QVariant(false));
    EXPECT_FALSE(meets(5).isValid());
}

// --- editing -----------------------------------------------------------------------------

namespace {

struct EditSpy
{
    explicit EditSpy(EntryTableModel& model)
    {
        QObject::connect(&model, &EntryTableModel::editRequested,
                         [this](const Entry& b, const Entry& a) {
                             requests.append({b, a});
                         });
        QObject::connect(&model, &EntryTableModel::editRejected,
                         [this](const QString& reason) { rejections << reason; });
        QObject::connect(&model, &QAbstractItemModel::dataChanged, [this] { ++dataChanges; });
    }
    QList<std::pair<Entry, Entry>> requests;
    QStringList rejections;
    int dataChanges = 0;
};

} // namespace

TEST_F(EntryTableModelTest, ValidEditIsRequestedButNotApplied)
{
    const Entry original = stored(7, nov(20), u"delta_tech"_s, 3, u"note"_s, u"abc"_s);
    model.setEntries({stored(6, nov(19), u"delta_tech"_s, 1), original});
    EditSpy spy(model);
    const QModelIndex value = model.index(1, EntryTableModel::ValueColumn);
    EXPECT_TRUE(model.setData(value, u"4.5"_s));

    ASSERT_EQ(spy.requests.size(), 1);
    const auto& [before, after] = spy.requests.first();
    EXPECT_EQ(before.id, 7);
    EXPECT_EQ(before.value, 3.0);
    EXPECT_TRUE(before.sameContent(original));
    EXPECT_EQ(after.id, 7);
    EXPECT_EQ(after.value, 4.5);
    EXPECT_EQ(after.day, nov(20));
    EXPECT_EQ(after.metricKey, u"delta_tech"_s);
    EXPECT_EQ(after.note, u"note"_s);
    EXPECT_EQ(after.evidence, u"abc"_s);
    EXPECT_EQ(after.createdAt, original.createdAt);
    EXPECT_TRUE(spy.rejections.isEmpty());

    // The row shows the stored entry until the owner passes the new list.
    EXPECT_EQ(value.data(Qt::EditRole).toString(), u"3"_s);
    EXPECT_EQ(spy.dataChanges, 0);
}

TEST_F(EntryTableModelTest, EditedDateAndMetricAreReadLikeTypedInput)
{
    model.setEntries({stored(7, nov(20), u"delta_tech"_s, 3)});
    EditSpy spy(model);
    EXPECT_TRUE(model.setData(model.index(0, EntryTableModel::DateColumn), u"yesterday"_s));
    EXPECT_TRUE(
        model.setData(model.index(0, EntryTableModel::MetricColumn), u"Code Review 响应时长"_s));
    EXPECT_TRUE(
        model.setData(model.index(0, EntryTableModel::EvidenceColumn), u"  https://x.example  "_s));
    ASSERT_EQ(spy.requests.size(), 3);
    EXPECT_EQ(spy.requests[0].second.day, nov(21));
    EXPECT_EQ(spy.requests[1].second.metricKey, u"review_response_hours"_s);
    EXPECT_EQ(spy.requests[1].second.value, 3.0);
    EXPECT_EQ(spy.requests[2].second.evidence, u"https://x.example"_s);
}

TEST_F(EntryTableModelTest, EditToTheSameContentRequestsNothing)
{
    model.setEntries({stored(7, nov(20), u"delta_tech"_s, 3)});
    EditSpy spy(model);
    EXPECT_TRUE(model.setData(model.index(0, EntryTableModel::ValueColumn), u"3.0"_s));
    EXPECT_TRUE(model.setData(model.index(0, EntryTableModel::DateColumn), u"2026-11-20"_s));
    EXPECT_TRUE(spy.requests.isEmpty());
    EXPECT_TRUE(spy.rejections.isEmpty());
}

TEST_F(EntryTableModelTest, InvalidEditIsRejectedWithTheValidatorsMessage)
{
    model.setEntries({stored(7, nov(20), u"delta_tech"_s, 3)});
    EditSpy spy(model);
    EXPECT_FALSE(model.setData(model.index(0, EntryTableModel::ValueColumn), u"abc"_s));
    EXPECT_FALSE(model.setData(model.index(0, EntryTableModel::ValueColumn), u"25"_s));
    EXPECT_FALSE(model.setData(model.index(0, EntryTableModel::DateColumn), u"2026-02-30"_s));
    EXPECT_FALSE(model.setData(model.index(0, EntryTableModel::DateColumn), u"2026-11-24"_s));
    EXPECT_FALSE(model.setData(model.index(0, EntryTableModel::MetricColumn), u"nope"_s));
    EXPECT_FALSE(model.setData(model.index(0, EntryTableModel::EvidenceColumn), u"one\ntwo"_s));
    EXPECT_EQ(spy.rejections,
              (QStringList{u"value: 'abc' is not a number"_s,
                           u"value: 25 is outside 0 to 20 for delta_tech"_s,
                           u"date: 2026-02-30 is not a day of the calendar"_s,
                           u"date: 2026-11-24 is in the future"_s,
                           u"metric: unknown metric 'nope' in framework go-backend (see 'rungs "
                           u"metrics')"_s,
                           u"evidence: must be one line (a URL, commit or path)"_s}));
    EXPECT_TRUE(spy.requests.isEmpty());
    EXPECT_EQ(model.index(0, EntryTableModel::ValueColumn).data(Qt::EditRole).toString(), u"3"_s);
}

TEST_F(EntryTableModelTest, ValueOutsideTheNewMetricsRangeIsRejectedWhenTheMetricChanges)
{
    // 30 is a fine number of hours but more than delta_tech allows.
    model.setEntries({stored(7, nov(20), u"review_response_hours"_s, 30)});
    EditSpy spy(model);
    EXPECT_FALSE(model.setData(model.index(0, EntryTableModel::MetricColumn), u"delta_tech"_s));
    EXPECT_EQ(spy.rejections, QStringList{u"value: 30 is outside 0 to 20 for delta_tech"_s});
}

TEST_F(EntryTableModelTest, ProgressColumnIsNotEditable)
{
    model.setEntries({stored(7, nov(20), u"review_response_hours"_s, 30)});
    EditSpy spy(model);
    const QModelIndex progress = model.index(0, EntryTableModel::ProgressColumn);
    EXPECT_FALSE(progress.flags() & Qt::ItemIsEditable);
    EXPECT_TRUE(model.index(0, EntryTableModel::ValueColumn).flags() & Qt::ItemIsEditable);
    EXPECT_FALSE(model.setData(progress, u"1"_s));
    EXPECT_FALSE(
        model.setData(model.index(0, EntryTableModel::ValueColumn), u"1"_s, Qt::DisplayRole));
    EXPECT_TRUE(spy.requests.isEmpty());
    EXPECT_TRUE(spy.rejections.isEmpty());
}

// --- EntryFilterModel ------------------------------------------------------------------

namespace {

class EntryFilterModelTest : public EntryTableModelTest
{
protected:
    void SetUp() override
    {
        EntryTableModelTest::SetUp();
        model.setEntries({
            stored(1, nov(18), u"delta_tech"_s, 2, u"Tried pprof's flame graph"_s),
            stored(2, nov(19), u"review_response_hours"_s, 30, {},
                   u"https://review.example/PR-7"_s),
            stored(3, nov(20), u"delta_tech"_s, 1),
            stored(4, nov(20), u"p99_latency_ms"_s, 120, u"after GC tuning"_s),
            stored(5, nov(21), u"review_response_hours"_s, 20),
            stored(10, nov(20), u"delta_tech"_s, 3),
        });
        filter.setSourceModel(&model);
    }

    QList<qint64> visible() { return rowIds(filter); }

    EntryFilterModel filter;
};

} // namespace

TEST_F(EntryFilterModelTest, PassesModelTesterAndFiltersByMetric)
{
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(visible(), (QList<qint64>{1, 2, 3, 4, 5, 10}));
    filter.setMetricKey(u"delta_tech"_s);
    EXPECT_EQ(visible(), (QList<qint64>{1, 3, 10}));
    filter.setMetricKey(u"review_response_hours"_s);
    EXPECT_EQ(visible(), (QList<qint64>{2, 5}));
    // Rows the source gains or loses come and go through the filter.
    QList<Entry> more = {stored(2, nov(19), u"review_response_hours"_s, 30),
                         stored(11, nov(22), u"review_response_hours"_s, 10)};
    model.setEntries(more);
    EXPECT_EQ(visible(), (QList<qint64>{2, 11}));
    filter.setMetricKey(QString());
    EXPECT_EQ(visible(), (QList<qint64>{2, 11}));
}

TEST_F(EntryFilterModelTest, DateRangeIsInclusiveAndEitherEndMayBeOpen)
{
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setDateRange(nov(19), nov(20));
    EXPECT_EQ(visible(), (QList<qint64>{2, 3, 4, 10}));
    filter.setDateRange(nov(20), {});
    EXPECT_EQ(visible(), (QList<qint64>{3, 4, 5, 10}));
    filter.setDateRange({}, nov(18));
    EXPECT_EQ(visible(), QList<qint64>{1});
    filter.setDateRange(nov(22), nov(30));
    EXPECT_EQ(visible(), QList<qint64>{});
    filter.setDateRange({}, {});
    EXPECT_EQ(filter.rowCount(), 6);
}

TEST_F(EntryFilterModelTest, TextMatchesNoteEvidenceAndMetricNamesWithoutCase)
{
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setText(u"PPROF"_s);
    EXPECT_EQ(visible(), QList<qint64>{1});
    filter.setText(u"pr-7"_s);
    EXPECT_EQ(visible(), QList<qint64>{2});
    filter.setText(u"响应"_s); // in the Chinese name of review_response_hours
    EXPECT_EQ(visible(), (QList<qint64>{2, 5}));
    filter.setText(u"capability"_s); // in the English name of delta_tech
    EXPECT_EQ(visible(), (QList<qint64>{1, 3, 10}));
    filter.setText(u"p99_latency"_s); // the key
    EXPECT_EQ(visible(), QList<qint64>{4});
    filter.setText(u"  gc TUNING "_s);
    EXPECT_EQ(visible(), QList<qint64>{4});
    filter.setText(u"nothing like this"_s);
    EXPECT_EQ(visible(), QList<qint64>{});
    filter.setText(QString());
    EXPECT_EQ(filter.rowCount(), 6);
}

TEST_F(EntryFilterModelTest, FiltersCombine)
{
    filter.setMetricKey(u"delta_tech"_s);
    filter.setDateRange(nov(19), nov(22));
    EXPECT_EQ(visible(), (QList<qint64>{3, 10}));
    filter.setText(u"pprof"_s);
    EXPECT_EQ(visible(), QList<qint64>{});
}

TEST_F(EntryFilterModelTest, SortingByDateKeepsSameDayEntriesInIdOrder)
{
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.sort(EntryTableModel::DateColumn, Qt::AscendingOrder);
    EXPECT_EQ(visible(), (QList<qint64>{1, 2, 3, 4, 10, 5}));

    // An entry moved to another day is placed by its id among that day's entries,
    // not merely somewhere among them.
    QList<Entry> moved = {
        stored(1, nov(18), u"delta_tech"_s, 2, u"Tried pprof's flame graph"_s),
        stored(2, nov(20), u"review_response_hours"_s, 30, {}, u"https://review.example/PR-7"_s),
        stored(3, nov(20), u"delta_tech"_s, 1),
        stored(4, nov(20), u"p99_latency_ms"_s, 120, u"after GC tuning"_s),
        stored(5, nov(20), u"review_response_hours"_s, 20),
        stored(10, nov(20), u"delta_tech"_s, 3),
    };
    model.setEntries(moved);
    EXPECT_EQ(visible(), (QList<qint64>{1, 2, 3, 4, 5, 10}));

    // Descending is the exact reverse: the latest logged entry of the newest day first.
    filter.sort(EntryTableModel::DateColumn, Qt::DescendingOrder);
    EXPECT_EQ(visible(), (QList<qint64>{10, 5, 4, 3, 2, 1}));
}

TEST_F(EntryFilterModelTest, SortingByValueIsNumeric)
{
    filter.setMetricKey(u"delta_tech"_s);
    model.setEntries({stored(1, nov(18), u"delta_tech"_s, 9),
                      stored(2, nov(18), u"delta_tech"_s, 10),
                      stored(3, nov(18), u"delta_tech"_s, 2.5)});
    filter.sort(EntryTableModel::ValueColumn, Qt::AscendingOrder);
    EXPECT_EQ(visible(), (QList<qint64>{3, 1, 2})); // 2.5 < 9 < 10, not "10" < "2.5" < "9"
}
