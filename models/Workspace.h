// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"
#include "AdrFolder.h"
#include "Assessment.h"
#include "CheckpointProgress.h"
#include "CompositeSettings.h"
#include "CompositeTrend.h"
#include "Entry.h"
#include "EntryStore.h"
#include "Evidence.h"
#include "Framework.h"
#include "FrameworkStore.h"
#include "Profile.h"
#include "Result.h"

#include <QHash>
#include <QObject>

class Database;

/**
 * The open database as the GUI sees it: the profile, the active framework and the
 * checkpoint progress, kept in memory, and the writes the views ask for. It is the
 * one notifier views listen to: every successful write emits changed(), so views
 * never query the database themselves.
 */
class Workspace : public QObject
{
    Q_OBJECT

public:
    explicit Workspace(Database& db, QObject* parent = nullptr);

    Database& database() const { return m_db; }
    const Profile& profile() const { return m_profile; }
    const Framework& framework() const { return m_framework; }
    const QHash<QString, CheckpointProgress>& checkpointProgress() const { return m_progress; }
    Result<QList<FrameworkSummary>> frameworks() const;
    /**
     * The evidence attached to the active framework's checkpoints, by checkpoint key,
     * oldest first. Re-read after every checkpoint or entry write (deleting an entry
     * deletes the evidence that pointed at it).
     */
    const QHash<QString, QList<Evidence>>& evidence() const { return m_evidence; }
    /** How many checkpoints of the level are done. */
    int checkpointsDone(const Level& level) const;
    /** The decision records (AdrStore::list order), as of the last reload or ADR write. */
    const QList<Adr>& adrs() const { return m_adrs; }
    int adrCount() const { return int(m_adrs.size()); }
    /** The record with id, or nullptr. */
    const Adr* adr(qint64 id) const;
    /** The day the clock says it is: what "today" means for new entries. */
    QDate today() const;

    /** Every entry, in export order (day, metric, id). */
    const QList<Entry>& entries() const { return m_entries; }
    int entryCount() const { return int(m_entries.size()); }
    std::optional<Entry> entry(qint64 id) const;
    /** Consecutive days with entries (EntryStore::streak) as of the last change. */
    int streak() const { return m_streak; }
    /** True when at least one entry is dated day. */
    bool hasEntryOn(const QDate& day) const;
    /** Values logged for metricKey on day, in logging order. */
    QList<double> values(const QString& metricKey, const QDate& day) const;
    /** The newest self-assessment of each dimension of the active framework. */
    const QHash<QString, Assessment>& assessments() const { return m_assessments; }
    /** The self-assessments as they stood on day (the newest on or before it). */
    Result<QHash<QString, Assessment>> assessmentsAsOf(const QDate& day) const;

    /** Re-reads everything from the database and emits changed(). */
    Status reload();
    /**
     * Re-reads everything when another program (`rungs log` in a terminal, say) has
     * written to the file since this workspace last looked; cheap when nothing changed.
     */
    Status reloadIfChangedElsewhere();
    Status useFramework(const QString& key);
    /**
     * Stores who the user is and aims to be in one transaction; a profile.frameworkKey
     * other than the current one switches to that framework. Emits changed(). Refused: a level the
     * framework does not have, a target level not above the current one, a target
     * date before today, a name longer than 200 characters.
     */
    Status setProfile(const Profile& profile);
    /** Validates and installs the framework file at path; returns what was installed. */
    Result<Framework> importFramework(const QString& path);

    /** Entry writes; each is one transaction and emits entriesChanged() when done. */
    Result<qint64> addEntry(const Entry& entry);
    Status updateEntry(const Entry& entry);
    Status removeEntries(const QList<Entry>& entries);
    Status restoreEntries(const QList<Entry>& entries);
    Result<ImportSummary> importEntries(const QList<Entry>& entries,
                                        const EntryStore::Progress& progress = {});
    /**
     * Checkpoint progress (CheckpointProgressStore's rules: done needs evidence or an
     * explicit "none yet"); each write re-reads everything and emits changed().
     */
    Status markCheckpointDone(const QString& checkpointKey, const QDate& day,
                              const QStringList& evidenceRefs, bool noEvidence,
                              const QString& note = {});
    Status markCheckpointInProgress(const QString& checkpointKey, const QDate& day);
    Status resetCheckpoint(const QString& checkpointKey);
    /** Detaches one piece of evidence (EvidenceStore::remove); emits changed(). */
    Status removeEvidence(qint64 evidenceId);
    /**
     * Decision record writes through AdrStore (its rules and messages); each is one
     * transaction, re-reads the records and emits adrsChanged().
     */
    Result<qint64> addAdr(const Adr& adr);
    Status updateAdr(const Adr& adr);
    Status removeAdr(qint64 id);
    Status setAdrStatus(qint64 id, Adr::Status status, const QString& note = {});
    Status supersedeAdr(qint64 oldId, qint64 newId);
    /** AdrFolder::importFolder into this database; on success re-reads the records. */
    Result<AdrImportReport> importAdrFolder(const QString& dir, bool strict);
    /** Stores a validated self-assessment; emits assessmentsChanged(). */
    Result<qint64> addAssessment(const Assessment& assessment);

    /** The user's composite-score weights for the active framework and entropy share. */
    const CompositeSettings& compositeSettings() const { return m_compositeSettings; }
    /**
     * Stores settings for the active framework (ScoreWeightsStore::save: validated, one
     * transaction) and emits compositeSettingsChanged(); a refusal changes nothing.
     */
    Status setCompositeSettings(const CompositeSettings& settings);
    /** The composite score week by week up to today (CompositeTrend::compute). */
    CompositeTrend compositeTrend() const;

Q_SIGNALS:
    /** The profile or the framework changed; everything may differ. */
    void changed();
    void entriesChanged();
    void assessmentsChanged();
    void adrsChanged();
    void compositeSettingsChanged();

private:
    Database& m_db;
    Profile m_profile;
    Framework m_framework;
    QHash<QString, CheckpointProgress> m_progress;
    QHash<QString, QList<Evidence>> m_evidence;
    Status reloadEntries();
    Status reloadEvidence();
    /** After an entry write: re-reads the entries and tells the views. */
    Status entriesWritten(const Status& written);
    Status reloadAssessments();

    QList<Entry> m_entries;
    QHash<QString, Assessment> m_assessments;
    CompositeSettings m_compositeSettings;
    int m_streak = 0;
    qint64 m_dataVersion = -1;
    QList<Adr> m_adrs;
    Status reloadAdrs();
    /** After an ADR write: re-reads the records and tells the views. */
    Status adrsWritten(const Status& written);
};
