// SPDX-License-Identifier: GPL-3.0-or-later
#include "views/AdrView.h"

#include "AdrTableModel.h"
#include "TempDatabase.h"
#include "TestEntries.h"
#include "Workspace.h"
#include "WorkspaceTest.h"
#include "views/AdrEditor.h"

#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

class AdrViewTest : public WorkspaceTest
{
protected:
    qint64 addRecord(int number, const QString& title, const QString& context = {})
    {
        Adr adr;
        adr.number = number;
        adr.title = title;
        adr.context = context;
        adr.date = TestToday;
        auto id = m_workspace->addAdr(adr);
        EXPECT_TRUE(id.ok());
        return id.ok() ? id.value() : 0;
    }

    QVariant stored(const QString& sql) const { return TempDatabase::scalar(m_temp.path(), sql); }

    static QPushButton* button(const AdrView& view, const QString& text)
    {
        const auto buttons = view.findChildren<QPushButton*>();
        for (QPushButton* b : buttons) {
            if (b->text() == text)
                return b;
        }
        return nullptr;
    }
};

} // namespace

TEST_F(AdrViewTest, SavingAnEditStoresItAndUndoBringsTheOldTitleBack)
{
    const qint64 id = addRecord(1, QStringLiteral("Use Kafka for order events"));
    AdrView view(*m_workspace);
    ASSERT_TRUE(view.showRecord(id));
    QLineEdit* title = view.editor()->titleEdit();
    title->selectAll();
    QTest::keyClicks(title, QStringLiteral("Use NATS for order events"));
    EXPECT_TRUE(view.editor()->isModified());
    ASSERT_TRUE(view.save());
    EXPECT_EQ(stored(QStringLiteral("SELECT title FROM adr WHERE id = %1").arg(id)).toString(),
              QStringLiteral("Use NATS for order events"));
    EXPECT_FALSE(view.editor()->isModified());

    view.undoStack()->undo();
    EXPECT_EQ(stored(QStringLiteral("SELECT title FROM adr WHERE id = %1").arg(id)).toString(),
              QStringLiteral("Use Kafka for order events"));
    EXPECT_EQ(title->text(), QStringLiteral("Use Kafka for order events"));
    view.undoStack()->redo();
    EXPECT_EQ(stored(QStringLiteral("SELECT title FROM adr WHERE id = %1").arg(id)).toString(),
              QStringLiteral("Use NATS for order events"));
}

TEST_F(AdrViewTest, AnEmptyTitleIsRefusedInTheViewAndNothingIsStoredOrUndoable)
{
    const qint64 id = addRecord(1, QStringLiteral("Keep"));
    AdrView view(*m_workspace);
    ASSERT_TRUE(view.showRecord(id));
    view.editor()->titleEdit()->clear();
    QTest::keyClick(view.editor()->titleEdit(), Qt::Key_Space);
    EXPECT_FALSE(view.save());
    EXPECT_EQ(stored(QStringLiteral("SELECT title FROM adr")).toString(), QStringLiteral("Keep"));
    EXPECT_EQ(view.undoStack()->count(), 0);
}

TEST_F(AdrViewTest, OptionsAndResultsFromTheTablesAreStored)
{
    const qint64 id = addRecord(4, QStringLiteral("Cache product pages"));
    AdrView view(*m_workspace);
    ASSERT_TRUE(view.showRecord(id));
    QTableWidget* options = view.editor()->optionsTable();
    options->setRowCount(2);
    options->setItem(0, 0, new QTableWidgetItem(QStringLiteral("Redis")));
    options->setItem(0, 1, new QTableWidgetItem(QStringLiteral("fast")));
    auto* chosen = new QTableWidgetItem;
    chosen->setCheckState(Qt::Checked);
    options->setItem(0, 3, chosen);
    options->setItem(1, 0, new QTableWidgetItem(QStringLiteral("In-process LRU")));
    QTableWidget* results = view.editor()->resultsTable();
    results->setRowCount(1);
    results->setItem(0, 0, new QTableWidgetItem(QStringLiteral("P99 latency")));
    results->setItem(0, 1, new QTableWidgetItem(QStringLiteral("320")));
    results->setItem(0, 2, new QTableWidgetItem(QStringLiteral("47")));
    results->setItem(0, 3, new QTableWidgetItem(QStringLiteral("ms")));
    ASSERT_TRUE(view.save());
    EXPECT_EQ(stored(QStringLiteral("SELECT group_concat(name || ':' || chosen, ',') FROM "
                                    "(SELECT * FROM adr_option ORDER BY position)"))
                  .toString(),
              QStringLiteral("Redis:1,In-process LRU:0"));
    EXPECT_EQ(stored(QStringLiteral("SELECT metric || ' ' || value_before || ' ' || value_after "
                                    "|| ' ' || unit FROM adr_result"))
                  .toString(),
              QStringLiteral("P99 latency 320.0 47.0 ms"));
}

TEST_F(AdrViewTest, ABadResultValueNamesTheRowAndStoresNothing)
{
    const qint64 id = addRecord(4, QStringLiteral("Cache product pages"));
    AdrView view(*m_workspace);
    ASSERT_TRUE(view.showRecord(id));
    QTableWidget* results = view.editor()->resultsTable();
    results->setRowCount(1);
    results->setItem(0, 0, new QTableWidgetItem(QStringLiteral("P99")));
    results->setItem(0, 1, new QTableWidgetItem(QStringLiteral("fast")));
    EXPECT_FALSE(view.save());
    EXPECT_EQ(stored(QStringLiteral("SELECT count(*) FROM adr_result")).toInt(), 0);
}

TEST_F(AdrViewTest, SearchNarrowsTheListAlsoForTwoChineseCharacters)
{
    addRecord(1, QStringLiteral("Use Kafka for order events"));
    addRecord(2, QStringLiteral("引入缓存层"), QStringLiteral("商品详情页的缓存命中率太低"));
    addRecord(3, QStringLiteral("Split the checkout service"));
    AdrView view(*m_workspace);
    EXPECT_EQ(view.table()->model()->rowCount(), 3);
    view.searchField()->setText(QStringLiteral("缓存"));
    ASSERT_EQ(view.table()->model()->rowCount(), 1);
    EXPECT_EQ(view.table()->model()->index(0, AdrTableModel::NumberColumn).data().toString(),
              QStringLiteral("0002"));
    view.searchField()->setText(QStringLiteral("checkout"));
    ASSERT_EQ(view.table()->model()->rowCount(), 1);
    EXPECT_EQ(view.table()->model()->index(0, AdrTableModel::TitleColumn).data().toString(),
              QStringLiteral("Split the checkout service"));
    view.searchField()->clear();
    EXPECT_EQ(view.table()->model()->rowCount(), 3);
}

TEST_F(AdrViewTest, AcceptFollowsTheLifecycleAndIsKeptInTheHistory)
{
    const qint64 id = addRecord(1, QStringLiteral("Use Kafka for order events"));
    AdrView view(*m_workspace);
    ASSERT_TRUE(view.showRecord(id));
    QPushButton* accept = button(view, QStringLiteral("&Accept"));
    QPushButton* deprecate = button(view, QStringLiteral("De&precate"));
    ASSERT_NE(accept, nullptr);
    ASSERT_NE(deprecate, nullptr);
    EXPECT_TRUE(accept->isEnabled());
    EXPECT_FALSE(deprecate->isEnabled());
    accept->click();
    EXPECT_EQ(stored(QStringLiteral("SELECT status FROM adr")).toString(),
              QStringLiteral("accepted"));
    EXPECT_EQ(stored(QStringLiteral("SELECT group_concat(status, ',') FROM "
                                    "(SELECT status FROM adr_status_change ORDER BY id)"))
                  .toString(),
              QStringLiteral("proposed,accepted"));
    EXPECT_FALSE(accept->isEnabled());
    EXPECT_TRUE(deprecate->isEnabled());
}

TEST_F(AdrViewTest, NewRecordGetsTheNextNumberAndOpensForTyping)
{
    addRecord(7, QStringLiteral("Existing"));
    AdrView view(*m_workspace);
    view.newRecord();
    EXPECT_EQ(stored(QStringLiteral("SELECT max(number) FROM adr")).toInt(), 8);
    ASSERT_NE(view.currentId(), 0);
    EXPECT_EQ(m_workspace->adr(view.currentId())->number, 8);
    EXPECT_EQ(m_workspace->adr(view.currentId())->status, Adr::Status::Proposed);
}

TEST_F(AdrViewTest, PreviewRendersTheRecordAsMarkdown)
{
    const qint64 id = addRecord(3, QStringLiteral("Use CockroachDB for orders"),
                                QStringLiteral("Writes arrive from **two** regions."));
    AdrView view(*m_workspace);
    ASSERT_TRUE(view.showRecord(id));
    auto* tabs = view.editor()->findChild<QTabWidget*>();
    ASSERT_NE(tabs, nullptr);
    tabs->setCurrentWidget(view.editor()->preview());
    const QString text = view.editor()->preview()->toPlainText();
    EXPECT_TRUE(text.contains(QStringLiteral("Use CockroachDB for orders")));
    // Rendered, not shown as source: the emphasis markers are gone.
    EXPECT_TRUE(text.contains(QStringLiteral("Writes arrive from two regions.")));
    EXPECT_FALSE(text.contains(QStringLiteral("**")));
}
