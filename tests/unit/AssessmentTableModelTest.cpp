// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentTableModel.h"

#include "FrameworkStore.h"
#include "TempDatabase.h"

#include <QAbstractItemModelTester>

#include <gtest/gtest.h>

namespace {

class AssessmentTableModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.openSeeded();
        ASSERT_TRUE(m_db);
        auto f = FrameworkStore(*m_db).load(QStringLiteral("go-backend"));
        ASSERT_TRUE(f.ok());
        m_framework = f.value();
    }

    static Assessment influence(double score, const QDate& day)
    {
        Assessment a;
        a.day = day;
        a.frameworkKey = QStringLiteral("go-backend");
        a.dimensionKey = QStringLiteral("influence");
        a.score = score;
        a.note = QStringLiteral("gave the Go meetup talk");
        return a;
    }

    TempDatabase m_temp;
    std::unique_ptr<Database> m_db;
    Framework m_framework;
};

} // namespace

TEST_F(AssessmentTableModelTest, PassesModelTesterWithOneRowPerDimension)
{
    AssessmentTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), 0);
    model.setContents(m_framework, QStringLiteral("P6"), QStringLiteral("P7"),
                      {{QStringLiteral("influence"), influence(2.5, QDate(2026, 11, 1))}});
    EXPECT_EQ(model.rowCount(), m_framework.dimensions.size());
    EXPECT_EQ(model.columnCount(), AssessmentTableModel::ColumnCount);
    model.setContents(m_framework, QStringLiteral("P7"), QStringLiteral("P8"), {});
    EXPECT_EQ(model.headerData(AssessmentTableModel::CurrentColumn, Qt::Horizontal).toString(),
              QStringLiteral("P7 expects"));
    EXPECT_EQ(model.headerData(AssessmentTableModel::TargetColumn, Qt::Horizontal).toString(),
              QStringLiteral("P8 expects"));
}

TEST_F(AssessmentTableModelTest, ShowsScoreWithDayAndNoteOnlyForAssessedDimensions)
{
    AssessmentTableModel model;
    model.setContents(m_framework, QStringLiteral("P6"), QStringLiteral("P7"),
                      {{QStringLiteral("influence"), influence(2.5, QDate(2026, 11, 1))}});
    const QModelIndex assessed =
        model.indexFromDimension(QStringLiteral("influence"), AssessmentTableModel::ScoreColumn);
    ASSERT_TRUE(assessed.isValid());
    EXPECT_EQ(assessed.data().toString(), QStringLiteral("2.5 (2026-11-01)"));
    EXPECT_EQ(assessed.data(Qt::ToolTipRole).toString(), QStringLiteral("gave the Go meetup talk"));
    EXPECT_EQ(assessed.data(AssessmentTableModel::ScoreRole).toDouble(), 2.5);
    EXPECT_EQ(assessed.data(AssessmentTableModel::KeyRole).toString(), QStringLiteral("influence"));
    EXPECT_EQ(assessed.siblingAtColumn(AssessmentTableModel::DimensionColumn).data().toString(),
              QStringLiteral("Influence & visibility"));

    const QModelIndex never = model.indexFromDimension(QStringLiteral("technical_judgment"),
                                                       AssessmentTableModel::ScoreColumn);
    ASSERT_TRUE(never.isValid());
    EXPECT_EQ(never.data().toString(), QStringLiteral("not assessed"));
    EXPECT_FALSE(never.data(AssessmentTableModel::ScoreRole).isValid());
    EXPECT_EQ(never.siblingAtColumn(AssessmentTableModel::CurrentColumn).data().toString(),
              QStringLiteral("2"));
    EXPECT_EQ(never.siblingAtColumn(AssessmentTableModel::TargetColumn).data().toString(),
              QStringLiteral("3.5"));
    EXPECT_FALSE(model.indexFromDimension(QStringLiteral("no_such_dimension")).isValid());
}
