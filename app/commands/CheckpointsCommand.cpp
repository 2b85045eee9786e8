// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointsCommand.h"

#include "CheckpointProgressStore.h"
#include "CliContext.h"
#include "EvidenceStore.h"

#include <QJsonObject>

#include <algorithm>

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
    Database& db = *context.database().value();
    auto progress = CheckpointProgressStore(db).load(f.key);
    if (!progress)
        return context.fail(progress.error());
    auto evidence = EvidenceStore(db).listAll(f.key);
    if (!evidence)
        return context.fail(evidence.error());

    QJsonArray json;
    for (const Level& level : levels) {
        for (const Checkpoint& c : level.checkpoints) {
            const CheckpointProgress p = progress.value().value(c.key);
            const auto status = p.status;
            // A "none" row says there is no evidence yet: it is not a piece of evidence.
            const QList<Evidence> pieces = evidence.value().value(c.key);
            const auto evidenceCount =
                std::count_if(pieces.begin(), pieces.end(),
                              [](const Evidence& e) { return e.kind != Evidence::Kind::None; });
            const QString doneOn = p.doneOn.isValid() ? p.doneOn.toString(Qt::ISODate) : QString();
            const Dimension* dimension = f.dimension(c.dimensionKey);
            if (format == OutputFormat::Json) {
                json.append(QJsonObject{
                    {QStringLiteral("id"), c.key},
                    {QStringLiteral("level"), c.levelCode},
                    {QStringLiteral("status"), CheckpointProgress::statusKey(status)},
                    {QStringLiteral("dimension"), c.dimensionKey},
                    {QStringLiteral("title"), c.title.text()},
                    {QStringLiteral("evidence"), c.evidence.text()},
                    {QStringLiteral("done_on"),
                     doneOn.isEmpty() ? QJsonValue() : QJsonValue(doneOn)},
                    {QStringLiteral("evidence_count"), qint64(evidenceCount)},
                });
                continue;
            }
            context.printRow({c.key, c.levelCode, CheckpointProgress::statusKey(status),
                              dimension ? dimension->key : QString(), c.title.text(), doneOn,
                              QString::number(evidenceCount)});
        }
    }
    if (format == OutputFormat::Json)
        context.printJson(json);
    return ExitOk;
}
