// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

/**
 * Writes CSV that CsvReader (and any RFC 4180 reader) reads back field for field.
 *
 * Text is written as it is given: line breaks inside a field are not normalised, so a
 * field holding CRLF comes back holding CRLF. The caller encodes the result as UTF-8.
 */
class CsvWriter
{
public:
    /**
     * One field, quoted only when it must be (comma, double quote, CR or LF inside, or
     * leading/trailing space), quotes doubled.
     */
    static QString field(const QString& text);
    /**
     * One record: fields joined by commas, terminated by "\n". A record of one empty
     * field is written as "\"\"\n", since an empty line would be skipped by readers;
     * an empty list gives just "\n", which reads back as no record at all.
     */
    static QString record(const QStringList& fields);
};
