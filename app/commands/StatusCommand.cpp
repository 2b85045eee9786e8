// SPDX-License-Identifier: GPL-3.0-or-later
#include "StatusCommand.h"

#include "AssessmentStore.h"
#include "CheckpointProgressStore.h"
#include "CliContext.h"
#include "CompositeTrend.h"
#include "EntryStore.h"
#include "NumberText.h"
#include "OutputFormat.h"
#include "ProfileStore.h"
#include "Readiness.h"
#include "ScoreWeightsStore.h"

#include <QJsonObject>

#include <cmath>

namespace {

/** Readiness and shares as plain numbers, rounded to what a person can read. */
double rounded(double value)
{
    return std::round(value * 1000) / 1000;
}

QJsonValue optionalNumber(const std::optional<double>& value)
{
    return value ? QJsonValue(*value) : QJsonValue(QJsonValue::Null);
}

} // namespace

void StatusCommand::addOptions(QCommandLineParser& parser) const
{
    parser.addOption(OutputFormat::option());
}

int StatusCommand::run(CliContext& context, const QCommandLineParser& parser) const
{
    const auto format = OutputFormat::read(context, parser, name());
    if (!format)
        return ExitUsage;
    auto framework = context.framework();
    if (!framework)
        return context.fail(framework.error());
    Database& db = *context.database().value(); // open: the framework came from it
    const Framework& f = framework.value();
    auto profile = ProfileStore(db).load();
    auto progress = CheckpointProgressStore(db).load(f.key);
    auto assessments = AssessmentStore(db).latest(f.key);
    auto entries = EntryStore(db).list();
    auto weights = ScoreWeightsStore(db).load(f);
    for (const Status& s : {profile ? Status() : Status(profile.error()),
                            progress ? Status() : Status(progress.error()),
                            assessments ? Status() : Status(assessments.error()),
                            entries ? Status() : Status(entries.error()),
                            weights ? Status() : Status(weights.error())}) {
        if (!s)
            return context.fail(s.error());
    }
    const Profile& p = profile.value();
    const QDate today = context.clock().now().date();

    QList<LevelReadiness> levels;
    for (const Level& level : f.levels)
        levels << Readiness::forLevel(f, level, progress.value(), assessments.value());
    const QList<DimensionGap> dimensionGaps =
        Readiness::dimensionGaps(f, p.targetLevel, assessments.value()).mid(0, TopGaps);
    const QList<MetricGap> metricGaps =
        Readiness::metricGaps(f, p.targetLevel, entries.value(), today).mid(0, TopGaps);
    const CompositeTrend trend =
        CompositeTrend::compute(f, entries.value(), weights.value(), today);
    const auto score = trend.currentScore();
    const QString week = today.addDays(1 - today.dayOfWeek()).toString(Qt::ISODate);
    // Without a score the computation's notes concern nothing shown; say why instead.
    const QStringList notes =
        score ? trend.notes
              : QStringList{tr("Log entries for at least two weeks to see a composite score.")};

    if (*format == OutputFormat::Json) {
        QJsonArray levelArray;
        for (const LevelReadiness& r : levels) {
            levelArray.append(
                QJsonObject{{QStringLiteral("code"), r.levelCode},
                            {QStringLiteral("readiness"), rounded(r.readiness)},
                            {QStringLiteral("checkpoints_done"), r.checkpointsDone},
                            {QStringLiteral("checkpoints_total"), r.checkpointCount},
                            {QStringLiteral("checkpoint_share"), rounded(r.checkpointShare)},
                            {QStringLiteral("dimension_share"), rounded(r.dimensionShare)}});
        }
        QJsonArray gaps;
        for (const DimensionGap& g : dimensionGaps) {
            gaps.append(
                QJsonObject{{QStringLiteral("kind"), QStringLiteral("dimension")},
                            {QStringLiteral("key"), g.dimensionKey},
                            {QStringLiteral("name"), f.dimension(g.dimensionKey)->name.text()},
                            {QStringLiteral("expected"), g.expected},
                            {QStringLiteral("actual"), optionalNumber(g.assessed)},
                            {QStringLiteral("gap"), g.gap}});
        }
        for (const MetricGap& g : metricGaps) {
            gaps.append(QJsonObject{{QStringLiteral("kind"), QStringLiteral("metric")},
                                    {QStringLiteral("key"), g.metricKey},
                                    {QStringLiteral("name"), f.metric(g.metricKey)->name.text()},
                                    {QStringLiteral("expected"), g.target},
                                    {QStringLiteral("actual"), optionalNumber(g.value)},
                                    {QStringLiteral("gap"), rounded(g.shortfall)}});
        }
        QJsonObject blended;
        for (qsizetype i = 0; score && i < trend.metrics.size(); ++i)
            blended.insert(trend.metrics[i], rounded(trend.weights[i]));
        const QJsonObject composite{
            {QStringLiteral("week"), week},
            {QStringLiteral("score"), score ? QJsonValue(rounded(*score)) : QJsonValue()},
            {QStringLiteral("weights"), blended},
            {QStringLiteral("entropy_share"), trend.entropyShare},
            {QStringLiteral("notes"), QJsonArray::fromStringList(notes)}};
        context.printJson(
            QJsonObject{{QStringLiteral("framework"), f.key},
                        {QStringLiteral("current_level"), p.currentLevel},
                        {QStringLiteral("target_level"), p.targetLevel},
                        {QStringLiteral("target_date"),
                         p.targetDate.isValid() ? QJsonValue(p.targetDate.toString(Qt::ISODate))
                                                : QJsonValue(QJsonValue::Null)},
                        {QStringLiteral("levels"), levelArray},
                        {QStringLiteral("gaps"), gaps},
                        {QStringLiteral("composite"), composite}});
        return ExitOk;
    }

    // One item per line, its kind first, so scripts can grep for "level" or "gap".
    context.printRow({QStringLiteral("profile"), f.key, p.currentLevel, p.targetLevel,
                      p.targetDate.toString(Qt::ISODate)});
    for (const LevelReadiness& r : levels) {
        context.printRow({QStringLiteral("level"), r.levelCode, numberText(rounded(r.readiness)),
                          QStringLiteral("%1/%2").arg(r.checkpointsDone).arg(r.checkpointCount)});
    }
    for (const DimensionGap& g : dimensionGaps) {
        context.printRow({QStringLiteral("gap"), QStringLiteral("dimension"), g.dimensionKey,
                          numberText(g.expected),
                          g.assessed ? numberText(*g.assessed) : QStringLiteral("-"),
                          numberText(g.gap)});
    }
    for (const MetricGap& g : metricGaps) {
        context.printRow({QStringLiteral("gap"), QStringLiteral("metric"), g.metricKey,
                          numberText(g.target),
                          g.value ? numberText(rounded(*g.value)) : QStringLiteral("-"),
                          numberText(rounded(g.shortfall))});
    }
    context.printRow({QStringLiteral("composite"), week,
                      score ? numberText(rounded(*score)) : QStringLiteral("-")});
    for (qsizetype i = 0; score && i < trend.metrics.size(); ++i)
        context.printRow(
            {QStringLiteral("weight"), trend.metrics[i], numberText(rounded(trend.weights[i]))});
    context.printRow({QStringLiteral("entropy_share"), numberText(trend.entropyShare)});
    for (const QString& note : notes)
        context.printRow({QStringLiteral("note"), note});
    return ExitOk;
}
