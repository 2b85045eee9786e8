// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointProgressStore.h"

#include "Database.h"
#include "EvidenceStore.h"
#include "Framework.h"
#include "InputValidator.h"

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

Status CheckpointProgressStore::markDone(const Framework& framework, const QString& checkpointKey,
                                         const QDate& day, const QStringList& evidenceRefs,
                                         bool noEvidence, const QString& note)
{
    return writeDone(framework, checkpointKey, day, evidenceRefs, noEvidence, note,
                     Transaction::Own);
}

Status CheckpointProgressStore::markDoneWithinTransaction(const Framework& framework,
                                                          const QString& checkpointKey,
                                                          const QDate& day,
                                                          const QStringList& evidenceRefs,
                                                          bool noEvidence, const QString& note)
{
    return writeDone(framework, checkpointKey, day, evidenceRefs, noEvidence, note,
                     Transaction::Callers);
}

Status CheckpointProgressStore::writeDone(const Framework& framework, const QString& checkpointKey,
                                          const QDate& day, const QStringList& evidenceRefs,
                                          bool noEvidence, const QString& note,
                                          Transaction transaction)
{
    return write(
        framework, checkpointKey, CheckpointProgress::Status::Done, day, note,
        [&](const QString& key) -> Status {
            EvidenceStore store(m_db);
            auto present = store.listFor(framework.key, key);
            if (!present)
                return present.error();
            auto pieces = InputValidator::checkpointEvidence(evidenceRefs, noEvidence,
                                                             !present.value().isEmpty());
            if (!pieces)
                return pieces.error();
            for (Evidence e : pieces.value()) {
                e.frameworkKey = framework.key;
                e.checkpointKey = key;
                if (auto added = store.addWithinTransaction(e); !added)
                    return added.error();
            }
            return {};
        },
        transaction);
}

Status CheckpointProgressStore::markInProgress(const Framework& framework,
                                               const QString& checkpointKey, const QDate& day,
                                               const QString& note)
{
    return write(framework, checkpointKey, CheckpointProgress::Status::InProgress, day, note);
}

Status CheckpointProgressStore::markInProgressWithinTransaction(const Framework& framework,
                                                                const QString& checkpointKey,
                                                                const QDate& day,
                                                                const QString& note)
{
    return write(framework, checkpointKey, CheckpointProgress::Status::InProgress, day, note, {},
                 Transaction::Callers);
}

Status CheckpointProgressStore::reset(const Framework& framework, const QString& checkpointKey)
{
    return write(framework, checkpointKey, CheckpointProgress::Status::NotStarted, {}, {});
}

Status CheckpointProgressStore::write(const Framework& framework, const QString& checkpointKey,
                                      CheckpointProgress::Status status, const QDate& day,
                                      const QString& note,
                                      const std::function<Status(const QString&)>& alsoWithin,
                                      Transaction transaction)
{
    auto checkpoint = InputValidator::checkpoint(checkpointKey, framework);
    if (!checkpoint)
        return checkpoint.error();
    const QString key = checkpoint.value().key;
    const bool reset = status == CheckpointProgress::Status::NotStarted;
    if (!reset) {
        auto checkedDay = InputValidator::date(
            day.isValid() ? day.toString(Qt::ISODate) : QString(), m_db.clock().now().date());
        if (!checkedDay)
            return checkedDay.error();
    }
    if (Status s = InputValidator::note(note); !s)
        return s.error();

    const auto work = [&]() -> Status {
        if (alsoWithin) {
            if (Status s = alsoWithin(key); !s)
                return s;
        }
        if (reset) {
            // No row already means not started.
            auto q = m_db.exec(
                QStringLiteral("UPDATE checkpoint_progress SET status = ?,"
                               " started_on = NULL, done_on = NULL, updated_at = ?"
                               " WHERE framework_key = ? AND checkpoint_key = ?"),
                {CheckpointProgress::statusKey(status), m_db.timestamp(), framework.key, key});
            return q ? Status() : q.error();
        }
        // ISO dates compare as text. A start later than the done day cannot be right, so
        // the done day wins.
        const QString iso = day.toString(Qt::ISODate);
        const bool done = status == CheckpointProgress::Status::Done;
        auto q = m_db.exec(
            QStringLiteral(
                "INSERT INTO checkpoint_progress (framework_key, checkpoint_key, status,"
                " started_on, done_on, note, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (framework_key, checkpoint_key) DO UPDATE SET"
                "  status = excluded.status,"
                "  started_on = CASE WHEN checkpoint_progress.started_on IS NULL"
                "                      OR checkpoint_progress.started_on > excluded.started_on"
                "                    THEN excluded.started_on"
                "                    ELSE checkpoint_progress.started_on END,"
                "  done_on = excluded.done_on,"
                "  note = CASE WHEN excluded.note = '' THEN checkpoint_progress.note"
                "              ELSE excluded.note END,"
                "  updated_at = excluded.updated_at"),
            {framework.key, key, CheckpointProgress::statusKey(status), iso,
             done ? QVariant(iso) : QVariant(), Database::text(note), m_db.timestamp()});
        return q ? Status() : q.error();
    };
    return transaction == Transaction::Own ? m_db.transaction(work) : work();
}
