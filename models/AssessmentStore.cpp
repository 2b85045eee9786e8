// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentStore.h"

#include "Database.h"

#include <QSqlQuery>

namespace {

const QString Columns = QStringLiteral("id, day, framework_key, dimension_key, score, note");

Assessment assessmentFrom(const QSqlQuery& r)
{
    Assessment a;
    a.id = r.value(0).toLongLong();
    a.day = QDate::fromString(r.value(1).toString(), Qt::ISODate);
    a.frameworkKey = r.value(2).toString();
    a.dimensionKey = r.value(3).toString();
    a.score = r.value(4).toDouble();
    a.note = r.value(5).toString();
    return a;
}

/**
 * The newest assessment of each dimension of frameworkKey, dated on or before last when
 * it is valid. SQLite finds each dimension's newest day on the index, so only those rows
 * are read: reading the whole history for them was 4 % of start-up on ten years of
 * assessments, asked for twice, by the workspace and by the Dashboard's radar (bench/,
 * start-to-first-paint).
 */
Result<QHash<QString, Assessment>> newest(const Database& db, const QString& frameworkKey,
                                          const QDate& last)
{
    const QString until = last.isValid() ? QStringLiteral(" AND day <= ?") : QString();
    QVariantList bindings{frameworkKey};
    if (last.isValid())
        bindings << last.toString(Qt::ISODate);
    bindings << frameworkKey;
    auto q = db.exec(QStringLiteral("SELECT %1 FROM (SELECT dimension_key AS newest_dimension,"
                                    "   max(day) AS newest_day FROM assessment"
                                    "   WHERE framework_key = ?%2 GROUP BY dimension_key)"
                                    " CROSS JOIN assessment ON framework_key = ?"
                                    "  AND dimension_key = newest_dimension AND day = newest_day"
                                    " ORDER BY id")
                         .arg(Columns, until),
                     bindings);
    if (!q)
        return q.error();
    QHash<QString, Assessment> newest;
    while (q.value().next()) {
        const Assessment a = assessmentFrom(q.value());
        newest.insert(a.dimensionKey, a); // of two on the newest day, the later one wins
    }
    return newest;
}

} // namespace

Result<qint64> AssessmentStore::add(const Assessment& a)
{
    return m_db.insert(QStringLiteral("INSERT INTO assessment (day, framework_key, dimension_key,"
                                      " score, note, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {a.day.toString(Qt::ISODate), a.frameworkKey, a.dimensionKey, a.score,
                        Database::text(a.note), m_db.timestamp()});
}

Result<QList<Assessment>> AssessmentStore::history(const QString& frameworkKey) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM assessment WHERE framework_key = ?"
                                      " ORDER BY day, id")
                           .arg(Columns),
                       {frameworkKey});
    if (!q)
        return q.error();
    QList<Assessment> all;
    while (q.value().next())
        all << assessmentFrom(q.value());
    return all;
}

Result<QHash<QString, Assessment>> AssessmentStore::latest(const QString& frameworkKey) const
{
    return newest(m_db, frameworkKey, QDate());
}

Result<QHash<QString, Assessment>> AssessmentStore::asOf(const QString& frameworkKey,
                                                         const QDate& day) const
{
    return newest(m_db, frameworkKey, day);
}
