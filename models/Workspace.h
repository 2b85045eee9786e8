// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointProgress.h"
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
    /** How many checkpoints of the level are done. */
    int checkpointsDone(const Level& level) const;
    /** Rows in the user's own tables, as of the last reload. */
    int entryCount() const { return m_entryCount; }
    int adrCount() const { return m_adrCount; }

    /** Re-reads everything from the database and emits changed(). */
    Status reload();
    Status useFramework(const QString& key);
    /** Validates and installs the framework file at path; returns what was installed. */
    Result<Framework> importFramework(const QString& path);

Q_SIGNALS:
    void changed();

private:
    Database& m_db;
    Profile m_profile;
    Framework m_framework;
    QHash<QString, CheckpointProgress> m_progress;
    int m_entryCount = 0;
    int m_adrCount = 0;
};
