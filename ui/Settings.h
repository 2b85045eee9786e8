// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>

/**
 * The user's preferences (window state, last view), kept in the platform's usual
 * place under the name "rungs". Never holds data worth backing up: that is all in
 * the database.
 */
class Settings : public QSettings
{
public:
    Settings()
        : QSettings(QStringLiteral("rungs"), QStringLiteral("rungs"))
    {}
};
