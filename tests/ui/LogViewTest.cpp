// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/LogView.h"

#include "EntryFilterModel.h"
#include "EntryHistory.h"
#include "EntryTableModel.h"
#include "TempDatabase.h"
#include "TestEntries.h"
#include "Workspace.h"
#include "WorkspaceTest.h"

#include <QItemSelectionModel>
#include <QLabel>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

class LogViewTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceTest::SetUp());
        m_history = std::make_unique<EntryHistory>(*m_workspace);
        m_view = std::make_unique<LogView>(*m_history);
    }

    qint64 add(const QString& day, const QString& metric, double value)
    {
        auto id = m_history->add(makeEntry(QDate::fromString(day, Qt::ISODate), metric, value));
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

TEST_F(LogViewTest, NoteEditorKeepsALongMultiLineNoteWhole)
{
    // 40,000 characters: more than a line edit holds (32,767), less than the 64 KiB allowed.
    const QString note =
        QString(20000, QLatin1Char('a')) + QLatin1Char('\n') + QString(19999, QLatin1Char('b'));
    const qint64 id =
        m_history->add(makeEntry(TestToday, QStringLiteral("delta_tech"), 1, note)).value();
    QTableView* table = m_view->table();
    const QModelIndex cell = rowOf(id, EntryTableModel::NoteColumn);
    QStyleOptionViewItem option;
    QWidget* editor = table->itemDelegate()->createEditor(table->viewport(), option, cell);
    ASSERT_NE(editor, nullptr);
    table->itemDelegate()->setEditorData(editor, cell);
    table->itemDelegate()->setModelData(editor, table->model(), cell);
    delete editor;
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(),
                                   QStringLiteral("SELECT note FROM entry WHERE id = %1").arg(id))
                  .toString(),
              note);
    EXPECT_EQ(m_history->stack()->count(), 1) << "an unchanged note is not a change";
}

TEST_F(LogViewTest, NoteOfAnEntryWhoseMetricTheFrameworkLacksCanStillBeEdited)
{
    ASSERT_TRUE(TempDatabase::insertEntry(*m_db, QStringLiteral("2026-11-20"), 5,
                                          QStringLiteral("retired_metric")));
    ASSERT_TRUE(m_workspace->reload().ok());
    const qint64 id = m_workspace->entries().constFirst().id;
    ASSERT_TRUE(m_view->table()->model()->setData(rowOf(id, EntryTableModel::NoteColumn),
                                                  QStringLiteral("kept for the record")));
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), QStringLiteral("SELECT note || '|' || metric_key "
                                                                 "|| '|' || value FROM entry"))
                  .toString(),
              QStringLiteral("kept for the record|retired_metric|5.0"));
}

TEST_F(LogViewTest, UndoAfterAnImportReusedTheIdNeverDeletesTheImportedRow)
{
    const qint64 id = add(QStringLiteral("2026-11-21"), QStringLiteral("delta_tech"), 1);
    m_history->stack()->undo(); // the row is gone, its id free again
    m_temp.clock().advance(60);
    const Entry imported = makeEntry(TestToday, QStringLiteral("delta_business"), 2);
    ASSERT_TRUE(m_workspace->importEntries({imported}).ok());
    ASSERT_EQ(m_workspace->entries().constFirst().id, id) << "SQLite reused the id";

    m_history->stack()->redo(); // cannot put the old row back under a taken id
    QTest::qWait(0);            // the failed step clears the history once it returns
    EXPECT_EQ(m_history->stack()->count(), 0);
    EXPECT_EQ(TempDatabase::scalar(m_temp.path(), QStringLiteral("SELECT metric_key FROM entry"))
                  .toString(),
              QStringLiteral("delta_business"));
    EXPECT_EQ(storedCount(), 1);
}

TEST_F(LogViewTest, EntryWrittenByAnotherProgramAppearsWhenTheWindowCatchesUp)
{
    QSignalSpy changed(m_workspace.get(), &Workspace::changed);
    ASSERT_TRUE(m_workspace->reloadIfChangedElsewhere().ok());
    EXPECT_EQ(changed.count(), 0) << "nothing changed, nothing re-read";
    // Another connection, as `rungs log` in a terminal would be.
    TempDatabase::scalar(m_temp.path(),
                         QStringLiteral("INSERT INTO entry (day, metric_key, value, created_at, "
                                        "updated_at) VALUES ('2026-11-22', 'delta_tech', 2, "
                                        "'2026-11-22T09:30:00Z', '2026-11-22T09:30:00Z')"));
    ASSERT_TRUE(m_workspace->reloadIfChangedElsewhere().ok());
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_view->table()->model()->rowCount(), 1);
}
