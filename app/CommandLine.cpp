// SPDX-License-Identifier: GPL-3.0-or-later
#include "CommandLine.h"

#include "CliContext.h"
#include "Database.h"
#include "commands/AdrCommand.h"
#include "commands/AssessCommand.h"
#include "commands/BackupCommand.h"
#include "commands/CheckCommand.h"
#include "commands/CheckpointCommand.h"
#include "commands/CheckpointsCommand.h"
#include "commands/DemoCommand.h"
#include "commands/DimensionsCommand.h"
#include "commands/EntriesCommand.h"
#include "commands/ExportCommand.h"
#include "commands/FrameworkCommand.h"
#include "commands/ImportCommand.h"
#include "commands/LogCommand.h"
#include "commands/MetricsCommand.h"
#include "commands/StatusCommand.h"
#include "commands/WeightsCommand.h"

#include <QRegularExpression>

#include <cstdio>

namespace {

/**
 * A negative figure such as -12.75 looks like a bundle of short options to
 * QCommandLineParser. When the arguments do not parse as given, they are tried again
 * with such figures moved behind "--", where only positional arguments are read. The
 * value is the last positional argument of every command that takes one, so the order
 * that matters is kept.
 */
QStringList negativeNumbersLast(const QStringList& arguments)
{
    static const QRegularExpression negative(
        QStringLiteral("^-(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?$"));
    QStringList options;
    QStringList numbers;
    for (const QString& a : arguments)
        (negative.match(a).hasMatch() ? numbers : options) << a;
    if (numbers.isEmpty() || options.contains(QStringLiteral("--")))
        return arguments;
    return options + QStringList{QStringLiteral("--")} + numbers;
}

QCommandLineOption databaseOption()
{
    return {QStringLiteral("db"),
            QCoreApplication::translate("CommandLine",
                                        "Database file to use instead of the default "
                                        "(also settable with RUNGS_DB)."),
            QCoreApplication::translate("CommandLine", "file")};
}

QCommandLineOption helpOption()
{
    return {{QStringLiteral("h"), QStringLiteral("help")},
            QCoreApplication::translate("CommandLine", "Show this help and exit.")};
}

QCommandLineOption versionOption()
{
    return {{QStringLiteral("v"), QStringLiteral("version")},
            QCoreApplication::translate("CommandLine", "Show the version and exit.")};
}

void print(FILE* stream, const QString& text)
{
    QTextStream(stream) << text;
}

} // namespace

CommandLine::CommandLine(std::vector<std::unique_ptr<Command>> drawing)
{
    m_commands.push_back(std::make_unique<LogCommand>());
    m_commands.push_back(std::make_unique<EntriesCommand>());
    m_commands.push_back(std::make_unique<AssessCommand>());
    m_commands.push_back(std::make_unique<StatusCommand>());
    m_commands.push_back(std::make_unique<WeightsCommand>());
    m_commands.push_back(std::make_unique<ImportCommand>());
    m_commands.push_back(std::make_unique<ExportCommand>());
    for (auto& command : drawing)
        m_commands.push_back(std::move(command));
    m_commands.push_back(std::make_unique<FrameworkCommand>());
    m_commands.push_back(std::make_unique<MetricsCommand>());
    m_commands.push_back(std::make_unique<DimensionsCommand>());
    m_commands.push_back(std::make_unique<CheckpointsCommand>());
    m_commands.push_back(std::make_unique<CheckpointCommand>());
    m_commands.push_back(std::make_unique<AdrCommand>());
    m_commands.push_back(std::make_unique<DemoCommand>());
    m_commands.push_back(std::make_unique<CheckCommand>());
    m_commands.push_back(std::make_unique<BackupCommand>());
}

int CommandLine::commandIndex(const QStringList& arguments)
{
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--db") || a == QLatin1String("-db")) {
            ++i; // its value
            continue;
        }
        if (a == QLatin1String("--"))
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!a.startsWith(QLatin1Char('-')))
            return i;
    }
    return -1;
}

bool CommandLine::startsGui(const QStringList& arguments)
{
    if (commandIndex(arguments) >= 0)
        return false;
    for (int i = 1; i < arguments.size(); ++i) {
        const QString& a = arguments[i];
        if (a == QLatin1String("--db") || a == QLatin1String("-db")) {
            ++i;
            continue;
        }
        if (!a.startsWith(QLatin1String("--db=")))
            return false; // --help, --version or an unknown option: answered headless
    }
    return true;
}

QString CommandLine::commandName(const QStringList& arguments)
{
    const int index = commandIndex(arguments);
    return index < 0 ? QString() : arguments[index];
}

bool CommandLine::drawsCharts(const QStringList& arguments) const
{
    const Command* command = find(commandName(arguments));
    return command && command->drawsCharts();
}

QString CommandLine::databasePath(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsOptions);
    parser.parse(arguments);
    const QString fromOption = parser.value(QStringLiteral("db"));
    return fromOption.isEmpty() ? Database::defaultPath() : fromOption;
}

const Command* CommandLine::find(const QString& name) const
{
    for (const auto& c : m_commands) {
        if (c->name() == name)
            return c.get();
    }
    return nullptr;
}

QString CommandLine::help() const
{
    QString text;
    QTextStream s(&text);
    s << tr("Usage: rungs [--db FILE] [COMMAND [OPTIONS] [ARGUMENTS]]") << "\n\n"
      << tr("Rungs keeps your calibration metrics, decision records and promotion checkpoints "
            "in one private SQLite file. Without a command it opens its window.")
      << "\n\n"
      << tr("Commands:") << '\n';
    for (const auto& c : m_commands) {
        s << "  " << c->name().leftJustified(12) << c->summary() << '\n';
        if (!c->synopsis().isEmpty())
            s << "  " << QString(12, QLatin1Char(' ')) << "rungs " << c->name() << ' '
              << c->synopsis() << '\n';
    }
    s << '\n'
      << tr("Options:") << '\n'
      << "  --db FILE   " << tr("Database file (default: %1).").arg(Database::defaultPath()) << '\n'
      << "  -h, --help  " << tr("Show this help; 'rungs COMMAND --help' shows a command's.") << '\n'
      << "  -v, --version  " << tr("Show the version.") << "\n\n"
      << tr("Exit status: 0 done, 2 usage error, 3 invalid input (nothing written), "
            "4 database problem.")
      << '\n';
    return text;
}

int CommandLine::run(const QStringList& arguments, const Clock& clock) const
{
    const int index = commandIndex(arguments);
    if (index < 0) {
        QCommandLineParser parser;
        parser.addOption(databaseOption());
        parser.addOption(helpOption());
        parser.addOption(versionOption());
        if (!parser.parse(arguments)) {
            CliContext context(QString(), clock);
            return context.usage(parser.errorText());
        }
        if (parser.isSet(QStringLiteral("version"))) {
            print(stdout, QStringLiteral("rungs %1\n").arg(QStringLiteral(RUNGS_VERSION)));
            return ExitOk;
        }
        print(stdout, help());
        return ExitOk;
    }

    const QString name = arguments[index];
    const Command* command = find(name);
    if (!command) {
        CliContext context(QString(), clock);
        return context.usage(tr("unknown command \"%1\"").arg(name));
    }

    QStringList rest = arguments;
    rest.removeAt(index);
    QCommandLineParser parser;
    parser.setApplicationDescription(command->summary());
    parser.addOption(databaseOption());
    parser.addOption(helpOption());
    command->addOptions(parser);
    CliContext usageContext(QString(), clock);
    if (!parser.parse(rest) && !parser.parse(negativeNumbersLast(rest)))
        return usageContext.usage(parser.errorText(), name);
    if (parser.isSet(QStringLiteral("help"))) {
        QString text = parser.helpText();
        // The generic first line knows the program but not the command.
        const qsizetype eol = text.indexOf(QLatin1Char('\n'));
        const QString usage = tr("Usage: rungs %1 [options] %2").arg(name, command->synopsis());
        print(stdout, usage.trimmed() + text.mid(eol));
        return ExitOk;
    }
    if (command->synopsis().isEmpty() && !parser.positionalArguments().isEmpty())
        return usageContext.usage(
            tr("%1: unexpected argument \"%2\"").arg(name, parser.positionalArguments().first()),
            name);

    const QString db = parser.value(QStringLiteral("db"));
    CliContext context(db.isEmpty() ? Database::defaultPath() : db, clock);
    return command->run(context, parser);
}
