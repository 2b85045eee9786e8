// SPDX-License-Identifier: GPL-3.0-or-later
// The demo database (DemoData): one year of go-backend data up to the fake clock's
// 2026-11-22, generated from a fixed seed.
#include "DemoData.h"

#include "AdrStore.h"
#include "AssessmentStore.h"
#include "CheckpointProgressStore.h"
#include "DatabaseCheck.h"
#include "DemoSeries.h"
#include "EntryStore.h"
#include "EvidenceStore.h"
#include "FrameworkStore.h"
#include "ProfileStore.h"
#include "TempDatabase.h"

#include <QRegularExpression>
#include <QSet>

#include <gtest/gtest.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace {

constexpr quint64 Seed = 20261122;

/** A database holding one year of demo data. */
class DemoDataTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = temp.open();
        ASSERT_TRUE(db);
        auto generated = generate(*db);
        ASSERT_TRUE(generated.ok()) << generated.error().message.toStdString();
        summary = generated.value();
        auto loaded = FrameworkStore(*db).load(u"go-backend"_s);
        ASSERT_TRUE(loaded.ok());
        framework = loaded.value();
    }

    static Result<DemoSummary> generate(Database& into, quint64 seed = Seed)
    {
        DemoSettings settings;
        settings.years = 1;
        settings.seed = seed;
        return DemoData::generate(into, settings);
    }

    QList<Entry> entries(Database& from) const
    {
        auto all = EntryStore(from).list();
        EXPECT_TRUE(all.ok());
        return all.ok() ? all.value() : QList<Entry>{};
    }

    QList<Adr> adrs() const
    {
        auto all = AdrStore(*db).list();
        EXPECT_TRUE(all.ok());
        return all.ok() ? all.value() : QList<Adr>{};
    }

    /** The mean value of metricKey's entries dated from to to (both included). */
    double mean(const QList<Entry>& all, const QString& metricKey, const QDate& from,
                const QDate& to) const
    {
        double sum = 0;
        int count = 0;
        for (const Entry& e : all) {
            if (e.metricKey == metricKey && e.day >= from && e.day <= to) {
                sum += e.value;
                ++count;
            }
        }
        EXPECT_GT(count, 0) << metricKey.toStdString();
        return count ? sum / count : 0;
    }

    TempDatabase temp;
    std::unique_ptr<Database> db;
    DemoSummary summary;
    Framework framework;
};

QString entryContent(const Entry& e)
{
    return u"%1 %2 %3 %4 %5"_s.arg(e.day.toString(Qt::ISODate), e.metricKey)
        .arg(e.value, 0, 'g', 17)
        .arg(e.note, e.evidence);
}

} // namespace

TEST_F(DemoDataTest, SameSeedGivesTheSameRowsAndAnotherSeedOthers)
{
    auto again = temp.open(u"again.sqlite"_s);
    ASSERT_TRUE(again);
    ASSERT_TRUE(generate(*again).ok());
    auto other = temp.open(u"other.sqlite"_s);
    ASSERT_TRUE(other);
    ASSERT_TRUE(generate(*other, Seed + 1).ok());

    QStringList first;
    QStringList second;
    QStringList third;
    for (const Entry& e : entries(*db))
        first << entryContent(e);
    for (const Entry& e : entries(*again))
        second << entryContent(e);
    for (const Entry& e : entries(*other))
        third << entryContent(e);
    ASSERT_FALSE(first.isEmpty());
    EXPECT_EQ(first, second);
    EXPECT_NE(first, third);

    auto adrsAgain = AdrStore(*again).list();
    ASSERT_TRUE(adrsAgain.ok());
    const QList<Adr> mine = adrs();
    ASSERT_EQ(mine.size(), adrsAgain.value().size());
    for (qsizetype i = 0; i < mine.size(); ++i) {
        EXPECT_EQ(mine[i].title, adrsAgain.value()[i].title);
        EXPECT_EQ(mine[i].status, adrsAgain.value()[i].status);
        EXPECT_EQ(mine[i].date, adrsAgain.value()[i].date);
    }
    const auto scores = [](Database& from) {
        QStringList all;
        auto history = AssessmentStore(from).history(u"go-backend"_s);
        EXPECT_TRUE(history.ok());
        for (const Assessment& a : history.value())
            all << u"%1 %2 %3"_s.arg(a.day.toString(Qt::ISODate), a.dimensionKey).arg(a.score);
        return all;
    };
    EXPECT_EQ(scores(*db), scores(*again));
}

TEST_F(DemoDataTest, ProfileAimsFromTheFirstLevelAtTheSecond)
{
    auto profile = ProfileStore(*db).load();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile.value().frameworkKey, u"go-backend"_s);
    EXPECT_EQ(profile.value().currentLevel, u"P6"_s);
    EXPECT_EQ(profile.value().targetLevel, u"P7"_s);
    EXPECT_EQ(profile.value().targetDate, QDate(2027, 5, 22));
    EXPECT_EQ(summary.currentLevel, u"P6"_s);
    EXPECT_EQ(summary.targetLevel, u"P7"_s);
}

TEST_F(DemoDataTest, EntriesCoverTheYearUpToTodayWithinEachMetricsRange)
{
    const QList<Entry> all = entries(*db);
    EXPECT_EQ(all.size(), summary.entries);
    QSet<QString> logged;
    for (const Entry& e : all) {
        const Metric* m = framework.metric(e.metricKey);
        ASSERT_NE(m, nullptr) << e.metricKey.toStdString();
        EXPECT_GE(e.value, m->minimum) << entryContent(e).toStdString();
        EXPECT_LE(e.value, m->maximum) << entryContent(e).toStdString();
        EXPECT_GT(e.day, QDate(2025, 11, 22));
        EXPECT_LE(e.day, QDate(2026, 11, 22));
        logged.insert(e.metricKey);
    }
    EXPECT_EQ(logged.size(), framework.metrics.size()); // every metric is logged

    // A daily metric on most working days, a weekly one about once a week.
    const auto count = [&](const QString& key) {
        return std::count_if(all.cbegin(), all.cend(),
                             [&](const Entry& e) { return e.metricKey == key; });
    };
    EXPECT_GT(count(u"delta_tech"_s), 150);
    EXPECT_LT(count(u"delta_tech"_s), 261);
    EXPECT_GT(count(u"alert_hours_week"_s), 35);
    EXPECT_LE(count(u"alert_hours_week"_s), 53);
}

TEST_F(DemoDataTest, WeekendEntriesAreRare)
{
    const QList<Entry> all = entries(*db);
    const auto weekend = std::count_if(
        all.cbegin(), all.cend(), [](const Entry& e) { return e.day.dayOfWeek() >= Qt::Saturday; });
    EXPECT_LT(double(weekend), 0.1 * double(all.size()));
}

TEST_F(DemoDataTest, MetricsMoveTowardsTheTargetLevelInTheirDirection)
{
    const QList<Entry> all = entries(*db);
    const QDate first(2025, 11, 23);
    const QDate today(2026, 11, 22);
    int compared = 0;
    for (const Metric& m : std::as_const(framework.metrics)) {
        const auto now = m.target(u"P6"_s);
        const auto next = m.target(u"P7"_s);
        if (!now || !next || *now == *next ||
            DemoSeries::cadence(m) == DemoSeries::Cadence::Monthly)
            continue;
        const double early = mean(all, m.key, first, first.addMonths(3));
        const double late = mean(all, m.key, today.addMonths(-3), today);
        if (m.direction == Metric::Direction::LowerIsBetter) {
            EXPECT_LT(late, early) << m.key.toStdString();
        } else {
            EXPECT_GT(late, early) << m.key.toStdString();
        }
        ++compared;
    }
    EXPECT_GE(compared, 6); // both directions are among them
    EXPECT_LT(mean(all, u"alert_hours_week"_s, today.addMonths(-3), today),
              mean(all, u"alert_hours_week"_s, first, first.addMonths(3)));
    EXPECT_GT(mean(all, u"review_closure_rate"_s, today.addMonths(-3), today),
              mean(all, u"review_closure_rate"_s, first, first.addMonths(3)));
}

TEST_F(DemoDataTest, EveryDimensionIsAssessedMonthlyInHalfStepsRisingOverTheYear)
{
    auto history = AssessmentStore(*db).history(u"go-backend"_s);
    ASSERT_TRUE(history.ok());
    EXPECT_EQ(history.value().size(), summary.assessments);
    for (const Dimension& d : std::as_const(framework.dimensions)) {
        QList<double> scores;
        QSet<QString> months;
        for (const Assessment& a : history.value()) {
            if (a.dimensionKey != d.key)
                continue;
            EXPECT_GE(a.score, 0);
            EXPECT_LE(a.score, 5);
            EXPECT_EQ(a.score * 2, std::round(a.score * 2));
            scores << a.score;
            months.insert(a.day.toString(u"yyyy-MM"_s));
        }
        EXPECT_EQ(months.size(), scores.size()) << "one a month: " << d.key.toStdString();
        EXPECT_GE(scores.size(), 11) << d.key.toStdString();
        EXPECT_LE(scores.size(), 13) << d.key.toStdString();
        ASSERT_GE(scores.size(), 6);
        const double early = (scores[0] + scores[1] + scores[2]) / 3;
        const double late = (scores.rbegin()[0] + scores.rbegin()[1] + scores.rbegin()[2]) / 3;
        EXPECT_GT(late, early) << d.key.toStdString();
    }
}

TEST_F(DemoDataTest, CheckpointsAreDoneAlongTheWayWithEvidence)
{
    auto progress = CheckpointProgressStore(*db).load(u"go-backend"_s);
    ASSERT_TRUE(progress.ok());
    int done = 0;
    QSet<Evidence::Kind> kinds;
    for (const CheckpointProgress& p : progress.value()) {
        if (p.status != CheckpointProgress::Status::Done)
            continue;
        ++done;
        EXPECT_LE(p.startedOn, p.doneOn);
        EXPECT_GT(p.doneOn, QDate(2025, 11, 22));
        EXPECT_LE(p.doneOn, QDate(2026, 11, 22));
        auto evidence = EvidenceStore(*db).listFor(u"go-backend"_s, p.checkpointKey);
        ASSERT_TRUE(evidence.ok());
        EXPECT_FALSE(evidence.value().isEmpty()) << p.checkpointKey.toStdString();
        for (const Evidence& e : evidence.value())
            kinds.insert(e.kind);
    }
    EXPECT_EQ(done, summary.checkpointsDone);
    EXPECT_GE(done, 8); // most of P6, some of P7
    EXPECT_TRUE(kinds.contains(Evidence::Kind::Entry) || kinds.contains(Evidence::Kind::Adr));
    EXPECT_FALSE(kinds.contains(Evidence::Kind::None));
    EXPECT_EQ(TempDatabase::scalar(temp.path(), u"SELECT count(*) FROM evidence"_s).toInt(),
              summary.evidence);
}

TEST_F(DemoDataTest, AboutThirtyDecisionRecordsWithALifecycleAndASupersededOne)
{
    const QList<Adr> all = adrs();
    EXPECT_EQ(all.size(), summary.adrs);
    // 26 to 34 are drawn; one drawn for a last day without work is left out.
    EXPECT_GE(all.size(), 20);
    EXPECT_LE(all.size(), 34);

    QSet<Adr::Status> statuses;
    int chinese = 0;
    int superseded = 0;
    static const QRegularExpression han(u"\\p{Han}"_s);
    for (const Adr& a : all) {
        statuses.insert(a.status);
        chinese += a.title.contains(han);
        ASSERT_FALSE(a.history.isEmpty());
        EXPECT_EQ(a.history.constFirst().status, u"proposed"_s);
        EXPECT_EQ(a.date, a.history.constFirst().changedOn);
        if (a.status == Adr::Status::Accepted) {
            EXPECT_FALSE(a.results.isEmpty()) << a.title.toStdString();
        }
        if (a.status != Adr::Status::Superseded)
            continue;
        ++superseded;
        // Both records say so: the old one points at the new one, whose history names it.
        const auto newer = std::find_if(all.cbegin(), all.cend(),
                                        [&](const Adr& n) { return n.id == a.supersededBy; });
        ASSERT_NE(newer, all.cend()) << a.title.toStdString();
        EXPECT_EQ(a.history.constLast().note, u"superseded by %1"_s.arg(*newer->number));
        const auto names = [&](const Adr::StatusChange& c) {
            return c.note == u"supersedes %1"_s.arg(*a.number);
        };
        EXPECT_TRUE(std::any_of(newer->history.cbegin(), newer->history.cend(), names));
    }
    EXPECT_GE(superseded, 1);
    EXPECT_TRUE(statuses.contains(Adr::Status::Accepted));
    EXPECT_GE(statuses.size(), 3);
    EXPECT_GT(chinese, 0);
    EXPECT_LT(chinese, all.size());
}

TEST_F(DemoDataTest, TheDatabasePassesItsOwnCheck)
{
    auto check = DatabaseCheck::run(*db);
    ASSERT_TRUE(check.ok());
    EXPECT_TRUE(check.value().ok()) << check.value().report().join(u'\n').toStdString();
}

TEST_F(DemoDataTest, RefusesADatabaseThatHoldsDataAndYearsOutOfRange)
{
    const auto second = generate(*db);
    ASSERT_FALSE(second.ok());
    EXPECT_EQ(second.error().kind, Failure::Kind::InvalidInput);
    EXPECT_TRUE(second.error().message.contains(u"already holds data"_s));
    EXPECT_EQ(entries(*db).size(), summary.entries);

    auto fresh = temp.open(u"fresh.sqlite"_s);
    ASSERT_TRUE(fresh);
    for (int years : {0, 31}) {
        DemoSettings settings;
        settings.years = years;
        const auto refused = DemoData::generate(*fresh, settings);
        ASSERT_FALSE(refused.ok());
        EXPECT_EQ(refused.error().message, u"years: %1 is outside 1 to 30"_s.arg(years));
    }
    DemoSettings unknown;
    unknown.frameworkKey = u"nope"_s;
    EXPECT_FALSE(DemoData::generate(*fresh, unknown).ok());
    EXPECT_TRUE(entries(*fresh).isEmpty());
}
