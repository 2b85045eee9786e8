// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarCommand.h"

#include "AssessmentStore.h"
#include "ChartOutput.h"
#include "CliContext.h"
#include "ProfileStore.h"
#include "RadarData.h"
#include "charts/RadarChart.h"

#include <QChart>

#include <memory>

void RadarCommand::addOptions(QCommandLineParser& parser) const
{
    ChartOutput::addOptions(parser, DefaultSize, false);
    parser.addOption({QStringLiteral("snapshot"),
                      tr("Also draw your self-assessment as it stood this many days ago "
                         "(default %1; 0 for none).")
                          .arg(DefaultSnapshotDays),
                      tr("days")});
}

int RadarCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    if (!parser.positionalArguments().isEmpty())
        return context.usage(
            tr("radar: unexpected argument \"%1\"").arg(parser.positionalArguments().first()),
            name());
    const auto output = ChartOutput::read(context, parser, name(), DefaultSize, false);
    if (!output)
        return ExitUsage;
    int snapshotDays = DefaultSnapshotDays;
    if (parser.isSet(QStringLiteral("snapshot"))) {
        bool ok = false;
        snapshotDays = parser.value(QStringLiteral("snapshot")).toInt(&ok);
        if (!ok || snapshotDays < 0 || snapshotDays > MaximumSnapshotDays)
            return context.usage(tr("radar: --snapshot %1: give a number of days from 0 to %2")
                                     .arg(parser.value(QStringLiteral("snapshot")))
                                     .arg(MaximumSnapshotDays),
                                 name());
    }

    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());
    Database& db = *context.database().value(); // open: the framework came from it
    const Framework& f = framework.value();
    auto profile = ProfileStore(db).load();
    if (!profile)
        return context.fail(profile.error());
    const AssessmentStore assessments(db);
    auto latest = assessments.latest(f.key);
    if (!latest)
        return context.fail(latest.error());
    QHash<QString, Assessment> snapshot;
    const QDate snapshotDay = context.clock().now().date().addDays(-snapshotDays);
    if (snapshotDays > 0) {
        auto then = assessments.asOf(f.key, snapshotDay);
        if (!then)
            return context.fail(then.error());
        snapshot = then.value();
    }

    const RadarData data =
        RadarData::forProfile(f, profile.value().currentLevel, profile.value().targetLevel,
                              latest.value(), snapshot, snapshotDay.toString(Qt::ISODate));
    const std::unique_ptr<QChart> chart(RadarChart::build(data));
    if (Status s = output->save(chart.get()); !s)
        return context.fail(s.error());
    context.out() << output->path << '\n';
    return ExitOk;
}
