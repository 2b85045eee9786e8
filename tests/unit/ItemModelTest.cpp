// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointFilterModel.h"
#include "CheckpointTableModel.h"
#include "DimensionTableModel.h"
#include "FrameworkStore.h"
#include "MetricTableModel.h"
#include "TempDatabase.h"

#include <QAbstractItemModelTester>

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
