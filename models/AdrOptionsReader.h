// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdrReading.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/**
 * The considered options of a record, gathered from the sections that name them: the
 * list of Considered Options, the pros and cons of each, and the chosen option the
 * decision outcome names.
 *
 * Every list item is an option of its own, even where two items say the same. A pros
 * and cons block goes to the first option of its name that has no block yet; names are
 * compared by MarkdownText::comparableName, so a link, quotes, emphasis, case and
 * trailing punctuation make no difference. A block whose name is no option's goes to
 * the one option whose name starts with the block's or the other way round, at a word
 * boundary ("OCRmyPDF" and "OCRmyPDF subprocess, MPL-2.0"); failing that, it adds an
 * option. The list does the same with options that blocks above it added.
 */
class AdrOptionsReader
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    explicit AdrOptionsReader(AdrReading& reading)
        : m_reading(reading)
    {}

    /**
     * "* Option A" per list item. Indented lines of the item's first paragraph continue
     * its name; its further paragraphs and indented sub-items are its description.
     */
    void readOptions(const QString& heading, const QStringList& body);
    /** A "### Option" block per option, as readOptionBlock reads it. */
    void readProsAndCons(const QString& heading, const QStringList& body);
    /**
     * One option's description, then "* Good, because …" and "* Bad, because …" items
     * (also Pro/Con and 优点/缺点), which become one argument per line of pros and cons.
     * Fenced code stays in the description as written.
     */
    void readOptionBlock(const QString& name, const QStringList& lines);
    /** Whether an option of exactly this name has no pros and cons block yet. */
    bool isOptionName(const QString& name) const;
    /**
     * Counts the options and marks the one that "Chosen option: …" in the decision
     * outcome names; call it once every section is read.
     */
    void finish();

private:
    /** What has taken an option so far: a list item, a pros and cons block. */
    struct Claims
    {
        bool listed = false;
        bool argued = false;
    };

    Adr::Option& claim(const QString& name, bool Claims::*by);
    void findChosenOptions();

    AdrReading& m_reading;
    QList<Claims> m_claims; ///< one per option, in the order of adr.options
    bool m_listRead = false;
};
