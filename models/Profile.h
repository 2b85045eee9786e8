// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QString>

/** Where the user stands: the active framework, current and target level, target date. */
struct Profile
{
    QString frameworkKey;
    QString currentLevel;
    QString targetLevel;
    QDate targetDate; ///< null when the user has not set one
    QString displayName;

    bool operator==(const Profile&) const = default;
};
