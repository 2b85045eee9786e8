// SPDX-License-Identifier: GPL-3.0-or-later
// rungs-gui: the window and every command, those that draw charts too. `rungs` hands
// on to it what it cannot do itself (app/main.cpp).
#include "Clock.h"
#include "CommandLine.h"
#include "GuiStartup.h"
#include "Translations.h"
#include "commands/ChartCommand.h"
#include "commands/RadarCommand.h"
#include "commands/ReportCommand.h"

#include <QApplication>
#include <QCoreApplication>
#include <QLocale>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("rungs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNGS_VERSION));
}

QtMessageHandler previousMessageHandler = nullptr;

/**
 * Starting a QGuiApplication looks for a Wayland socket in XDG_RUNTIME_DIR and warns
 * when that variable is unset, as under cron, ssh or in containers. Drawing off screen
 * does not need it, and scripts read stderr, so that one warning is dropped while the
 * application starts; everything else passes through.
 */
void withoutRuntimeDirWarning(QtMsgType type, const QMessageLogContext& context,
                              const QString& message)
{
    if (type == QtWarningMsg &&
        message.startsWith(QLatin1String("QStandardPaths: XDG_RUNTIME_DIR not set")))
        return;
    previousMessageHandler(type, context, message);
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    describeApplication();
    if (CommandLine::startsGui(arguments))
        return GuiStartup::run(argc, argv, CommandLine::databasePath(arguments));

    SystemClock clock;
    std::vector<std::unique_ptr<Command>> drawing;
    drawing.push_back(std::make_unique<RadarCommand>());
    drawing.push_back(std::make_unique<ReportCommand>());
    drawing.push_back(std::make_unique<ChartCommand>());
    const CommandLine commandLine(std::move(drawing));
    if (commandLine.drawsCharts(arguments)) {
        // Qt Charts needs a QApplication; without a display it draws off screen.
        if (qEnvironmentVariableIsEmpty("DISPLAY") &&
            qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
            qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        previousMessageHandler = qInstallMessageHandler(withoutRuntimeDirWarning);
        QApplication app(argc, argv);
        qInstallMessageHandler(previousMessageHandler);
        Translations::install(app, QLocale::system());
        return commandLine.run(arguments, clock);
    }

    // Headless: a core application only, so commands never need a display.
    QCoreApplication app(argc, argv);
    Translations::install(app, QLocale::system());
    return commandLine.run(arguments, clock);
}
