// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for entry CSV, the bytes `rungs import FILE` reads (EntryFile::load
// hands them to EntryCsv::read, which parses them with CsvReader). For any input it
// checks, besides "no crash, no sanitizer report":
// - CsvReader::parse gives records or an InvalidInput failure "SOURCE:LINE: csv: …";
//   records start on increasing lines from 1 on and have at least one field;
// - records written again with CsvWriter parse back to the same fields;
// - EntryCsv::read gives entries or an InvalidInput failure "SOURCE:LINE…";
// - entries it read, written with EntryCsv::write, read back to the same entries, and
//   writing those again gives the same bytes (the round trip EntryCsv.h promises).
// The framework is the built-in go-backend ladder and "today" a fixed day.
// tests/unit/FuzzRegressionTest.cpp includes this file with RUNGS_FUZZ_NO_ENTRY_POINT
// defined and runs check() on the inputs in tests/fuzz/regressions/, so the saved
// findings are held to the same invariants in the ordinary test suite.
#include "CsvReader.h"
#include "CsvWriter.h"
#include "EntryCsv.h"
#include "FrameworkReader.h"
#include "FuzzCheck.h"

#include <QFile>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace CsvFuzz {

const QString Source = QStringLiteral("fuzz.csv");

const Framework& framework()
{
    static const Framework f = [] {
        QFile file(QStringLiteral(":/frameworks/go-backend.json"));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot open the built-in go-backend framework\n");
            std::abort();
        }
        auto read = FrameworkReader::read(file.readAll(), file.fileName());
        if (!read) {
            std::fprintf(stderr, "%s\n", qPrintable(read.error().message));
            std::abort();
        }
        return read.value();
    }();
    return f;
}

const QDate Today(2024, 6, 15);

bool isLocatedFailure(const Failure& failure)
{
    return failure.kind == Failure::Kind::InvalidInput &&
           failure.message.startsWith(Source + QLatin1Char(':')) &&
           failure.message.size() > Source.size() + 1;
}

void checkRecords(const QByteArray& bytes)
{
    auto records = CsvReader::parse(bytes, Source);
    if (!records) {
        FUZZ_CHECK(isLocatedFailure(records.error()));
        FUZZ_CHECK(records.error().message.contains(QLatin1String(": csv: ")));
        return;
    }
    int previousLine = 0;
    QString written;
    for (const CsvRecord& record : records.value()) {
        FUZZ_CHECK(record.line > previousLine);
        FUZZ_CHECK(!record.fields.isEmpty());
        previousLine = record.line;
        written += CsvWriter::record(record.fields);
    }
    auto again = CsvReader::parse(written.toUtf8(), Source);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().size() == records.value().size());
    for (qsizetype i = 0; i < again.value().size(); ++i)
        FUZZ_CHECK(again.value()[i].fields == records.value()[i].fields);
}

void checkEntries(const QByteArray& bytes)
{
    auto entries = EntryCsv::read(bytes, Source, framework(), Today);
    if (!entries) {
        FUZZ_CHECK(isLocatedFailure(entries.error()));
        return;
    }
    const QByteArray written = EntryCsv::write(entries.value());
    auto again = EntryCsv::read(written, Source, framework(), Today);
    FUZZ_CHECK(again.ok());
    FUZZ_CHECK(again.value().size() == entries.value().size());
    for (qsizetype i = 0; i < again.value().size(); ++i)
        FUZZ_CHECK(again.value()[i].sameContent(entries.value()[i]));
    FUZZ_CHECK(EntryCsv::write(again.value()) == written);
}

/** Runs one input through the reader and checks what it gives. */
void check(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    checkRecords(bytes);
    checkEntries(bytes);
}

} // namespace CsvFuzz

#ifndef RUNGS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    CsvFuzz::check(data, size);
    return 0;
}
#endif
