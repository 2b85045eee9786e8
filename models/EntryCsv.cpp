// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryCsv.h"

#include "CsvReader.h"
#include "CsvWriter.h"
#include "InputValidator.h"
#include "NumberText.h"

const QStringList EntryCsv::Header = {QStringLiteral("date"), QStringLiteral("metric"),
                                      QStringLiteral("value"), QStringLiteral("note"),
                                      QStringLiteral("evidence")};

QByteArray EntryCsv::write(const QList<Entry>& entries)
{
    QString text = CsvWriter::record(Header);
    for (const Entry& e : entries) {
        text += CsvWriter::record(
            {e.day.toString(Qt::ISODate), e.metricKey, numberText(e.value), e.note, e.evidence});
    }
    return text.toUtf8();
}

Result<QList<Entry>> EntryCsv::read(const QByteArray& bytes, const QString& sourceName,
                                    const Framework& framework, const QDate& today)
{
    auto records = CsvReader::parse(bytes, sourceName);
    if (!records)
        return records.error();
    const QList<CsvRecord>& rows = records.value();
    if (rows.isEmpty())
        return Failure::invalid(tr("%1:1: header: missing, the file is empty (expected %2)")
                                    .arg(sourceName, Header.join(QLatin1Char(','))));

    // Column position of each known field, -1 when the file does not have it.
    QList<int> column(Header.size(), -1);
    const CsvRecord& header = rows.first();
    for (int i = 0; i < header.fields.size(); ++i) {
        const QString name = header.fields[i].trimmed().toLower();
        const auto known = Header.indexOf(name);
        const QString where = QStringLiteral("%1:%2: header").arg(sourceName).arg(header.line);
        if (known < 0)
            return Failure::invalid(
                tr("%1: unknown column '%2' (expected %3)")
                    .arg(where, header.fields[i], Header.join(QLatin1Char(','))));
        if (column[known] >= 0)
            return Failure::invalid(tr("%1: column '%2' appears twice").arg(where, name));
        column[known] = i;
    }
    for (int k = 0; k < 3; ++k) {
        if (column[k] < 0)
            return Failure::invalid(tr("%1:%2: header: missing column '%3'")
                                        .arg(sourceName)
                                        .arg(header.line)
                                        .arg(Header[k]));
    }

    QList<Entry> entries;
    entries.reserve(rows.size() - 1);
    for (qsizetype r = 1; r < rows.size(); ++r) {
        const CsvRecord& row = rows[r];
        // Only a failure names the place: formatting it for every row cost a tenth of
        // an import (bench/).
        const auto where = [&] { return QStringLiteral("%1:%2").arg(sourceName).arg(row.line); };
        if (row.fields.size() != header.fields.size())
            return Failure::invalid(tr("%1: row: %2 fields where the header has %3")
                                        .arg(where())
                                        .arg(row.fields.size())
                                        .arg(header.fields.size()));
        const auto field = [&](int k) { return column[k] < 0 ? QString() : row.fields[column[k]]; };
        auto entry = InputValidator::entry({field(0), field(1), field(2), field(3), field(4)},
                                           framework, today);
        if (!entry)
            return Failure::invalid(QStringLiteral("%1: %2").arg(where(), entry.error().message));
        entries << entry.value();
    }
    return entries;
}
