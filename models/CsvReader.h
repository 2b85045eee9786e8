// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

/** One record of a CSV file and the physical line on which it starts. */
struct CsvRecord
{
    int line = 0; ///< 1-based physical line on which the record starts (the header is line 1)
    QStringList fields;
};

/**
 * Reads CSV as RFC 4180 defines it, strictly: anything the RFC does not allow is refused
 * rather than guessed at, so a damaged export is noticed instead of imported wrongly.
 *
 * - Input is UTF-8; a BOM (EF BB BF) is dropped only at the very start. The encoding of
 *   the whole input is checked before its syntax, so a file with both kinds of problem
 *   is reported as not valid UTF-8.
 * - Records end with LF, CRLF or a lone CR. Quoted fields may contain commas, doubled
 *   quotes and line breaks, which are kept exactly as they are in the data.
 * - Lines are physical lines: every line break counts, also inside quoted fields, so
 *   record lines match what an editor shows.
 * - A completely empty line gives no record. A line holding only "" gives one record
 *   with one empty field.
 * - Records may have different numbers of fields; checking that is the caller's job.
 *
 * A failure is Failure::Kind::InvalidInput with the message "SOURCE:LINE: csv: reason".
 */
class CsvReader
{
    Q_DECLARE_TR_FUNCTIONS(CsvReader)

public:
    /** Parses a whole file. sourceName is used in messages: "SOURCE:LINE: csv: reason". */
    static Result<QList<CsvRecord>> parse(const QByteArray& bytes, const QString& sourceName);
};
