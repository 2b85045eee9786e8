// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"
#include "Result.h"

#include <QCoreApplication>
#include <QStringList>

/** What AdrMarkdownReader made of one file, and what it could not place. */
struct AdrParse
{
    /** Title, number, status, date, people, sections, options, results, raw parts and
        history as found; id 0, supersededBy 0 (see the two refs below), sourcePath the
        file name, sourceFormat the format key. */
    Adr adr;
    QString format;             ///< "nygard", "madr2", "madr3", "madr4" or "log4brains"
    QStringList understood;     ///< translated short phrases: "title", "status: accepted", …
    QStringList keptRaw;        ///< names of the parts kept verbatim in adr.raw
    QStringList warnings;       ///< translated, one per problem, each naming the text at fault
    QString supersededByRef;    ///< the replacing record as written (number, file, URL); or empty
    QStringList supersedesRefs; ///< the records this one replaces, as written
};

/**
 * Reads one Markdown Architecture Decision Record as adr-tools (Nygard), MADR 2, 3
 * and 4 and log4brains write them, and as AdrMarkdownWriter writes them.
 *
 * Where things are found:
 * - Metadata (status, date, decision-makers or deciders, consulted, informed, tags,
 *   supersedes) comes from YAML front matter, from `Key: value` lines or bullets right
 *   under the title, or from a two-column table there; a `## Status` section may give
 *   the status too. The first value found for a field wins.
 * - Sections are split at level-2 headings, and at level-3 headings whose name is a
 *   known section (MADR puts Consequences and Confirmation under Decision Outcome).
 *   English and Chinese headings are known; docs/adr-formats.md lists them.
 *
 * Nothing is dropped: a section with an unknown heading, a second section for a field
 * already filled, or one whose content does not fit its field (a Results table with an
 * unknown column) lands in adr.raw as a Section under its heading. A metadata key that
 * is unknown, or whose value is not understood (a date that is no real day), lands in
 * adr.raw as a FrontMatter part whose body is the value's source text. Text between
 * the metadata and the first section is a Section with an empty name. Status lines
 * that are neither a status nor a supersede link are kept as a Section named "Status".
 */
class AdrMarkdownReader
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    /**
     * Parses one file. fileName (without directory) gives the number, or the date for
     * log4brains' YYYYMMDD-slug.md; adr-NNN-slug.md, ADR-N.md and NNNN-slug.md carry a
     * number. Fails with Failure::InvalidInput "FILE: reason" only when the file is no
     * decision record at all: empty, not UTF-8, without a title heading, or an index
     * that only lists other records. Anything else is read, with warnings.
     */
    static Result<AdrParse> read(const QString& fileName, const QByteArray& content);
};
