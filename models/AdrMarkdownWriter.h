// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"

#include <QByteArray>
#include <QList>
#include <QString>

/**
 * Writes decision records as Markdown that MADR readers, log4brains and Debian's
 * adr-tools all read, and that AdrMarkdownReader reads back to the same record.
 *
 * Design note: adr-tools takes a record's title from the file's first line
 * (`head -1 | cut -c 3-` in `adr generate toc`), so that line must be the heading;
 * YAML front matter there would give every record the title "-". And log4brains reads
 * status, date and tags from a bullet list under the title, not from front matter. So
 * a file is MADR 4 in its sections, with the metadata MADR 4 keeps in front matter
 * written as the MADR 2 / log4brains bullet list instead:
 *
 *     # 7. Use PostgreSQL for orders          <- adr-tools' "N. Title" heading
 *
 *     * Status: accepted
 *     * Date: 2024-03-05
 *     * Decision-makers: Ana, Bo
 *     ...
 *
 *     ## Context and Problem Statement
 *     ...
 *
 * docs/adr-formats.md shows a whole file.
 */
class AdrMarkdownWriter
{
public:
    /**
     * One record: the "# N. Title" heading; bullets for status (with
     * "superseded by [ADR-0005](0005-slug.md)" resolved through `all`, the records by
     * id), date, decision-makers, consulted, informed, tags, the records it supersedes
     * (those in `all` whose supersededBy is this record's id) and the raw FrontMatter
     * parts in order; the raw Section without a name; raw Sections named Status; the
     * MADR 4 sections that are not empty, options with pros and cons (the chosen one
     * marked " (chosen)"); Results, Status History and Framework Links tables when there
     * are any; then the other raw Sections under their own headings. A raw Section named
     * Considered Options, Pros and Cons or after a table section, holding the text that
     * stood beside the list, the option blocks or the table, goes back into that
     * section: above the list and the blocks, below the table. Deterministic UTF-8 with
     * LF line ends and one trailing newline.
     *
     * AdrMarkdownReader::read(fileName(adr), write(adr, all)) gives back every field but
     * id, supersededBy (given as a reference instead), sourcePath, sourceFormat,
     * createdAt and updatedAt, provided the text fields hold no level-1 or level-2
     * headings (written one level lower, as ###, so that they cannot end a section) and
     * pros and cons hold one argument per line. Writing what was read gives the same
     * bytes again.
     */
    static QByteArray write(const Adr& adr, const QList<Adr>& all);

    /**
     * "0007-use-postgres-for-orders.md": the number in four digits, a dash and a
     * lower-case ASCII slug of the title (accents dropped; a title without ASCII words
     * gives "adr"). A record without number gets just "slug.md": the caller numbers
     * records before exporting them.
     */
    static QString fileName(const Adr& adr);

    /**
     * The index in the shape adr-tools' `adr generate toc` prints: "# Architecture
     * Decision Records", a blank line, then "* [7. Title](0007-title.md)" per record in
     * file-name order, which is what `adr generate toc` prints for the written files.
     */
    static QByteArray index(const QList<Adr>& adrs);
};
