// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "LocalizedText.h"

#include <QList>
#include <QMap>
#include <QString>

#include <optional>

/** What a checkpoint proves and how. Keys are unique within the whole framework. */
struct Checkpoint
{
    QString key;
    QString levelCode;
    QString dimensionKey; ///< empty when the checkpoint is not tied to one dimension
    LocalizedText title;
    LocalizedText evidence;
};

/** One rung of the ladder, such as P7. */
struct Level
{
    QString code;
    LocalizedText name;
    LocalizedText summary;
    QList<Checkpoint> checkpoints;
};

/** A competency axis with the score (0–5) each level expects. */
struct Dimension
{
    QString key;
    LocalizedText name;
    LocalizedText description;
    QMap<QString, double> expectations; ///< level code → expected score
};

/** A calibration metric the user logs, with its rules and per-level targets. */
struct Metric
{
    enum class Direction
    {
        HigherIsBetter,
        LowerIsBetter
    };
    enum class Aggregation
    {
        Sum,
        Mean,
        Last,
        Max
    };

    QString key;
    LocalizedText name;
    LocalizedText description;
    LocalizedText unit;
    Direction direction = Direction::HigherIsBetter;
    Aggregation aggregation = Aggregation::Sum;
    double minimum = 0;
    double maximum = 0;
    bool daily = false;
    QString dimensionKey;
    QMap<QString, double> targets; ///< level code → target; levels without one are absent

    /** True when value meets the target under this metric's direction. */
    bool meets(double value, double target) const
    {
        return direction == Direction::HigherIsBetter ? value >= target : value <= target;
    }

    static QString directionName(Direction direction);
    static std::optional<Direction> directionFromName(const QString& name);
    static QString aggregationName(Aggregation aggregation);
    static std::optional<Aggregation> aggregationFromName(const QString& name);

    /** The values of one period (a day, a week) combined by this metric's aggregation. */
    double aggregate(const QList<double>& values) const;
    /** The target for levelCode, when the framework sets one. */
    std::optional<double> target(const QString& levelCode) const;
};

/**
 * A career ladder: levels lowest first, dimensions, metrics. Frameworks are data
 * (docs/framework-format.md); FrameworkReader builds one from JSON and
 * FrameworkStore keeps it in the database.
 */
struct Framework
{
    static constexpr int DefaultWindowDays = 90;

    QString key;
    int revision = 1;
    LocalizedText name;
    LocalizedText description;
    int windowDays = DefaultWindowDays;
    QList<Level> levels;
    QList<Dimension> dimensions;
    QList<Metric> metrics;

    /** Position of the level with this code, or -1. Codes compare case-insensitively. */
    int levelIndex(const QString& code) const;
    const Level* level(const QString& code) const;
    const Dimension* dimension(const QString& key) const;
    const Metric* metric(const QString& key) const;
    /**
     * The metric a person means by text: its key, or its English or Chinese name,
     * compared without case and surrounding spaces. nullptr when none matches.
     */
    const Metric* findMetric(const QString& text) const;
    /** The dimension a person means by text, matched like findMetric(). */
    const Dimension* findDimension(const QString& text) const;
    QStringList levelCodes() const;
    /** Every checkpoint of every level, lowest level first. */
    QList<Checkpoint> checkpoints() const;
};
