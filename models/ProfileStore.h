// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Profile.h"
#include "Result.h"

#include <QCoreApplication>

class Database;
struct Framework;

/** Reads and writes the single profile row. */
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    explicit ProfileStore(Database& db)
        : m_db(db)
    {}

    /** The profile; an InvalidInput failure when the database has none yet. */
    Result<Profile> load() const;
    /**
     * Inserts the profile or updates its fields; columns Profile does not hold (the
     * entropy share of ScoreWeightsStore) keep their values. Call inside a transaction
     * with related writes.
     */
    Status save(const Profile& profile);

    /** Makes framework the active one (see adaptedTo) and returns the saved profile. */
    Result<Profile> switchTo(const Framework& framework);

    /**
     * The profile moved onto framework: level codes that exist there are kept, others
     * become the lowest level and the one above it.
     */
    static Profile adaptedTo(const Profile& profile, const Framework& framework);

private:
    Database& m_db;
};
