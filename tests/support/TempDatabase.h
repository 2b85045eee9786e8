// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Database.h"
#include "FakeClock.h"

#include <QTemporaryDir>

#include <memory>

/** A fresh folder per test, with helpers to open a database file inside it. */
class TempDatabase
{
public:
    TempDatabase();

    QString dir() const { return m_dir.path(); }
    QString path(const QString& name = QStringLiteral("rungs.sqlite")) const
    {
        return m_dir.filePath(name);
    }
    FakeClock& clock() { return m_clock; }

    /** Opens (creating) the database; fails the calling test when that is impossible. */
    std::unique_ptr<Database> open(const QString& name = QStringLiteral("rungs.sqlite"));
    /** Opens it with the built-in frameworks and default profile in place. */
    std::unique_ptr<Database> openSeeded(const QString& name = QStringLiteral("rungs.sqlite"));

    /**
     * Writes one calibration entry straight into the entry table, the way the schema
     * allows; returns whether SQLite accepted it.
     */
    static bool insertEntry(Database& db, const QString& day, double value,
                            const QString& metric = QStringLiteral("delta_tech"));

    /** Runs one statement on a file through a separate connection, as another tool would. */
    static QVariant scalar(const QString& path, const QString& sql);

private:
    QTemporaryDir m_dir;
    FakeClock m_clock;
};
