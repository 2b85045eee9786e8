// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"
#include "Framework.h"
#include "Result.h"

#include <QCoreApplication>

/**
 * Entries as CSV: the header date,metric,value,note,evidence, then one record per
 * entry (RFC 4180 quoting, UTF-8, LF line ends, numbers in shortest round-trip form).
 * Writing and reading are inverses: what write() produces, read() turns back into the
 * same entries, and writing those again gives the same bytes.
 */
class EntryCsv
{
    Q_DECLARE_TR_FUNCTIONS(EntryCsv)

public:
    static const QStringList Header;

    static QByteArray write(const QList<Entry>& entries);

    /**
     * Reads and validates a whole file. The header names the columns in any order;
     * date, metric and value are required, note and evidence optional. The first bad
     * record fails everything with "SOURCE:LINE: field: reason" (the header is line 1).
     */
    static Result<QList<Entry>> read(const QByteArray& bytes, const QString& sourceName,
                                     const Framework& framework, const QDate& today);
};
