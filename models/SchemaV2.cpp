// SPDX-License-Identifier: GPL-3.0-or-later
// Schema version 2: the user's side of the composite score (docs/composite-score.md).
// docs/schema.md explains both changes; keep the two in step.
//
// metric_weight refers to metrics by key without a foreign key, like all user data: a
// weight must survive a framework revision that drops the metric, and counts again if
// a later revision brings it back.
//
// The entropy share is one number for the whole profile, so it is a column of profile.
// ADD COLUMN keeps every row and gives the existing profile the default; the entry
// table and the rest are left as they are.
#include "Migration.h"

QStringList Migration::schemaV2()
{
    return {
        QStringLiteral(R"(
CREATE TABLE metric_weight (
    framework_key TEXT NOT NULL,
    metric_key    TEXT NOT NULL,
    weight        REAL NOT NULL CHECK (weight BETWEEN 0 AND 100),
    PRIMARY KEY (framework_key, metric_key)
))"),
        QStringLiteral("ALTER TABLE profile ADD COLUMN entropy_share REAL NOT NULL DEFAULT 0.6 "
                       "CHECK (entropy_share BETWEEN 0 AND 1)"),
    };
}
