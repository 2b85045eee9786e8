// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrStore.h"

#include "Database.h"
#include "InputValidator.h"

#include <QHash>

namespace {

const QString Columns = QStringLiteral(
    "id, number, title, status, date, decision_makers, consulted, informed, context,"
    " decision_drivers, decision_outcome, consequences, confirmation, more_information, tags,"
    " superseded_by, source_path, source_format, created_at, updated_at");
const QString ContentColumns = QStringLiteral(
    "number, title, status, date, decision_makers, consulted, informed, context,"
    " decision_drivers, decision_outcome, consequences, confirmation, more_information, tags,"
    " superseded_by, source_path, source_format");
// Records without a number come last; ties keep the order they were stored in.
const QString Order = QStringLiteral("number IS NULL, number, id");

QVariant nullable(bool present, const QVariant& value)
{
    return present ? value : QVariant();
}

QVariantList contentBindings(const Adr& a)
{
    return {nullable(a.number.has_value(), a.number.value_or(0)),
            Database::text(a.title),
            Adr::statusKey(a.status),
            nullable(a.date.isValid(), a.date.toString(Qt::ISODate)),
            Database::text(a.decisionMakers),
            Database::text(a.consulted),
            Database::text(a.informed),
            Database::text(a.context),
            Database::text(a.decisionDrivers),
            Database::text(a.decisionOutcome),
            Database::text(a.consequences),
            Database::text(a.confirmation),
            Database::text(a.moreInformation),
            Database::text(a.tags),
            nullable(a.supersededBy != 0, a.supersededBy),
            Database::text(a.sourcePath),
            Database::text(a.sourceFormat)};
}

Adr adrFrom(const QSqlQuery& q)
{
    Adr a;
    a.id = q.value(0).toLongLong();
    if (!q.value(1).isNull())
        a.number = q.value(1).toInt();
    a.title = q.value(2).toString();
    // The schema's CHECK allows only the five statuses.
    a.status = Adr::statusFromKey(q.value(3).toString()).value_or(Adr::Status::Proposed);
    a.date = QDate::fromString(q.value(4).toString(), Qt::ISODate);
    a.decisionMakers = q.value(5).toString();
    a.consulted = q.value(6).toString();
    a.informed = q.value(7).toString();
    a.context = q.value(8).toString();
    a.decisionDrivers = q.value(9).toString();
    a.decisionOutcome = q.value(10).toString();
    a.consequences = q.value(11).toString();
    a.confirmation = q.value(12).toString();
    a.moreInformation = q.value(13).toString();
    a.tags = q.value(14).toString();
    a.supersededBy = q.value(15).toLongLong();
    a.sourcePath = q.value(16).toString();
    a.sourceFormat = q.value(17).toString();
    a.createdAt = q.value(18).toString();
    a.updatedAt = q.value(19).toString();
    return a;
}

QString rawKindKey(Adr::RawPart::Kind kind)
{
    return kind == Adr::RawPart::Kind::FrontMatter ? QStringLiteral("front_matter")
                                                   : QStringLiteral("section");
}

QString linkKindKey(Adr::Link::Kind kind)
{
    return kind == Adr::Link::Kind::Checkpoint ? QStringLiteral("checkpoint")
                                               : QStringLiteral("dimension");
}

std::optional<double> optionalNumber(const QVariant& v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

bool allowed(Adr::Status from, Adr::Status to)
{
    switch (from) {
    case Adr::Status::Proposed:
        return to == Adr::Status::Accepted || to == Adr::Status::Rejected;
    case Adr::Status::Accepted:
        return to == Adr::Status::Deprecated || to == Adr::Status::Superseded;
    case Adr::Status::Rejected:
    case Adr::Status::Deprecated:
    case Adr::Status::Superseded:
        break;
    }
    return false;
}

/** How a history note names a record: its number, or its id when it has none. */
QString label(const Adr& a)
{
    return a.number ? QString::number(*a.number) : QStringLiteral("id:%1").arg(a.id);
}

/**
 * Fills the child lists of adrs from the child tables, restricted to one record when
 * only is set. One query per table, whatever the number of records.
 */
Status loadChildren(const Database& db, QList<Adr>& adrs, std::optional<qint64> only)
{
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < adrs.size(); ++i)
        index.insert(adrs[i].id, i);
    const QString where = only ? QStringLiteral(" WHERE adr_id = ?") : QString();
    const QVariantList bindings = only ? QVariantList{*only} : QVariantList{};
    auto each = [&](const QString& sql, const auto& take) -> Status {
        auto q = db.exec(sql.arg(where), bindings);
        if (!q)
            return q.error();
        while (q.value().next()) {
            const auto found = index.constFind(q.value().value(0).toLongLong());
            if (found != index.constEnd())
                take(adrs[*found], q.value());
        }
        return {};
    };

    Status s = each(QStringLiteral("SELECT adr_id, name, description, pros, cons, chosen"
                                   " FROM adr_option%1 ORDER BY adr_id, position"),
                    [](Adr& a, const QSqlQuery& q) {
                        a.options << Adr::Option{q.value(1).toString(), q.value(2).toString(),
                                                 q.value(3).toString(), q.value(4).toString(),
                                                 q.value(5).toInt() != 0};
                    });
    if (s)
        s = each(QStringLiteral("SELECT adr_id, metric, value_before, value_after, unit, note"
                                " FROM adr_result%1 ORDER BY adr_id, position"),
                 [](Adr& a, const QSqlQuery& q) {
                     a.results << Adr::Result{q.value(1).toString(), optionalNumber(q.value(2)),
                                              optionalNumber(q.value(3)), q.value(4).toString(),
                                              q.value(5).toString()};
                 });
    if (s)
        s = each(QStringLiteral("SELECT adr_id, kind, name, body FROM adr_raw%1"
                                " ORDER BY adr_id, position"),
                 [](Adr& a, const QSqlQuery& q) {
                     a.raw << Adr::RawPart{q.value(1).toString() == QLatin1String("front_matter")
                                               ? Adr::RawPart::Kind::FrontMatter
                                               : Adr::RawPart::Kind::Section,
                                           q.value(2).toString(), q.value(3).toString()};
                 });
    if (s)
        s = each(QStringLiteral("SELECT adr_id, status, changed_on, note FROM adr_status_change%1"
                                " ORDER BY adr_id, changed_on, id"),
                 [](Adr& a, const QSqlQuery& q) {
                     a.history << Adr::StatusChange{
                         q.value(1).toString(),
                         QDate::fromString(q.value(2).toString(), Qt::ISODate),
                         q.value(3).toString()};
                 });
    if (s)
        s = each(QStringLiteral("SELECT adr_id, framework_key, kind, target_key FROM adr_link%1"
                                " ORDER BY adr_id, framework_key, kind, target_key"),
                 [](Adr& a, const QSqlQuery& q) {
                     a.links << Adr::Link{q.value(1).toString(),
                                          q.value(2).toString() == QLatin1String("checkpoint")
                                              ? Adr::Link::Kind::Checkpoint
                                              : Adr::Link::Kind::Dimension,
                                          q.value(3).toString()};
                 });
    return s;
}

/** text as an FTS5 string: matched as written, whatever quotes or operators it holds. */
QString ftsString(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

/** text as a LIKE pattern for "contains", with % and _ in it taken literally. */
QString likePattern(const QString& text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('%'), QStringLiteral("\\%"));
    escaped.replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

} // namespace

QDate AdrStore::today() const
{
    return m_db.clock().now().date();
}

Result<qint64> AdrStore::add(const Adr& adr)
{
    // A record made here without a date of its own starts its history today.
    Adr started = adr;
    if (started.history.isEmpty() && !started.date.isValid())
        started.history << Adr::StatusChange{Adr::statusKey(adr.status), today(), {}};
    return m_db.insertTransaction([&] { return addWithinTransaction(started); });
}

Result<qint64> AdrStore::addWithinTransaction(const Adr& adr)
{
    if (Status valid = InputValidator::adr(adr); !valid)
        return valid.error();
    if (Status s = checkSuccessorExists(adr); !s)
        return s.error();
    const QString now = m_db.timestamp();
    auto id = m_db.insert(QStringLiteral("INSERT INTO adr (%1, created_at, updated_at)"
                                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                         " ?, ?, ?, ?)")
                              .arg(ContentColumns),
                          contentBindings(adr) + QVariantList{now, now});
    if (!id)
        return id.error();
    if (Status s = writeChildren(id.value(), adr); !s)
        return s.error();
    if (adr.history.isEmpty() && adr.date.isValid()) {
        if (Status s = appendHistory(id.value(), Adr::statusKey(adr.status), adr.date, {}); !s)
            return s.error();
    }
    for (const Adr::StatusChange& c : adr.history) {
        if (Status s = appendHistory(id.value(), c.status, c.changedOn, c.note); !s)
            return s.error();
    }
    return id.value();
}

Status AdrStore::update(const Adr& adr)
{
    if (Status valid = InputValidator::adr(adr); !valid)
        return valid;
    return m_db.transaction([&]() -> Status {
        auto stored = row(adr.id);
        if (!stored)
            return stored.error();
        if (Status s = checkSuccessorExists(adr); !s)
            return s;
        auto q = m_db.exec(QStringLiteral("UPDATE adr SET number = ?, title = ?, status = ?,"
                                          " date = ?, decision_makers = ?, consulted = ?,"
                                          " informed = ?, context = ?, decision_drivers = ?,"
                                          " decision_outcome = ?, consequences = ?,"
                                          " confirmation = ?, more_information = ?, tags = ?,"
                                          " superseded_by = ?, source_path = ?,"
                                          " source_format = ?, updated_at = ? WHERE id = ?"),
                           contentBindings(adr) + QVariantList{m_db.timestamp(), adr.id});
        if (!q)
            return q.error();
        for (const char* table : {"adr_option", "adr_result", "adr_raw", "adr_link"}) {
            auto deleted = m_db.exec(
                QStringLiteral("DELETE FROM %1 WHERE adr_id = ?").arg(QLatin1String(table)),
                {adr.id});
            if (!deleted)
                return deleted.error();
        }
        if (Status s = writeChildren(adr.id, adr); !s)
            return s;
        if (stored.value().status != adr.status)
            return appendHistory(adr.id, Adr::statusKey(adr.status), today(), {});
        return {};
    });
}

Status AdrStore::remove(qint64 id)
{
    auto q = m_db.exec(QStringLiteral("DELETE FROM adr WHERE id = ?"), {id});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Failure::invalid(tr("adr: ADR id %1 does not exist").arg(id));
    return {};
}

Result<Adr> AdrStore::get(qint64 id) const
{
    auto found = row(id);
    if (!found)
        return found;
    QList<Adr> one{found.value()};
    if (Status s = loadChildren(m_db, one, id); !s)
        return s.error();
    return one.constFirst();
}

Result<QList<Adr>> AdrStore::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM adr ORDER BY %2").arg(Columns, Order));
    if (!q)
        return q.error();
    QList<Adr> adrs;
    while (q.value().next())
        adrs << adrFrom(q.value());
    if (Status s = loadChildren(m_db, adrs, std::nullopt); !s)
        return s.error();
    return adrs;
}

Result<int> AdrStore::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM adr"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Result<int> AdrStore::nextNumber() const
{
    auto q = m_db.exec(QStringLiteral("SELECT coalesce(max(number), 0) + 1 FROM adr"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Result<std::optional<qint64>> AdrStore::idForNumber(int number) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id FROM adr WHERE number = ? ORDER BY id LIMIT 1"),
                       {number});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<qint64>();
    return std::optional<qint64>(q.value().value(0).toLongLong());
}

Result<QList<qint64>> AdrStore::search(const QString& text) const
{
    const QString wanted = text.trimmed();
    QString sql = QStringLiteral("SELECT id FROM adr");
    QVariantList bindings;
    if (wanted.toUcs4().size() >= 3) {
        sql +=
            QStringLiteral(" WHERE id IN (SELECT rowid FROM adr_search WHERE adr_search MATCH ?)");
        bindings << ftsString(wanted);
    } else if (!wanted.isEmpty()) {
        // A trigram index cannot look up fewer than three characters.
        QStringList tests;
        for (const char* column : {"title", "context", "options", "decision", "consequences"}) {
            tests << QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            bindings << likePattern(wanted);
        }
        sql += QStringLiteral(" WHERE id IN (SELECT rowid FROM adr_search WHERE %1)")
                   .arg(tests.join(QStringLiteral(" OR ")));
    }
    sql += QStringLiteral(" ORDER BY ") + Order;
    auto q = m_db.exec(sql, bindings);
    if (!q)
        return q.error();
    QList<qint64> ids;
    while (q.value().next())
        ids << q.value().value(0).toLongLong();
    return ids;
}

Status AdrStore::setStatus(qint64 id, Adr::Status status, const QDate& day, const QString& note)
{
    if (!day.isValid())
        return Failure::invalid(tr("date: missing"));
    if (Status s = InputValidator::note(note); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        auto stored = row(id);
        if (!stored)
            return stored.error();
        const Adr::Status from = stored.value().status;
        if (from == status)
            return Failure::invalid(tr("status: already %1").arg(Adr::statusKey(status)));
        if (!allowed(from, status))
            return Failure::invalid(tr("status: cannot go from %1 to %2")
                                        .arg(Adr::statusKey(from), Adr::statusKey(status)));
        auto q = m_db.exec(QStringLiteral("UPDATE adr SET status = ?, updated_at = ? WHERE id = ?"),
                           {Adr::statusKey(status), m_db.timestamp(), id});
        if (!q)
            return q.error();
        return appendHistory(id, Adr::statusKey(status), day, note);
    });
}

Status AdrStore::supersede(qint64 oldId, qint64 newId, const QDate& day)
{
    if (oldId == newId)
        return Failure::invalid(tr("supersede: an ADR cannot supersede itself"));
    if (!day.isValid())
        return Failure::invalid(tr("date: missing"));
    return m_db.transaction([&]() -> Status {
        auto older = row(oldId);
        if (!older)
            return older.error();
        auto newer = row(newId);
        if (!newer)
            return newer.error();
        const Adr& o = older.value();
        const Adr& n = newer.value();
        if (o.status == Adr::Status::Superseded)
            return Failure::invalid(tr("supersede: ADR %1 is already superseded").arg(label(o)));
        if (n.status == Adr::Status::Superseded)
            return Failure::invalid(
                tr("supersede: ADR %1 is itself superseded, so it cannot replace another")
                    .arg(label(n)));
        if (!allowed(o.status, Adr::Status::Superseded))
            return Failure::invalid(
                tr("status: cannot go from %1 to %2")
                    .arg(Adr::statusKey(o.status), Adr::statusKey(Adr::Status::Superseded)));
        const QString now = m_db.timestamp();
        auto q = m_db.exec(QStringLiteral("UPDATE adr SET status = ?, superseded_by = ?,"
                                          " updated_at = ? WHERE id = ?"),
                           {Adr::statusKey(Adr::Status::Superseded), newId, now, oldId});
        if (!q)
            return q.error();
        q = m_db.exec(QStringLiteral("UPDATE adr SET updated_at = ? WHERE id = ?"), {now, newId});
        if (!q)
            return q.error();
        if (Status s = appendHistory(oldId, Adr::statusKey(Adr::Status::Superseded), day,
                                     tr("superseded by %1").arg(label(n)));
            !s)
            return s;
        return appendHistory(newId, Adr::statusKey(n.status), day,
                             tr("supersedes %1").arg(label(o)));
    });
}

Status AdrStore::linkSupersededWithinTransaction(qint64 oldId, qint64 newId)
{
    if (oldId == newId)
        return Failure::invalid(tr("supersede: an ADR cannot supersede itself"));
    auto q =
        m_db.exec(QStringLiteral("UPDATE adr SET superseded_by = ? WHERE id = ?"), {newId, oldId});
    if (!q)
        return q.error();
    if (q.value().numRowsAffected() != 1)
        return Failure::invalid(tr("adr: ADR id %1 does not exist").arg(oldId));
    return {};
}

Status AdrStore::writeChildren(qint64 id, const Adr& adr)
{
    for (qsizetype i = 0; i < adr.options.size(); ++i) {
        const Adr::Option& o = adr.options[i];
        auto q = m_db.exec(QStringLiteral("INSERT INTO adr_option (adr_id, position, name,"
                                          " description, pros, cons, chosen)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {id, qint64(i), Database::text(o.name), Database::text(o.description),
                            Database::text(o.pros), Database::text(o.cons), o.chosen ? 1 : 0});
        if (!q)
            return q.error();
    }
    for (qsizetype i = 0; i < adr.results.size(); ++i) {
        const Adr::Result& r = adr.results[i];
        auto q = m_db.exec(QStringLiteral("INSERT INTO adr_result (adr_id, position, metric,"
                                          " value_before, value_after, unit, note)"
                                          " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                           {id, qint64(i), Database::text(r.metric),
                            nullable(r.before.has_value(), r.before.value_or(0)),
                            nullable(r.after.has_value(), r.after.value_or(0)),
                            Database::text(r.unit), Database::text(r.note)});
        if (!q)
            return q.error();
    }
    for (qsizetype i = 0; i < adr.raw.size(); ++i) {
        const Adr::RawPart& r = adr.raw[i];
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO adr_raw (adr_id, position, kind, name, body)"
                           " VALUES (?, ?, ?, ?, ?)"),
            {id, qint64(i), rawKindKey(r.kind), Database::text(r.name), Database::text(r.body)});
        if (!q)
            return q.error();
    }
    for (const Adr::Link& l : adr.links) {
        // A link listed twice is one link (the primary key covers all columns).
        auto q = m_db.exec(
            QStringLiteral("INSERT OR IGNORE INTO adr_link (adr_id, framework_key,"
                           " kind, target_key) VALUES (?, ?, ?, ?)"),
            {id, Database::text(l.frameworkKey), linkKindKey(l.kind), Database::text(l.targetKey)});
        if (!q)
            return q.error();
    }
    return {};
}

Status AdrStore::appendHistory(qint64 id, const QString& status, const QDate& day,
                               const QString& note)
{
    auto q =
        m_db.exec(QStringLiteral("INSERT INTO adr_status_change (adr_id, status, changed_on,"
                                 " note) VALUES (?, ?, ?, ?)"),
                  {id, Database::text(status), day.toString(Qt::ISODate), Database::text(note)});
    if (!q)
        return q.error();
    return {};
}

Status AdrStore::checkSuccessorExists(const Adr& adr) const
{
    if (adr.supersededBy == 0)
        return {};
    if (adr.supersededBy == adr.id)
        return Failure::invalid(tr("superseded by: an ADR cannot supersede itself"));
    auto q = m_db.exec(QStringLiteral("SELECT 1 FROM adr WHERE id = ?"), {adr.supersededBy});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Failure::invalid(
            tr("superseded by: ADR id %1 does not exist").arg(adr.supersededBy));
    return {};
}

Result<Adr> AdrStore::row(qint64 id) const
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM adr WHERE id = ?").arg(Columns), {id});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Failure::invalid(tr("adr: ADR id %1 does not exist").arg(id));
    return adrFrom(q.value());
}
