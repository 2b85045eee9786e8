// SPDX-License-Identifier: GPL-3.0-or-later
#include "EvidenceStore.h"

#include "Database.h"

#include <algorithm>

namespace {

const QString Columns = QStringLiteral("id, framework_key, checkpoint_key, kind, adr_id, entry_id,"
                                       " reference, note, added_at");

Evidence evidenceFrom(const QSqlQuery& q)
{
    Evidence e;
    e.id = q.value(0).toLongLong();
    e.frameworkKey = q.value(1).toString();
    e.checkpointKey = q.value(2).toString();
    // The schema's CHECK allows only known kinds.
    e.kind = Evidence::kindFromKey(q.value(3).toString()).value_or(Evidence::Kind::File);
    e.adrId = q.value(4).toLongLong();
    e.entryId = q.value(5).toLongLong();
    e.reference = q.value(6).toString();
    e.note = q.value(7).toString();
    e.addedAt = q.value(8).toString();
    return e;
}

/** An id column's binding: NULL where the kind has no such target (the CHECKs demand it). */
QVariant idOrNull(bool applies, qint64 id)
{
    return applies ? QVariant(id) : QVariant();
}

bool hasRealEvidence(const QList<Evidence>& pieces)
{
    return std::any_of(pieces.begin(), pieces.end(),
                       [](const Evidence& e) { return e.kind != Evidence::Kind::None; });
}

} // namespace

Result<qint64> EvidenceStore::add(const Evidence& evidence)
{
    return m_db.insertTransaction([&]() -> Result<qint64> {
        if (evidence.kind == Evidence::Kind::None) {
            auto present = listFor(evidence.frameworkKey, evidence.checkpointKey);
            if (!present)
                return present.error();
            if (hasRealEvidence(present.value()))
                return Failure::invalid(
                    tr("evidence: checkpoint %1 already has evidence").arg(evidence.checkpointKey));
        }
        return addWithinTransaction(evidence);
    });
}

Result<qint64> EvidenceStore::addWithinTransaction(const Evidence& evidence)
{
    if (evidence.frameworkKey.isEmpty() || evidence.checkpointKey.isEmpty())
        return Failure::invalid(tr("evidence: no checkpoint given"));
    if (Status exists = checkTargetExists(evidence); !exists)
        return exists.error();

    auto present = listFor(evidence.frameworkKey, evidence.checkpointKey);
    if (!present)
        return present.error();
    for (const Evidence& p : present.value()) {
        if (p.sameTarget(evidence))
            return p.id;
    }
    if (evidence.kind == Evidence::Kind::None) {
        if (hasRealEvidence(present.value()))
            return qint64(0);
    } else {
        // "None yet" is no longer true.
        auto cleared = m_db.exec(QStringLiteral("DELETE FROM evidence WHERE framework_key = ?"
                                                " AND checkpoint_key = ? AND kind = 'none'"),
                                 {evidence.frameworkKey, evidence.checkpointKey});
        if (!cleared)
            return cleared.error();
    }

    return m_db.insert(
        QStringLiteral("INSERT INTO evidence (framework_key, checkpoint_key, kind, adr_id,"
                       " entry_id, reference, note, added_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {evidence.frameworkKey, evidence.checkpointKey, Evidence::kindKey(evidence.kind),
         idOrNull(evidence.kind == Evidence::Kind::Adr, evidence.adrId),
         idOrNull(evidence.kind == Evidence::Kind::Entry, evidence.entryId),
         Database::text(evidence.reference), Database::text(evidence.note), m_db.timestamp()});
}

Status EvidenceStore::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM evidence WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Failure::invalid(tr("evidence: evidence %1 does not exist").arg(id));
    return {};
}

Result<QList<Evidence>> EvidenceStore::listFor(const QString& frameworkKey,
                                               const QString& checkpointKey) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM evidence WHERE framework_key = ?"
                                      " AND checkpoint_key = ? ORDER BY added_at, id")
                           .arg(Columns),
                       {frameworkKey, checkpointKey});
    if (!q)
        return q.error();
    QList<Evidence> pieces;
    while (q.value().next())
        pieces << evidenceFrom(q.value());
    return pieces;
}

Result<QHash<QString, QList<Evidence>>> EvidenceStore::listAll(const QString& frameworkKey) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM evidence WHERE framework_key = ?"
                                      " ORDER BY added_at, id")
                           .arg(Columns),
                       {frameworkKey});
    if (!q)
        return q.error();
    QHash<QString, QList<Evidence>> all;
    while (q.value().next()) {
        Evidence e = evidenceFrom(q.value());
        all[e.checkpointKey] << e;
    }
    return all;
}

Status EvidenceStore::checkTargetExists(const Evidence& evidence) const
{
    QString table;
    qint64 id = 0;
    QString missing;
    if (evidence.kind == Evidence::Kind::Adr) {
        table = QStringLiteral("adr");
        id = evidence.adrId;
        missing = tr("evidence: ADR %1 does not exist");
    } else if (evidence.kind == Evidence::Kind::Entry) {
        table = QStringLiteral("entry");
        id = evidence.entryId;
        missing = tr("evidence: entry %1 does not exist");
    } else {
        return {};
    }
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM %1 WHERE id = ?").arg(table), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Failure::invalid(missing.arg(id));
    return {};
}
