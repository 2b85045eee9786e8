// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "CheckpointFilterModel.h"
#include "EntryFilterModel.h"
#include "EntryTableModel.h"
#include "Settings.h"
#include "TempDatabase.h"
#include "TestEntries.h"
#include "ViewStack.h"
#include "Workspace.h"
#include "WorkspaceTest.h"
#include "dialogs/ShortcutsDialog.h"
#include "views/AdrView.h"
#include "views/ChartsView.h"
#include "views/CheckpointsView.h"
#include "views/DashboardView.h"
#include "views/FrameworkView.h"
#include "views/LogView.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <gtest/gtest.h>

namespace {

class MainWindowTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        // Each test starts from default window settings of its own.
        useOwnConfigFolder();
        WorkspaceTest::SetUp();
    }

    // What the window system does when the user comes back to the window.
    static void activate(MainWindow& window)
    {
        QApplication::setActiveWindow(&window);
        QEvent activation(QEvent::ActivationChange);
        QApplication::sendEvent(&window, &activation);
    }

    // What `rungs backup --restore` does: the old file aside, another in its place.
    void replaceDatabaseFile()
    {
        const QString aside = m_temp.path() + QStringLiteral(".before-restore");
        ASSERT_TRUE(QFile::rename(m_temp.path(), aside));
        ASSERT_TRUE(QFile::copy(aside, m_temp.path()));
    }

    // Answers the next modal message box with button, as a user would.
    static void answerNextMessageBox(QMessageBox::StandardButton button)
    {
        QTimer::singleShot(0, [button] {
            auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
            ASSERT_NE(box, nullptr);
            box->button(button)->click();
        });
    }
};

} // namespace

TEST_F(MainWindowTest, OpensWithSixSectionsAndDatabasePathInStatusBar)
{
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    EXPECT_EQ(window.navigation()->count(), MainWindow::PageCount);
    EXPECT_EQ(window.navigation()->item(0)->text(), QStringLiteral("Dashboard"));
    EXPECT_EQ(window.currentView(), MainWindow::DashboardPage);
    bool pathShown = false;
    const auto labels = window.statusBar()->findChildren<QLabel*>();
    for (const QLabel* label : labels)
        pathShown = pathShown || label->text().contains(m_temp.path());
    EXPECT_TRUE(pathShown);
}

TEST_F(MainWindowTest, KeyboardShortcutSwitchesSection)
{
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), MainWindow::CheckpointsPage);
    QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
    EXPECT_EQ(window.currentView(), MainWindow::FrameworkPage);
}

TEST_F(MainWindowTest, RemembersLastViewAcrossRestarts)
{
    {
        MainWindow window(*m_workspace);
        window.show();
        window.showView(MainWindow::FrameworkPage);
        window.close();
    }
    MainWindow again(*m_workspace);
    EXPECT_EQ(again.currentView(), MainWindow::FrameworkPage);
    // Only the view it opens on is built, not the Dashboard.
    EXPECT_NE(again.findChild<FrameworkView*>(), nullptr);
    EXPECT_EQ(again.findChild<DashboardView*>(), nullptr);
}

// Start-up builds only the view on screen; each other view is built when first shown.
TEST_F(MainWindowTest, BuildsAViewWhenItIsFirstShown)
{
    ASSERT_TRUE(m_workspace->addEntry(makeEntry(TestToday, QStringLiteral("delta_tech"), 2)).ok());
    // Settings outlive a test (QSettings reads its folder once): open on the Dashboard.
    Settings().setValue(QStringLiteral("window/view"), int(MainWindow::DashboardPage));
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto* dashboard = window.findChild<DashboardView*>();
    ASSERT_NE(dashboard, nullptr);
    EXPECT_TRUE(dashboard->isVisible());
    EXPECT_EQ(window.findChild<LogView*>(), nullptr);
    EXPECT_EQ(window.findChild<CheckpointsView*>(), nullptr);
    EXPECT_EQ(window.findChild<AdrView*>(), nullptr);
    EXPECT_EQ(window.findChild<ChartsView*>(), nullptr);
    EXPECT_EQ(window.findChild<FrameworkView*>(), nullptr);

    // Down in the section list, as a keyboard user moves to the Log.
    window.navigation()->setFocus();
    QTest::keyClick(window.navigation(), Qt::Key_Down);
    EXPECT_EQ(window.currentView(), MainWindow::LogPage);
    auto* log = window.findChild<LogView*>();
    ASSERT_NE(log, nullptr);
    EXPECT_TRUE(log->isVisible());
    EXPECT_EQ(log->table()->model()->rowCount(), 1);
    EXPECT_EQ(window.findChild<CheckpointsView*>(), nullptr);

    // A view built late still follows the workspace.
    ASSERT_TRUE(
        m_workspace->addEntry(makeEntry(TestToday, QStringLiteral("delta_business"), 1)).ok());
    EXPECT_EQ(log->table()->model()->rowCount(), 2);

    QTest::keyClick(&window, Qt::Key_5, Qt::ControlModifier);
    auto* charts = window.findChild<ChartsView*>();
    ASSERT_NE(charts, nullptr);
    EXPECT_TRUE(charts->isVisible());
    EXPECT_FALSE(log->isVisible());
    EXPECT_EQ(window.findChild<AdrView*>(), nullptr);
}

// Edit ▸ Undo on the ADR view reverses record edits, also when that view is built late.
TEST_F(MainWindowTest, UndoFollowsTheAdrViewBuiltWhenFirstShown)
{
    MainWindow window(*m_workspace);
    QAction* undo = nullptr;
    for (QAction* action : window.menuBar()->actions().at(1)->menu()->actions()) {
        if (action->shortcut() == QKeySequence::Undo)
            undo = action;
    }
    ASSERT_NE(undo, nullptr);
    window.showView(MainWindow::AdrsPage);
    QUndoStack* adrs = window.views()->adrView()->undoStack();
    adrs->push(new QUndoCommand(QStringLiteral("an ADR step")));
    EXPECT_TRUE(undo->isEnabled());
    EXPECT_TRUE(undo->text().contains(QStringLiteral("an ADR step")));
    window.showView(MainWindow::LogPage);
    EXPECT_FALSE(undo->isEnabled());
}

TEST_F(MainWindowTest, CheckpointsViewHasOneTabPerLevelWithThatLevelsCheckpoints)
{
    CheckpointsView view(*m_workspace);
    QTabWidget* tabs = view.levelTabs();
    ASSERT_EQ(tabs->count(), 3);
    EXPECT_TRUE(tabs->tabText(1).startsWith(QStringLiteral("P7 ")));
    auto* table = qobject_cast<QTableView*>(tabs->widget(1));
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->rowCount(), m_workspace->framework().levels[1].checkpoints.size());
}

TEST_F(MainWindowTest, FrameworkViewImportsFileAndSwitchesWhenUserAgrees)
{
    FrameworkView view(*m_workspace);
    answerNextMessageBox(QMessageBox::Yes);
    EXPECT_TRUE(
        view.importFrameworkFile(QStringLiteral(RUNGS_FIXTURES "/frameworks/minimal.json")));
    EXPECT_EQ(m_workspace->framework().key, QStringLiteral("minimal"));
    EXPECT_EQ(m_workspace->profile().currentLevel, QStringLiteral("A1"));
}

TEST_F(MainWindowTest, FrameworkViewRefusesBadFileAndChangesNothing)
{
    FrameworkView view(*m_workspace);
    answerNextMessageBox(QMessageBox::Ok);
    EXPECT_FALSE(view.importFrameworkFile(
        QStringLiteral(RUNGS_FIXTURES "/frameworks/bad/unknown-direction.json")));
    EXPECT_EQ(m_workspace->framework().key, QStringLiteral("go-backend"));
    EXPECT_EQ(m_workspace->frameworks().value().size(), 2);
}

TEST_F(MainWindowTest, EvidenceEntryLinkOpensTheLogWithThatEntrySelected)
{
    ASSERT_TRUE(
        m_workspace->addEntry(makeEntry(TestToday.addDays(-1), QStringLiteral("delta_tech"), 1))
            .ok());
    const auto id =
        m_workspace->addEntry(makeEntry(TestToday, QStringLiteral("delta_business"), 3));
    ASSERT_TRUE(id.ok());
    MainWindow window(*m_workspace);
    // A filter that hides the entry is cleared to show it.
    window.views()->logView()->filterModel()->setText(QStringLiteral("nothing matches this"));
    Q_EMIT window.views()->checkpointsView()->entryRequested(id.value());
    EXPECT_EQ(window.currentView(), MainWindow::LogPage);
    const QModelIndex current = window.views()->logView()->table()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.data(EntryTableModel::IdRole).toLongLong(), id.value());
}

TEST_F(MainWindowTest, NextCheckpointLinkOnTheDashboardSelectsItInTheCheckpointsView)
{
    MainWindow window(*m_workspace);
    const QString key = m_workspace->framework().level(QStringLiteral("P7"))->checkpoints[2].key;
    Q_EMIT window.views()->dashboardView()->checkpointRequested(key);
    EXPECT_EQ(window.currentView(), MainWindow::CheckpointsPage);
    EXPECT_EQ(window.views()->checkpointsView()->selectedCheckpoint(), key);
}

TEST_F(MainWindowTest, TheChartsViewGivesTheChartTheRoomBesideItsControls)
{
    MainWindow window(*m_workspace);
    window.resize(1200, 760);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    window.showView(MainWindow::ChartsPage);
    QCoreApplication::processEvents();
    auto* chartView = window.views()->chartsView()->findChild<QChartView*>();
    ASSERT_NE(chartView, nullptr);
    EXPECT_GT(chartView->width(), 500) << chartView->width() << "x" << chartView->height();
    EXPECT_GT(chartView->height(), 400);
}

TEST_F(MainWindowTest, KeyboardShortcutsListTheMenuCommandsWithTheirKeys)
{
    MainWindow window(*m_workspace);
    ShortcutsDialog dialog(window.menuBar());
    QHash<QString, QString> keys;
    for (int row = 0; row < dialog.table()->rowCount(); ++row)
        keys.insert(dialog.table()->item(row, 0)->text(), dialog.table()->item(row, 1)->text());
    EXPECT_EQ(keys.value(QStringLiteral("Edit ▸ Log a Figure…")), QStringLiteral("Ctrl+L"));
    EXPECT_EQ(keys.value(QStringLiteral("File ▸ Import Framework…")),
              QStringLiteral("Ctrl+Shift+I"));
    EXPECT_EQ(keys.value(QStringLiteral("Help ▸ Keyboard Shortcuts")), QStringLiteral("F1"));
    // Commands without a shortcut are not listed.
    EXPECT_FALSE(keys.contains(QStringLiteral("File ▸ Export Chart…")));
    EXPECT_TRUE(keys.contains(QStringLiteral("Chart: zoom in, zoom out")));
}

// What a screen reader announces for every control a user can tab to, in every view:
// its own accessible name, its label's text (a buddy) or its visible text.
TEST_F(MainWindowTest, EveryFocusableControlOfEveryViewHasAnAccessibleName)
{
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QStringList unnamed;
    for (int view = 0; view < MainWindow::PageCount; ++view) {
        window.showView(MainWindow::View(view));
        QCoreApplication::processEvents();
        const QList<QWidget*> widgets = window.findChildren<QWidget*>();
        for (QWidget* widget : widgets) {
            if (!widget->isVisible() || !(widget->focusPolicy() & Qt::TabFocus) ||
                widget->focusProxy())
                continue;
            QAccessibleInterface* accessible = QAccessible::queryAccessibleInterface(widget);
            if (!accessible || accessible->text(QAccessible::Name).trimmed().isEmpty())
                unnamed.append(QStringLiteral("view %1: %2 %3")
                                   .arg(view)
                                   .arg(QString::fromLatin1(widget->metaObject()->className()),
                                        widget->objectName()));
        }
    }
    unnamed.removeDuplicates();
    EXPECT_TRUE(unnamed.isEmpty()) << unnamed.join(u'\n').toStdString();
}

TEST_F(MainWindowTest, AskedToReopenWhenAnotherProgramReplacesTheDatabaseFile)
{
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy reopen(&window, &MainWindow::reopenRequested);
    activate(window);
    EXPECT_EQ(reopen.count(), 0) << "the file was never replaced";

    replaceDatabaseFile();
    activate(window);
    EXPECT_EQ(reopen.count(), 1);
    EXPECT_FALSE(window.isVisible());
}

TEST_F(MainWindowTest, ADeletedDatabaseFileIsToldOnceAndTheWindowStays)
{
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy reopen(&window, &MainWindow::reopenRequested);
    ASSERT_TRUE(QFile::rename(m_temp.path(), m_temp.path() + QStringLiteral(".moved")));

    QString told;
    QTimer::singleShot(0, [&told] {
        auto* box = qobject_cast<QMessageBox*>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        told = box->text();
        box->button(QMessageBox::Ok)->click();
    });
    activate(window);
    EXPECT_TRUE(told.contains(m_temp.path())) << told.toStdString();
    EXPECT_TRUE(told.contains(QStringLiteral("Back Up Database"))) << told.toStdString();

    // A second activation does not ask again (a modal box here would hang the test).
    activate(window);
    EXPECT_EQ(reopen.count(), 0);
    EXPECT_TRUE(window.isVisible());
}

TEST_F(MainWindowTest, AReplacedDatabaseFileWaitsUntilNoDialogIsOpen)
{
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy reopen(&window, &MainWindow::reopenRequested);
    replaceDatabaseFile();

    // Someone is typing in a dialog: closing the window now would lose it.
    QMessageBox dialog(QMessageBox::Information, QStringLiteral("Rungs"), QStringLiteral("…"),
                       QMessageBox::Ok, &window);
    int whileOpen = -1;
    QTimer::singleShot(0, [&] {
        activate(window);
        whileOpen = int(reopen.count());
        dialog.accept();
    });
    dialog.exec();
    EXPECT_EQ(whileOpen, 0);

    activate(window);
    EXPECT_EQ(reopen.count(), 1);
}
