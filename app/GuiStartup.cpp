// SPDX-License-Identifier: GPL-3.0-or-later
#include "GuiStartup.h"

#include "Backups.h"
#include "BuiltinFrameworks.h"
#include "Database.h"
#include "DatabaseProblemDialog.h"
#include "DemoFile.h"
#include "ExitCode.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiLanguage.h"
#include "Workspace.h"

#include <QApplication>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <memory>
#include <optional>

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") ||
           !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") ||
           !qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM");
}

// Opens the database; when that fails, asks the user what to do until it opens or
// they give up. Returns null when they quit.
std::unique_ptr<Database> openWithRecovery(QString path, const Clock& clock)
{
    for (;;) {
        auto opened = Database::open(path, clock);
        Status ready =
            opened ? BuiltinFrameworks::ensureInstalled(*opened.value()) : Status(opened.error());
        if (ready)
            return std::move(opened).value();

        const QStringList backups = Backups::list(path);
        DatabaseProblemDialog dialog(path, ready.error().message, backups.value(0));
        dialog.exec();
        switch (dialog.choice()) {
        case DatabaseProblemDialog::RestoreBackup: {
            if (opened)
                opened.value().reset();
            auto restored = Backups::restore(backups.first(), path, clock);
            if (!restored)
                QMessageBox::critical(nullptr,
                                      QCoreApplication::translate("GuiStartup", "Restore failed"),
                                      restored.error().message);
            break;
        }
        case DatabaseProblemDialog::OpenOther: {
            const QString other = QFileDialog::getOpenFileName(
                nullptr, QCoreApplication::translate("GuiStartup", "Open Database"), path,
                QCoreApplication::translate("GuiStartup",
                                            "SQLite databases (*.sqlite *.db);;All files (*)"));
            if (!other.isEmpty())
                path = other;
            break;
        }
        case DatabaseProblemDialog::Quit:
            return nullptr;
        }
    }
}

/** What to do once the window has closed. */
enum class Next
{
    Quit,
    Demo,
    OwnData,
    Restore,
    Reopen,
    Relanguage
};

/**
 * Writes a fresh demo database into the application's data folder, never beside the
 * user's own (which may be a synchronised folder), replacing the last demo, and returns
 * its path; on failure tells the user and returns nothing.
 */
std::optional<QString> createDemo(const Clock& clock)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("demo.sqlite"));
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Result<DemoSummary> made =
        DemoFile::create(path, clock, DemoSettings(), DemoFile::Existing::Replace);
    QGuiApplication::restoreOverrideCursor();
    if (!made) {
        QMessageBox::warning(nullptr, QCoreApplication::translate("GuiStartup", "No Demo Data"),
                             made.error().message);
        return std::nullopt;
    }
    return path;
}

void useLanguage(QApplication& app, const QLocale& language)
{
    // Dates and numbers follow the chosen language too, so one window never mixes two.
    QLocale::setDefault(language);
    Translations::install(app, language);
}

} // namespace

namespace GuiStartup {

int run(int& argc, char** argv, const QString& databasePath)
{
    if (!hasDisplay()) {
        std::fputs(qPrintable(QCoreApplication::translate(
                       "GuiStartup",
                       "rungs: no display (DISPLAY and WAYLAND_DISPLAY are unset), so the "
                       "window cannot open.\nRun a command instead, e.g. 'rungs checkpoints', "
                       "or see 'rungs --help'.\n")),
                   stderr);
        return ExitFailure;
    }
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QStringLiteral(RUNGS_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rungs.svg")));
    useLanguage(app, UiLanguage::chosen());

    SystemClock clock;
    QString path = databasePath;
    bool demo = false;
    QString restoreFrom;
    // What the status bar of the next window says about how it came to be.
    QString notice;
    for (;;) {
        // A restore replaces the file while no connection holds it open.
        if (!restoreFrom.isEmpty()) {
            auto kept = Backups::restore(restoreFrom, path, clock);
            if (kept)
                notice = QCoreApplication::translate("GuiStartup", "Restored from %1")
                             .arg(QFileInfo(restoreFrom).fileName());
            else
                QMessageBox::critical(nullptr,
                                      QCoreApplication::translate("GuiStartup", "Restore failed"),
                                      kept.error().message);
            restoreFrom.clear();
        }
        std::unique_ptr<Database> db = openWithRecovery(path, clock);
        if (!db)
            return ExitDatabase;
        Workspace workspace(*db);
        if (Status s = workspace.reload(); !s) {
            QMessageBox::critical(nullptr, QCoreApplication::translate("GuiStartup", "Rungs"),
                                  s.error().message);
            return ExitDatabase;
        }
        Next next = Next::Quit;
        MainWindow window(workspace);
        QObject::connect(&window, &MainWindow::demoRequested, [&next] { next = Next::Demo; });
        QObject::connect(&window, &MainWindow::ownDataRequested, [&next] { next = Next::OwnData; });
        QObject::connect(&window, &MainWindow::reopenRequested, [&next] { next = Next::Reopen; });
        QObject::connect(&window, &MainWindow::languageChangeRequested,
                         [&next] { next = Next::Relanguage; });
        QObject::connect(&window, &MainWindow::restoreRequested,
                         [&next, &restoreFrom](const QString& backup) {
                             next = Next::Restore;
                             restoreFrom = backup;
                         });
        if (demo)
            window.showAsDemo();
        window.show();
        // The day's backup copies the whole file: not before the window has painted.
        QTimer::singleShot(std::chrono::seconds(3), &window, &MainWindow::backUpDaily);
        if (!notice.isEmpty())
            window.statusBar()->showMessage(notice, 10000);
        notice.clear();
        if (!demo)
            window.welcomeIfFirstStart();
        const int status = app.exec();

        switch (next) {
        case Next::Quit:
            return status;
        case Next::OwnData:
            path = databasePath;
            demo = false;
            break;
        case Next::Restore:
            break;
        case Next::Relanguage:
            useLanguage(app, UiLanguage::chosen());
            break;
        case Next::Reopen:
            notice = QCoreApplication::translate(
                "GuiStartup", "Another program replaced the database file; opened the new one");
            break;
        case Next::Demo:
            if (std::optional<QString> demoPath = createDemo(clock)) {
                path = *demoPath;
                demo = true;
            }
            break;
        }
    }
}

} // namespace GuiStartup
