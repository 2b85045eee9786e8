// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

/**
 * One piece of proof attached to a checkpoint: an ADR, a logged entry, a URL, a commit,
 * a file, or the statement that there is none yet. Evidence refers to its checkpoint by
 * key, like all user data, so it outlives a framework revision.
 */
struct Evidence
{
    enum class Kind
    {
        Adr,
        Entry,
        Url,
        Commit,
        File,
        None ///< the checkpoint was done without evidence so far
    };

    qint64 id = 0; ///< 0 until stored
    QString frameworkKey;
    QString checkpointKey;
    Kind kind = Kind::File;
    qint64 adrId = 0;   ///< adr.id when kind is Adr, otherwise 0
    qint64 entryId = 0; ///< entry.id when kind is Entry, otherwise 0
    QString reference;  ///< the text as given: URL, commit, path, or "adr:12" / "entry:34"
    QString note;
    QString addedAt;

    /** The stable name used in the database and in output ("adr", "none"). */
    static QString kindKey(Kind kind);
    static std::optional<Kind> kindFromKey(const QString& key);

    /**
     * What a reference a person typed points at, with kind, ids and the trimmed text
     * filled in: "adr:12" or "ADR-12" (any case, leading zeros allowed) is the ADR whose
     * id is 12, "entry:34" the entry with id 34, http:// or https:// a URL, 7 to 40 hex
     * digits a commit, anything else a file. It does not check that the ADR or entry
     * exists, nor that the text is acceptable (InputValidator does).
     */
    static Evidence classify(const QString& reference);

    /** Same checkpoint and same target (ids for ADRs and entries, the text otherwise). */
    bool sameTarget(const Evidence& other) const;
};
