// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"
#include "Result.h"

#include <QCoreApplication>

#include <functional>

class Database;
class SqliteStatement;

/** How an import went: rows stored, and rows that were already in the database. */
struct ImportSummary
{
    int added = 0;
    int skipped = 0;
};

/**
 * Reads and writes the user's entries. Every write is one transaction: it happens
 * completely or not at all. Entries must already be valid (InputValidator); the store
 * only refuses what the schema refuses.
 */
class EntryStore
{
    Q_DECLARE_TR_FUNCTIONS(EntryStore)

public:
    /** Called with (done, total) while importing; returning false cancels the import. */
    using Progress = std::function<bool(int done, int total)>;

    explicit EntryStore(Database& db)
        : m_db(db)
    {}

    /** Stores a new entry and returns its id. */
    Result<qint64> add(const Entry& entry);
    /**
     * Stores entries inside a transaction the caller has begun, through one prepared
     * statement (a ten-year demo database holds over ten thousand), and returns their
     * ids in the same order.
     */
    Result<QList<qint64>> addWithinTransaction(const QList<Entry>& entries);
    /**
     * Replaces day, metric, value, note and evidence of the entry with entry.id and
     * entry.createdAt; fails when no such entry exists (any more).
     */
    Status update(const Entry& entry);
    /**
     * Deletes the entries, each identified by id and creation time: a row that has
     * since been replaced by another under the same id is not touched, and the whole
     * delete fails.
     */
    Status remove(const QList<Entry>& entries);
    /** Puts entries back with their original ids and timestamps (undoing a delete). */
    Status restore(const QList<Entry>& entries);
    /**
     * Adds all entries in one transaction, skipping as many copies of an entry as the
     * database already held before the import, so importing an export twice changes
     * nothing while identical rows within one file are all kept. A cancel from progress
     * rolls everything back.
     */
    Result<ImportSummary> import(const QList<Entry>& entries, const Progress& progress = {});

    Result<Entry> find(qint64 id) const;
    /** Matching entries by day, then metric, then id: the order exports use. */
    Result<QList<Entry>> list(const EntryFilter& filter = {}) const;
    Result<int> count() const;
    /**
     * Consecutive days with at least one entry, ending today, or yesterday when today
     * has nothing yet: a streak is not broken until the day is over.
     */
    Result<int> streak(const QDate& today) const;

private:
    Failure sqliteFailure(const SqliteStatement& statement) const;

    Database& m_db;
};
