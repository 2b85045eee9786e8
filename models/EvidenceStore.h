// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Evidence.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

class Database;

/**
 * Reads and writes the evidence attached to checkpoints. Evidence must already be
 * valid (InputValidator::checkpointEvidence) and name its framework and checkpoint;
 * the store checks what needs the database:
 *
 * - an ADR or entry it points at must exist, otherwise Failure::InvalidInput
 *   "evidence: entry 34 does not exist";
 * - a checkpoint holds each target once: adding what it already has adds no row;
 * - a Kind::None row only stands in for missing evidence: real evidence replaces it,
 *   and None cannot be added to a checkpoint that has real evidence.
 *
 * The same reference may back several checkpoints (one row each).
 */
class EvidenceStore
{
    Q_DECLARE_TR_FUNCTIONS(EvidenceStore)

public:
    explicit EvidenceStore(Database& db)
        : m_db(db)
    {}

    /**
     * Attaches evidence in one transaction and returns the id of the row that holds it:
     * the new row, or the one that already held the same target.
     */
    Result<qint64> add(const Evidence& evidence);
    /**
     * add() inside a transaction the caller has begun, for writes that attach evidence
     * together with other rows (CheckpointProgressStore::markDone). A None piece for a
     * checkpoint with real evidence adds nothing and returns 0.
     */
    Result<qint64> addWithinTransaction(const Evidence& evidence);
    /** Deletes one piece of evidence; fails when there is no such row. */
    Status remove(qint64 id);

    /** The evidence of one checkpoint, oldest first. */
    Result<QList<Evidence>> listFor(const QString& frameworkKey,
                                    const QString& checkpointKey) const;
    /** All evidence of a framework by checkpoint key, each list oldest first. */
    Result<QHash<QString, QList<Evidence>>> listAll(const QString& frameworkKey) const;

private:
    Status checkTargetExists(const Evidence& evidence) const;

    Database& m_db;
};
