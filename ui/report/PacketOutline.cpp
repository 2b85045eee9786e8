// SPDX-License-Identifier: GPL-3.0-or-later
#include "PacketOutline.h"

#include <QLocale>

#include <algorithm>
#include <cmath>

namespace {

using Block = PacketBlock::Kind;
using ProgressStatus = CheckpointProgress::Status;

/** Logical chart sizes: about the text width of an A4 page at 96 dpi, a little larger. */
constexpr QSize RadarSize(720, 540);
constexpr QSize OverviewSize(720, 360);
constexpr QSize MetricSize(720, 430);

QString day(const QDate& d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QString();
}

QString percent(double share)
{
    return PacketOutline::tr("%1 %").arg(std::lround(100 * share));
}

QString figure(double value, const QString& unit = {})
{
    const QString number = QLocale().toString(value, 'g', 4);
    return unit.isEmpty() ? number : PacketOutline::tr("%1 %2").arg(number, unit);
}

QString targetText(const Metric& metric, double target)
{
    return PacketOutline::tr("%1 %2").arg(metric.direction == Metric::Direction::HigherIsBetter
                                              ? QStringLiteral("≥")
                                              : QStringLiteral("≤"),
                                          figure(target, metric.unit.text()));
}

QString levelTitle(const Framework& framework, const QString& code)
{
    const Level* level = framework.level(code);
    return level ? PacketOutline::tr("%1 %2").arg(level->code, level->name.text()) : code;
}

QString evidenceText(const PacketEvidence& e)
{
    const QString text =
        e.kind == Evidence::Kind::Commit ? PacketOutline::tr("commit %1").arg(e.text) : e.text;
    return e.note.isEmpty() ? text : PacketOutline::tr("%1 (%2)").arg(text, e.note);
}

PacketTone statusTone(ProgressStatus status)
{
    switch (status) {
    case ProgressStatus::Done:
        return PacketTone::Good;
    case ProgressStatus::InProgress:
        return PacketTone::Partial;
    case ProgressStatus::NotStarted:
        break;
    }
    return PacketTone::Muted;
}

QString adrStatusText(Adr::Status status)
{
    switch (status) {
    case Adr::Status::Proposed:
        return PacketOutline::tr("proposed");
    case Adr::Status::Accepted:
        return PacketOutline::tr("accepted");
    case Adr::Status::Rejected:
        return PacketOutline::tr("rejected");
    case Adr::Status::Deprecated:
        return PacketOutline::tr("deprecated");
    case Adr::Status::Superseded:
        return PacketOutline::tr("superseded");
    }
    return {};
}

/** Appends blocks to an outline, one kind at a time. */
class Writer
{
public:
    explicit Writer(PacketOutline& outline)
        : m_outline(outline)
    {}

    void add(Block kind, const QString& text, bool newPage = false)
    {
        PacketBlock b;
        b.kind = kind;
        b.text = text;
        b.newPage = newPage;
        m_outline.blocks << b;
    }
    void table(PacketTable table)
    {
        PacketBlock b;
        b.kind = Block::Table;
        b.table = std::move(table);
        m_outline.blocks << b;
    }
    void bullets(const QStringList& items)
    {
        PacketBlock b;
        b.kind = Block::Bullets;
        b.items = items;
        m_outline.blocks << b;
    }
    void chart(PacketChart chart)
    {
        chart.fileName = QStringLiteral("%1-%2")
                             .arg(m_outline.charts.size() + 1, 2, 10, QLatin1Char('0'))
                             .arg(chart.fileName);
        PacketBlock b;
        b.kind = Block::Chart;
        b.text = chart.title;
        b.chart = m_outline.charts.size();
        m_outline.charts << chart;
        m_outline.blocks << b;
    }

private:
    PacketOutline& m_outline;
};

void cover(Writer& w, const PromotionPacket& p)
{
    const Framework& f = p.framework;
    w.add(Block::Title, PacketOutline::tr("Promotion packet"));
    if (!p.profile.displayName.trimmed().isEmpty())
        w.add(Block::Subtitle, p.profile.displayName.trimmed());
    w.add(Block::Subtitle, PacketOutline::tr("%1 → %2").arg(levelTitle(f, p.profile.currentLevel),
                                                            levelTitle(f, p.profile.targetLevel)));

    const auto target = std::find_if(p.readiness.begin(), p.readiness.end(), [&](const auto& r) {
        return r.levelCode.compare(p.profile.targetLevel, Qt::CaseInsensitive) == 0;
    });
    const auto fact = [](const QString& name, const QString& value) {
        return QList<PacketCell>{{name, {}, PacketTone::Plain, true}, {value}};
    };
    PacketTable facts;
    facts.widths = {38, 62};
    facts.rows << fact(PacketOutline::tr("Career framework"), f.name.text());
    facts.rows << fact(PacketOutline::tr("Current level"), levelTitle(f, p.profile.currentLevel));
    facts.rows << fact(
        PacketOutline::tr("Target level"),
        p.profile.targetDate.isValid()
            ? PacketOutline::tr("%1, aimed for by %2")
                  .arg(levelTitle(f, p.profile.targetLevel), day(p.profile.targetDate))
            : levelTitle(f, p.profile.targetLevel));
    facts.rows << fact(PacketOutline::tr("Period"),
                       PacketOutline::tr("%1 to %2").arg(day(p.from), day(p.to)));
    if (target != p.readiness.end())
        facts.rows << fact(PacketOutline::tr("Readiness for %1").arg(target->levelCode),
                           PacketOutline::tr("%1 (%2 of %3 checkpoints done)")
                               .arg(percent(target->readiness))
                               .arg(target->checkpointsDone)
                               .arg(target->checkpointCount));
    facts.rows << fact(PacketOutline::tr("Logged in the period"),
                       PacketOutline::tr("%1 figures on %2 days")
                           .arg(QLocale().toString(p.entriesInPeriod))
                           .arg(QLocale().toString(p.daysLoggedInPeriod)));
    facts.rows << fact(PacketOutline::tr("Checkpoints done in the period"),
                       QLocale().toString(p.checkpointsDoneInPeriod));
    facts.rows << fact(PacketOutline::tr("Decisions accepted in the period"),
                       QLocale().toString(p.adrsInPeriod));
    facts.rows << fact(PacketOutline::tr("Prepared"),
                       PacketOutline::tr("%1 with Rungs").arg(day(p.generatedOn)));
    w.table(facts);
    if (const Level* level = f.level(p.profile.targetLevel); level && !level->summary.isEmpty())
        w.add(Block::Paragraph,
              PacketOutline::tr("What %1 means: %2").arg(level->code, level->summary.text()));
}

void readiness(Writer& w, const PromotionPacket& p)
{
    const Framework& f = p.framework;
    const QString target = p.profile.targetLevel;
    w.add(Block::Heading, PacketOutline::tr("1 Readiness and competencies"), true);
    w.add(Block::Paragraph,
          PacketOutline::tr("Readiness for a level is the mean of two shares: its checkpoints "
                            "done, and how far the latest self-assessment reaches what the level "
                            "expects in each competency."));
    PacketTable levels;
    levels.header = {PacketOutline::tr("Level"), PacketOutline::tr("Readiness"),
                     PacketOutline::tr("Checkpoints done"), PacketOutline::tr("Competencies met")};
    levels.widths = {40, 20, 20, 20};
    for (const LevelReadiness& r : p.readiness) {
        const Level* level = f.level(r.levelCode);
        const bool isTarget = r.levelCode.compare(target, Qt::CaseInsensitive) == 0;
        levels.rows << QList<PacketCell>{
            {r.levelCode, level ? level->name.text() : QString(), PacketTone::Plain, isTarget},
            {percent(r.readiness),
             {},
             r.readiness >= 1 ? PacketTone::Good : PacketTone::Plain,
             isTarget},
            {PacketOutline::tr("%1 of %2").arg(r.checkpointsDone).arg(r.checkpointCount)},
            {percent(r.dimensionShare)}};
    }
    w.table(levels);

    w.add(Block::Subheading, PacketOutline::tr("Competency radar"));
    w.chart({PacketChart::Kind::Radar, -1, QStringLiteral("radar"),
             PacketOutline::tr("Competency radar"), RadarSize});
    w.add(Block::Note, PacketOutline::tr("Filled: the self-assessment as of %1. Solid line: what "
                                         "%2 expects. Dashed: what %3 expects, and the "
                                         "self-assessment as of %4.")
                           .arg(day(p.to), target, p.profile.currentLevel, day(p.from)));

    w.add(Block::Subheading, PacketOutline::tr("Competencies"));
    PacketTable dims;
    dims.header = {PacketOutline::tr("Competency"), PacketOutline::tr("Now"),
                   PacketOutline::tr("%1 expects").arg(p.profile.currentLevel),
                   PacketOutline::tr("%1 expects").arg(target)};
    dims.widths = {49, 17, 17, 17};
    for (const Dimension& d : f.dimensions) {
        const auto a = p.assessments.constFind(d.key);
        const double expected = d.expectations.value(target);
        PacketCell now{PacketOutline::tr("not assessed"), {}, PacketTone::Muted};
        if (a != p.assessments.constEnd())
            now = {
                figure(a->score), {}, a->score >= expected ? PacketTone::Good : PacketTone::Behind};
        dims.rows << QList<PacketCell>{{d.name.text()},
                                       now,
                                       {figure(d.expectations.value(p.profile.currentLevel))},
                                       {figure(expected), {}, PacketTone::Plain, true}};
    }
    w.table(dims);

    w.add(Block::Subheading, PacketOutline::tr("Metrics behind the %1 targets").arg(target));
    if (p.metricGaps.isEmpty()) {
        w.add(Block::Paragraph,
              PacketOutline::tr("Every metric with a %1 target meets it over the last %n days.",
                                nullptr, f.windowDays)
                  .arg(target));
        return;
    }
    PacketTable gaps;
    gaps.header = {PacketOutline::tr("Metric"), PacketOutline::tr("%1 target").arg(target),
                   PacketOutline::tr("Last %n days", nullptr, f.windowDays),
                   PacketOutline::tr("Behind by")};
    gaps.widths = {43, 19, 19, 19};
    for (const MetricGap& g : p.metricGaps) {
        const Metric* m = f.metric(g.metricKey);
        const QString unit = m ? m->unit.text() : QString();
        gaps.rows << QList<PacketCell>{
            {m ? m->name.text() : g.metricKey},
            {m ? targetText(*m, g.target) : figure(g.target)},
            g.value ? PacketCell{figure(*g.value, unit)}
                    : PacketCell{PacketOutline::tr("nothing logged"), {}, PacketTone::Muted},
            {percent(g.shortfall), {}, PacketTone::Behind}};
    }
    w.table(gaps);
}

void checkpoints(Writer& w, const PromotionPacket& p)
{
    w.add(Block::Heading, PacketOutline::tr("2 Checkpoints"), true);
    w.add(Block::Paragraph,
          PacketOutline::tr("What the framework asks of each level, where each checkpoint stands "
                            "on %1, and the evidence attached to it.")
              .arg(day(p.to)));
    for (const PacketLevel& level : p.levels) {
        const auto done = std::count_if(
            level.checkpoints.begin(), level.checkpoints.end(),
            [](const PacketCheckpoint& c) { return c.status == ProgressStatus::Done; });
        w.add(Block::Subheading, PacketOutline::tr("%1 %2: %3 of %4 done")
                                     .arg(level.code, level.name)
                                     .arg(done)
                                     .arg(level.checkpoints.size()));
        if (level.checkpoints.isEmpty()) {
            w.add(Block::Paragraph, PacketOutline::tr("The framework sets no checkpoints here."));
            continue;
        }
        PacketTable table;
        table.header = {PacketOutline::tr("Checkpoint"), PacketOutline::tr("Status"),
                        PacketOutline::tr("Evidence")};
        table.widths = {46, 15, 39};
        for (const PacketCheckpoint& c : level.checkpoints) {
            QStringList evidence;
            for (const PacketEvidence& e : c.evidence)
                evidence << PacketOutline::tr("• %1").arg(evidenceText(e));
            const QString status =
                c.doneOn.isValid() ? PacketOutline::tr("%1\n%2").arg(
                                         CheckpointProgress::statusText(c.status), day(c.doneOn))
                                   : CheckpointProgress::statusText(c.status);
            table.rows << QList<PacketCell>{{c.title, c.dimension},
                                            {status, {}, statusTone(c.status)},
                                            {evidence.join(QLatin1Char('\n'))}};
        }
        w.table(table);
    }
}

PacketTable keyMetricTable(const PromotionPacket& p)
{
    const QString target = p.profile.targetLevel;
    PacketTable table;
    table.header = {PacketOutline::tr("Metric"), PacketOutline::tr("%1 target").arg(target),
                    PacketOutline::tr("Last %n days", nullptr, p.framework.windowDays),
                    PacketOutline::tr("Days logged")};
    table.widths = {43, 19, 21, 17};
    for (const PacketMetric& m : p.metrics) {
        const Metric* metric = p.framework.metric(m.key);
        PacketCell now{PacketOutline::tr("nothing logged"), {}, PacketTone::Muted};
        if (m.windowValue)
            now = {figure(*m.windowValue, m.unit),
                   {},
                   !m.target       ? PacketTone::Plain
                   : m.meetsTarget ? PacketTone::Good
                                   : PacketTone::Behind};
        table.rows << QList<PacketCell>{
            {m.name},
            {m.target && metric ? targetText(*metric, *m.target) : PacketOutline::tr("none")},
            now,
            {QLocale().toString(m.daysLogged)}};
    }
    return table;
}

void progress(Writer& w, const PromotionPacket& p)
{
    w.add(Block::Heading, PacketOutline::tr("3 Progress over the period"), true);
    w.add(Block::Paragraph,
          PacketOutline::tr("The composite score weighs every logged metric by how much it "
                            "varies and by the weights chosen in Rungs; beside it, the share of "
                            "%1 checkpoints done.")
              .arg(p.profile.targetLevel));
    w.chart(
        {PacketChart::Kind::Overview, -1, QStringLiteral("overview"),
         PacketOutline::tr("Composite score and %1 checkpoints done").arg(p.profile.targetLevel),
         OverviewSize});
    if (!p.overview.notes.isEmpty())
        w.add(Block::Note, p.overview.notes.join(QLatin1Char(' ')));

    w.add(Block::Subheading, PacketOutline::tr("Key metrics"));
    if (p.metrics.isEmpty()) {
        w.add(Block::Paragraph,
              PacketOutline::tr("No metric was logged on two or more days of the period."));
        return;
    }
    w.add(Block::Paragraph,
          PacketOutline::tr("The metrics furthest behind the %1 targets come first, then those "
                            "that meet them. Each chart shows the figures of the period with "
                            "their moving average and trend; dashed lines are the levels' "
                            "targets, and the shaded side meets %1.")
              .arg(p.profile.targetLevel));
    w.table(keyMetricTable(p));
    for (qsizetype i = 0; i < p.metrics.size(); ++i) {
        const PacketMetric& m = p.metrics[i];
        w.add(Block::Subheading,
              m.unit.isEmpty() ? m.name : PacketOutline::tr("%1 (%2)").arg(m.name, m.unit),
              i % 2 == 0);
        w.chart({PacketChart::Kind::Metric, i, QStringLiteral("metric-%1").arg(m.key), m.name,
                 MetricSize});
        QStringList caption;
        for (const ProgressLine& line : m.chart.lines)
            caption << m.chart.forecastText(line);
        caption << m.chart.notes;
        caption.removeAll(QString());
        if (caption.isEmpty())
            caption << PacketOutline::tr("%1 has no %2 target.").arg(m.name, p.profile.targetLevel);
        w.add(Block::Note, caption.join(QLatin1Char(' ')));
    }
}

void decisions(Writer& w, const PromotionPacket& p)
{
    w.add(Block::Heading, PacketOutline::tr("4 Decision records"), true);
    if (p.adrs.isEmpty()) {
        w.add(Block::Paragraph, PacketOutline::tr("No decision was accepted between %1 and %2.")
                                    .arg(day(p.from), day(p.to)));
        return;
    }
    QString intro = PacketOutline::tr("%n decisions of the period were accepted, some since "
                                      "superseded. Those with measured results come first, "
                                      "newest first.",
                                      nullptr, p.adrsInPeriod);
    if (p.adrsLeftOut > 0)
        intro += QLatin1Char(' ') +
                 PacketOutline::tr("%n more are kept in the decision log.", nullptr, p.adrsLeftOut);
    w.add(Block::Paragraph, intro);
    for (const PacketAdr& a : p.adrs) {
        w.add(Block::Subheading, PacketOutline::tr("%1 %2").arg(a.label, a.title));
        QStringList facts{adrStatusText(a.status)};
        if (a.date.isValid())
            facts << day(a.date);
        if (!a.supersededBy.isEmpty())
            facts << PacketOutline::tr("superseded by %1").arg(a.supersededBy);
        w.add(Block::Note, facts.join(QStringLiteral(" · ")));
        if (!a.outcome.isEmpty())
            w.add(Block::Paragraph, a.outcome);
        if (!a.results.isEmpty())
            w.bullets(a.results);
    }
}

} // namespace

PacketOutline PacketOutline::of(const PromotionPacket& packet)
{
    PacketOutline outline;
    const QString levels =
        tr("%1 → %2").arg(packet.profile.currentLevel, packet.profile.targetLevel);
    const QString name = packet.profile.displayName.trimmed();
    outline.title = name.isEmpty() ? tr("Promotion packet %1").arg(levels)
                                   : tr("Promotion packet %1, %2").arg(levels, name);
    outline.footer = tr("%1 · %2 to %3").arg(outline.title, day(packet.from), day(packet.to));
    Writer w(outline);
    cover(w, packet);
    readiness(w, packet);
    checkpoints(w, packet);
    progress(w, packet);
    decisions(w, packet);
    return outline;
}
