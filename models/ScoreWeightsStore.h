// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CompositeSettings.h"
#include "Result.h"

#include <QCoreApplication>

class Database;
struct Framework;

/**
 * Reads and writes the user's composite-score settings: the weight of each metric
 * (table metric_weight, per framework) and the entropy share (profile.entropy_share).
 *
 * Weights are kept by metric key, like all user data: a weight of a metric that a
 * framework revision dropped stays in the file, is not loaded while the metric is
 * missing, and counts again when it comes back.
 */
class ScoreWeightsStore
{
    Q_DECLARE_TR_FUNCTIONS(ScoreWeightsStore)

public:
    explicit ScoreWeightsStore(Database& db)
        : m_db(db)
    {}

    /**
     * The weights stored for framework's metrics (a metric without one is absent and
     * weighs CompositeSettings::DefaultWeight) and the profile's entropy share. An
     * InvalidInput failure when the database has no profile yet.
     */
    Result<CompositeSettings> load(const Framework& framework) const;
    /**
     * Stores every weight in settings for framework and the entropy share, in one
     * transaction; weights of metrics settings does not name are kept. Refuses, writing
     * nothing, what InputValidator::compositeSettings refuses.
     */
    Status save(const Framework& framework, const CompositeSettings& settings);

private:
    Database& m_db;
};
