// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"
#include "Assessment.h"
#include "CheckpointProgress.h"
#include "CompositeSettings.h"
#include "Entry.h"
#include "Evidence.h"
#include "Framework.h"
#include "Profile.h"
#include "ProgressChartData.h"
#include "RadarData.h"
#include "Readiness.h"
#include "Result.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>

class Workspace;

/** What a promotion packet is made from: the user's data and the days it covers. */
struct PacketSources
{
    Profile profile;
    Framework framework;
    QList<Entry> entries;
    QHash<QString, CheckpointProgress> progress;
    QHash<QString, QList<Evidence>> evidence; ///< by checkpoint key (Workspace::evidence)
    QList<Adr> adrs;
    QHash<QString, Assessment> assessments;        ///< the self-assessments as of `to`
    QHash<QString, Assessment> assessmentsAtStart; ///< as of `from`: the radar's earlier shape
    CompositeSettings compositeSettings;
    QDate from; ///< inclusive
    QDate to;   ///< inclusive; the packet describes the user as of this day
    QDate today;
};

/** One piece of evidence as the packet prints it. */
struct PacketEvidence
{
    Evidence::Kind kind = Evidence::Kind::File;
    QString text; ///< "ADR-0012 Use a Saga …", "2026-03-01 P99 latency = 47 ms", a URL …
    QString note;
};

/** A checkpoint of the current or target level with where the user stands on it. */
struct PacketCheckpoint
{
    QString key;
    QString title;
    QString dimension; ///< the dimension's name; empty when the checkpoint has none
    CheckpointProgress::Status status = CheckpointProgress::Status::NotStarted;
    QDate doneOn; ///< valid when done
    QList<PacketEvidence> evidence;
};

struct PacketLevel
{
    QString code;
    QString name;
    QString summary;
    QList<PacketCheckpoint> checkpoints;
};

/** A metric worth a chart of its own, with what the chart alone does not say. */
struct PacketMetric
{
    QString key;
    QString name;
    QString unit;
    /** The metric over the period; its one line carries targets, trend and forecast. */
    ProgressChartData chart;
    /** The value over the framework's window ending `to` (what readiness compares). */
    std::optional<double> windowValue;
    std::optional<double> target; ///< the target level's target, when it sets one
    bool meetsTarget = false;
    int daysLogged = 0; ///< days with entries in the period
};

/** A decision record as the packet summarises it. */
struct PacketAdr
{
    QString label; ///< "ADR-0007", or "ADR (id 12)" for a record without a number
    QString title;
    Adr::Status status = Adr::Status::Accepted;
    QDate date;
    QString outcome;      ///< the decision outcome as a short plain-text paragraph
    QStringList results;  ///< PromotionPacket::resultText() of each measured result
    QString supersededBy; ///< the label of the record replacing it; empty if none
};

/**
 * The content of a promotion packet as plain data: cover facts, readiness and gaps,
 * the checkpoints of the current and target level with their evidence, the radar, the
 * key metrics' charts and the decision records of the period. ui/report renders it as
 * PDF or Markdown; gather() holds every choice of what goes in, so it is tested here.
 *
 * The packet describes the user as of `to`: entries after it are left out, a checkpoint
 * done after it counts as in progress (or not started, when it was started after it
 * too), and the caller passes the self-assessments as they stood on `to`.
 */
struct PromotionPacket
{
    Q_DECLARE_TR_FUNCTIONS(PromotionPacket)

public:
    static constexpr int MaximumKeyMetrics = 6;
    static constexpr int MaximumAdrs = 15;
    /** Outcome paragraphs longer than this many characters are cut at a word. */
    static constexpr int MaximumOutcomeLength = 320;

    Profile profile;
    Framework framework;
    QDate from;
    QDate to;
    QDate generatedOn;

    int entriesInPeriod = 0;
    int daysLoggedInPeriod = 0;
    int checkpointsDoneInPeriod = 0;
    int adrsInPeriod = 0; ///< accepted or superseded records dated in the period or undated

    QList<LevelReadiness> readiness;        ///< every level of the framework, lowest first
    QList<DimensionGap> dimensionGaps;      ///< at the target level, largest first
    QList<MetricGap> metricGaps;            ///< at the target level, furthest behind first
    QHash<QString, Assessment> assessments; ///< as of `to`
    QList<PacketLevel> levels;              ///< the current level, then the target level
    RadarData radar;
    /** The composite score and the target level's checkpoint completion, week by week. */
    ProgressChartData overview;
    QList<PacketMetric> metrics;
    QList<PacketAdr> adrs;
    int adrsLeftOut = 0; ///< records that qualified but did not fit MaximumAdrs

    /** The twelve months ending today: from is a year ago tomorrow. */
    static QDate defaultFrom(const QDate& today);

    /**
     * Everything the packet needs from workspace for from..to, including the
     * self-assessments as they stood on both days (read from the database).
     */
    static Result<PacketSources> sourcesFrom(const Workspace& workspace, const QDate& from,
                                             const QDate& to);

    /**
     * The packet of sources. Key metrics: those with entries on two or more days of
     * the period, first the ones behind the target level's target (furthest behind
     * first), then those that meet it, then those without a target, each group by days
     * logged; at most MaximumKeyMetrics. Decision records: accepted and superseded ones
     * dated in the period or undated, those with measured results first, then newest
     * first; at most MaximumAdrs.
     */
    static PromotionPacket gather(const PacketSources& sources);

    /**
     * A measured result as a person reads it: "P99 latency 320 → 47 ms (−85 %)"; with one
     * figure only "P99 latency: 47 ms"; the note, if any, in parentheses after it.
     */
    static QString resultText(const Adr::Result& result);
    /**
     * The first paragraph of Markdown as plain text (emphasis, code marks and link
     * targets dropped), cut to at most maximum characters at a word where there is one.
     */
    static QString plainSummary(const QString& markdown, int maximum);
};
