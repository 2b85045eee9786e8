// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"
#include "AdrFieldNames.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/**
 * The table of a Results, Status History or Framework Links section, read all or
 * nothing: a table that does not fit its field (no table, an unknown, repeated or
 * missing column, a row longer than the header, a cell that is no number, day or link
 * kind) is refused, so that the caller keeps the whole section as written rather than
 * half of it. Column names are matched in English and Chinese, in any order.
 */
struct AdrSectionTable
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    QList<Adr::Result> results;       ///< for Field::Results
    QList<Adr::StatusChange> history; ///< for Field::History
    QList<Adr::Link> links;           ///< for Field::FrameworkLinks
    /** The section's text before and after the table, which has no field. */
    QString around;
    /** Why the table does not fit, translated ("unknown column 'Speed'"); empty when it does. */
    QString refusal;

    /**
     * Reads the first table of a section's body outside fenced code; field is one of the
     * three above.
     */
    static AdrSectionTable read(AdrFieldNames::Field field, const QStringList& body);
};
