// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/LogView.h"

#include "EntryFilterModel.h"
#include "EntryHistory.h"
#include "EntryTableModel.h"
#include "TempDatabase.h"
#include "Workspace.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

class LogViewTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_db = m_temp.openSeeded();
        ASSERT_TRUE(m_db);
        m_workspace = std::make_unique<Workspace>(*m_db);
        ASSERT_TRUE(m_workspace->reload().ok());
        m_history = std::make_unique<EntryHistory>(*m_workspace);
        m_view = std::make_unique<LogView>(*m_history);
    }

    qint64 add(const QString& day, const QString& metric, double value)
    {
        Entry e;
        e.day = QDate::fromString(day, Qt::ISODate);
        e.metricKey = metric;
        e.value = value;
        auto id = m_history->add(e);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    int storedCount() const
    {
        return TempDatabase::scalar(m_temp.path(), QStringLiteral("SELECT count(*) FROM entry"))
            .toInt();
    }

    /** The view's row showing entry id, or an invalid index. */
    QModelIndex rowOf(qint64 id, int column = EntryTableModel::DateColumn) const
    {
        const QAbstractItemModel* model = m_view->table()->model();
        for (int r = 0; r < model->rowCount(); ++r) {
            const QModelIndex i = model->index(r, column);
            if (i.data(EntryTableModel::IdRole).toLongLong() == id)
                return i;
        }
        return {};
    }

    TempDatabase m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
    std::unique_ptr<EntryHistory> m_history;
    std::unique_ptr<LogView> m_view;
};

} // namespace

TEST_F(LogViewTest, NewestDayComesFirstAndUndoOfAnAddRemovesTheRow)
{
    const qint64 older = add(QStringLiteral("2026-11-20"), QStringLiteral("delta_tech"), 1);
    const qint64 newer = add(QStringLiteral("2026-11-22"), QStringLiteral("delta_resilience"), 4);
    QAbstractItemModel* model = m_view->table()->model();
    ASSERT_EQ(model->rowCount(), 2);
    EXPECT_EQ(model->index(0, 0).data(EntryTableModel::IdRole).toLongLong(), newer);
    EXPECT_EQ(model->index(1, 0).data(EntryTableModel::IdRole).toLongLong(), older);

    m_history->stack()->undo();
    EXPECT_EQ(model->rowCount(), 1);
    EXPECT_EQ(storedCount(), 1);
    m_history->stack()->redo();
    EXPECT_EQ(model->rowCount(), 2);
    EXPECT_TRUE(rowOf(newer).isValid()) << "redo brings the entry back with its id";
}

TEST_F(LogViewTest, InlineEditIsStoredAndUndoable)
{
    const qint64 id = add(QStringLiteral("2026-11-22"), QStringLiteral("delta_tech"), 1);
    const QModelIndex value = rowOf(id, EntryTableModel::ValueColumn);
    ASSERT_TRUE(m_view->table()->model()->setData(value, QStringLiteral("2.5")));
    const QString sql = QStringLiteral("SELECT value FROM entry WHERE id = %1").arg(id);
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), sql).toDouble(), 2.5);
    EXPECT_EQ(rowOf(id, EntryTableModel::ValueColumn).data().toString(),
              QStringLiteral("2.5 count/day"));
    m_history->stack()->undo();
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), sql).toDouble(), 1.0);
}

TEST_F(LogViewTest, RefusedInlineEditShowsTheReasonAndLeavesTheEntry)
{
    const qint64 id = add(QStringLiteral("2026-11-22"), QStringLiteral("delta_tech"), 1);
    EXPECT_FALSE(m_view->table()->model()->setData(rowOf(id, EntryTableModel::DateColumn),
                                                   QStringLiteral("2026-02-30")));
    bool shown = false;
    const auto labels = m_view->findChildren<QLabel*>();
    for (const QLabel* l : labels)
        shown = shown || l->text().contains(QStringLiteral("2026-02-30 is not a day"));
    EXPECT_TRUE(shown);
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(),
                                   QStringLiteral("SELECT day FROM entry WHERE id = %1").arg(id))
                  .toString(),
              QStringLiteral("2026-11-22"));
    EXPECT_EQ(m_history->stack()->count(), 1); // only the add
}

TEST_F(LogViewTest, DeletingSelectedRowsIsOneStepThatUndoRestoresWithTheSameIds)
{
    const qint64 a = add(QStringLiteral("2026-11-20"), QStringLiteral("delta_tech"), 1);
    const qint64 b = add(QStringLiteral("2026-11-21"), QStringLiteral("delta_tech"), 2);
    const qint64 c = add(QStringLiteral("2026-11-22"), QStringLiteral("delta_tech"), 3);
    QItemSelectionModel* selection = m_view->table()->selectionModel();
    selection->select(rowOf(a), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    selection->select(rowOf(c), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    m_view->table()->setFocus();
    m_view->deleteSelected();
    EXPECT_EQ(storedCount(), 1);
    EXPECT_TRUE(rowOf(b).isValid());
    EXPECT_FALSE(rowOf(a).isValid());

    m_history->stack()->undo();
    EXPECT_EQ(storedCount(), 3);
    EXPECT_TRUE(rowOf(a).isValid());
    EXPECT_TRUE(rowOf(c).isValid());
    m_history->stack()->redo();
    EXPECT_EQ(storedCount(), 1);
}

TEST_F(LogViewTest, FiltersNarrowTheRowsAndTheCountSaysSo)
{
    add(QStringLiteral("2026-11-20"), QStringLiteral("delta_tech"), 1);
    add(QStringLiteral("2026-11-21"), QStringLiteral("delta_business"), 2);
    add(QStringLiteral("2026-11-22"), QStringLiteral("delta_tech"), 3);
    m_view->filterModel()->setMetricKey(QStringLiteral("delta_tech"));
    EXPECT_EQ(m_view->table()->model()->rowCount(), 2);
    m_view->filterModel()->setDateRange(QDate(2026, 11, 21), QDate());
    EXPECT_EQ(m_view->table()->model()->rowCount(), 1);
}

TEST_F(LogViewTest, StreakCountsConsecutiveDaysEndingToday)
{
    add(QStringLiteral("2026-11-19"), QStringLiteral("delta_tech"), 1);
    add(QStringLiteral("2026-11-21"), QStringLiteral("delta_tech"), 1);
    add(QStringLiteral("2026-11-22"), QStringLiteral("delta_tech"), 1);
    bool shown = false;
    const auto labels = m_view->findChildren<QLabel*>();
    for (const QLabel* l : labels)
        shown = shown || l->text() == QStringLiteral("Streak: 2 days in a row");
    EXPECT_TRUE(shown);
}
