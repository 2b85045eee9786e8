// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryCsv.h"

#include "EntryStore.h"
#include "TempDatabase.h"
#include "TestEntries.h"

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

// The entries of a file, or nothing plus a test failure.
QList<Entry> readOk(const QByteArray& bytes, const QString& source = u"e.csv"_s)
{
    auto entries = EntryCsv::read(bytes, source, goBackendFramework(), TestToday);
    if (!entries) {
        ADD_FAILURE() << entries.error().message.toStdString();
        return {};
    }
    return entries.value();
}

// The refusal message, or nothing plus a test failure.
QString readError(const QByteArray& bytes, const QString& source = u"e.csv"_s)
{
    auto entries = EntryCsv::read(bytes, source, goBackendFramework(), TestToday);
    if (entries) {
        ADD_FAILURE() << "accepted: " << bytes.left(200).toStdString();
        return {};
    }
    EXPECT_EQ(entries.error().kind, Failure::Kind::InvalidInput);
    return entries.error().message;
}

// What `rungs import` does: read the whole file, then import it in one transaction.
Result<ImportSummary> importCsv(Database& db, const QByteArray& bytes, const QString& source)
{
    auto entries = EntryCsv::read(bytes, source, goBackendFramework(), TestToday);
    if (!entries)
        return entries.error();
    return EntryStore(db).import(entries.value());
}

int count(Database& db)
{
    auto n = EntryStore(db).count();
    EXPECT_TRUE(n.ok());
    return n.ok() ? n.value() : -1;
}

void expectSameContent(const QList<Entry>& actual, const QList<Entry>& expected)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i) {
        EXPECT_TRUE(actual[i].sameContent(expected[i]))
            << "row " << i << ": " << actual[i].day.toString(Qt::ISODate).toStdString() << ' '
            << actual[i].metricKey.toStdString() << ' ' << actual[i].value << " '"
            << actual[i].note.toStdString() << "' '" << actual[i].evidence.toStdString() << "'";
    }
}

// Six entries in export order (day, then metric) and, below, the file they make.
QList<Entry> sample()
{
    return {
        makeEntry(nov(20), u"delta_tech"_s, 3),
        makeEntry(nov(20), u"review_response_hours"_s, 2.5, u"fast, for once"_s,
                  u"https://review.example/1"_s),
        makeEntry(nov(21), u"cost_reduction_pct"_s, -38.5, u"said \"wow\""_s),
        makeEntry(nov(21), u"p99_latency_ms"_s, 60000, u"line one\nline two"_s, u"abc123"_s),
        makeEntry(nov(22), u"mttr_minutes"_s, 6.2, u"中文 备注"_s),
        makeEntry(nov(22), u"review_closure_rate"_s, 0.1, u" padded"_s),
    };
}

const QByteArray SampleCsv = "date,metric,value,note,evidence\n"
                             "2026-11-20,delta_tech,3,,\n"
                             "2026-11-20,review_response_hours,2.5,\"fast, for once\","
                             "https://review.example/1\n"
                             "2026-11-21,cost_reduction_pct,-38.5,\"said \"\"wow\"\"\",\n"
                             "2026-11-21,p99_latency_ms,60000,\"line one\nline two\",abc123\n"
                             "2026-11-22,mttr_minutes,6.2,\xE4\xB8\xAD\xE6\x96\x87 "
                             "\xE5\xA4\x87\xE6\xB3\xA8,\n"
                             "2026-11-22,review_closure_rate,0.1,\" padded\",\n";

} // namespace

// --- writing -------------------------------------------------------------------------

TEST(EntryCsv, WritesHeaderShortestNumbersAndQuotesOnlyWhatNeedsIt)
{
    EXPECT_EQ(EntryCsv::write(sample()).toStdString(), SampleCsv.toStdString());
}

TEST(EntryCsv, WritesOnlyTheHeaderForNoEntries)
{
    EXPECT_EQ(EntryCsv::write({}), QByteArray("date,metric,value,note,evidence\n"));
}

TEST(EntryCsv, WrittenFileReadsBackAsTheSameEntries)
{
    expectSameContent(readOk(SampleCsv), sample());
}

TEST(EntryCsv, ExportImportExportIntoAFreshDatabaseIsByteIdentical)
{
    TempDatabase temp;
    auto first = temp.openSeeded(u"first.sqlite"_s);
    ASSERT_TRUE(first);
    // Added out of order: the export sorts by day, then metric.
    const QList<Entry> entries = sample();
    for (int i : {5, 3, 0, 4, 1, 2})
        ASSERT_TRUE(EntryStore(*first).add(entries[i]).ok());
    auto listed = EntryStore(*first).list();
    ASSERT_TRUE(listed.ok());
    const QByteArray exported = EntryCsv::write(listed.value());
    EXPECT_EQ(exported.toStdString(), SampleCsv.toStdString());

    auto second = temp.openSeeded(u"second.sqlite"_s);
    ASSERT_TRUE(second);
    auto summary = importCsv(*second, exported, u"export.csv"_s);
    ASSERT_TRUE(summary.ok()) << summary.error().message.toStdString();
    EXPECT_EQ(summary.value().added, 6);
    auto relisted = EntryStore(*second).list();
    ASSERT_TRUE(relisted.ok());
    EXPECT_EQ(EntryCsv::write(relisted.value()).toStdString(), exported.toStdString());
}

// --- header --------------------------------------------------------------------------

TEST(EntryCsv, ColumnsMayComeInAnyOrder)
{
    const auto entries = readOk("evidence,value,metric,date,note\n"
                                "abc123,4,delta_tech,2026-11-20,hi\n");
    expectSameContent(entries, {makeEntry(nov(20), u"delta_tech"_s, 4, u"hi"_s, u"abc123"_s)});
}

TEST(EntryCsv, NoteAndEvidenceColumnsAreOptional)
{
    const auto entries = readOk("metric,date,value\n"
                                "delta_tech,2026-11-20,4\n"
                                "review_response_hours,2026-11-21,30\n");
    expectSameContent(entries, {makeEntry(nov(20), u"delta_tech"_s, 4),
                                makeEntry(nov(21), u"review_response_hours"_s, 30)});
}

TEST(EntryCsv, HeaderNamesIgnoreCaseAndSurroundingSpaces)
{
    expectSameContent(readOk(" Date ,METRIC,Value\n2026-11-20,delta_tech,1\n"),
                      {makeEntry(nov(20), u"delta_tech"_s, 1)});
}

TEST(EntryCsv, HeaderAloneGivesNoEntries)
{
    auto entries = EntryCsv::read("date,metric,value,note,evidence\n", u"e.csv"_s,
                                  goBackendFramework(), TestToday);
    ASSERT_TRUE(entries.ok());
    EXPECT_TRUE(entries.value().isEmpty());
}

TEST(EntryCsv, UnknownColumnIsRefused)
{
    EXPECT_EQ(readError("date,metric,value,Comment\n2026-11-20,delta_tech,1,x\n"),
              u"e.csv:1: header: unknown column 'Comment' (expected "
              u"date,metric,value,note,evidence)"_s);
}

TEST(EntryCsv, DuplicateColumnIsRefused)
{
    EXPECT_EQ(readError("date,metric,value,Date\n"),
              u"e.csv:1: header: column 'date' appears twice"_s);
}

TEST(EntryCsv, EachRequiredColumnMustBeThere)
{
    EXPECT_EQ(readError("metric,value,note\n"), u"e.csv:1: header: missing column 'date'"_s);
    EXPECT_EQ(readError("date,value,note\n"), u"e.csv:1: header: missing column 'metric'"_s);
    EXPECT_EQ(readError("date,metric,evidence\n"), u"e.csv:1: header: missing column 'value'"_s);
}

TEST(EntryCsv, EmptyFileIsRefused)
{
    const QString expected =
        u"e.csv:1: header: missing, the file is empty (expected date,metric,value,note,evidence)"_s;
    EXPECT_EQ(readError(""), expected);
    EXPECT_EQ(readError("\n\n"), expected);
}

TEST(EntryCsv, HeaderAfterBlankLinesIsNamedByItsLine)
{
    EXPECT_EQ(readError("\n\ndate,metric,valu\n"),
              u"e.csv:3: header: unknown column 'valu' (expected "
              u"date,metric,value,note,evidence)"_s);
}

// --- records -------------------------------------------------------------------------

TEST(EntryCsv, WrongFieldCountNamesTheLine)
{
    EXPECT_EQ(readError("date,metric,value\n"
                        "2026-11-20,delta_tech,3\n"
                        "2026-11-21,delta_tech\n"),
              u"e.csv:3: row: 2 fields where the header has 3"_s);
    EXPECT_EQ(readError("date,metric,value\n"
                        "2026-11-20,delta_tech,3,extra\n"),
              u"e.csv:2: row: 4 fields where the header has 3"_s);
}

TEST(EntryCsv, MetricNamesAndRelativeDatesWorkInFiles)
{
    expectSameContent(readOk("date,metric,value\n"
                             "today,Code-review response time,30\n"
                             "yesterday,Δ 技术：掌握的新能力,2\n"),
                      {makeEntry(nov(22), u"review_response_hours"_s, 30),
                       makeEntry(nov(21), u"delta_tech"_s, 2)});
}

TEST(EntryCsv, MultiLineQuotedNoteShiftsTheLineOfLaterErrors)
{
    const QByteArray bytes = "date,metric,value,note\n"      // 1
                             "2026-11-20,delta_tech,1,\"a\n" // 2
                             "b\n"                           // 3
                             "c\"\n"                         // 4
                             "2026-11-21,delta_tech,99,\n";  // 5
    EXPECT_EQ(readError(bytes), u"e.csv:5: value: 99 is outside 0 to 20 for delta_tech"_s);
}

TEST(EntryCsv, MultiLineNoteWithCrLfCountsEachBreakOnce)
{
    const QByteArray bytes = "date,metric,value,note\r\n"      // 1
                             "2026-11-20,delta_tech,1,\"a\r\n" // 2
                             "b\"\r\n"                         // 3
                             "2026-02-30,delta_tech,1,\r\n";   // 4
    EXPECT_EQ(readError(bytes), u"e.csv:4: date: 2026-02-30 is not a day of the calendar"_s);
}

TEST(EntryCsv, ByteOrderMarkAndCrLfAreAccepted)
{
    const auto entries = readOk("\xEF\xBB\xBF"
                                "date,metric,value,note,evidence\r\n"
                                "2026-11-20,delta_tech,3,hi,abc\r\n"
                                "2026-11-21,delta_tech,4,,\r\n");
    expectSameContent(entries, {makeEntry(nov(20), u"delta_tech"_s, 3, u"hi"_s, u"abc"_s),
                                makeEntry(nov(21), u"delta_tech"_s, 4)});
}

TEST(EntryCsv, CsvSyntaxErrorsKeepTheirLine)
{
    EXPECT_EQ(readError("date,metric,value,note\n"
                        "2026-11-20,delta_tech,1,say \"hi\"\n"),
              u"e.csv:2: csv: quote inside an unquoted field"_s);
}

namespace {

// 1,000 data rows on lines 2 to 1001, with a value out of range on line 501 when asked.
QByteArray bigFile(bool withBadRow)
{
    QByteArray bytes = "date,metric,value,note,evidence\n";
    for (int row = 0; row < 1000; ++row) {
        const int line = row + 2;
        const QString day = QDate(2024, 1, 1).addDays(row).toString(Qt::ISODate);
        const int value = withBadRow && line == 501 ? 21 : row % 21;
        bytes += QStringLiteral("%1,delta_tech,%2,row %3,\n").arg(day).arg(value).arg(row).toUtf8();
    }
    return bytes;
}

} // namespace

TEST(EntryCsv, OneBadRowInAThousandRefusesTheFileAndWritesNothing)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    ASSERT_TRUE(EntryStore(*db).add(makeEntry(nov(1), u"delta_tech"_s, 1)).ok());
    const int before = count(*db);

    auto summary = importCsv(*db, bigFile(true), u"big.csv"_s);
    ASSERT_FALSE(summary.ok());
    EXPECT_EQ(summary.error().kind, Failure::Kind::InvalidInput);
    EXPECT_TRUE(summary.error().message.startsWith(u"big.csv:501: "_s))
        << summary.error().message.toStdString();
    EXPECT_EQ(summary.error().message,
              u"big.csv:501: value: 21 is outside 0 to 20 for delta_tech"_s);
    EXPECT_EQ(count(*db), before);

    // The same file without that row goes in whole.
    auto good = importCsv(*db, bigFile(false), u"big.csv"_s);
    ASSERT_TRUE(good.ok()) << good.error().message.toStdString();
    EXPECT_EQ(good.value().added, 1000);
    EXPECT_EQ(count(*db), before + 1000);
}

// Every input the validator refuses, arriving through a file after a good row: the
// whole file is refused with the file, the line and the validator's message, and the
// database keeps exactly what it had.
TEST(EntryCsv, EveryRefusedInputNamesFileLineAndFieldAndWritesNothing)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    ASSERT_TRUE(EntryStore(*db).add(makeEntry(nov(1), u"delta_tech"_s, 1)).ok());

    const QByteArray longNote = QByteArray(65537, 'n');
    const QList<std::pair<QByteArray, QString>> cases = {
        {"2026-11-20,lines_of_code,1,,",
         u"metric: unknown metric 'lines_of_code' in framework go-backend (see 'rungs metrics')"_s},
        {"2026-11-20,,1,,", u"metric: missing"_s},
        {"2026-11-20,delta_tech,abc,,", u"value: 'abc' is not a number"_s},
        {"2026-11-20,delta_tech,,,", u"value: missing"_s},
        {"2026-11-20,delta_tech,nan,,", u"value: 'nan' is not a number"_s},
        {"2026-11-20,delta_tech,inf,,", u"value: 'inf' is not a number"_s},
        {"2026-11-20,delta_tech,-inf,,", u"value: '-inf' is not a number"_s},
        {"2026-11-20,delta_tech,1e400,,", u"value: '1e400' is too large"_s},
        {"2026-11-20,delta_tech,0x10,,", u"value: '0x10' is not a number"_s},
        {"2026-11-20,delta_tech,\"1,5\",,", u"value: '1,5' is not a number"_s},
        {"2026-11-20,delta_tech,21,,", u"value: 21 is outside 0 to 20 for delta_tech"_s},
        {"2026-02-30,delta_tech,1,,", u"date: 2026-02-30 is not a day of the calendar"_s},
        {"2026-13-01,delta_tech,1,,", u"date: 2026-13-01 is not a day of the calendar"_s},
        {"2025-02-29,delta_tech,1,,", u"date: 2025-02-29 is not a day of the calendar"_s},
        {"2026-1-5,delta_tech,1,,",
         u"date: '2026-1-5' is not a date (use YYYY-MM-DD, today or yesterday)"_s},
        {"1969-12-31,delta_tech,1,,", u"date: 1969-12-31 is before 1970"_s},
        {"2026-11-24,delta_tech,1,,", u"date: 2026-11-24 is in the future"_s},
        {"2026-11-20,delta_tech,1,,\"https://a\nhttps://b\"",
         u"evidence: must be one line (a URL, commit or path)"_s},
        {"2026-11-20,delta_tech,1," + longNote + ",",
         u"note: 65537 bytes are more than the 65536 allowed"_s},
    };
    for (const auto& [row, message] : cases) {
        const QByteArray bytes =
            "date,metric,value,note,evidence\n2026-11-19,delta_tech,1,good,\n" + row + "\n";
        auto summary = importCsv(*db, bytes, u"bad.csv"_s);
        ASSERT_FALSE(summary.ok()) << row.left(80).toStdString();
        EXPECT_EQ(summary.error().kind, Failure::Kind::InvalidInput);
        EXPECT_EQ(summary.error().message.toStdString(),
                  (u"bad.csv:3: "_s + message).toStdString());
        EXPECT_EQ(count(*db), 1) << row.left(80).toStdString();
    }
}
