// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

/**
 * One step of the schema: the SQL that takes a database from version - 1 to version.
 * Database::open applies the steps above PRAGMA user_version in order, each in its
 * own transaction together with the new user_version, so a step is either fully
 * applied or not at all.
 */
struct Migration
{
    int version = 0;
    QString name;
    QStringList statements;

    /** Every migration of this Rungs, oldest first; the last one's version is current. */
    static QList<Migration> all();

private:
    // The statements of each step, one file each (SchemaV1.cpp, SchemaV2.cpp …).
    static QStringList schemaV1();
    static QStringList schemaV2();
};
