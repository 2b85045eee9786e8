// SPDX-License-Identifier: GPL-3.0-or-later
#include "PromotionPacket.h"

#include "TestEntries.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

using D = Metric::Direction;

/*
 * A two-level ladder, A (current) to B (target), with a 30-day window and one
 * checkpoint per level plus two more at B. Metrics are means, so a metric's window
 * value is simply the value logged:
 *   far   lower is better,  B target 10
 *   near  higher is better, B target 10
 *   met, often  higher is better, B target 10
 *   free  no target
 */
Framework ladder()
{
    Framework f;
    f.key = u"hand"_s;
    f.windowDays = 30;
    Level a;
    a.code = u"A"_s;
    a.name = {u"Apprentice"_s, {}};
    a.checkpoints = {{u"a1"_s, u"A"_s, {}, {u"Ship a fix"_s, {}}, {}}};
    Level b;
    b.code = u"B"_s;
    b.name = {u"Builder"_s, {}};
    b.checkpoints = {{u"b1"_s, u"B"_s, u"x"_s, {u"Own a service"_s, {}}, {}},
                     {u"b2"_s, u"B"_s, {}, {u"Lead a migration"_s, {}}, {}},
                     {u"b3"_s, u"B"_s, {}, {u"Write the runbook"_s, {}}, {}}};
    f.levels = {a, b};
    Dimension x;
    x.key = u"x"_s;
    x.name = {u"Execution"_s, {}};
    x.expectations = {{u"A"_s, 2}, {u"B"_s, 3}};
    f.dimensions = {x};
    return f;
}

Metric metric(const QString& key, D direction, std::optional<double> atB)
{
    Metric m;
    m.key = key;
    m.name = {key.toUpper(), {}};
    m.unit = {u"ms"_s, {}};
    m.direction = direction;
    m.aggregation = Metric::Aggregation::Mean;
    m.maximum = 1000;
    if (atB)
        m.targets = {{u"B"_s, *atB}};
    return m;
}

/** value logged on each of the days of November 2026. */
QList<Entry> logged(const QString& key, double value, const QList<int>& days)
{
    QList<Entry> entries;
    for (int d : days)
        entries << makeEntry(nov(d), key, value);
    return entries;
}

Adr adr(qint64 id, Adr::Status status, const QDate& date, bool withResult)
{
    Adr a;
    a.id = id;
    a.number = int(id);
    a.title = u"Decision %1"_s.arg(id);
    a.status = status;
    a.date = date;
    if (withResult)
        a.results = {{u"P99 latency"_s, 320, 47, u"ms"_s, {}}};
    return a;
}

class PromotionPacketTest : public ::testing::Test
{
protected:
    PromotionPacketTest()
    {
        s.framework = ladder();
        s.profile.frameworkKey = s.framework.key;
        s.profile.currentLevel = u"A"_s;
        s.profile.targetLevel = u"B"_s;
        s.today = TestToday;
        s.to = TestToday;
        s.from = PromotionPacket::defaultFrom(TestToday);
    }

    QStringList keyMetrics() const
    {
        QStringList keys;
        for (const PacketMetric& m : PromotionPacket::gather(s).metrics)
            keys << m.key;
        return keys;
    }

    QStringList adrLabels() const
    {
        QStringList labels;
        for (const PacketAdr& a : PromotionPacket::gather(s).adrs)
            labels << a.label;
        return labels;
    }

    PacketSources s;
};

TEST_F(PromotionPacketTest, DefaultPeriodIsTheTwelveMonthsEndingToday)
{
    EXPECT_EQ(PromotionPacket::defaultFrom(QDate(2026, 11, 22)), QDate(2025, 11, 23));
    EXPECT_EQ(PromotionPacket::defaultFrom(QDate(2024, 2, 29)), QDate(2023, 3, 1));
}

TEST_F(PromotionPacketTest, KeyMetricsPutTheFurthestBehindFirstThenTheMetThenTheUntargeted)
{
    s.framework.metrics = {metric(u"free"_s, D::HigherIsBetter, std::nullopt),
                           metric(u"met"_s, D::HigherIsBetter, 10),
                           metric(u"near"_s, D::HigherIsBetter, 10),
                           metric(u"often"_s, D::HigherIsBetter, 10),
                           metric(u"once"_s, D::HigherIsBetter, 10),
                           metric(u"silent"_s, D::HigherIsBetter, 10),
                           metric(u"far"_s, D::LowerIsBetter, 10)};
    s.entries << logged(u"free"_s, 4, {1, 2, 3, 4}) << logged(u"met"_s, 12, {5, 6})
              << logged(u"near"_s, 8, {5, 6}) << logged(u"often"_s, 15, {1, 2, 3, 4, 5})
              << logged(u"once"_s, 1, {7}) << logged(u"far"_s, 20, {8, 9});

    // far is 100 % behind, near 20 %; often and met meet B, often on more days; free has
    // no target. once has a single day and silent none: no trend to draw.
    EXPECT_EQ(keyMetrics(), (QStringList{u"far"_s, u"near"_s, u"often"_s, u"met"_s, u"free"_s}));
    const PromotionPacket p = PromotionPacket::gather(s);
    ASSERT_EQ(p.metrics.size(), 5);
    EXPECT_EQ(p.metrics[0].windowValue, 20);
    EXPECT_EQ(p.metrics[0].target, 10);
    EXPECT_FALSE(p.metrics[0].meetsTarget);
    EXPECT_TRUE(p.metrics[2].meetsTarget);
    EXPECT_EQ(p.metrics[2].daysLogged, 5);
    EXPECT_FALSE(p.metrics[4].target);
    ASSERT_EQ(p.metrics[0].chart.lines.size(), 1);
    EXPECT_EQ(p.metrics[0].chart.lines[0].key, u"far"_s);
    EXPECT_EQ(p.metrics[0].chart.from, s.from);
    EXPECT_EQ(p.metrics[0].chart.to, s.to);
}

TEST_F(PromotionPacketTest, KeyMetricsAreCappedAtSix)
{
    for (int i = 0; i < 8; ++i) {
        const QString key = u"m%1"_s.arg(i);
        s.framework.metrics << metric(key, D::HigherIsBetter, std::nullopt);
        s.entries << logged(key, 1, {1, 2});
    }
    EXPECT_EQ(keyMetrics(), (QStringList{u"m0"_s, u"m1"_s, u"m2"_s, u"m3"_s, u"m4"_s, u"m5"_s}));
}

TEST_F(PromotionPacketTest, EntriesOutsideThePeriodAreNotCounted)
{
    s.framework.metrics = {metric(u"free"_s, D::HigherIsBetter, std::nullopt)};
    s.entries << makeEntry(s.from.addDays(-1), u"free"_s, 1) << logged(u"free"_s, 1, {1, 1, 2})
              << makeEntry(QDate(2026, 12, 1), u"free"_s, 1);
    s.to = nov(21);
    const PromotionPacket p = PromotionPacket::gather(s);
    EXPECT_EQ(p.entriesInPeriod, 3);
    EXPECT_EQ(p.daysLoggedInPeriod, 2);
    EXPECT_EQ(p.to, nov(21));
}

TEST_F(PromotionPacketTest, DecisionsWithResultsComeFirstNewestFirstAndUndatedLast)
{
    s.adrs = {adr(1, Adr::Status::Accepted, nov(1).addMonths(-1), true),
              adr(2, Adr::Status::Accepted, nov(1), false),
              adr(3, Adr::Status::Superseded, QDate(2026, 6, 1), true),
              adr(4, Adr::Status::Proposed, nov(10), true),
              adr(5, Adr::Status::Accepted, nov(5), true),
              adr(6, Adr::Status::Accepted, QDate(2024, 1, 1), true),
              adr(7, Adr::Status::Accepted, QDate(), true),
              adr(8, Adr::Status::Rejected, nov(3), true),
              adr(9, Adr::Status::Deprecated, nov(4), true)};
    s.adrs[2].supersededBy = 5;

    EXPECT_EQ(adrLabels(), (QStringList{u"ADR-0005"_s, u"ADR-0001"_s, u"ADR-0003"_s, u"ADR-0007"_s,
                                        u"ADR-0002"_s}));
    const PromotionPacket p = PromotionPacket::gather(s);
    EXPECT_EQ(p.adrsInPeriod, 5);
    EXPECT_EQ(p.adrsLeftOut, 0);
    EXPECT_EQ(p.adrs[0].title, u"Decision 5"_s);
    EXPECT_EQ(p.adrs[0].results, QStringList{u"P99 latency 320 → 47 ms (−85 %)"_s});
    EXPECT_EQ(p.adrs[2].supersededBy, u"ADR-0005"_s);
    EXPECT_TRUE(p.adrs[0].supersededBy.isEmpty());
}

TEST_F(PromotionPacketTest, DecisionsBeyondFifteenAreCountedAsLeftOut)
{
    for (int i = 1; i <= 17; ++i)
        s.adrs << adr(i, Adr::Status::Accepted, QDate(2026, 1, 1).addDays(i), true);
    const PromotionPacket p = PromotionPacket::gather(s);
    ASSERT_EQ(p.adrs.size(), PromotionPacket::MaximumAdrs);
    EXPECT_EQ(p.adrsLeftOut, 2);
    EXPECT_EQ(p.adrs.first().label, u"ADR-0017"_s);
    EXPECT_EQ(p.adrs.last().label, u"ADR-0003"_s);
}

TEST_F(PromotionPacketTest, RecordWithoutNumberIsNamedByItsId)
{
    Adr a = adr(12, Adr::Status::Accepted, nov(2), false);
    a.number.reset();
    s.adrs = {a};
    EXPECT_EQ(adrLabels(), QStringList{u"ADR (id 12)"_s});
}

TEST_F(PromotionPacketTest, CheckpointsOfCurrentAndTargetLevelStandAsOfTheEndOfThePeriod)
{
    const auto progress = [](const QString& key, CheckpointProgress::Status status,
                             const QDate& started, const QDate& done) {
        CheckpointProgress p;
        p.checkpointKey = key;
        p.status = status;
        p.startedOn = started;
        p.doneOn = done;
        return p;
    };
    using S = CheckpointProgress::Status;
    s.progress = {{u"a1"_s, progress(u"a1"_s, S::Done, {}, QDate(2025, 1, 5))},
                  {u"b1"_s, progress(u"b1"_s, S::Done, nov(1).addMonths(-1), nov(10))},
                  {u"b2"_s, progress(u"b2"_s, S::Done, nov(5), nov(10))},
                  {u"b3"_s, progress(u"b3"_s, S::Done, {}, nov(2).addMonths(-1))}};
    s.to = nov(3);

    const PromotionPacket p = PromotionPacket::gather(s);
    ASSERT_EQ(p.levels.size(), 2);
    EXPECT_EQ(p.levels[0].code, u"A"_s);
    EXPECT_EQ(p.levels[1].name, u"Builder"_s);
    const QList<PacketCheckpoint>& b = p.levels[1].checkpoints;
    ASSERT_EQ(b.size(), 3);
    EXPECT_EQ(b[0].title, u"Own a service"_s);
    EXPECT_EQ(b[0].dimension, u"Execution"_s);
    EXPECT_EQ(b[0].status, S::InProgress);
    EXPECT_FALSE(b[0].doneOn.isValid());
    EXPECT_EQ(b[1].status, S::NotStarted);
    EXPECT_EQ(b[2].status, S::Done);
    EXPECT_EQ(b[2].doneOn, QDate(2026, 10, 2));
    // a1 was done before the period, b3 inside it.
    EXPECT_EQ(p.checkpointsDoneInPeriod, 1);
    ASSERT_EQ(p.readiness.size(), 2);
    EXPECT_EQ(p.readiness[1].checkpointsDone, 1);
}

TEST_F(PromotionPacketTest, EvidenceNamesTheRecordOrEntryItPointsAt)
{
    s.framework.metrics = {metric(u"far"_s, D::LowerIsBetter, 10)};
    Entry e = makeEntry(nov(4), u"far"_s, 42);
    e.id = 34;
    s.entries = {e};
    s.adrs = {adr(7, Adr::Status::Accepted, nov(1), false)};
    const auto evidence = [](const QString& reference, const QString& note = {}) {
        Evidence found = Evidence::classify(reference);
        found.checkpointKey = u"b1"_s;
        found.note = note;
        return found;
    };
    Evidence none;
    none.kind = Evidence::Kind::None;
    s.evidence = {{u"b1"_s,
                   {evidence(u"adr:7"_s), evidence(u"entry:34"_s, u"after the fix"_s),
                    evidence(u"https://ci.example.com/1"_s), evidence(u"adr:99"_s), none}}};

    const QList<PacketEvidence> items =
        PromotionPacket::gather(s).levels[1].checkpoints[0].evidence;
    ASSERT_EQ(items.size(), 5);
    EXPECT_EQ(items[0].text, u"ADR-0007 Decision 7"_s);
    EXPECT_EQ(items[1].text, u"2026-11-04 FAR = 42 ms"_s);
    EXPECT_EQ(items[1].note, u"after the fix"_s);
    EXPECT_EQ(items[2].text, u"https://ci.example.com/1"_s);
    EXPECT_EQ(items[3].text, u"adr:99"_s);
    EXPECT_EQ(items[4].text, u"no evidence yet"_s);
}

TEST_F(PromotionPacketTest, RadarComparesTheEndOfThePeriodWithItsStart)
{
    Assessment now;
    now.dimensionKey = u"x"_s;
    now.score = 4;
    Assessment then = now;
    then.score = 2;
    s.assessments = {{u"x"_s, now}};
    s.assessmentsAtStart = {{u"x"_s, then}};
    const PromotionPacket p = PromotionPacket::gather(s);
    ASSERT_EQ(p.radar.profiles.size(), 4);
    EXPECT_EQ(p.radar.profiles.first().values, QList<double>{4});
    EXPECT_EQ(p.radar.profiles.last().values, QList<double>{2});
    EXPECT_TRUE(p.radar.profiles.last().name.contains(s.from.toString(Qt::ISODate)));
    EXPECT_TRUE(p.dimensionGaps.isEmpty());
}

TEST(PromotionPacketText, ResultTextShowsTheChangeTheUnitAndTheNote)
{
    const auto text = [](std::optional<double> before, std::optional<double> after,
                         const QString& unit, const QString& note = {}) {
        return PromotionPacket::resultText({u"QPS"_s, before, after, unit, note});
    };
    EXPECT_EQ(text(1000, 1230, {}), u"QPS 1000 → 1230 (+23 %)"_s);
    EXPECT_EQ(text(82, 9, u"ms"_s, u"GC pause"_s), u"QPS 82 → 9 ms (−89 %) (GC pause)"_s);
    EXPECT_EQ(text(0, 5, u"%"_s), u"QPS 0 → 5 %"_s);
    EXPECT_EQ(text(100, 100.2, {}), u"QPS 100 → 100.2"_s);
    EXPECT_EQ(text(std::nullopt, 47, u"ms"_s), u"QPS: 47 ms"_s);
    EXPECT_EQ(text(320, std::nullopt, u"ms"_s), u"QPS: 320 ms before"_s);
    EXPECT_EQ(text(std::nullopt, std::nullopt, {}), u"QPS"_s);
}

TEST(PromotionPacketText, PlainSummaryKeepsTheFirstParagraphWithoutMarkdown)
{
    EXPECT_EQ(PromotionPacket::plainSummary(u"\n\nChosen option: **[Kafka](k.md)**, because "
                                            "`acks=all` keeps\nevery order_event.\n\nMore."_s,
                                            200),
              u"Chosen option: Kafka, because acks=all keeps every order_event."_s);
    EXPECT_EQ(PromotionPacket::plainSummary(u"* _first_ point\n* second"_s, 200),
              u"first point second"_s);
}

TEST(PromotionPacketText, PlainSummaryCutsLongTextAtAWord)
{
    const QString words = u"alpha beta gamma delta epsilon zeta eta theta"_s;
    EXPECT_EQ(PromotionPacket::plainSummary(words, 28), u"alpha beta gamma delta…"_s);
    const QString chinese = u"选择方案：网关限流与熔断，因为这是代价最小的做法"_s;
    EXPECT_EQ(PromotionPacket::plainSummary(chinese, 10), u"选择方案：网关限流…"_s);
    EXPECT_EQ(PromotionPacket::plainSummary(chinese, 100), chinese);
}

} // namespace
