// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "Result.h"

#include <QHash>

class Database;

/** Reads and writes self-assessments. Assessments are kept as history, never replaced. */
class AssessmentStore
{
public:
    explicit AssessmentStore(Database& db)
        : m_db(db)
    {}

    /** Stores a validated assessment and returns its id. */
    Result<qint64> add(const Assessment& assessment);
    /** The newest assessment of each dimension of frameworkKey, by dimension key. */
    Result<QHash<QString, Assessment>> latest(const QString& frameworkKey) const;
    /**
     * The newest assessment of each dimension of frameworkKey dated on or before day:
     * the self-assessment as it stood then (a radar's snapshot). Empty when none is.
     */
    Result<QHash<QString, Assessment>> asOf(const QString& frameworkKey, const QDate& day) const;
    /** Every assessment of frameworkKey, oldest first. */
    Result<QList<Assessment>> history(const QString& frameworkKey) const;

private:
    Database& m_db;
};
