// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/QuickLogDialog.h"

#include "EntryHistory.h"
#include "MainWindow.h"
#include "TempDatabase.h"
#include "Workspace.h"
#include "WorkspaceTest.h"

#include <QApplication>
#include <QCompleter>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

class QuickLogDialogTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        useOwnConfigFolder();
        ASSERT_NO_FATAL_FAILURE(WorkspaceTest::SetUp());
        m_history = std::make_unique<EntryHistory>(*m_workspace);
    }

    /** Where a key press would go on a real screen: an open popup, else the focus. */
    static QWidget* keyTarget()
    {
        if (QWidget* popup = QApplication::activePopupWidget())
            return popup;
        return QApplication::focusWidget();
    }

    static void type(const QString& text)
    {
        for (const QChar c : text)
            QTest::keyClick(keyTarget(), c.toLatin1());
    }

    static void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(keyTarget(), key, modifiers);
    }

    QVariant stored(const QString& sql) const { return TempDatabase::scalar(m_temp.path(), sql); }

    std::unique_ptr<EntryHistory> m_history;
};

} // namespace

TEST_F(QuickLogDialogTest, CtrlLThenKeyTabValueEnterStoresTodaysEntry)
{
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    bool sawDialog = false;
    QTimer::singleShot(0, [&] {
        auto* dialog = qobject_cast<QuickLogDialog*>(QApplication::activeModalWidget());
        ASSERT_NE(dialog, nullptr);
        sawDialog = true;
        ASSERT_TRUE(QTest::qWaitFor(
            [dialog] { return dialog->isAncestorOf(QApplication::focusWidget()); }));
        auto* metric = qobject_cast<QLineEdit*>(QApplication::focusWidget());
        ASSERT_NE(metric, nullptr);
        EXPECT_EQ(metric->accessibleName(), QStringLiteral("Metric"));
        type(QStringLiteral("delta_tech"));
        press(Qt::Key_Tab);
        type(QStringLiteral("3"));
        press(Qt::Key_Return);
    });
    QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
    ASSERT_TRUE(sawDialog);
    EXPECT_EQ(stored(QStringLiteral("SELECT count(*) FROM entry")).toInt(), 1);
    EXPECT_EQ(stored(QStringLiteral("SELECT metric_key || '=' || value || '@' || day FROM entry"))
                  .toString(),
              QStringLiteral("delta_tech=3.0@2026-11-22"));
    EXPECT_EQ(window.history()->stack()->count(), 1);
}

TEST_F(QuickLogDialogTest, YesterdayInTheDateFieldDatesTheEntryTheDayBefore)
{
    QuickLogDialog dialog(*m_history);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("delta_business"));
    press(Qt::Key_Tab);
    type(QStringLiteral("2"));
    press(Qt::Key_Tab);
    press(Qt::Key_A, Qt::ControlModifier);
    type(QStringLiteral("yesterday"));
    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(stored(QStringLiteral("SELECT day FROM entry")).toString(),
              QStringLiteral("2026-11-21"));
}

TEST_F(QuickLogDialogTest, TypingPartOfTheChineseNameOffersTheMetricAndPutsItsKeyInTheField)
{
    QuickLogDialog dialog(*m_history);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* metric = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(metric, nullptr);
    // Chinese arrives from an input method as committed text, not as key codes.
    QInputMethodEvent commit;
    commit.setCommitString(QStringLiteral("韧性"));
    QApplication::sendEvent(metric, &commit);
    QWidget* popup = QApplication::activePopupWidget();
    ASSERT_NE(popup, nullptr) << "no completion offered";
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    EXPECT_EQ(metric->text(), QStringLiteral("delta_resilience"));
}

TEST_F(QuickLogDialogTest, RefusedValueStaysOpenWithTheReasonAndWritesNothing)
{
    QuickLogDialog dialog(*m_history);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("delta_tech"));
    press(Qt::Key_Tab);
    type(QStringLiteral("25"));
    press(Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    bool reasonShown = false;
    const auto labels = dialog.findChildren<QLabel*>();
    for (const QLabel* label : labels) {
        reasonShown =
            reasonShown ||
            (label->isVisible() &&
             label->text() == QStringLiteral("value: 25 is outside 0 to 20 for delta_tech"));
    }
    EXPECT_TRUE(reasonShown);
    auto* focused = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(focused, nullptr);
    EXPECT_EQ(focused->accessibleName(), QStringLiteral("Value"));
    EXPECT_EQ(stored(QStringLiteral("SELECT count(*) FROM entry")).toInt(), 0);
    EXPECT_EQ(m_history->stack()->count(), 0);
}

TEST_F(QuickLogDialogTest, EscapeCancelsWithoutWriting)
{
    QuickLogDialog dialog(*m_history);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("delta_tech"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1"));
    press(Qt::Key_Escape);
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_EQ(stored(QStringLiteral("SELECT count(*) FROM entry")).toInt(), 0);
}

TEST_F(QuickLogDialogTest, TodayPanelListsTheDailyMetricsWithYesterdaysFigureAgainstTarget)
{
    ASSERT_TRUE(TempDatabase::insertEntry(*m_db, QStringLiteral("2026-11-21"), 2));
    ASSERT_TRUE(TempDatabase::insertEntry(*m_db, QStringLiteral("2026-11-21"), 1));
    ASSERT_TRUE(m_workspace->reload().ok());
    QuickLogDialog dialog(*m_history);
    auto* panel = dialog.findChild<QTreeWidget*>();
    ASSERT_NE(panel, nullptr);
    ASSERT_EQ(panel->topLevelItemCount(), 3); // delta_tech, delta_business, delta_resilience
    QTreeWidgetItem* tech = panel->topLevelItem(0);
    EXPECT_EQ(tech->text(1), QStringLiteral("—"));
    // delta_tech sums its day: 2 + 1 against the P7 daily target of 1.
    EXPECT_EQ(tech->text(2), QStringLiteral("3 / 1"));
}

TEST_F(QuickLogDialogTest, DownInAnEmptyMetricFieldListsEveryMetricDailyOnesFirst)
{
    QuickLogDialog dialog(*m_history);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* metric = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(metric, nullptr);
    press(Qt::Key_Down);
    ASSERT_NE(QApplication::activePopupWidget(), nullptr) << "Down opened no list";
    EXPECT_EQ(metric->completer()->completionCount(), int(m_workspace->framework().metrics.size()));
    press(Qt::Key_Down);
    press(Qt::Key_Down);
    press(Qt::Key_Return);
    EXPECT_EQ(metric->text(), QStringLiteral("delta_business"));
}

TEST_F(QuickLogDialogTest, PartOfANameLeftAsTypedMeansTheFirstMetricOffered)
{
    QuickLogDialog dialog(*m_history);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    type(QStringLiteral("resil"));
    press(Qt::Key_Tab);
    type(QStringLiteral("1"));
    press(Qt::Key_Return);
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    EXPECT_EQ(stored(QStringLiteral("SELECT metric_key FROM entry")).toString(),
              QStringLiteral("delta_resilience"));
}

TEST_F(QuickLogDialogTest, EnterOnATodayRowPicksTheMetricWithoutSaving)
{
    QuickLogDialog dialog(*m_history);
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&dialog));
    auto* panel = dialog.findChild<QTreeWidget*>();
    ASSERT_NE(panel, nullptr);
    panel->setFocus();
    panel->setCurrentItem(panel->topLevelItem(2));
    QTest::keyClick(panel, Qt::Key_Return);
    EXPECT_TRUE(dialog.isVisible());
    auto* value = qobject_cast<QLineEdit*>(QApplication::focusWidget());
    ASSERT_NE(value, nullptr);
    EXPECT_EQ(value->accessibleName(), QStringLiteral("Value"));
    type(QStringLiteral("2"));
    press(Qt::Key_Return);
    EXPECT_EQ(stored(QStringLiteral("SELECT metric_key || '=' || value FROM entry")).toString(),
              QStringLiteral("delta_resilience=2.0"));
}
