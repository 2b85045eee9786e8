// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointProgressStore.h"

#include "Database.h"

Result<QHash<QString, CheckpointProgress>>
CheckpointProgressStore::load(const QString& frameworkKey) const
{
    auto q = m_db.exec(QStringLiteral("SELECT checkpoint_key, status, started_on, done_on, note"
                                      "  FROM checkpoint_progress WHERE framework_key = ?"),
                       {frameworkKey});
    if (!q)
        return q.error();
    QHash<QString, CheckpointProgress> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        CheckpointProgress p;
        p.checkpointKey = r.value(0).toString();
        p.status = CheckpointProgress::statusFromKey(r.value(1).toString())
                       .value_or(CheckpointProgress::Status::NotStarted);
        p.startedOn = QDate::fromString(r.value(2).toString(), Qt::ISODate);
        p.doneOn = QDate::fromString(r.value(3).toString(), Qt::ISODate);
        p.note = r.value(4).toString();
        all.insert(p.checkpointKey, p);
    }
    return all;
}
