// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>

class EmptyStateView;
class FrameworkView;
class QListWidget;
class QStackedWidget;
class Workspace;

/**
 * The main window: a navigation list on the left, one view per section on the right,
 * menus, and the database path in the status bar. Window geometry and the last view
 * are kept in Settings.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum View
    {
        DashboardPage,
        LogPage,
        CheckpointsPage,
        AdrsPage,
        ChartsPage,
        FrameworkPage,
        PageCount
    };

    explicit MainWindow(Workspace& workspace, QWidget* parent = nullptr);

    View currentView() const;
    void showView(View view);
    QListWidget* navigation() const { return m_navigation; }
    FrameworkView* frameworkView() const { return m_frameworkView; }

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createMenus();
    void refreshCounts();
    void backUpDatabase();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    Workspace& m_workspace;
    QListWidget* m_navigation;
    QStackedWidget* m_pages;
    EmptyStateView* m_logView;
    EmptyStateView* m_adrView;
    EmptyStateView* m_chartsView;
    FrameworkView* m_frameworkView;
};
