// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseCheck.h"

#include "Database.h"

Result<DatabaseCheck> DatabaseCheck::run(const Database& db)
{
    DatabaseCheck check;
    check.m_path = db.path();
    auto integrity = db.exec(QStringLiteral("PRAGMA integrity_check"));
    if (!integrity)
        return integrity.error();
    while (integrity.value().next()) {
        const QString line = integrity.value().value(0).toString();
        if (line != QLatin1String("ok"))
            check.m_integrityProblems << line;
    }
    auto foreignKeys = db.exec(QStringLiteral("PRAGMA foreign_key_check"));
    if (!foreignKeys)
        return foreignKeys.error();
    while (foreignKeys.value().next()) {
        const QSqlQuery& q = foreignKeys.value();
        check.m_foreignKeyProblems
            << tr("%1 row %2 refers to a missing %3 row")
                   .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString());
    }
    check.m_schemaVersion = db.schemaVersion();
    auto mode = db.exec(QStringLiteral("PRAGMA journal_mode"));
    if (mode && mode.value().next())
        check.m_journalMode = mode.value().value(0).toString();
    return check;
}

QStringList DatabaseCheck::report() const
{
    QStringList lines;
    lines << tr("Database: %1").arg(m_path);
    lines << tr("Schema version: %1").arg(m_schemaVersion);
    lines << tr("Journal mode: %1").arg(m_journalMode);
    if (m_integrityProblems.isEmpty()) {
        lines << tr("Integrity: ok, every page and index is consistent.");
    } else {
        lines << tr("Integrity: problems found (%1):").arg(m_integrityProblems.size());
        for (const QString& p : m_integrityProblems)
            lines << QStringLiteral("  ") + p;
    }
    if (m_foreignKeyProblems.isEmpty()) {
        lines << tr("References: ok, every reference points at an existing row.");
    } else {
        lines << tr("References: broken references found (%1):").arg(m_foreignKeyProblems.size());
        for (const QString& p : m_foreignKeyProblems)
            lines << QStringLiteral("  ") + p;
    }
    lines << (ok() ? tr("The database is healthy.")
                   : tr("The database has problems. Keep this file as it is and restore the "
                        "newest backup from the backups folder beside it."));
    return lines;
}
