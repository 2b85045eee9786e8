// SPDX-License-Identifier: GPL-3.0-or-later
#include "Clock.h"
#include "CommandLine.h"
#include "GuiStartup.h"
#include "Translations.h"

#include <QCoreApplication>

#include <cstdio>

namespace {

void describeApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("rungs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNGS_VERSION));
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

    // Headless: a core application only, so commands never need a display.
    QCoreApplication app(argc, argv);
    Translations::install(app);
    SystemClock clock;
    return CommandLine().run(arguments, clock);
}
