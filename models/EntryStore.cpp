// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryStore.h"

#include "Backups.h"
#include "Database.h"
#include "IsoDay.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QSqlError>

#include <algorithm>
#include <bit>

namespace {

const QString Columns = QStringLiteral("id, day, metric_key, value, note, evidence, "
                                       "created_at, updated_at");
const QString Insert = QStringLiteral("INSERT INTO entry (day, metric_key, value, note, evidence,"
                                      " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)");

/**
 * Orders UTF-16 text by code point, as SQLite's BINARY collation orders UTF-8: the two
 * differ from code-unit order only where surrogates meet U+E000..U+FFFF.
 */
char16_t codePointRank(char16_t unit)
{
    if (unit >= 0xE000)
        return char16_t(unit - 0x800);
    if (unit >= 0xD800)
        return char16_t(unit + 0x2000);
    return unit;
}

/** Export order: day, then metric key in BINARY collation, then id. */
bool exportOrder(const Entry& a, const Entry& b)
{
    if (a.day != b.day)
        return a.day < b.day;
    if (a.metricKey != b.metricKey) {
        const qsizetype common = std::min(a.metricKey.size(), b.metricKey.size());
        for (qsizetype i = 0; i < common; ++i) {
            const char16_t x = a.metricKey.at(i).unicode();
            const char16_t y = b.metricKey.at(i).unicode();
            if (x != y)
                return codePointRank(x) < codePointRank(y);
        }
        return a.metricKey.size() < b.metricKey.size();
    }
    return a.id < b.id;
}

Entry entryFrom(const SqliteStatement& row)
{
    Entry e;
    e.id = row.integer(0);
    // The schema keeps days to YYYY-MM-DD; QDate::fromString, which weighs every ISO
    // 8601 variant, was 7 % of reading ten years of entries (bench/, start-up).
    const QString day = row.text(1);
    const std::optional<QDate> parsed = parseIsoDay(day);
    e.day = parsed ? *parsed : QDate::fromString(day, Qt::ISODate);
    e.metricKey = row.text(2);
    e.value = row.real(3);
    e.note = row.text(4);
    e.evidence = row.text(5);
    e.createdAt = row.text(6);
    e.updatedAt = row.text(7);
    return e;
}

/**
 * day.toString(Qt::ISODate), without its formatting machinery: an import writes one per
 * row, and QDate::toString was a fifth of the time of importing 100,000 rows (bench/).
 */
QString isoDay(const QDate& day)
{
    int year = 0;
    int month = 0;
    int dayOfMonth = 0;
    day.getDate(&year, &month, &dayOfMonth);
    if (!day.isValid() || year < 0 || year > 9999)
        return day.toString(Qt::ISODate);
    const char text[10] = {char('0' + year / 1000),
                           char('0' + year / 100 % 10),
                           char('0' + year / 10 % 10),
                           char('0' + year % 10),
                           '-',
                           char('0' + month / 10),
                           char('0' + month % 10),
                           '-',
                           char('0' + dayOfMonth / 10),
                           char('0' + dayOfMonth % 10)};
    return QString::fromLatin1(text, 10);
}

QVariantList contentBindings(const Entry& e)
{
    return {isoDay(e.day), e.metricKey, e.value, Database::text(e.note),
            Database::text(e.evidence)};
}

/**
 * What makes two entries the same row of a CSV file: day, metric, value (its exact
 * bits, as the shortest round-trip text would tell them apart), note and evidence.
 */
QString contentKey(const QString& day, const QString& metricKey, double value, const QString& note,
                   const QString& evidence)
{
    const auto bits = std::bit_cast<quint64>(value);
    QString key;
    key.reserve(day.size() + metricKey.size() + note.size() + evidence.size() + 8);
    key += day;
    key += QChar(0x1f);
    key += metricKey;
    key += QChar(0x1f);
    for (int shift = 0; shift < 64; shift += 16)
        key += QChar(char16_t(bits >> shift));
    key += QChar(0x1f);
    key += note;
    key += QChar(0x1f);
    key += evidence;
    return key;
}

QString contentKey(const Entry& e)
{
    return contentKey(isoDay(e.day), e.metricKey, e.value, e.note, e.evidence);
}

} // namespace

Result<qint64> EntryStore::add(const Entry& entry)
{
    const QString now = m_db.timestamp();
    return m_db.insert(Insert, contentBindings(entry) + QVariantList{now, now});
}

Result<QList<qint64>> EntryStore::addWithinTransaction(const QList<Entry>& entries)
{
    QSqlQuery q(m_db.connection());
    const auto failure = [&] {
        return Failure::database(tr("%1: %2").arg(m_db.path(), q.lastError().text()));
    };
    if (!q.prepare(Insert))
        return failure();
    const QString now = m_db.timestamp();
    QList<qint64> ids;
    ids.reserve(entries.size());
    for (const Entry& e : entries) {
        const QVariantList bindings = contentBindings(e) + QVariantList{now, now};
        for (int i = 0; i < bindings.size(); ++i)
            q.bindValue(i, bindings[i]);
        if (!q.exec())
            return failure();
        ids << q.lastInsertId().toLongLong();
    }
    return ids;
}

Status EntryStore::update(const Entry& entry)
{
    return m_db.transaction([&]() -> Status {
        auto q = m_db.exec(QStringLiteral("UPDATE entry SET day = ?, metric_key = ?, value = ?,"
                                          " note = ?, evidence = ?, updated_at = ?"
                                          " WHERE id = ? AND created_at = ?"),
                           contentBindings(entry) +
                               QVariantList{m_db.timestamp(), entry.id, entry.createdAt});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return Failure::database(tr("entry %1 no longer exists").arg(entry.id));
        return {};
    });
}

Status EntryStore::remove(const QList<Entry>& entries)
{
    return m_db.transaction([&]() -> Status {
        for (const Entry& e : entries) {
            auto q = m_db.exec(QStringLiteral("DELETE FROM entry WHERE id = ? AND created_at = ?"),
                               {e.id, e.createdAt});
            if (!q)
                return q.error();
            if (q.value().numRowsAffected() != 1)
                return Failure::database(tr("entry %1 no longer exists").arg(e.id));
        }
        return {};
    });
}

Status EntryStore::restore(const QList<Entry>& entries)
{
    return m_db.transaction([&]() -> Status {
        for (const Entry& e : entries) {
            auto q = m_db.exec(QStringLiteral("INSERT INTO entry (id, day, metric_key, value, note,"
                                              " evidence, created_at, updated_at)"
                                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                               QVariantList{e.id} + contentBindings(e) +
                                   QVariantList{e.createdAt, e.updatedAt});
            if (!q)
                return q.error();
        }
        return {};
    });
}

Result<ImportSummary> EntryStore::import(const QList<Entry>& entries, const Progress& progress)
{
    if (entries.isEmpty())
        return ImportSummary();
    if (auto backup = Backups::beforeImport(m_db); !backup)
        return Failure::database(
            tr("cannot back up the database before importing: %1").arg(backup.error().message));
    ImportSummary summary;
    const Status s = m_db.transaction([&]() -> Status {
        QHash<QString, int> present;
        {
            // Stored days are already YYYY-MM-DD (the schema checks it), the form
            // contentKey(Entry) writes, so they are compared as text.
            SqliteStatement stored(
                m_db.handle(),
                QStringLiteral("SELECT day, metric_key, value, note, evidence FROM entry"));
            while (stored.step())
                ++present[contentKey(stored.text(0), stored.text(1), stored.real(2), stored.text(3),
                                     stored.text(4))];
            if (!stored.ok())
                return sqliteFailure(stored);
        }
        const QString now = m_db.timestamp();
        // One statement prepared once: preparing it again for every row cost more than
        // the inserts themselves (bench/, import of 100,000 rows).
        SqliteStatement insert(m_db.handle(), Insert);
        if (!insert.isValid())
            return sqliteFailure(insert);
        const int total = int(entries.size());
        for (int i = 0; i < total; ++i) {
            // Report often enough for a smooth bar, rarely enough to cost nothing.
            if (progress && i % 256 == 0 && !progress(i, total))
                return Failure::invalid(tr("import cancelled"));
            const Entry& e = entries[i];
            auto seen = present.find(contentKey(e));
            if (seen != present.end() && *seen > 0) {
                --*seen;
                ++summary.skipped;
                continue;
            }
            insert.reset();
            insert.bind(0, isoDay(e.day));
            insert.bind(1, e.metricKey);
            insert.bind(2, e.value);
            insert.bind(3, e.note);
            insert.bind(4, e.evidence);
            insert.bind(5, now);
            insert.bind(6, now);
            insert.step();
            if (!insert.ok())
                return sqliteFailure(insert);
            ++summary.added;
        }
        if (progress && !progress(total, total))
            return Failure::invalid(tr("import cancelled"));
        return {};
    });
    if (!s)
        return s.error();
    return summary;
}

Result<Entry> EntryStore::find(qint64 id) const
{
    SqliteStatement select(m_db.handle(),
                           QStringLiteral("SELECT %1 FROM entry WHERE id = ?").arg(Columns));
    select.bind(0, id);
    if (select.step())
        return entryFrom(select);
    if (!select.ok())
        return sqliteFailure(select);
    return Failure::invalid(tr("entry %1 does not exist").arg(id));
}

Result<QList<Entry>> EntryStore::list(const EntryFilter& filter) const
{
    QString sql = QStringLiteral("SELECT %1 FROM entry WHERE 1").arg(Columns);
    QStringList bindings;
    if (!filter.metricKey.isEmpty()) {
        sql += QStringLiteral(" AND metric_key = ?");
        bindings << filter.metricKey;
    }
    if (filter.from.isValid()) {
        sql += QStringLiteral(" AND day >= ?");
        bindings << isoDay(filter.from);
    }
    if (filter.to.isValid()) {
        sql += QStringLiteral(" AND day <= ?");
        bindings << isoDay(filter.to);
    }
    SqliteStatement select(m_db.handle(), sql);
    for (int i = 0; i < bindings.size(); ++i)
        select.bind(i, bindings[i]);
    QList<Entry> entries;
    while (select.step())
        entries << entryFrom(select);
    if (!select.ok())
        return sqliteFailure(select);
    // Sorted here, not by ORDER BY: SQLite sorting every column of every row cost a fifth
    // of reading ten years of entries (bench/, start-to-first-paint), and entries are
    // mostly stored in order already.
    if (!std::is_sorted(entries.cbegin(), entries.cend(), exportOrder))
        std::sort(entries.begin(), entries.end(), exportOrder);
    return entries;
}

Result<int> EntryStore::count() const
{
    auto q = m_db.exec(QStringLiteral("SELECT count(*) FROM entry"));
    if (!q)
        return q.error();
    q.value().next();
    return q.value().value(0).toInt();
}

Result<int> EntryStore::streak(const QDate& today) const
{
    auto q = m_db.exec(QStringLiteral("SELECT DISTINCT day FROM entry WHERE day <= ?"
                                      " ORDER BY day DESC"),
                       {today.toString(Qt::ISODate)});
    if (!q)
        return q.error();
    int days = 0;
    QDate expected = today;
    while (q.value().next()) {
        const QDate day = QDate::fromString(q.value().value(0).toString(), Qt::ISODate);
        if (days == 0 && day == today.addDays(-1))
            expected = day; // nothing yet today; the streak runs through yesterday
        if (day != expected)
            break;
        ++days;
        expected = expected.addDays(-1);
    }
    return days;
}

Failure EntryStore::sqliteFailure(const SqliteStatement& statement) const
{
    return Failure::database(tr("%1: %2").arg(m_db.path(), statement.error()));
}
