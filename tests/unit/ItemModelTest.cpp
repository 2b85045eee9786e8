// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrFilterModel.h"
#include "AdrTableModel.h"
#include "CheckpointFilterModel.h"
#include "CheckpointTableModel.h"
#include "DimensionTableModel.h"
#include "FrameworkStore.h"
#include "MetricTableModel.h"
#include "TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>

#include <gtest/gtest.h>

namespace {

Framework goFramework(TempDatabase& temp, std::unique_ptr<Database>& db)
{
    db = temp.openSeeded();
    auto f = FrameworkStore(*db).load(QStringLiteral("go-backend"));
    EXPECT_TRUE(f.ok());
    return f.ok() ? f.value() : Framework{};
}

QModelIndex findKey(const QAbstractItemModel& model, const QString& key, int role)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(role).toString() == key)
            return index;
    }
    return {};
}

} // namespace

TEST(MetricTableModel, PassesModelTesterAndShowsTargetsTheRightWayRound)
{
    TempDatabase temp;
    std::unique_ptr<Database> db;
    const Framework f = goFramework(temp, db);
    MetricTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFramework(f);
    EXPECT_EQ(model.rowCount(), f.metrics.size());
    EXPECT_EQ(model.columnCount(), MetricTableModel::FirstTargetColumn + 3);

    const QModelIndex review =
        findKey(model, QStringLiteral("review_response_hours"), MetricTableModel::KeyRole);
    ASSERT_TRUE(review.isValid());
    const QString p6 =
        model.index(review.row(), MetricTableModel::FirstTargetColumn).data().toString();
    EXPECT_TRUE(p6.startsWith(QStringLiteral("≤ "))) << p6.toStdString();
    const QModelIndex closure =
        findKey(model, QStringLiteral("review_closure_rate"), MetricTableModel::KeyRole);
    ASSERT_TRUE(closure.isValid());
    EXPECT_TRUE(model.index(closure.row(), MetricTableModel::FirstTargetColumn + 1)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("≥ ")));
    EXPECT_EQ(model.headerData(MetricTableModel::FirstTargetColumn + 2, Qt::Horizontal).toString(),
              QStringLiteral("Target P8"));
}

TEST(DimensionTableModel, PassesModelTesterAndShowsEachLevelsExpectation)
{
    TempDatabase temp;
    std::unique_ptr<Database> db;
    const Framework f = goFramework(temp, db);
    DimensionTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFramework(f);
    ASSERT_EQ(model.rowCount(), 8);
    const Dimension& first = f.dimensions.first();
    EXPECT_EQ(model.index(0, DimensionTableModel::NameColumn).data().toString(), first.name.en);
    EXPECT_EQ(model.index(0, DimensionTableModel::FirstLevelColumn + 1).data().toString(),
              QString::number(first.expectations.value(QStringLiteral("P7"))));
}

TEST(CheckpointTableModel, PassesModelTesterAndStartsNotStarted)
{
    TempDatabase temp;
    std::unique_ptr<Database> db;
    const Framework f = goFramework(temp, db);
    CheckpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFramework(f, {});
    EXPECT_EQ(model.rowCount(), f.checkpoints().size());
    EXPECT_EQ(model.index(0, CheckpointTableModel::StatusColumn).data().toString(),
              QStringLiteral("not started"));
}

TEST(CheckpointTableModel, ShowsRecordedProgress)
{
    TempDatabase temp;
    std::unique_ptr<Database> db;
    const Framework f = goFramework(temp, db);
    const QString key = f.levels[1].checkpoints[2].key;
    CheckpointProgress done;
    done.checkpointKey = key;
    done.status = CheckpointProgress::Status::Done;
    CheckpointTableModel model;
    model.setFramework(f, {{key, done}});
    const QModelIndex index = findKey(model, key, CheckpointTableModel::KeyRole);
    ASSERT_TRUE(index.isValid());
    EXPECT_EQ(index.siblingAtColumn(CheckpointTableModel::StatusColumn).data().toString(),
              QStringLiteral("done"));
    EXPECT_EQ(index.data(CheckpointTableModel::StatusRole).toString(), QStringLiteral("done"));
}

TEST(CheckpointTableModel, ShowsDateNoteAndEvidenceOfTheUser)
{
    TempDatabase temp;
    std::unique_ptr<Database> db;
    const Framework f = goFramework(temp, db);
    const QString done = f.levels[1].checkpoints[0].key;
    const QString started = f.levels[1].checkpoints[1].key;
    CheckpointProgress doneProgress;
    doneProgress.checkpointKey = done;
    doneProgress.status = CheckpointProgress::Status::Done;
    doneProgress.startedOn = QDate(2026, 10, 1);
    doneProgress.doneOn = QDate(2026, 11, 20);
    doneProgress.note = QStringLiteral("reviewed by the TL");
    CheckpointProgress startedProgress;
    startedProgress.checkpointKey = started;
    startedProgress.status = CheckpointProgress::Status::InProgress;
    startedProgress.startedOn = QDate(2026, 11, 2);
    Evidence url = Evidence::classify(QStringLiteral("https://example.com/pr/7"));
    Evidence none;
    none.kind = Evidence::Kind::None;

    CheckpointTableModel model;
    model.setFramework(
        f, {{done, doneProgress}, {started, startedProgress}},
        {{done, {url, Evidence::classify(QStringLiteral("adr:3"))}}, {started, {none}}});
    const QModelIndex d = model.indexFromKey(done);
    const QModelIndex s = model.indexFromKey(started);
    ASSERT_TRUE(d.isValid());
    ASSERT_TRUE(s.isValid());
    EXPECT_EQ(d.siblingAtColumn(CheckpointTableModel::DateColumn).data().toString(),
              QStringLiteral("2026-11-20"));
    EXPECT_EQ(s.siblingAtColumn(CheckpointTableModel::DateColumn).data().toString(),
              QStringLiteral("2026-11-02"));
    EXPECT_EQ(d.siblingAtColumn(CheckpointTableModel::NoteColumn).data().toString(),
              QStringLiteral("reviewed by the TL"));
    EXPECT_EQ(d.siblingAtColumn(CheckpointTableModel::EvidenceColumn).data().toString(),
              QStringLiteral("https://example.com/pr/7\nadr:3"));
    EXPECT_EQ(s.siblingAtColumn(CheckpointTableModel::EvidenceColumn).data().toString(),
              QStringLiteral("no evidence yet"));
    EXPECT_EQ(d.data(CheckpointTableModel::EvidenceCountRole).toInt(), 2);
    EXPECT_EQ(s.data(CheckpointTableModel::EvidenceCountRole).toInt(), 0);
    EXPECT_EQ(d.siblingAtColumn(CheckpointTableModel::ProvenByColumn).data().toString(),
              f.levels[1].checkpoints[0].evidence.text());
}

TEST(CheckpointTableModel, NewProgressOfTheSameFrameworkChangesCellsWithoutAReset)
{
    TempDatabase temp;
    std::unique_ptr<Database> db;
    const Framework f = goFramework(temp, db);
    CheckpointTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setFramework(f, {});
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy changes(&model, &QAbstractItemModel::dataChanged);
    const QString key = f.levels[0].checkpoints[0].key;
    CheckpointProgress started;
    started.checkpointKey = key;
    started.status = CheckpointProgress::Status::InProgress;
    model.setFramework(f, {{key, started}});
    EXPECT_EQ(resets.size(), 0);
    EXPECT_EQ(changes.size(), 1);
    EXPECT_EQ(model.indexFromKey(key).data(CheckpointTableModel::StatusRole).toString(),
              QStringLiteral("in_progress"));

    Framework fewer = f;
    fewer.levels[0].checkpoints.removeFirst();
    model.setFramework(fewer, {});
    EXPECT_EQ(resets.size(), 1);
    EXPECT_FALSE(model.indexFromKey(key).isValid());
}

TEST(CheckpointFilterModel, ShowsOnlyOneLevelAndOptionallyOneDimension)
{
    TempDatabase temp;
    std::unique_ptr<Database> db;
    const Framework f = goFramework(temp, db);
    CheckpointTableModel source;
    source.setFramework(f, {});
    CheckpointFilterModel filter;
    QAbstractItemModelTester tester(&filter, QAbstractItemModelTester::FailureReportingMode::Fatal);
    filter.setSourceModel(&source);
    filter.setLevelCode(QStringLiteral("P7"));
    EXPECT_EQ(filter.rowCount(), f.levels[1].checkpoints.size());
    for (int row = 0; row < filter.rowCount(); ++row)
        EXPECT_EQ(filter.index(row, 0).data(CheckpointTableModel::LevelCodeRole).toString(),
                  QStringLiteral("P7"));

    const QString dimension = f.levels[1].checkpoints[0].dimensionKey;
    int expected = 0;
    for (const Checkpoint& c : f.levels[1].checkpoints)
        expected += c.dimensionKey == dimension;
    filter.setDimensionKey(dimension);
    EXPECT_EQ(filter.rowCount(), expected);
    EXPECT_LT(filter.rowCount(), f.levels[1].checkpoints.size());
}

TEST(AdrTableModel, PassesModelTesterAndShowsNumberStatusAndLinkedDimensions)
{
    TempDatabase temp;
    std::unique_ptr<Database> db;
    const Framework f = goFramework(temp, db);
    Adr linked;
    linked.id = 5;
    linked.number = 7;
    linked.title = QStringLiteral("Use NATS");
    linked.status = Adr::Status::Accepted;
    linked.date = QDate(2026, 3, 1);
    linked.links = {{f.key, Adr::Link::Kind::Dimension, f.dimensions[1].key},
                    {f.key, Adr::Link::Kind::Checkpoint, f.levels[1].checkpoints[0].key},
                    {QStringLiteral("other"), Adr::Link::Kind::Dimension, QStringLiteral("x")}};
    Adr unnumbered;
    unnumbered.id = 9;
    unnumbered.title = QStringLiteral("Adopt trunk-based development");
    AdrTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setRecords({linked, unnumbered}, f);
    ASSERT_EQ(model.rowCount(), 2);
    EXPECT_EQ(model.index(0, AdrTableModel::NumberColumn).data().toString(),
              QStringLiteral("0007"));
    EXPECT_EQ(model.index(0, AdrTableModel::StatusColumn).data().toString(),
              QStringLiteral("accepted"));
    EXPECT_EQ(model.index(0, AdrTableModel::DateColumn).data().toString(),
              QStringLiteral("2026-03-01"));
    // Only dimensions of this framework, by name; checkpoints and other frameworks are not listed.
    EXPECT_EQ(model.index(0, AdrTableModel::DimensionsColumn).data().toString(),
              f.dimensions[1].name.text());
    EXPECT_EQ(model.index(1, AdrTableModel::NumberColumn).data().toString(), QString());
    EXPECT_EQ(model.indexFromId(9).row(), 1);
    EXPECT_FALSE(model.indexFromId(42).isValid());
}

TEST(AdrFilterModel, LetsOnlyTheFoundIdsThroughAndEverythingWithoutASearch)
{
    Adr a;
    a.id = 1;
    a.number = 2;
    a.title = QStringLiteral("B");
    Adr b;
    b.id = 2;
    b.number = 1;
    b.title = QStringLiteral("A");
    AdrTableModel source;
    source.setRecords({a, b}, Framework());
    AdrFilterModel filter;
    filter.setSourceModel(&source);
    filter.sort(AdrTableModel::NumberColumn);
    ASSERT_EQ(filter.rowCount(), 2);
    EXPECT_EQ(filter.index(0, AdrTableModel::NumberColumn).data().toString(),
              QStringLiteral("0001"));
    filter.setIds(QSet<qint64>{1});
    ASSERT_EQ(filter.rowCount(), 1);
    EXPECT_EQ(filter.index(0, 0).data(AdrTableModel::IdRole).toLongLong(), 1);
    filter.setIds(QSet<qint64>{});
    EXPECT_EQ(filter.rowCount(), 0);
    filter.setIds(std::nullopt);
    EXPECT_EQ(filter.rowCount(), 2);
}
