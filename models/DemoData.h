// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QString>

class Database;

/** What DemoData::generate writes. */
struct DemoSettings
{
    static constexpr int MinimumYears = 1;
    static constexpr int MaximumYears = 30;
    static constexpr int DefaultYears = 3;
    static constexpr quint64 DefaultSeed = 1;

    int years = DefaultYears;
    quint64 seed = DefaultSeed;
    QString frameworkKey; ///< an installed framework; empty for BuiltinFrameworks::defaultKey()
};

/** What a generation wrote. */
struct DemoSummary
{
    QString frameworkKey;
    QString currentLevel;
    QString targetLevel;
    int entries = 0;
    int assessments = 0;
    int checkpointsDone = 0;
    int evidence = 0;
    int adrs = 0;
};

/**
 * Fills an empty database with the record of an imagined engineer who has used Rungs
 * every working day for some years, up to the database clock's today: the basis of
 * bench/ and of screenshots.
 *
 * The profile stands at the framework's first level aiming for the second (P6 → P7 in
 * go-backend), with a target date six months ahead. Entries follow DemoSeries,
 * self-assessments are monthly for every dimension, decision records follow DemoAdrs.
 * Most checkpoints of the current level are done in the first part of the span and
 * about half of the target level's in the later part, each with evidence from what was
 * logged by then (entry:N of a metric of its dimension, adr:N of a record linked to
 * it, or a merge request URL); two more of the target level are in progress.
 *
 * Deterministic: the data is drawn from std::mt19937_64 seeded with settings.seed
 * (DemoRandom), so one seed and one today give the same rows, apart from the *_at
 * timestamps, which are the clock's now. Everything is written through the stores in
 * one transaction: all of it or nothing.
 */
class DemoData
{
    Q_DECLARE_TR_FUNCTIONS(DemoData)

public:
    /**
     * Writes the demo data into db, which must hold no entries, assessments, checkpoint
     * progress or decision records yet; the built-in frameworks are installed first when
     * missing. Refuses years outside MinimumYears to MaximumYears and unknown frameworks
     * (Failure::InvalidInput), writing nothing.
     */
    static Result<DemoSummary> generate(Database& db, const DemoSettings& settings);
};
