// SPDX-License-Identifier: GPL-3.0-or-later
#include "ExportCommand.h"

#include "CliContext.h"
#include "EntryCsv.h"
#include "EntryJson.h"
#include "EntryStore.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

void ExportCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addPositionalArgument(QStringLiteral("file"),
                                 tr("The file to write (replaced if it exists)."));
}

int ExportCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1)
        return context.usage(tr("export: give one file ending in .csv or .json"), name());
    const QString path = args[0];
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        return context.usage(tr("export: %1: the name must end in .csv or .json").arg(path), name());

    auto db = context.database();
    if (!db)
        return context.fail(db.error());
    auto entries = EntryStore(*db.value()).list();
    if (!entries)
        return context.fail(entries.error());
    const QByteArray bytes = suffix == QLatin1String("csv")
                                 ? EntryCsv::write(entries.value())
                                 : QJsonDocument(EntryJson::toJson(entries.value())).toJson();
    // QSaveFile: an interrupted export never leaves a half-written file behind.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return context.fail(Failure::io(tr("%1: cannot write: %2").arg(path, file.errorString())));
    context.out() << tr("%1: exported %n entries", nullptr, int(entries.value().size())).arg(path)
                  << '\n';
    return ExitOk;
}
