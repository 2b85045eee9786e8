// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoData.h"

#include "AdrStore.h"
#include "AssessmentStore.h"
#include "BuiltinFrameworks.h"
#include "CheckpointProgressStore.h"
#include "Database.h"
#include "DemoAdrs.h"
#include "DemoCalendar.h"
#include "DemoPhrases.h"
#include "DemoRandom.h"
#include "DemoSeries.h"
#include "EntryStore.h"
#include "Framework.h"
#include "FrameworkStore.h"
#include "ProfileStore.h"

#include <algorithm>
#include <cmath>

namespace {

/** How far through its level's checkpoints the demo engineer is, and when. */
struct LevelPlan
{
    const Level* level = nullptr;
    double from = 0; ///< share of the span in which the first checkpoint is done
    double to = 0;   ///< … and the last
    double doneShare = 0;
    int inProgress = 0;
};

/** The rows written so far, with their ids: what checkpoint evidence can point at. */
struct Written
{
    QList<Entry> entries; ///< oldest first
    QList<Adr> adrs;      ///< oldest first
};

QDate dayAt(const DemoCalendar& calendar, double share)
{
    const qint64 offset = std::llround(double(calendar.first().daysTo(calendar.last())) * share);
    const QDate day = calendar.first().addDays(offset);
    const QDate working = calendar.workingDayFrom(day);
    return working.isValid() ? working : day;
}

template <typename T>
void shuffle(QList<T>& items, DemoRandom& random)
{
    for (qsizetype i = items.size() - 1; i > 0; --i)
        items.swapItemsAt(i, random.between(0, int(i)));
}

bool acceptedBy(const Adr& adr, const QDate& day)
{
    const QString accepted = Adr::statusKey(Adr::Status::Accepted);
    return std::any_of(adr.history.cbegin(), adr.history.cend(), [&](const Adr::StatusChange& c) {
        return c.status == accepted && c.changedOn <= day;
    });
}

bool linkedTo(const Adr& adr, const QString& dimensionKey)
{
    return std::any_of(adr.links.cbegin(), adr.links.cend(), [&](const Adr::Link& l) {
        return l.kind == Adr::Link::Kind::Dimension && l.targetKey == dimensionKey;
    });
}

/**
 * Evidence for finishing checkpoint on day: the newest accepted record of its dimension,
 * the newest entry of a metric of its dimension, a merge request or commit; at least one.
 */
QStringList evidenceFor(const Framework& framework, const Checkpoint& checkpoint, const QDate& day,
                        const Written& written, DemoRandom& random)
{
    QStringList refs;
    const QString dimension = checkpoint.dimensionKey;
    if (!dimension.isEmpty() && random.chance(0.6)) {
        const auto found =
            std::find_if(written.adrs.crbegin(), written.adrs.crend(), [&](const Adr& a) {
                return acceptedBy(a, day) && linkedTo(a, dimension);
            });
        if (found != written.adrs.crend())
            refs << QStringLiteral("adr:%1").arg(found->id);
    }
    if (!dimension.isEmpty() && random.chance(0.6)) {
        const auto found =
            std::find_if(written.entries.crbegin(), written.entries.crend(), [&](const Entry& e) {
                const Metric* m = framework.metric(e.metricKey);
                return e.day <= day && m && m->dimensionKey == dimension;
            });
        if (found != written.entries.crend())
            refs << QStringLiteral("entry:%1").arg(found->id);
    }
    if (refs.isEmpty() || random.chance(0.3))
        refs << DemoPhrases::evidenceReference(random);
    return refs;
}

Status writeCheckpoints(Database& db, const Framework& framework, const Profile& profile,
                        const DemoCalendar& calendar, const Written& written, DemoRandom& random,
                        DemoSummary& summary)
{
    CheckpointProgressStore store(db);
    // Frameworks have two levels at least (FrameworkReader), so the two plans differ.
    const QList<LevelPlan> plans{
        {framework.level(profile.currentLevel), 0.05, 0.6, 0.9, 0},
        {framework.level(profile.targetLevel), 0.45, 0.98, random.uniform(0.35, 0.6), 2}};
    for (const LevelPlan& plan : plans) {
        QList<Checkpoint> order = plan.level->checkpoints;
        shuffle(order, random);
        const int done = int(std::lround(double(order.size()) * plan.doneShare));
        QList<double> shares;
        for (int i = 0; i < done; ++i)
            shares << random.uniform(plan.from, plan.to);
        std::sort(shares.begin(), shares.end());
        for (int i = 0; i < done; ++i) {
            const Checkpoint& c = order[i];
            const QDate doneOn = dayAt(calendar, shares[i]);
            const QDate startedOn =
                std::max(calendar.first(), doneOn.addDays(-random.between(14, 70)));
            const QStringList refs = evidenceFor(framework, c, doneOn, written, random);
            if (Status s = store.markInProgressWithinTransaction(framework, c.key, startedOn); !s)
                return s;
            if (Status s = store.markDoneWithinTransaction(framework, c.key, doneOn, refs, false);
                !s)
                return s;
            ++summary.checkpointsDone;
            summary.evidence += int(refs.size());
        }
        for (int i = done; i < std::min(done + plan.inProgress, int(order.size())); ++i) {
            const QDate startedOn = dayAt(calendar, random.uniform(0.85, 0.98));
            if (Status s =
                    store.markInProgressWithinTransaction(framework, order[i].key, startedOn);
                !s)
                return s;
        }
    }
    return {};
}

Status requireEmpty(const Database& db)
{
    auto q = db.exec(QStringLiteral("SELECT (SELECT count(*) FROM entry)"
                                    " + (SELECT count(*) FROM assessment)"
                                    " + (SELECT count(*) FROM checkpoint_progress)"
                                    " + (SELECT count(*) FROM adr)"));
    if (!q)
        return q.error();
    q.value().next();
    if (q.value().value(0).toLongLong() > 0)
        return Failure::invalid(
            DemoData::tr("%1: the database already holds data; demo data goes into a new file")
                .arg(db.path()));
    return {};
}

} // namespace

Result<DemoSummary> DemoData::generate(Database& db, const DemoSettings& settings)
{
    if (settings.years < DemoSettings::MinimumYears || settings.years > DemoSettings::MaximumYears)
        return Failure::invalid(tr("years: %1 is outside %2 to %3")
                                    .arg(settings.years)
                                    .arg(DemoSettings::MinimumYears)
                                    .arg(DemoSettings::MaximumYears));
    if (Status s = BuiltinFrameworks::ensureInstalled(db); !s)
        return s.error();
    auto loaded = FrameworkStore(db).load(
        settings.frameworkKey.isEmpty() ? BuiltinFrameworks::defaultKey() : settings.frameworkKey);
    if (!loaded)
        return loaded.error();
    if (Status s = requireEmpty(db); !s)
        return s.error();
    const Framework& framework = loaded.value();

    const QDate today = db.clock().now().date();
    Profile profile = ProfileStore::adaptedTo(Profile{}, framework);
    profile.targetDate = today.addMonths(6);

    // Each part draws from a stream of its own, so changing one leaves the others alike.
    DemoRandom root(settings.seed);
    DemoRandom calendarRandom = root.fork();
    DemoRandom adrRandom = root.fork();
    DemoRandom entryRandom = root.fork();
    DemoRandom assessmentRandom = root.fork();
    DemoRandom checkpointRandom = root.fork();

    const DemoCalendar calendar(today.addYears(-settings.years).addDays(1), today, calendarRandom);
    const QList<DemoAdr> adrs = DemoAdrs::generate(framework, calendar, adrRandom);
    Written written;
    for (const Metric& m : framework.metrics) {
        DemoRandom metricRandom = entryRandom.fork();
        written.entries << DemoSeries::entries(m, profile.currentLevel, profile.targetLevel,
                                               calendar, metricRandom);
    }
    // By day, and within a day in framework order: the order a person logs in.
    std::stable_sort(written.entries.begin(), written.entries.end(),
                     [](const Entry& a, const Entry& b) { return a.day < b.day; });
    QList<Assessment> assessments;
    for (const Dimension& d : framework.dimensions) {
        DemoRandom dimensionRandom = assessmentRandom.fork();
        assessments << DemoSeries::assessments(d, framework.key, profile.currentLevel,
                                               profile.targetLevel, calendar, dimensionRandom);
    }

    DemoSummary summary;
    summary.frameworkKey = framework.key;
    summary.currentLevel = profile.currentLevel;
    summary.targetLevel = profile.targetLevel;
    const Status stored = db.transaction([&]() -> Status {
        if (Status s = ProfileStore(db).save(profile); !s)
            return s;
        AdrStore adrStore(db);
        for (const DemoAdr& d : adrs) {
            auto id = adrStore.addWithinTransaction(d.adr);
            if (!id)
                return id.error();
            written.adrs << d.adr;
            written.adrs.last().id = id.value();
        }
        for (qsizetype i = 0; i < adrs.size(); ++i) {
            if (adrs[i].supersedes < 0)
                continue;
            if (Status s = adrStore.linkSupersededWithinTransaction(
                    written.adrs[adrs[i].supersedes].id, written.adrs[i].id);
                !s)
                return s;
        }
        auto ids = EntryStore(db).addWithinTransaction(written.entries);
        if (!ids)
            return ids.error();
        for (qsizetype i = 0; i < written.entries.size(); ++i)
            written.entries[i].id = ids.value()[i];
        AssessmentStore assessmentStore(db);
        for (const Assessment& a : assessments) {
            if (auto id = assessmentStore.add(a); !id)
                return id.error();
        }
        return writeCheckpoints(db, framework, profile, calendar, written, checkpointRandom,
                                summary);
    });
    if (!stored)
        return stored.error();
    summary.entries = int(written.entries.size());
    summary.assessments = int(assessments.size());
    summary.adrs = int(written.adrs.size());
    return summary;
}
