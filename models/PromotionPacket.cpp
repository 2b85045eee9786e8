// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromotionPacket.h"

#include "NumberText.h"
#include "Workspace.h"

#include <QRegularExpression>
#include <QSet>

#include <algorithm>
#include <cmath>
#include <tuple>

namespace {

using ProgressStatus = CheckpointProgress::Status;

/** Progress as it stood at the end of day: later steps are undone. */
QHash<QString, CheckpointProgress> progressAsOf(const QHash<QString, CheckpointProgress>& progress,
                                                const QDate& day)
{
    QHash<QString, CheckpointProgress> then = progress;
    for (CheckpointProgress& p : then) {
        if (p.status == ProgressStatus::Done && p.doneOn > day) {
            p.status = ProgressStatus::InProgress;
            p.doneOn = {};
        }
        if (p.status == ProgressStatus::InProgress && p.startedOn.isValid() && p.startedOn > day)
            p.status = ProgressStatus::NotStarted;
    }
    return then;
}

QString adrLabel(const Adr& adr)
{
    return adr.number ? QStringLiteral("ADR-%1").arg(*adr.number, 4, 10, QLatin1Char('0'))
                      : PromotionPacket::tr("ADR (id %1)").arg(adr.id);
}

/** The data the evidence of checkpoints points at, found by id. */
struct EvidenceTargets
{
    const Framework& framework;
    QHash<qint64, const Adr*> adrs;
    QHash<qint64, const Entry*> entries;

    PacketEvidence describe(const Evidence& e) const
    {
        PacketEvidence item{e.kind, e.reference, e.note};
        switch (e.kind) {
        case Evidence::Kind::Adr:
            if (const Adr* adr = adrs.value(e.adrId))
                item.text = PromotionPacket::tr("%1 %2").arg(adrLabel(*adr), adr->title);
            break;
        case Evidence::Kind::Entry:
            if (const Entry* entry = entries.value(e.entryId)) {
                const Metric* m = framework.metric(entry->metricKey);
                const QString value =
                    m ? PromotionPacket::tr("%1 %2").arg(numberText(entry->value), m->unit.text())
                      : numberText(entry->value);
                item.text = PromotionPacket::tr("%1 %2 = %3")
                                .arg(entry->day.toString(Qt::ISODate),
                                     m ? m->name.text() : entry->metricKey, value.trimmed());
            }
            break;
        case Evidence::Kind::None:
            item.text = PromotionPacket::tr("no evidence yet");
            break;
        case Evidence::Kind::Url:
        case Evidence::Kind::Commit:
        case Evidence::Kind::File:
            break;
        }
        return item;
    }
};

PacketLevel packetLevel(const Level& level, const Framework& framework,
                        const QHash<QString, CheckpointProgress>& progress,
                        const QHash<QString, QList<Evidence>>& evidence,
                        const EvidenceTargets& targets)
{
    PacketLevel out{level.code, level.name.text(), level.summary.text(), {}};
    for (const Checkpoint& c : level.checkpoints) {
        PacketCheckpoint item;
        item.key = c.key;
        item.title = c.title.text();
        if (const Dimension* d = framework.dimension(c.dimensionKey))
            item.dimension = d->name.text();
        const CheckpointProgress p = progress.value(c.key);
        item.status = p.status;
        item.doneOn = p.status == ProgressStatus::Done ? p.doneOn : QDate();
        for (const Evidence& e : evidence.value(c.key))
            item.evidence << targets.describe(e);
        out.checkpoints << item;
    }
    return out;
}

/** Points per day, week or month, so that a chart of the period has a readable number. */
ProgressChartRequest chartRequest(const PacketSources& s)
{
    ProgressChartRequest r;
    r.from = s.from;
    r.to = s.to;
    r.currentLevel = s.profile.currentLevel;
    r.targetLevel = s.profile.targetLevel;
    const qint64 days = s.from.daysTo(s.to);
    if (days <= 92) {
        r.period = SeriesAggregation::Period::Day;
        r.averageWindow = 7;
    } else if (days <= 3 * 366) {
        r.period = SeriesAggregation::Period::Week;
        r.averageWindow = 4;
    } else {
        r.period = SeriesAggregation::Period::Month;
        r.averageWindow = 3;
    }
    return r;
}

QList<PacketMetric> keyMetrics(const PacketSources& s, const QList<Entry>& known,
                               const QList<MetricGap>& gaps)
{
    QHash<QString, QSet<QDate>> days;
    for (const Entry& e : known) {
        if (e.day >= s.from)
            days[e.metricKey].insert(e.day);
    }
    struct Candidate
    {
        PacketMetric metric;
        int group = 0; ///< 0 behind the target, 1 meeting it, 2 without one
        double shortfall = 0;
        qsizetype order = 0;
    };
    const Framework& f = s.framework;
    QList<Candidate> candidates;
    for (qsizetype i = 0; i < f.metrics.size(); ++i) {
        const Metric& m = f.metrics[i];
        const int logged = int(days.value(m.key).size());
        if (logged < 2)
            continue;
        Candidate c;
        c.order = i;
        c.metric.key = m.key;
        c.metric.name = m.name.text();
        c.metric.unit = m.unit.text();
        c.metric.daysLogged = logged;
        c.metric.target = m.target(s.profile.targetLevel);
        c.metric.windowValue =
            Readiness::windowValue(m, known, s.to.addDays(1 - f.windowDays), s.to);
        c.metric.meetsTarget = c.metric.target && c.metric.windowValue &&
                               m.meets(*c.metric.windowValue, *c.metric.target);
        const auto gap = std::find_if(gaps.begin(), gaps.end(),
                                      [&m](const MetricGap& g) { return g.metricKey == m.key; });
        c.group = gap != gaps.end() ? 0 : c.metric.target ? 1 : 2;
        c.shortfall = gap != gaps.end() ? gap->shortfall : 0;
        candidates << c;
    }
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        return std::tuple(a.group, -a.shortfall, -a.metric.daysLogged, a.order) <
               std::tuple(b.group, -b.shortfall, -b.metric.daysLogged, b.order);
    });
    ProgressChartRequest request = chartRequest(s);
    QList<PacketMetric> chosen;
    for (qsizetype i = 0; i < candidates.size() && i < PromotionPacket::MaximumKeyMetrics; ++i) {
        PacketMetric metric = candidates[i].metric;
        request.metrics = {metric.key};
        metric.chart =
            ProgressChartData::build(f, known, s.progress, s.compositeSettings, request, s.to);
        chosen << metric;
    }
    return chosen;
}

bool qualifies(const Adr& adr, const QDate& from, const QDate& to)
{
    const bool decided =
        adr.status == Adr::Status::Accepted || adr.status == Adr::Status::Superseded;
    return decided && (!adr.date.isValid() || (adr.date >= from && adr.date <= to));
}

/** With results first, then newest first; undated records after dated ones. */
bool comesBefore(const Adr* a, const Adr* b)
{
    const auto key = [](const Adr* r) {
        // An invalid date's Julian day is the lowest qint64, which cannot be negated.
        const qint64 newestFirst = r->date.isValid() ? -r->date.toJulianDay() : 0;
        return std::tuple(r->results.isEmpty(), !r->date.isValid(), newestFirst,
                          -r->number.value_or(0), -r->id);
    };
    return key(a) < key(b);
}

} // namespace

QDate PromotionPacket::defaultFrom(const QDate& today)
{
    return today.addYears(-1).addDays(1);
}

Result<PacketSources> PromotionPacket::sourcesFrom(const Workspace& workspace, const QDate& from,
                                                   const QDate& to)
{
    auto atEnd = workspace.assessmentsAsOf(to);
    if (!atEnd)
        return atEnd.error();
    auto atStart = workspace.assessmentsAsOf(from);
    if (!atStart)
        return atStart.error();
    PacketSources s;
    s.profile = workspace.profile();
    s.framework = workspace.framework();
    s.entries = workspace.entries();
    s.progress = workspace.checkpointProgress();
    s.evidence = workspace.evidence();
    s.adrs = workspace.adrs();
    s.assessments = std::move(atEnd).value();
    s.assessmentsAtStart = std::move(atStart).value();
    s.compositeSettings = workspace.compositeSettings();
    s.from = from;
    s.to = to;
    s.today = workspace.today();
    return s;
}

PromotionPacket PromotionPacket::gather(const PacketSources& s)
{
    PromotionPacket p;
    p.profile = s.profile;
    p.framework = s.framework;
    p.from = s.from;
    p.to = s.to;
    p.generatedOn = s.today;
    p.assessments = s.assessments;
    const Framework& f = s.framework;

    QList<Entry> known;
    QSet<QDate> days;
    for (const Entry& e : s.entries) {
        if (e.day > s.to)
            continue;
        known << e;
        if (e.day >= s.from) {
            ++p.entriesInPeriod;
            days.insert(e.day);
        }
    }
    p.daysLoggedInPeriod = int(days.size());

    const QHash<QString, CheckpointProgress> progress = progressAsOf(s.progress, s.to);
    for (const CheckpointProgress& c : progress)
        p.checkpointsDoneInPeriod += c.status == ProgressStatus::Done && c.doneOn >= s.from;
    for (const Level& level : f.levels)
        p.readiness << Readiness::forLevel(f, level, progress, s.assessments);
    p.dimensionGaps = Readiness::dimensionGaps(f, s.profile.targetLevel, s.assessments);
    p.metricGaps = Readiness::metricGaps(f, s.profile.targetLevel, known, s.to);

    EvidenceTargets targets{f, {}, {}};
    for (const Adr& a : s.adrs)
        targets.adrs.insert(a.id, &a);
    for (const Entry& e : s.entries)
        targets.entries.insert(e.id, &e);
    for (const QString& code : {s.profile.currentLevel, s.profile.targetLevel}) {
        const Level* level = f.level(code);
        const bool listed =
            std::any_of(p.levels.begin(), p.levels.end(), [&](const PacketLevel& l) {
                return l.code.compare(code, Qt::CaseInsensitive) == 0;
            });
        if (level && !listed)
            p.levels << packetLevel(*level, f, progress, s.evidence, targets);
    }

    p.radar = RadarData::forProfile(f, s.profile.currentLevel, s.profile.targetLevel, s.assessments,
                                    s.assessmentsAtStart, s.from.toString(Qt::ISODate));
    ProgressChartRequest overview = chartRequest(s);
    overview.period = SeriesAggregation::Period::Week;
    overview.averageWindow = 0;
    overview.composite = true;
    overview.checkpoints = true;
    p.overview = ProgressChartData::build(f, known, progress, s.compositeSettings, overview, s.to);
    p.metrics = keyMetrics(s, known, p.metricGaps);

    QList<const Adr*> decided;
    for (const Adr& a : s.adrs) {
        if (qualifies(a, s.from, s.to))
            decided << &a;
    }
    std::stable_sort(decided.begin(), decided.end(), comesBefore);
    p.adrsInPeriod = int(decided.size());
    p.adrsLeftOut = std::max(0, p.adrsInPeriod - MaximumAdrs);
    for (const Adr* a : decided.mid(0, MaximumAdrs)) {
        PacketAdr item;
        item.label = adrLabel(*a);
        item.title = a->title;
        item.status = a->status;
        item.date = a->date;
        item.outcome = plainSummary(a->decisionOutcome, MaximumOutcomeLength);
        for (const Adr::Result& r : a->results)
            item.results << resultText(r);
        if (const Adr* successor = targets.adrs.value(a->supersededBy))
            item.supersededBy = adrLabel(*successor);
        p.adrs << item;
    }
    return p;
}

QString PromotionPacket::resultText(const Adr::Result& result)
{
    const QString unit = result.unit.trimmed();
    const auto figure = [&unit](double value) {
        return unit.isEmpty() ? numberText(value) : tr("%1 %2").arg(numberText(value), unit);
    };
    QString text;
    if (result.before && result.after) {
        text =
            tr("%1 %2 → %3").arg(result.metric, numberText(*result.before), figure(*result.after));
        if (*result.before != 0) {
            const double change = 100 * (*result.after - *result.before) / std::abs(*result.before);
            const long rounded = std::lround(change);
            if (rounded != 0)
                text += QLatin1Char(' ') +
                        tr("(%1%2 %)")
                            .arg(rounded < 0 ? QStringLiteral("−") : QStringLiteral("+"))
                            .arg(std::abs(rounded));
        }
    } else if (result.after) {
        text = tr("%1: %2").arg(result.metric, figure(*result.after));
    } else if (result.before) {
        text = tr("%1: %2 before").arg(result.metric, figure(*result.before));
    } else {
        text = result.metric;
    }
    if (!result.note.trimmed().isEmpty())
        text += QLatin1Char(' ') + tr("(%1)").arg(result.note.trimmed());
    return text;
}

QString PromotionPacket::plainSummary(const QString& markdown, int maximum)
{
    static const QRegularExpression paragraphBreak(QStringLiteral("\\n\\s*\\n"));
    static const QRegularExpression marks(QStringLiteral("^\\s*(#+|[*+-]|\\d+[.)]|>)\\s+"));
    static const QRegularExpression link(QStringLiteral("!?\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(.+?)\\1"));
    static const QRegularExpression emphasis(QStringLiteral("(?<!\\w)([*_])(\\S.*?)\\1(?!\\w)"));
    static const QRegularExpression code(QStringLiteral("`+([^`]*)`+"));

    QString paragraph;
    for (const QString& part : markdown.split(paragraphBreak, Qt::SkipEmptyParts)) {
        QStringList lines = part.split(QLatin1Char('\n'));
        for (QString& line : lines)
            line = line.remove(marks).trimmed();
        paragraph = lines.join(QLatin1Char(' ')).simplified();
        if (!paragraph.isEmpty())
            break;
    }
    paragraph.replace(link, QStringLiteral("\\1"));
    paragraph.replace(strong, QStringLiteral("\\2"));
    paragraph.replace(emphasis, QStringLiteral("\\2"));
    paragraph.replace(code, QStringLiteral("\\1"));
    if (paragraph.size() <= maximum)
        return paragraph;
    // Cut at the last space of the final quarter; text without spaces (Chinese) anywhere.
    QString cut = paragraph.left(maximum - 1);
    const qsizetype space = cut.lastIndexOf(QLatin1Char(' '));
    if (space > maximum * 3 / 4)
        cut.truncate(space);
    return cut.trimmed() + QStringLiteral("…");
}
