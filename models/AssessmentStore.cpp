// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentStore.h"

#include "Database.h"

Result<qint64> AssessmentStore::add(const Assessment& a)
{
    return m_db.insert(QStringLiteral("INSERT INTO assessment (day, framework_key, dimension_key,"
                                      " score, note, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
                       {a.day.toString(Qt::ISODate), a.frameworkKey, a.dimensionKey, a.score,
                        Database::text(a.note), m_db.timestamp()});
}

Result<QList<Assessment>> AssessmentStore::history(const QString& frameworkKey) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, day, framework_key, dimension_key, score, note"
                                      "  FROM assessment WHERE framework_key = ?"
                                      " ORDER BY day, id"),
                       {frameworkKey});
    if (!q)
        return q.error();
    QList<Assessment> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        Assessment a;
        a.id = r.value(0).toLongLong();
        a.day = QDate::fromString(r.value(1).toString(), Qt::ISODate);
        a.frameworkKey = r.value(2).toString();
        a.dimensionKey = r.value(3).toString();
        a.score = r.value(4).toDouble();
        a.note = r.value(5).toString();
        all << a;
    }
    return all;
}

Result<QHash<QString, Assessment>> AssessmentStore::latest(const QString& frameworkKey) const
{
    auto all = history(frameworkKey);
    if (!all)
        return all.error();
    QHash<QString, Assessment> newest;
    for (const Assessment& a : all.value())
        newest.insert(a.dimensionKey, a); // history is oldest first, so the last one wins
    return newest;
}

Result<QHash<QString, Assessment>> AssessmentStore::asOf(const QString& frameworkKey,
                                                         const QDate& day) const
{
    auto all = history(frameworkKey);
    if (!all)
        return all.error();
    QHash<QString, Assessment> newest;
    for (const Assessment& a : all.value()) {
        if (a.day <= day)
            newest.insert(a.dimensionKey, a); // oldest first, as in latest()
    }
    return newest;
}
