// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointsCommand.h"

#include "CheckpointProgressStore.h"
#include "CliContext.h"

#include <QJsonObject>

void CheckpointsCommand::addListOptions(QCommandLineParser& parser) const
{
    parser.addOption(
        {QStringLiteral("level"), tr("Only the checkpoints of this level."), tr("code")});
}

int CheckpointsCommand::list(CliContext& context, const QCommandLineParser& parser,
                             const Framework& f, OutputFormat::Kind format) const
{
    QList<Level> levels = f.levels;
    if (parser.isSet(QStringLiteral("level"))) {
        const QString code = parser.value(QStringLiteral("level"));
        const Level* level = f.level(code);
        if (!level)
            return context.fail(
                Failure::invalid(tr("--level: unknown level \"%1\" (the levels of %2 are %3)")
                                     .arg(code, f.key, f.levelCodes().join(QLatin1String(", ")))));
        levels = {*level};
    }
    // The framework was loaded from the database, so it is open.
    auto progress = CheckpointProgressStore(*context.database().value()).load(f.key);
    if (!progress)
        return context.fail(progress.error());

    QJsonArray json;
    for (const Level& level : levels) {
        for (const Checkpoint& c : level.checkpoints) {
            const auto status = progress.value().value(c.key).status;
            const Dimension* dimension = f.dimension(c.dimensionKey);
            if (format == OutputFormat::Json) {
                json.append(QJsonObject{
                    {QStringLiteral("id"), c.key},
                    {QStringLiteral("level"), c.levelCode},
                    {QStringLiteral("status"), CheckpointProgress::statusKey(status)},
                    {QStringLiteral("dimension"), c.dimensionKey},
                    {QStringLiteral("title"), c.title.text()},
                    {QStringLiteral("evidence"), c.evidence.text()},
                });
                continue;
            }
            context.printRow({c.key, c.levelCode, CheckpointProgress::statusKey(status),
                              dimension ? dimension->key : QString(), c.title.text()});
        }
    }
    if (format == OutputFormat::Json)
        context.printJson(json);
    return ExitOk;
}
