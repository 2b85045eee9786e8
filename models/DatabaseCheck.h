// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

class Database;

/**
 * The health of a database file: SQLite's integrity_check and foreign_key_check, the
 * schema version and the journal mode, with a plain-language report.
 */
class DatabaseCheck
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseCheck)

public:
    static Result<DatabaseCheck> run(const Database& db);

    bool ok() const { return m_integrityProblems.isEmpty() && m_foreignKeyProblems.isEmpty(); }
    const QStringList& integrityProblems() const { return m_integrityProblems; }
    /** One line per row that points at a missing parent: "entry row 7 → adr". */
    const QStringList& foreignKeyProblems() const { return m_foreignKeyProblems; }
    int schemaVersion() const { return m_schemaVersion; }
    QString journalMode() const { return m_journalMode; }

    /** The report as sentences, one per line, for people. */
    QStringList report() const;

private:
    QStringList m_integrityProblems;
    QStringList m_foreignKeyProblems;
    int m_schemaVersion = 0;
    QString m_journalMode;
    QString m_path;
};
