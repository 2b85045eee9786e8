// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"
#include "Result.h"

#include <QCoreApplication>

#include <optional>

class Database;

/**
 * Reads and writes decision records with their options, results, kept raw parts,
 * links and status history (docs/schema.md, "Decision records").
 *
 * Every write is one transaction and checks the record with InputValidator::adr
 * first, so a refused record leaves nothing behind. Refusals are
 * Failure::InvalidInput with a "field: reason" message; a missing record is
 * "adr: ADR id 12 does not exist" (ids, not numbers: numbers may repeat).
 *
 * Lifecycle (setStatus, supersede): proposed → accepted or rejected; accepted →
 * deprecated or superseded. Every status change appends a dated history row.
 * update() is an editor's save and takes any status, but it too appends a history
 * row when the status changes.
 *
 * "Today" is the database clock's date.
 */
class AdrStore
{
    Q_DECLARE_TR_FUNCTIONS(AdrStore)

public:
    explicit AdrStore(Database& db)
        : m_db(db)
    {}

    /**
     * Stores a new record with all its child lists and returns its id. When
     * adr.history is empty, the history starts with one row for adr.status dated
     * adr.date (today when the record has no date); a given history is stored as it is.
     * adr.id, createdAt and updatedAt are ignored.
     */
    Result<qint64> add(const Adr& adr);
    /**
     * add() inside a transaction the caller has begun (a folder import), for records
     * made elsewhere: one without a date and without history gets no history, since
     * the day of its status is not known.
     */
    Result<qint64> addWithinTransaction(const Adr& adr);
    /**
     * Replaces the fields, options, results, raw parts and links of the record with
     * adr.id; adr.history is ignored (history is only ever appended). When the status
     * differs from the stored one, appends a history row for it dated today.
     */
    Status update(const Adr& adr);
    /** Deletes the record; its child rows and evidence go with it. */
    Status remove(qint64 id);

    /** The record with every child list, history oldest first. */
    Result<Adr> get(qint64 id) const;
    /**
     * Every record with every child list, by number (records without one last), then
     * by id.
     */
    Result<QList<Adr>> list() const;
    Result<int> count() const;
    /** One more than the highest number in use; 1 when no record has a number. */
    Result<int> nextNumber() const;
    /** The record with this number, the first stored when several share it. */
    Result<std::optional<qint64>> idForNumber(int number) const;

    /**
     * Ids of the records whose title, context, options, decision outcome or
     * consequences contain text (ignoring case for Latin letters), ordered like list().
     * Text of three or more characters goes through the full-text index (trigrams, so
     * Chinese without spaces is found too); one or two characters, too short for a
     * trigram, are matched by a scan. Text is matched literally: quotes and FTS5
     * operators in it are ordinary characters. Blank text gives every id.
     */
    Result<QList<qint64>> search(const QString& text) const;

    /**
     * Moves the record to status on day along the lifecycle and appends a history row
     * with note. Anything else, including the status it already has, is refused:
     * "status: cannot go from accepted to proposed".
     */
    Status setStatus(qint64 id, Adr::Status status, const QDate& day, const QString& note = {});
    /**
     * Marks oldId superseded by newId on day, in one transaction: the old record's
     * status becomes superseded (allowed from accepted only) and its superseded_by
     * points at the new one; both get a history row ("superseded by 8", "supersedes 3",
     * naming ADR numbers, or id:N for a record without one). Refuses a record
     * superseding itself, an old record that is already superseded, and a new record
     * that is itself superseded.
     */
    Status supersede(qint64 oldId, qint64 newId, const QDate& day);
    /**
     * Sets only the link "oldId is superseded by newId" inside a caller's transaction,
     * leaving status and history as they are: a folder import restores what the files
     * say.
     */
    Status linkSupersededWithinTransaction(qint64 oldId, qint64 newId);

private:
    Status writeChildren(qint64 id, const Adr& adr);
    Status appendHistory(qint64 id, const QString& status, const QDate& day, const QString& note);
    Status checkSuccessorExists(const Adr& adr) const;
    Result<Adr> row(qint64 id) const;
    QDate today() const;

    Database& m_db;
};
