// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs`: the commands that need only Qt Core and Sql. The window, the commands that
// draw charts, --help (which lists them all) and anything it does not know are handed
// on to rungs-gui with the same arguments, so that a command such as `rungs log` does
// not load Qt's GUI libraries.
#include "Clock.h"
#include "CommandLine.h"
#include "ExitCode.h"
#include "Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLocale>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <unistd.h>

namespace {

/**
 * rungs-gui: beside this program in the build, in libexec when installed (found from
 * where this program is; where /proc is missing, at the installed place).
 */
QString guiProgram()
{
    const QString here = QFileInfo(QStringLiteral("/proc/self/exe")).canonicalFilePath();
    if (here.isEmpty())
        return QStringLiteral(RUNGS_GUI_INSTALLED);
    const QString dir = QFileInfo(here).absolutePath();
    const QString beside = dir + QStringLiteral("/rungs-gui");
    if (QFileInfo(beside).isExecutable())
        return beside;
    return QFileInfo(dir + QStringLiteral("/" RUNGS_GUI_FROM_BIN "/rungs-gui")).absoluteFilePath();
}

/** Replaces this process with rungs-gui; returns only when that fails. */
int handOn(char* argv[])
{
    const QByteArray program = QFile::encodeName(guiProgram());
    ::execv(program.constData(), argv);
    std::fprintf(stderr, "rungs: cannot start %s: %s\n", program.constData(), std::strerror(errno));
    return ExitFailure;
}

} // namespace

int main(int argc, char* argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);

    const CommandLine commandLine;
    if (CommandLine::startsGui(arguments) || !commandLine.has(CommandLine::commandName(arguments)))
        return handOn(argv);

    QCoreApplication::setApplicationName(QStringLiteral("rungs"));
    QCoreApplication::setApplicationVersion(QStringLiteral(RUNGS_VERSION));
    QCoreApplication app(argc, argv);
    Translations::install(app, QLocale::system());
    SystemClock clock;
    return commandLine.run(arguments, clock);
}
