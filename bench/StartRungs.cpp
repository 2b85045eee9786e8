// SPDX-License-Identifier: GPL-3.0-or-later
// Rungs' own start-up, as app/GuiStartup.cpp does it, on the database given: open it,
// load the workspace, build and show the main window on the Dashboard, quit once the
// radar has been painted.
//
// usage: rungs_bench_start_rungs DATABASE
#include "BuiltinFrameworks.h"
#include "Clock.h"
#include "Database.h"
#include "FirstPaint.h"
#include "MainWindow.h"
#include "Translations.h"
#include "UiLanguage.h"
#include "Workspace.h"

#include <QApplication>
#include <QIcon>

#include <cstdio>

int main(int argc, char* argv[])
{
    FirstPaint::start();
    if (argc != 2) {
        std::fputs("usage: rungs_bench_start_rungs DATABASE\n", stderr);
        return 2;
    }
    QCoreApplication::setApplicationName(QStringLiteral("rungs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNGS_VERSION));
    QApplication app(argc, argv);
    FirstPaint::watch(&app);
    QGuiApplication::setDesktopFileName(QStringLiteral(RUNGS_APP_ID));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/rungs.svg")));
    const QLocale language = UiLanguage::chosen();
    QLocale::setDefault(language);
    Translations::install(app, language);

    SystemClock clock;
    auto db = Database::open(QString::fromLocal8Bit(argv[1]), clock);
    if (!db || !BuiltinFrameworks::ensureInstalled(*db.value())) {
        std::fputs("rungs_bench_start_rungs: cannot open the database\n", stderr);
        return 4;
    }
    Workspace workspace(*db.value());
    if (!workspace.reload()) {
        std::fputs("rungs_bench_start_rungs: cannot load the workspace\n", stderr);
        return 4;
    }
    MainWindow window(workspace);
    window.show();
    window.welcomeIfFirstStart();
    return app.exec();
}
