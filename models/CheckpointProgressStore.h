// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointProgress.h"
#include "Result.h"

#include <QHash>

class Database;

/** Reads the user's progress on a framework's checkpoints. */
class CheckpointProgressStore
{
public:
    explicit CheckpointProgressStore(Database& db)
        : m_db(db)
    {}

    /** Progress recorded for frameworkKey, by checkpoint key; absent keys are not started. */
    Result<QHash<QString, CheckpointProgress>> load(const QString& frameworkKey) const;

private:
    Database& m_db;
};
