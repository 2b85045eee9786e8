// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdrReading.h"

#include <QCoreApplication>
#include <QStringList>

/**
 * The considered options of a record, gathered from the sections that name them: the
 * list of Considered Options, the pros and cons of each, and the chosen option the
 * decision outcome names. Sections name an option in slightly different ways (a link,
 * quotes, emphasis, another case), so options are matched by name without those.
 */
class AdrOptionsReader
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    explicit AdrOptionsReader(AdrReading& reading)
        : m_reading(reading)
    {}

    /** "* Option A" per line; an item's indented lines describe it. */
    void readOptions(const QString& heading, const QStringList& body);
    /** A "### Option" block per option, as readOptionBlock reads it. */
    void readProsAndCons(const QString& heading, const QStringList& body);
    /**
     * One option's description, then "* Good, because …" and "* Bad, because …" items
     * (also Pro/Con and 优点/缺点), which become one argument per line of pros and cons.
     */
    void readOptionBlock(const QString& name, const QStringList& lines);
    /** Whether an option of this name is known already. */
    bool isOptionName(const QString& name) const;
    /**
     * Marks the option that "Chosen option: …" in the decision outcome names; call it
     * once every section is read.
     */
    void findChosenOptions();

private:
    Adr::Option& optionNamed(const QString& name);

    AdrReading& m_reading;
};
