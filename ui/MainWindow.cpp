// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AdrFolderActions.h"
#include "Backups.h"
#include "Database.h"
#include "EntryFileActions.h"
#include "EntryHistory.h"
#include "NumberText.h"
#include "PacketFileActions.h"
#include "Reminder.h"
#include "Settings.h"
#include "ViewStack.h"
#include "Workspace.h"
#include "dialogs/PreferencesDialog.h"
#include "dialogs/ProfileDialog.h"
#include "dialogs/QuickLogDialog.h"
#include "dialogs/ShortcutsDialog.h"
#include "views/AdrView.h"
#include "views/ChartsView.h"
#include "views/DashboardView.h"
#include "views/FrameworkView.h"
#include "views/RadarPanel.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QUndoGroup>
#include <QUndoStack>

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_history(new EntryHistory(workspace, this))
    , m_navigation(new QListWidget(this))
    , m_pages(new ViewStack(workspace, *m_history, this))
    , m_undoGroup(new QUndoGroup(this))
    , m_reminder(new Reminder(workspace, this))
    , m_day(workspace.today())
{
    setWindowTitle(tr("Rungs"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/rungs.svg")));

    const QStringList names = {tr("Dashboard"), tr("Log"),    tr("Checkpoints"),
                               tr("ADRs"),      tr("Charts"), tr("Framework")};
    for (const QString& name : names)
        m_navigation->addItem(name);
    m_navigation->setAccessibleName(tr("Sections"));
    m_navigation->setMinimumWidth(150);
    m_navigation->setMaximumWidth(220);
    QFont navigationFont = m_navigation->font();
    navigationFont.setPointSizeF(navigationFont.pointSizeF() * 1.15);
    m_navigation->setFont(navigationFont);
    m_navigation->setSpacing(3);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({180, 920});
    setCentralWidget(splitter);

    auto* databaseLabel = new QLabel(tr("Database: %1").arg(workspace.database().path()), this);
    databaseLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(databaseLabel);

    createMenus();
    createTrayIcon();
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // QListWidget reports row -1 when its items go, which leaves no page to show.
        if (row < 0)
            return;
        m_pages->showPage(row);
        QUndoStack* stack = m_history->stack();
        if (row == AdrsPage) {
            stack = m_pages->adrView()->undoStack();
            m_undoGroup->addStack(stack);
        }
        m_undoGroup->setActiveStack(stack);
    });
    connect(m_pages, &ViewStack::pageRequested, this, [this](int page) { showView(View(page)); });
    connect(m_pages, &ViewStack::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(m_pages, &ViewStack::quickLogRequested, this, &MainWindow::quickLog);
    connect(m_pages, &ViewStack::importRequested, this, &MainWindow::importEntries);
    connect(m_pages, &ViewStack::exportRequested, this, [this] {
        statusBar()->showMessage(EntryFileActions::chooseAndExport(this, m_workspace), 5000);
    });
    connect(m_history, &EntryHistory::failed, this, [this](const QString& message) {
        QMessageBox::warning(this, tr("Could not change entries"), message);
    });
    connect(m_reminder, &Reminder::due, this, &MainWindow::remind);
    watchForNewDay();
    restoreSettings();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("Import &Entries…"), this, &MainWindow::importEntries);
    file->addAction(tr("E&xport Entries…"), this, [this] {
        statusBar()->showMessage(EntryFileActions::chooseAndExport(this, m_workspace), 5000);
    });
    file->addAction(tr("Import &ADR Folder…"), this, [this] {
        const QString message = AdrFolderActions::chooseAndImport(this, m_workspace);
        if (!message.isEmpty()) {
            showView(AdrsPage);
            statusBar()->showMessage(message, 5000);
        }
    });
    file->addAction(tr("Export ADR F&older…"), this, [this] {
        statusBar()->showMessage(AdrFolderActions::chooseAndExport(this, m_workspace), 5000);
    });
    file->addAction(tr("Export &Chart…"), this, [this] {
        showView(ChartsPage);
        if (const QString message = m_pages->chartsView()->chooseAndExport(); !message.isEmpty())
            statusBar()->showMessage(message, 5000);
    });
    file->addAction(tr("Export &Radar…"), this, [this] {
        showView(DashboardPage);
        if (const QString message = m_pages->dashboardView()->radar()->chooseAndExport();
            !message.isEmpty())
            statusBar()->showMessage(message, 5000);
    });
    file->addAction(tr("Export Promotion &Packet…"), this, [this] {
        statusBar()->showMessage(PacketFileActions::chooseAndExport(this, m_workspace), 5000);
    });
    file->addSeparator();
    QAction* import = file->addAction(tr("&Import Framework…"), this,
                                      [this] { m_pages->frameworkView()->importFramework(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    file->addAction(tr("Res&tore Backup…"), this, &MainWindow::restoreBackup);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &MainWindow::quit);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* edit = menuBar()->addMenu(tr("&Edit"));
    m_undoGroup->addStack(m_history->stack());
    m_undoGroup->setActiveStack(m_history->stack());
    QAction* undo = m_undoGroup->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction* redo = m_undoGroup->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, plus whatever the platform calls redo (Ctrl+Y on Windows).
    QList<QKeySequence> redoKeys{QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)};
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(k))
            redoKeys << k;
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction* log = edit->addAction(tr("&Log a Figure…"), this, &MainWindow::quickLog);
    log->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    edit->addSeparator();
    edit->addAction(tr("Pro&file…"), this, [this] {
        auto* dialog = new ProfileDialog(m_workspace, ProfileDialog::Mode::Edit, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction* preferences = edit->addAction(tr("&Preferences…"), this, &MainWindow::showPreferences);
    preferences->setShortcut(QKeySequence::Preferences);
    preferences->setMenuRole(QAction::PreferencesRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* action =
            view->addAction(m_navigation->item(i)->text(), this, [this, i] { showView(View(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        auto* dialog = new ShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    keys->setShortcut(QKeySequence::HelpContents);
    QAction* about = help->addAction(tr("&About Rungs"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::importEntries()
{
    // The import's progress dialog keeps events flowing inside its transaction: the
    // tray and the day timer must not start another write meanwhile.
    m_importing = true;
    const QString outcome = EntryFileActions::chooseAndImport(this, m_workspace);
    m_importing = false;
    // Imported rows are not undoable, and older steps may now point at reused ids.
    m_history->stack()->clear();
    statusBar()->showMessage(outcome, 5000);
}

void MainWindow::quit()
{
    m_quitting = true;
    close();
    qApp->quit();
}

void MainWindow::quickLog()
{
    if (m_importing)
        return;
    QuickLogDialog dialog(*m_history, isVisible() ? this : nullptr);
    const int result = dialog.exec();
    // Without a window manager to hand focus back, keys would go nowhere after the
    // dialog closes; Ctrl+Z right after logging must reach this window.
    if (isVisible())
        activateWindow();
    if (result != QDialog::Accepted)
        return;
    if (const auto e = m_workspace.entry(dialog.savedId())) {
        statusBar()->showMessage(
            tr("Logged %1 = %2 for %3")
                .arg(e->metricKey, numberText(e->value), e->day.toString(Qt::ISODate)),
            5000);
    }
}

void MainWindow::createTrayIcon()
{
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    m_tray = new QSystemTrayIcon(windowIcon(), this);
    m_tray->setToolTip(tr("Rungs"));
    auto* menu = new QMenu(this);
    menu->addAction(tr("&Log a Figure…"), this, &MainWindow::quickLog);
    menu->addAction(tr("&Show Rungs"), this, &MainWindow::showFromTray);
    menu->addSeparator();
    menu->addAction(tr("&Quit"), this, &MainWindow::quit);
    m_tray->setContextMenu(menu);
    connect(m_tray, &QSystemTrayIcon::activated, this,
            [this](QSystemTrayIcon::ActivationReason reason) {
                if (reason == QSystemTrayIcon::Trigger)
                    showFromTray();
            });
    connect(m_tray, &QSystemTrayIcon::messageClicked, this, &MainWindow::quickLog);
    m_tray->show();
}

ProfileDialog* MainWindow::welcomeIfFirstStart()
{
    // Someone who already logged figures knows the app: no welcome for an upgrade.
    if (Settings().value(ProfileDialog::welcomeDoneKey(), false).toBool() ||
        m_workspace.entryCount() > 0)
        return nullptr;
    auto* dialog = new ProfileDialog(m_workspace, ProfileDialog::Mode::Welcome, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, m_reminder, &Reminder::reloadSettings);
    connect(dialog, &ProfileDialog::demoRequested, this, [this] {
        Q_EMIT demoRequested();
        quit();
    });
    dialog->open();
    return dialog;
}

void MainWindow::showAsDemo()
{
    m_demo = true;
    setWindowTitle(tr("Rungs — Demo Data"));
    auto* note = new QLabel(tr("Demo data of an imagined engineer; your own database is "
                               "untouched."),
                            this);
    auto* back = new QPushButton(tr("Back to &My Data"), this);
    back->setToolTip(tr("Close the demo and open your own database"));
    connect(back, &QPushButton::clicked, this, [this] {
        Q_EMIT ownDataRequested();
        quit();
    });
    statusBar()->insertPermanentWidget(0, note);
    statusBar()->insertPermanentWidget(1, back);
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_reminder->reloadSettings();
    if (dialog.languageChanged()) {
        if (!m_pages->settleChanges()) {
            statusBar()->showMessage(tr("The window changes language when Rungs starts again."));
            return;
        }
        // Every text of the window is set when it is built; building it again in the
        // new language is simpler and surer than re-translating each one in place.
        Q_EMIT languageChangeRequested();
        quit();
    }
}

void MainWindow::remind()
{
    const QString text = tr("Nothing is logged for today yet. Press Ctrl+L to log a figure.");
    if (m_tray) {
        m_tray->showMessage(tr("Rungs"), text, windowIcon());
        return;
    }
    statusBar()->showMessage(text);
}

void MainWindow::watchForNewDay()
{
    // Streak, "today" and the Today panel depend on the date; an app left open over
    // midnight re-reads them once the day changes. The same tick picks up entries
    // logged from a terminal while the window stays in the background.
    auto* timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, [this] {
        const QDate today = m_workspace.today();
        if (m_importing)
            return;
        if (today == m_day)
            return catchUp();
        m_day = today;
        if (Status s = m_workspace.reload(); !s)
            statusBar()->showMessage(s.error().message);
        backUpDaily();
    });
    timer->start();
}

void MainWindow::catchUp()
{
    // Not while a dialog is open: reopening would close it and lose what was typed.
    if (m_importing || QApplication::activeModalWidget() || !databaseFileIsInPlace())
        return;
    if (Status s = m_workspace.reloadIfChangedElsewhere(); !s)
        statusBar()->showMessage(s.error().message);
}

bool MainWindow::databaseFileIsInPlace()
{
    const Database& db = m_workspace.database();
    switch (db.fileState()) {
    case Database::FileState::Same:
        return true;
    case Database::FileState::Replaced:
        // The connection would go on writing to the file that was moved aside, and the
        // user would see none of what the new file holds.
        Q_EMIT reopenRequested();
        quit();
        return false;
    case Database::FileState::Missing:
        if (!m_toldFileMissing) {
            m_toldFileMissing = true;
            QMessageBox::warning(
                this, tr("Database File Gone"),
                tr("%1 was moved or deleted while Rungs had it open. The window still shows "
                   "and saves what it holds, but only until Rungs closes: use File ▸ Back Up "
                   "Database… to keep it, or put the file back.")
                    .arg(QDir::toNativeSeparators(db.path())));
        }
        return false;
    }
    return true;
}

void MainWindow::changeEvent(QEvent* event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::ActivationChange && isActiveWindow())
        catchUp();
}

void MainWindow::showFromTray()
{
    showNormal();
    raise();
    activateWindow();
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_pages->currentIndex());
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(int(view));
}

void MainWindow::backUpDaily()
{
    if (m_demo)
        return;
    if (auto written = Backups::daily(m_workspace.database()); !written)
        statusBar()->showMessage(tr("The daily backup failed: %1").arg(written.error().message));
}

void MainWindow::restoreBackup()
{
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Restore Backup"), Backups::directoryFor(m_workspace.database().path()),
        tr("SQLite databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (Status usable = Database::verifyFile(path); !usable) {
        QMessageBox::warning(this, tr("Not a Backup"), usable.error().message);
        return;
    }
    const auto answer = QMessageBox::question(
        this, tr("Restore Backup"),
        tr("Put %1 in place of the database? What was written since that backup is replaced; "
           "the current file is kept beside the database with \".before-restore-\" and the "
           "time in its name.")
            .arg(QFileInfo(path).fileName()),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    Q_EMIT restoreRequested(path);
    quit();
}

void MainWindow::backUpDatabase()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Back Up Database"),
                                     Backups::directoryFor(m_workspace.database().path()) +
                                         QStringLiteral("/rungs-backup.sqlite"),
                                     tr("SQLite databases (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    auto written = Backups::create(m_workspace.database(), path);
    if (!written) {
        QMessageBox::warning(this, tr("Backup failed"), written.error().message);
        return;
    }
    statusBar()->showMessage(tr("Backed up to %1").arg(written.value()), 5000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(
        this, tr("About Rungs"),
        tr("<h3>Rungs %1</h3>"
           "<p>Plan and prove a promotion along an engineering career ladder: daily "
           "calibration metrics, decision records, checkpoints and progress, kept privately "
           "in one file on this computer.</p>"
           "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
            .arg(QStringLiteral(RUNGS_VERSION)));
}

void MainWindow::restoreSettings()
{
    Settings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1240, 780);
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const int view = settings.value(QStringLiteral("window/view"), int(DashboardPage)).toInt();
    showView(view >= 0 && view < PageCount ? View(view) : DashboardPage);
}

void MainWindow::saveSettings() const
{
    Settings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/view"), int(currentView()));
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    saveSettings();
    // With a reminder to deliver, closing the window leaves Rungs in the tray;
    // Quit (Ctrl+Q, or the tray menu) ends it.
    if (m_tray && m_reminder->isEnabled() && !m_quitting) {
        hide();
        if (m_toldAboutTray)
            return event->ignore();
        m_toldAboutTray = true;
        m_tray->showMessage(tr("Rungs"),
                            tr("Rungs keeps running in the tray to remind you to "
                               "log. Quit from the tray menu to end it."),
                            windowIcon());
        event->ignore();
        return;
    }
    event->accept();
}
