// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QMainWindow>

class EntryHistory;
class ProfileDialog;
class QListWidget;
class QSystemTrayIcon;
class QUndoGroup;
class Reminder;
class ViewStack;
class Workspace;

/**
 * The main window: a navigation list on the left, one view per section on the right,
 * menus, and the database path in the status bar. Window geometry and the last view
 * are kept in Settings. Each view is built when first shown or asked for (ViewStack).
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
    /** The views, one page per View; asking it for a view builds that view. */
    ViewStack* views() const { return m_pages; }
    /**
     * On the first start with nothing logged, opens the welcome (ProfileDialog) over
     * the window and returns it; otherwise nullptr.
     */
    ProfileDialog* welcomeIfFirstStart();
    /**
     * Marks the window as showing demo data (title and status bar), with a button back
     * to the user's own database.
     */
    void showAsDemo();
    /**
     * Writes today's automatic backup (Backups::daily) unless this window shows demo
     * data; says so in the status bar only when it fails.
     */
    void backUpDaily();
    EntryHistory* history() const { return m_history; }

    /** Opens the quick-log dialog (Ctrl+L); returns after it closes. */
    void quickLog();

Q_SIGNALS:
    /**
     * The user asked to explore demo data, or to go back from it to their own
     * database; the window has closed and the event loop is quitting, so that the
     * caller can open the other database.
     */
    void demoRequested();
    void ownDataRequested();
    /**
     * The user chose to put backupPath, an intact Rungs database, in place of the
     * database; the window has closed and the event loop is quitting, so that the
     * caller can restore it while the database is closed and open it again.
     */
    void restoreRequested(const QString& backupPath);
    /**
     * Another program put a different file where the database was (`rungs backup
     * --restore` while the window was open); the window has closed and the event loop
     * is quitting, so that the caller can open the file now at the path.
     */
    void reopenRequested();
    /**
     * The user chose another window language in Preferences; the window has closed and
     * the event loop is quitting, so that the caller can load the language and build
     * the window again.
     */
    void languageChangeRequested();

protected:
    void closeEvent(QCloseEvent* event) override;
    void changeEvent(QEvent* event) override;

private:
    void createMenus();
    void createTrayIcon();
    void showFromTray();
    void showPreferences();
    void importEntries();
    /** Ends the application, also when closing the window would only hide it. */
    void quit();
    void remind();
    void watchForNewDay();
    /**
     * Catches up with writes from other programs, such as `rungs log` in a terminal,
     * and with a database file another program replaced or removed.
     */
    void catchUp();
    /** Whether the database file is still where it was opened; tells the user if not. */
    bool databaseFileIsInPlace();
    void backUpDatabase();
    void restoreBackup();
    void showAbout();
    void restoreSettings();
    void saveSettings() const;

    Workspace& m_workspace;
    EntryHistory* m_history;
    QListWidget* m_navigation;
    ViewStack* m_pages;
    /** Edit ▸ Undo follows the view: decision records on the ADR view, entries elsewhere. */
    QUndoGroup* m_undoGroup;
    Reminder* m_reminder;
    QDate m_day;
    QSystemTrayIcon* m_tray = nullptr;
    bool m_importing = false;
    bool m_demo = false;
    bool m_quitting = false;
    bool m_toldFileMissing = false;
    bool m_toldAboutTray = false;
};
