// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Framework.h"
#include "Result.h"

#include <QStringList>

class Database;

/**
 * The frameworks that ship inside Rungs: the JSON files of resources/frameworks,
 * compiled in as Qt resources under :/frameworks.
 */
class BuiltinFrameworks
{
public:
    /** The framework a new database starts on, at its first level aiming for the second. */
    static QString defaultKey() { return QStringLiteral("go-backend"); }

    static QStringList resourcePaths();

    /**
     * Installs built-in frameworks that are missing or older than the shipped
     * revision, and creates the default profile when there is none, in one
     * transaction. Cheap when everything is current.
     */
    static Status ensureInstalled(Database& db);
};
