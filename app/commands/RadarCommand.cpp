// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarCommand.h"

#include "AssessmentStore.h"
#include "CliContext.h"
#include "ProfileStore.h"
#include "RadarData.h"
#include "charts/ChartExporter.h"
#include "charts/RadarChart.h"

#include <QChart>
#include <QRegularExpression>

#include <memory>
#include <optional>

namespace {

std::optional<QSize> sizeFrom(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,5})[xX](\\d{1,5})$"));
    const QRegularExpressionMatch m = pattern.match(text.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    const QSize size(m.captured(1).toInt(), m.captured(2).toInt());
    const auto inRange = [](int side) {
        return side >= RadarCommand::MinimumSide && side <= RadarCommand::MaximumSide;
    };
    if (!inRange(size.width()) || !inRange(size.height()))
        return std::nullopt;
    return size;
}

} // namespace

void RadarCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption({QStringLiteral("out"),
                      tr("The file to write, ending in .png, .svg or .pdf (replaced if it "
                         "exists)."),
                      tr("file")});
    parser.addOption({QStringLiteral("size"),
                      tr("Chart size in logical pixels, %1 to %2 a side (default %3x%4); PNG "
                         "files get %5 pixels per logical pixel.")
                          .arg(MinimumSide)
                          .arg(MaximumSide)
                          .arg(DefaultSize.width())
                          .arg(DefaultSize.height())
                          .arg(ChartExporter::PngPixelRatio),
                      tr("WxH")});
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
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return context.usage(tr("radar: give --out FILE ending in .png, .svg or .pdf"), name());
    if (!ChartExporter::canSave(out))
        return context.usage(tr("radar: %1: the name must end in .png, .svg or .pdf").arg(out),
                             name());
    QSize size = DefaultSize;
    if (parser.isSet(QStringLiteral("size"))) {
        const auto given = sizeFrom(parser.value(QStringLiteral("size")));
        if (!given)
            return context.usage(tr("radar: --size %1: give WIDTHxHEIGHT, each %2 to %3, such "
                                    "as 1200x900")
                                     .arg(parser.value(QStringLiteral("size")))
                                     .arg(MinimumSide)
                                     .arg(MaximumSide),
                                 name());
        size = *given;
    }
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
    if (Status s = ChartExporter::save(chart.get(), out, size); !s)
        return context.fail(s.error());
    context.out() << out << '\n';
    return ExitOk;
}
