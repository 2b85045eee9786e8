// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "AdrStore.h"
#include "AssessmentStore.h"
#include "CheckpointProgressStore.h"
#include "Database.h"
#include "EvidenceStore.h"
#include "FrameworkReader.h"
#include "ProfileStore.h"
#include "ScoreWeightsStore.h"

namespace {

/** SQLite's counter of commits made through other connections to the same file. */
qint64 dataVersion(Database& db)
{
    auto q = db.exec(QStringLiteral("PRAGMA data_version"));
    return q && q.value().next() ? q.value().value(0).toLongLong() : -1;
}

} // namespace

Workspace::Workspace(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

Result<QList<FrameworkSummary>> Workspace::frameworks() const
{
    return FrameworkStore(m_db).list();
}

int Workspace::checkpointsDone(const Level& level) const
{
    int done = 0;
    for (const Checkpoint& c : level.checkpoints) {
        const auto it = m_progress.constFind(c.key);
        done += it != m_progress.constEnd() && it->status == CheckpointProgress::Status::Done;
    }
    return done;
}

Status Workspace::reload()
{
    auto profile = ProfileStore(m_db).load();
    if (!profile)
        return profile.error();
    auto framework = FrameworkStore(m_db).load(profile.value().frameworkKey);
    if (!framework)
        return framework.error();
    auto progress = CheckpointProgressStore(m_db).load(profile.value().frameworkKey);
    if (!progress)
        return progress.error();
    auto composite = ScoreWeightsStore(m_db).load(framework.value());
    if (!composite)
        return composite.error();
    m_profile = profile.value();
    m_framework = std::move(framework).value();
    m_progress = std::move(progress).value();
    m_compositeSettings = std::move(composite).value();
    if (Status s = reloadEntries(); !s)
        return s;
    if (Status s = reloadAssessments(); !s)
        return s;
    if (Status s = reloadEvidence(); !s)
        return s;
    if (Status s = reloadAdrs(); !s)
        return s;
    m_dataVersion = dataVersion(m_db);
    Q_EMIT changed();
    return {};
}

Status Workspace::reloadIfChangedElsewhere()
{
    const qint64 version = dataVersion(m_db);
    if (version == m_dataVersion)
        return {};
    return reload();
}

QDate Workspace::today() const
{
    return m_db.clock().now().date();
}

std::optional<Entry> Workspace::entry(qint64 id) const
{
    for (const Entry& e : m_entries) {
        if (e.id == id)
            return e;
    }
    return std::nullopt;
}

bool Workspace::hasEntryOn(const QDate& day) const
{
    // Entries are in day order: scan from the newest end, where today's usually are.
    for (auto it = m_entries.crbegin(); it != m_entries.crend() && it->day >= day; ++it) {
        if (it->day == day)
            return true;
    }
    return false;
}

QList<double> Workspace::values(const QString& metricKey, const QDate& day) const
{
    QList<double> found;
    for (const Entry& e : m_entries) {
        if (e.day == day && e.metricKey == metricKey)
            found << e.value;
    }
    return found;
}

Status Workspace::reloadEntries()
{
    EntryStore store(m_db);
    auto entries = store.list();
    if (!entries)
        return entries.error();
    auto streak = store.streak(today());
    if (!streak)
        return streak.error();
    m_entries = std::move(entries).value();
    m_streak = streak.value();
    return {};
}

Result<QHash<QString, Assessment>> Workspace::assessmentsAsOf(const QDate& day) const
{
    return AssessmentStore(m_db).asOf(m_profile.frameworkKey, day);
}

Status Workspace::reloadEvidence()
{
    auto evidence = EvidenceStore(m_db).listAll(m_framework.key);
    if (!evidence)
        return evidence.error();
    m_evidence = std::move(evidence).value();
    return {};
}

Status Workspace::removeEvidence(qint64 evidenceId)
{
    if (Status s = EvidenceStore(m_db).remove(evidenceId); !s)
        return s;
    return reload();
}

Status Workspace::reloadAssessments()
{
    auto latest = AssessmentStore(m_db).latest(m_profile.frameworkKey);
    if (!latest)
        return latest.error();
    m_assessments = std::move(latest).value();
    return {};
}

Status Workspace::entriesWritten(const Status& written)
{
    if (!written)
        return written;
    if (Status s = reloadEntries(); !s)
        return s;
    Q_EMIT entriesChanged();
    // Deleting an entry deletes the evidence that pointed at it (ON DELETE CASCADE).
    qsizetype before = 0;
    for (const QList<Evidence>& pieces : std::as_const(m_evidence))
        before += pieces.size();
    if (Status s = reloadEvidence(); !s)
        return s;
    qsizetype after = 0;
    for (const QList<Evidence>& pieces : std::as_const(m_evidence))
        after += pieces.size();
    if (after != before)
        Q_EMIT changed();
    return {};
}

Result<qint64> Workspace::addEntry(const Entry& entry)
{
    auto id = EntryStore(m_db).add(entry);
    if (id)
        entriesWritten({}); // stored either way; a failed re-read shows on the next one
    return id;
}

Status Workspace::updateEntry(const Entry& entry)
{
    return entriesWritten(EntryStore(m_db).update(entry));
}

Status Workspace::removeEntries(const QList<Entry>& entries)
{
    return entriesWritten(EntryStore(m_db).remove(entries));
}

Status Workspace::restoreEntries(const QList<Entry>& entries)
{
    return entriesWritten(EntryStore(m_db).restore(entries));
}

Result<ImportSummary> Workspace::importEntries(const QList<Entry>& entries,
                                               const EntryStore::Progress& progress)
{
    auto summary = EntryStore(m_db).import(entries, progress);
    if (!summary)
        return summary;
    if (Status s = entriesWritten({}); !s)
        return s.error();
    return summary;
}

Status Workspace::markCheckpointDone(const QString& checkpointKey, const QDate& day,
                                     const QStringList& evidenceRefs, bool noEvidence,
                                     const QString& note)
{
    if (Status s = CheckpointProgressStore(m_db).markDone(m_framework, checkpointKey, day,
                                                          evidenceRefs, noEvidence, note);
        !s)
        return s;
    return reload();
}

Status Workspace::markCheckpointInProgress(const QString& checkpointKey, const QDate& day)
{
    if (Status s = CheckpointProgressStore(m_db).markInProgress(m_framework, checkpointKey, day);
        !s)
        return s;
    return reload();
}

Status Workspace::resetCheckpoint(const QString& checkpointKey)
{
    if (Status s = CheckpointProgressStore(m_db).reset(m_framework, checkpointKey); !s)
        return s;
    return reload();
}

Result<qint64> Workspace::addAssessment(const Assessment& assessment)
{
    auto id = AssessmentStore(m_db).add(assessment);
    if (!id)
        return id;
    if (Status s = reloadAssessments(); !s)
        return s.error();
    Q_EMIT assessmentsChanged();
    return id;
}

Status Workspace::useFramework(const QString& key)
{
    auto framework = FrameworkStore(m_db).load(key);
    if (!framework)
        return framework.error();
    if (auto switched = ProfileStore(m_db).switchTo(framework.value()); !switched)
        return switched.error();
    return reload();
}

Status Workspace::setProfile(const Profile& profile)
{
    auto framework = FrameworkStore(m_db).load(profile.frameworkKey);
    if (!framework)
        return framework.error();
    const Framework& f = framework.value();
    const int current = f.levelIndex(profile.currentLevel);
    const int target = f.levelIndex(profile.targetLevel);
    if (current < 0)
        return Failure::invalid(
            tr("current level: %1 has no level %2").arg(f.name.text(), profile.currentLevel));
    if (target < 0)
        return Failure::invalid(
            tr("target level: %1 has no level %2").arg(f.name.text(), profile.targetLevel));
    if (target <= current)
        return Failure::invalid(tr("target level: %1 is not above the current level %2")
                                    .arg(profile.targetLevel, profile.currentLevel));
    if (profile.targetDate.isValid() && profile.targetDate < today())
        return Failure::invalid(
            tr("target date: %1 is in the past").arg(profile.targetDate.toString(Qt::ISODate)));
    if (profile.displayName.size() > 200)
        return Failure::invalid(tr("name: longer than 200 characters"));
    Profile stored = profile;
    stored.currentLevel = f.levels[current].code;
    stored.targetLevel = f.levels[target].code;
    // The framework in use is the profile's: saving the key switches to it.
    const Status written = m_db.transaction([&] { return ProfileStore(m_db).save(stored); });
    if (!written)
        return written;
    return reload();
}

Result<Framework> Workspace::importFramework(const QString& path)
{
    QByteArray source;
    auto framework = FrameworkReader::readFile(path, &source);
    if (!framework)
        return framework.error();
    if (Status s = FrameworkStore(m_db).importFramework(framework.value(), source, path); !s)
        return s.error();
    if (Status s = reload(); !s)
        return s.error();
    return framework;
}

Status Workspace::setCompositeSettings(const CompositeSettings& settings)
{
    ScoreWeightsStore store(m_db);
    if (Status s = store.save(m_framework, settings); !s)
        return s;
    auto stored = store.load(m_framework);
    if (!stored)
        return stored.error();
    m_compositeSettings = std::move(stored).value();
    Q_EMIT compositeSettingsChanged();
    return {};
}

CompositeTrend Workspace::compositeTrend() const
{
    return CompositeTrend::compute(m_framework, m_entries, m_compositeSettings, today());
}

const Adr* Workspace::adr(qint64 id) const
{
    for (const Adr& a : m_adrs) {
        if (a.id == id)
            return &a;
    }
    return nullptr;
}

Status Workspace::reloadAdrs()
{
    auto adrs = AdrStore(m_db).list();
    if (!adrs)
        return adrs.error();
    m_adrs = std::move(adrs).value();
    return {};
}

Status Workspace::adrsWritten(const Status& written)
{
    if (!written)
        return written;
    if (Status s = reloadAdrs(); !s)
        return s;
    Q_EMIT adrsChanged();
    // Deleting a record deletes the evidence that pointed at it (ON DELETE CASCADE).
    if (Status s = reloadEvidence(); !s)
        return s;
    return {};
}

Result<qint64> Workspace::addAdr(const Adr& adr)
{
    auto id = AdrStore(m_db).add(adr);
    if (Status s = adrsWritten(id ? Status() : Status(id.error())); !s)
        return s.error();
    return id;
}

Status Workspace::updateAdr(const Adr& adr)
{
    return adrsWritten(AdrStore(m_db).update(adr));
}

Status Workspace::removeAdr(qint64 id)
{
    if (Status s = adrsWritten(AdrStore(m_db).remove(id)); !s)
        return s;
    Q_EMIT changed(); // checkpoint evidence may have gone with the record
    return {};
}

Status Workspace::setAdrStatus(qint64 id, Adr::Status status, const QString& note)
{
    return adrsWritten(AdrStore(m_db).setStatus(id, status, today(), note));
}

Status Workspace::supersedeAdr(qint64 oldId, qint64 newId)
{
    return adrsWritten(AdrStore(m_db).supersede(oldId, newId, today()));
}

Result<AdrImportReport> Workspace::importAdrFolder(const QString& dir, bool strict)
{
    auto report = AdrFolder::importFolder(m_db, dir, strict);
    if (Status s = adrsWritten(report ? Status() : Status(report.error())); !s)
        return s.error();
    return report;
}
