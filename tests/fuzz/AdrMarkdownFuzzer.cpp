// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for AdrMarkdownReader::read, which reads every Markdown decision
// record a user imports (`rungs adr import`, File ▸ Import ADR Folder).
//
// Input format: the first byte picks the file name the reader sees, because the name
// carries the record's number or date (byte % 4: 0 "0007-fuzz.md", 1
// "20210301-fuzz.md", 2 "ADR-9.md", 3 "notes.md"); the rest is the file's content.
// Seeds start with '0'…'3' for that reason.
//
// For any input it checks, besides "no crash, no sanitizer report":
// - the result is a parse or an InvalidInput failure "FILE: reason";
// - a parse has a non-empty title, one of the five format keys (also in
//   adr.sourceFormat), "title" among the understood parts and no empty warning;
// - the record written by AdrMarkdownWriter reads back (under the writer's file name)
//   as a decision record, with the same number when it had one.
//
// Not checked, because fuzzing showed they do not hold for every input (see
// tests/fuzz/README.md): that the title survives the trip through the writer (a record
// without number whose title reads "7. Use X" comes back numbered 7, titled "Use X"), and that
// writing what was read gives the same bytes (a front-matter key the reader keeps raw
// may hold several lines, which the writer's bullet list does not carry back).
// tests/unit/FuzzRegressionTest.cpp includes this file with RUNGS_FUZZ_NO_ENTRY_POINT
// defined and runs check() on the inputs in tests/fuzz/regressions/, so the saved
// findings are held to the same invariants in the ordinary test suite.
#include "AdrMarkdownReader.h"
#include "AdrMarkdownWriter.h"
#include "FuzzCheck.h"

#include <cstddef>
#include <cstdint>

namespace AdrFuzz {

QString fileNameFor(uint8_t selector)
{
    static const QString names[] = {QStringLiteral("0007-fuzz.md"),
                                    QStringLiteral("20210301-fuzz.md"), QStringLiteral("ADR-9.md"),
                                    QStringLiteral("notes.md")};
    return names[selector % 4];
}

void checkParse(const AdrParse& parse)
{
    static const QStringList formats = {QStringLiteral("nygard"), QStringLiteral("madr2"),
                                        QStringLiteral("madr3"), QStringLiteral("madr4"),
                                        QStringLiteral("log4brains")};
    FUZZ_CHECK(!parse.adr.title.isEmpty());
    FUZZ_CHECK(formats.contains(parse.format));
    FUZZ_CHECK(parse.adr.sourceFormat == parse.format);
    FUZZ_CHECK(!parse.understood.isEmpty());
    for (const QString& warning : parse.warnings)
        FUZZ_CHECK(!warning.isEmpty());
}

/** Runs one input through the reader and checks what it gives. */
void check(const uint8_t* data, size_t size)
{
    const QString fileName = fileNameFor(size > 0 ? data[0] : 3);
    const QByteArray content =
        size > 0 ? QByteArray(reinterpret_cast<const char*>(data) + 1, qsizetype(size - 1))
                 : QByteArray();
    const auto read = AdrMarkdownReader::read(fileName, content);
    if (!read) {
        FUZZ_CHECK(read.error().kind == Failure::Kind::InvalidInput);
        FUZZ_CHECK(read.error().message.startsWith(fileName + QLatin1String(": ")));
        FUZZ_CHECK(read.error().message.size() > fileName.size() + 2);
        return;
    }
    checkParse(read.value());

    const Adr& adr = read.value().adr;
    const QByteArray written = AdrMarkdownWriter::write(adr, {});
    const auto again = AdrMarkdownReader::read(AdrMarkdownWriter::fileName(adr), written);
    FUZZ_CHECK(again.ok());
    checkParse(again.value());
    // The record keeps its number. Its title and the written bytes need not survive:
    // see "Not checked" above.
    const Adr& reread = again.value().adr;
    if (adr.number)
        FUZZ_CHECK(reread.number == adr.number);
}

} // namespace AdrFuzz

#ifndef RUNGS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    AdrFuzz::check(data, size);
    return 0;
}
#endif
