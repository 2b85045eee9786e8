// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointProgress.h"
#include "Result.h"

#include <QDate>
#include <QHash>
#include <QStringList>

#include <functional>

class Database;
struct Framework;

/**
 * Reads and writes the user's progress on a framework's checkpoints.
 *
 * Every write is one transaction and refuses, writing nothing, a checkpoint key that
 * framework does not have ("checkpoint: unknown checkpoint 'x' in framework
 * go-backend"; keys match exactly, else ignoring case) and a day InputValidator::date
 * would refuse. An empty note keeps the note already recorded. Evidence is never
 * removed by a change of status.
 */
class CheckpointProgressStore
{
public:
    explicit CheckpointProgressStore(Database& db)
        : m_db(db)
    {}

    /** Progress recorded for frameworkKey, by checkpoint key; absent keys are not started. */
    Result<QHash<QString, CheckpointProgress>> load(const QString& frameworkKey) const;

    /**
     * Marks the checkpoint done on day and attaches one piece of evidence per reference
     * (Evidence::classify; EvidenceStore's rules), or a Kind::None piece when noEvidence.
     * Refuses when neither is given and the checkpoint has no evidence yet ("evidence:
     * give at least one piece of evidence, or say there is none yet"). started_on is kept,
     * or set to day when missing or later than day.
     */
    Status markDone(const Framework& framework, const QString& checkpointKey, const QDate& day,
                    const QStringList& evidenceRefs, bool noEvidence, const QString& note = {});
    /**
     * Marks the checkpoint in progress since day (an earlier start is kept) and clears
     * its done date.
     */
    Status markInProgress(const Framework& framework, const QString& checkpointKey,
                          const QDate& day, const QString& note = {});
    /** Back to not started: both dates cleared; note and evidence kept. */
    Status reset(const Framework& framework, const QString& checkpointKey);

    /** markDone() inside a transaction the caller has begun (a generated demo database). */
    Status markDoneWithinTransaction(const Framework& framework, const QString& checkpointKey,
                                     const QDate& day, const QStringList& evidenceRefs,
                                     bool noEvidence, const QString& note = {});
    /** markInProgress() inside a transaction the caller has begun. */
    Status markInProgressWithinTransaction(const Framework& framework, const QString& checkpointKey,
                                           const QDate& day, const QString& note = {});

private:
    /** Whose transaction a write runs in: one of its own, or the caller's. */
    enum class Transaction
    {
        Own,
        Callers,
    };

    Status write(const Framework& framework, const QString& checkpointKey,
                 CheckpointProgress::Status status, const QDate& day, const QString& note,
                 const std::function<Status(const QString& key)>& alsoWithin = {},
                 Transaction transaction = Transaction::Own);
    Status writeDone(const Framework& framework, const QString& checkpointKey, const QDate& day,
                     const QStringList& evidenceRefs, bool noEvidence, const QString& note,
                     Transaction transaction);

    Database& m_db;
};
