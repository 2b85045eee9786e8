// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkCommand.h"

#include "CliContext.h"
#include "FrameworkReader.h"
#include "FrameworkStore.h"
#include "OutputFormat.h"
#include "ProfileStore.h"

#include <QJsonObject>

void FrameworkCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("action"), tr("list, import or use"));
    parser.addOption(OutputFormat::option());
}

int FrameworkCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    const QString action = args.value(0);
    if (action == QLatin1String("list") && args.size() == 1)
        return list(context, parser);
    if (action == QLatin1String("import") && args.size() == 2)
        return import(context, args[1]);
    if (action == QLatin1String("use") && args.size() == 2)
        return use(context, args[1]);
    if (action.isEmpty())
        return context.usage(tr("framework: say list, import FILE.json or use KEY"), name());
    if (action == QLatin1String("list") || action == QLatin1String("import") ||
        action == QLatin1String("use"))
        return context.usage(tr("framework %1: wrong number of arguments").arg(action), name());
    return context.usage(tr("framework: unknown action \"%1\" (list, import or use)").arg(action),
                         name());
}

int FrameworkCommand::list(CliContext& context, const QCommandLineParser& parser) const
{
    const auto format = OutputFormat::read(context, parser, name());
    if (!format)
        return ExitUsage;
    auto opened = context.database();
    if (!opened)
        return context.fail(opened.error());
    Database* db = opened.value();
    auto frameworks = FrameworkStore(*db).list();
    if (!frameworks)
        return context.fail(frameworks.error());
    auto profile = ProfileStore(*db).load();
    const QString active = profile ? profile.value().frameworkKey : QString();

    QJsonArray json;
    for (const FrameworkSummary& f : frameworks.value()) {
        const bool isActive = f.key == active;
        if (*format == OutputFormat::Json) {
            json.append(
                QJsonObject{{QStringLiteral("key"), f.key},
                            {QStringLiteral("name"), f.name.text()},
                            {QStringLiteral("revision"), f.revision},
                            {QStringLiteral("builtin"), f.builtin},
                            {QStringLiteral("levels"), QJsonArray::fromStringList(f.levelCodes)},
                            {QStringLiteral("active"), isActive}});
            continue;
        }
        context.printRow({f.key, f.name.text(), f.levelCodes.join(QLatin1Char(' ')),
                          f.builtin ? QStringLiteral("builtin") : QStringLiteral("imported"),
                          isActive ? QStringLiteral("active") : QStringLiteral("inactive")});
    }
    if (*format == OutputFormat::Json)
        context.printJson(json);
    return ExitOk;
}

int FrameworkCommand::import(CliContext& context, const QString& path) const
{
    // Validate the file completely before the database is even opened.
    QByteArray source;
    auto framework = FrameworkReader::readFile(path, &source);
    if (!framework)
        return context.fail(framework.error());
    const Framework& f = framework.value();

    auto opened = context.database();
    if (!opened)
        return context.fail(opened.error());
    Database* db = opened.value();
    if (Status s = FrameworkStore(*db).importFramework(f, source, path); !s)
        return context.fail(s.error());
    context.out() << tr("Imported framework %1 (%2): %3 levels, %4 dimensions, %5 checkpoints, "
                        "%6 metrics.")
                         .arg(f.key, f.name.text())
                         .arg(f.levels.size())
                         .arg(f.dimensions.size())
                         .arg(f.checkpoints().size())
                         .arg(f.metrics.size())
                  << '\n';
    return ExitOk;
}

int FrameworkCommand::use(CliContext& context, const QString& key) const
{
    auto framework = context.framework(key);
    if (!framework)
        return context.fail(framework.error());
    auto adapted = ProfileStore(*context.database().value()).switchTo(framework.value());
    if (!adapted)
        return context.fail(adapted.error());
    const Profile& p = adapted.value();
    context.out() << tr("Now using %1: current level %2, target level %3.")
                         .arg(p.frameworkKey, p.currentLevel, p.targetLevel)
                  << '\n';
    return ExitOk;
}
