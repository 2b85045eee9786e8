// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvWriter.h"

namespace {

// Spreadsheets and many readers trim unquoted fields, so edge spaces are protected too.
bool mustQuote(const QString& text)
{
    // A reader drops a byte-order mark at the start of a file; quoted, it is data.
    if (text.startsWith(u' ') || text.endsWith(u' ') || text.startsWith(QChar(0xfeff)))
        return true;
    for (const QChar c : text) {
        if (c == u',' || c == u'"' || c == u'\r' || c == u'\n')
            return true;
    }
    return false;
}

} // namespace

QString CsvWriter::field(const QString& text)
{
    if (!mustQuote(text))
        return text;
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted.append(u'"');
    for (const QChar c : text) {
        if (c == u'"')
            quoted.append(u'"');
        quoted.append(c);
    }
    quoted.append(u'"');
    return quoted;
}

QString CsvWriter::record(const QStringList& fields)
{
    if (fields.size() == 1 && fields.first().isEmpty())
        return QStringLiteral("\"\"\n");
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            line.append(u',');
        line.append(field(fields.at(i)));
    }
    line.append(u'\n');
    return line;
}
