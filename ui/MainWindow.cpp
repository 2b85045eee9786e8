// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "Backups.h"
#include "Database.h"
#include "Settings.h"
#include "Workspace.h"
#include "views/CheckpointsView.h"
#include "views/DashboardView.h"
#include "views/EmptyStateView.h"
#include "views/FrameworkView.h"

#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

MainWindow::MainWindow(Workspace& workspace, QWidget* parent)
    : QMainWindow(parent)
    , m_workspace(workspace)
    , m_navigation(new QListWidget(this))
    , m_pages(new QStackedWidget(this))
    , m_logView(new EmptyStateView(tr("Log"), this))
    , m_adrView(new EmptyStateView(tr("Decision records"), this))
    , m_chartsView(new EmptyStateView(tr("Charts"), this))
    , m_frameworkView(new FrameworkView(workspace, this))
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

    m_pages->addWidget(new DashboardView(workspace, this));
    m_pages->addWidget(m_logView);
    m_pages->addWidget(new CheckpointsView(workspace, this));
    m_pages->addWidget(m_adrView);
    m_pages->addWidget(m_chartsView);
    m_pages->addWidget(m_frameworkView);

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
    connect(m_navigation, &QListWidget::currentRowChanged, m_pages,
            &QStackedWidget::setCurrentIndex);
    connect(m_frameworkView, &FrameworkView::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 5000); });
    connect(&m_workspace, &Workspace::changed, this, &MainWindow::refreshCounts);
    refreshCounts();
    restoreSettings();
}

void MainWindow::createMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* import = file->addAction(tr("&Import Framework…"), this,
                                      [this] { m_frameworkView->importFramework(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I));
    file->addAction(tr("&Back Up Database…"), this, &MainWindow::backUpDatabase);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    for (int i = 0; i < PageCount; ++i) {
        QAction* action =
            view->addAction(m_navigation->item(i)->text(), this, [this, i] { showView(View(i)); });
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
    }

    QMenu* help = menuBar()->addMenu(tr("&Help"));
    QAction* about = help->addAction(tr("&About Rungs"), this, &MainWindow::showAbout);
    about->setMenuRole(QAction::AboutRole);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt)
        ->setMenuRole(QAction::AboutQtRole);
}

void MainWindow::refreshCounts()
{
    m_logView->setText(
        tr("Calibration entries recorded in this database: %1.").arg(m_workspace.entryCount()));
    m_adrView->setText(
        tr("Decision records kept in this database: %1.").arg(m_workspace.adrCount()));
    m_chartsView->setText(tr("Progress charts are drawn from the calibration entries. Entries "
                             "recorded so far: %1.")
                              .arg(m_workspace.entryCount()));
}

MainWindow::View MainWindow::currentView() const
{
    return View(m_pages->currentIndex());
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(int(view));
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
        resize(1100, 720);
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
    event->accept();
}
