// SPDX-License-Identifier: GPL-3.0-or-later
#include "CsvReader.h"
#include "CsvWriter.h"

#include <QElapsedTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

const QString Source = u"t.csv"_s;

// The fields of every record, or nothing plus a test failure when parsing fails.
QList<QStringList> rows(const QByteArray& bytes)
{
    const Result<QList<CsvRecord>> result = CsvReader::parse(bytes, Source);
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        return {};
    }
    QList<QStringList> fields;
    for (const CsvRecord& record : result.value())
        fields.append(record.fields);
    return fields;
}

// The line of every record, or nothing plus a test failure when parsing fails.
QList<int> lines(const QByteArray& bytes)
{
    const Result<QList<CsvRecord>> result = CsvReader::parse(bytes, Source);
    if (!result) {
        ADD_FAILURE() << result.error().message.toStdString();
        return {};
    }
    QList<int> numbers;
    for (const CsvRecord& record : result.value())
        numbers.append(record.line);
    return numbers;
}

// The failure message, or nothing plus a test failure when parsing succeeds.
QString error(const QByteArray& bytes)
{
    const Result<QList<CsvRecord>> result = CsvReader::parse(bytes, Source);
    if (result) {
        ADD_FAILURE() << "parsed although invalid: " << bytes.toStdString();
        return {};
    }
    EXPECT_EQ(result.error().kind, Failure::Kind::InvalidInput);
    return result.error().message;
}

using Rows = QList<QStringList>;

} // namespace

TEST(CsvReader, ReadsPlainRecordsInOrder)
{
    const QByteArray csv = "name,level\nalice,3\nbob,4\n";
    EXPECT_EQ(rows(csv), (Rows{{u"name"_s, u"level"_s}, {u"alice"_s, u"3"_s}, {u"bob"_s, u"4"_s}}));
    EXPECT_EQ(lines(csv), (QList<int>{1, 2, 3}));
}

TEST(CsvReader, RecordsMayHaveDifferentFieldCounts)
{
    EXPECT_EQ(rows("a\nb,c,d\n"), (Rows{{u"a"_s}, {u"b"_s, u"c"_s, u"d"_s}}));
}

TEST(CsvReader, StripsByteOrderMarkAtTheStart)
{
    EXPECT_EQ(rows("\xEF\xBB\xBFname,level\n1,2\n"),
              (Rows{{u"name"_s, u"level"_s}, {u"1"_s, u"2"_s}}));
    EXPECT_EQ(lines("\xEF\xBB\xBFname\n1\n"), (QList<int>{1, 2}));
}

TEST(CsvReader, KeepsByteOrderMarkAnywhereElse)
{
    EXPECT_EQ(rows("a\n\xEF\xBB\xBF"
                   "b\n"),
              (Rows{{u"a"_s}, {QString(QChar(0xFEFF)) + u"b"_s}}));
    // Only one BOM is dropped at the start; a second one is the first field's text.
    EXPECT_EQ(rows("\xEF\xBB\xBF\xEF\xBB\xBFx,\"\xEF\xBB\xBF\"\n"),
              (Rows{{QString(QChar(0xFEFF)) + u"x"_s, QString(QChar(0xFEFF))}}));
}

TEST(CsvReader, EmptyInputAndLoneByteOrderMarkGiveNoRecords)
{
    EXPECT_TRUE(rows("").isEmpty());
    EXPECT_TRUE(rows("\xEF\xBB\xBF").isEmpty());
    const Result<QList<CsvRecord>> result = CsvReader::parse("\n\r\n\r", Source);
    ASSERT_TRUE(result.ok());
    EXPECT_TRUE(result.value().isEmpty());
}

TEST(CsvReader, AcceptsLfLineEnds)
{
    EXPECT_EQ(rows("a,b\nc,d\n"), (Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}));
}

TEST(CsvReader, AcceptsCrLfLineEnds)
{
    EXPECT_EQ(rows("a,b\r\nc,d\r\n"), (Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}));
    EXPECT_EQ(lines("a,b\r\nc,d\r\n"), (QList<int>{1, 2}));
}

TEST(CsvReader, AcceptsMixedLineEndsAndLoneCr)
{
    const QByteArray csv = "a\r\nb\nc\rd";
    EXPECT_EQ(rows(csv), (Rows{{u"a"_s}, {u"b"_s}, {u"c"_s}, {u"d"_s}}));
    EXPECT_EQ(lines(csv), (QList<int>{1, 2, 3, 4}));
}

TEST(CsvReader, KeepsCommaInsideQuotes)
{
    EXPECT_EQ(rows("\"a,b\",c\n"), (Rows{{u"a,b"_s, u"c"_s}}));
}

TEST(CsvReader, TurnsDoubledQuoteIntoOne)
{
    EXPECT_EQ(rows("\"say \"\"hi\"\"\",x\n"), (Rows{{u"say \"hi\""_s, u"x"_s}}));
    EXPECT_EQ(rows("\"\"\"\"\n"), (Rows{{u"\""_s}}));
    EXPECT_EQ(rows("\"\"\"\"\"\"\n"), (Rows{{u"\"\""_s}}));
}

TEST(CsvReader, KeepsLfInsideQuotes)
{
    EXPECT_EQ(rows("\"one\ntwo\",x\n"), (Rows{{u"one\ntwo"_s, u"x"_s}}));
}

TEST(CsvReader, KeepsCrLfAndLoneCrInsideQuotesAsTheyAre)
{
    EXPECT_EQ(rows("\"one\r\ntwo\",x\r\n"), (Rows{{u"one\r\ntwo"_s, u"x"_s}}));
    EXPECT_EQ(rows("\"one\rtwo\"\n"), (Rows{{u"one\rtwo"_s}}));
}

TEST(CsvReader, EmptyFieldsBetweenCommasAreEmptyStrings)
{
    EXPECT_EQ(rows("a,,b\n"), (Rows{{u"a"_s, QString(), u"b"_s}}));
    EXPECT_EQ(rows(",,\n"), (Rows{{QString(), QString(), QString()}}));
}

TEST(CsvReader, EmptyQuotedFieldIsAnEmptyString)
{
    EXPECT_EQ(rows("\"\",x,\"\"\n"), (Rows{{QString(), u"x"_s, QString()}}));
}

TEST(CsvReader, LineOfOnlyAnEmptyQuotedFieldIsARecord)
{
    const QByteArray csv = "a\n\"\"\nb\n";
    EXPECT_EQ(rows(csv), (Rows{{u"a"_s}, {QString()}, {u"b"_s}}));
    EXPECT_EQ(lines(csv), (QList<int>{1, 2, 3}));
}

TEST(CsvReader, TrailingCommaGivesFinalEmptyField)
{
    EXPECT_EQ(rows("a,b,\nc\n"), (Rows{{u"a"_s, u"b"_s, QString()}, {u"c"_s}}));
    EXPECT_EQ(rows("a,"), (Rows{{u"a"_s, QString()}}));
    EXPECT_EQ(rows("\"a\",\r\n"), (Rows{{u"a"_s, QString()}}));
}

TEST(CsvReader, ReadsFinalRecordWithoutLineEnd)
{
    EXPECT_EQ(rows("a,b\nc,d"), (Rows{{u"a"_s, u"b"_s}, {u"c"_s, u"d"_s}}));
    EXPECT_EQ(rows("a\n\"c,d\""), (Rows{{u"a"_s}, {u"c,d"_s}}));
}

TEST(CsvReader, SkipsBlankLinesButCountsThem)
{
    // Lines: 1 "", 2 "", 3 "a", 4 "", 5 "" (CRLF), 6 "b", 7 "" (lone CR), 8 "c", then a
    // final empty line.
    const QByteArray csv = "\n\na\n\n\r\nb\n\rc\n\n";
    EXPECT_EQ(rows(csv), (Rows{{u"a"_s}, {u"b"_s}, {u"c"_s}}));
    EXPECT_EQ(lines(csv), (QList<int>{3, 6, 8}));
}

TEST(CsvReader, LineOfOnlySpacesIsARecord)
{
    EXPECT_EQ(rows("a\n \nb\n"), (Rows{{u"a"_s}, {u" "_s}, {u"b"_s}}));
}

TEST(CsvReader, CountsPhysicalLinesAfterMultiLineField)
{
    // Record 2 starts on line 2 and spans lines 2-4; record 3 is on line 5.
    EXPECT_EQ(lines("h\n\"one\ntwo\nthree\",x\nnext\n"), (QList<int>{1, 2, 5}));
    // CRLF inside quotes is one line break; a lone CR inside quotes is one too.
    EXPECT_EQ(lines("\"a\r\nb\"\r\nc\r\n"), (QList<int>{1, 3}));
    EXPECT_EQ(lines("\"a\rb\"\nc\n"), (QList<int>{1, 3}));
    // Two multi-line fields in one record: 1 + 2 line breaks inside, 1 after, so "end"
    // is on line 1 + 4.
    EXPECT_EQ(lines("\"a\nb\",\"c\n\nd\"\nend"), (QList<int>{1, 5}));
}

TEST(CsvReader, ReadsChineseText)
{
    const QByteArray csv = "名字,级别\n张三,\"你好，世界\"\n\"引号\"\"里\",😀\n";
    EXPECT_EQ(
        rows(csv),
        (Rows{{u"名字"_s, u"级别"_s}, {u"张三"_s, u"你好，世界"_s}, {u"引号\"里"_s, u"😀"_s}}));
}

TEST(CsvReader, RefusesQuoteInsideUnquotedField)
{
    EXPECT_EQ(error("a,b\nc,d\"e\n"), u"t.csv:2: csv: quote inside an unquoted field"_s);
    EXPECT_EQ(error("ab\"\n"), u"t.csv:1: csv: quote inside an unquoted field"_s);
    EXPECT_EQ(error(" \"a\"\n"), u"t.csv:1: csv: quote inside an unquoted field"_s);
}

TEST(CsvReader, RefusesTextAfterClosingQuote)
{
    EXPECT_EQ(error("a\n\"x\"y,z\n"), u"t.csv:2: csv: text after a closing quote"_s);
    EXPECT_EQ(error("\"x\" ,y\n"), u"t.csv:1: csv: text after a closing quote"_s);
    // Named on the line of the offending text, which is where the quoted field ends.
    EXPECT_EQ(error("h\n\"x\ny\" z\n"), u"t.csv:3: csv: text after a closing quote"_s);
}

TEST(CsvReader, RefusesQuotedFieldNeverClosedNamingTheLineItStarted)
{
    EXPECT_EQ(error("a\nb,\"open\nmore\nmore"), u"t.csv:2: csv: quoted field never closed"_s);
    EXPECT_EQ(error("\""), u"t.csv:1: csv: quoted field never closed"_s);
    // The doubled quote at the end is text, not the closing quote.
    EXPECT_EQ(error("x\r\ny\r\n\"a\"\""), u"t.csv:3: csv: quoted field never closed"_s);
}

TEST(CsvReader, RefusesInvalidUtf8NamingItsLine)
{
    EXPECT_EQ(error("ok\nfine\nbad \xFF here\n"), u"t.csv:3: csv: not valid UTF-8"_s);
    // Counted in physical lines, also inside a multi-line quoted field.
    EXPECT_EQ(error("\"a\r\nb\nc\xFE\"\n"), u"t.csv:3: csv: not valid UTF-8"_s);
}

TEST(CsvReader, RefusesEveryKindOfMalformedUtf8)
{
    const char* const samples[] = {
        "\x80",             // continuation byte without a lead
        "\xC0\xAF",         // overlong "/"
        "\xE0\x80\xAF",     // overlong "/" in three bytes
        "\xED\xA0\x80",     // surrogate U+D800
        "\xF4\x90\x80\x80", // U+110000, past the last code point
        "\xF5\x80\x80\x80", // lead byte that never occurs
        "\xE4\xB8",         // "中" cut short at the end of the data
        "\xE4\xB8,",        // "中" cut short by a comma
    };
    for (const char* sample : samples)
        EXPECT_EQ(error(QByteArray("a\n") + sample), u"t.csv:2: csv: not valid UTF-8"_s)
            << QByteArray(sample).toHex().toStdString();
}

TEST(CsvReader, AcceptsLongestValidUtf8Sequences)
{
    // U+07FF, U+FFFD, U+10000 and U+10FFFF: the edges of the two- to four-byte forms.
    EXPECT_EQ(
        rows("\xDF\xBF,\xEF\xBF\xBD,\xF0\x90\x80\x80,\xF4\x8F\xBF\xBF\n"),
        (Rows{{QString(QChar(0x07FF)), QString(QChar(0xFFFD)), u"\U00010000"_s, u"\U0010FFFF"_s}}));
}

TEST(CsvReader, NamesTheSourceInMessages)
{
    const Result<QList<CsvRecord>> result = CsvReader::parse("\"", u"exports/合同.csv"_s);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, u"exports/合同.csv:1: csv: quoted field never closed"_s);
}

TEST(CsvReader, ParsesFortyThousandRowsQuickly)
{
    QByteArray csv = "date,metric,value,note\n";
    for (int i = 0; i < 40000; ++i)
        csv += "2024-01-01,push-ups," + QByteArray::number(i) + ",\"a, \"\"quoted\"\"\nnote\"\n";
    QElapsedTimer timer;
    timer.start();
    const Result<QList<CsvRecord>> result = CsvReader::parse(csv, Source);
    const qint64 elapsed = timer.elapsed();
    ASSERT_TRUE(result.ok());
    ASSERT_EQ(result.value().size(), 40001);
    // Each data row takes two physical lines after the header.
    EXPECT_EQ(result.value().last().line, 1 + 2 * 39999 + 1);
    EXPECT_EQ(result.value().last().fields,
              (QStringList{u"2024-01-01"_s, u"push-ups"_s, u"39999"_s, u"a, \"quoted\"\nnote"_s}));
    // A generous bound even for a debug build; anything quadratic takes minutes.
    EXPECT_LT(elapsed, 1000);
}

TEST(CsvWriter, PlainFieldIsNotQuoted)
{
    EXPECT_EQ(CsvWriter::field(u"abc"_s), u"abc"_s);
    EXPECT_EQ(CsvWriter::field(u"a b"_s), u"a b"_s);
    EXPECT_EQ(CsvWriter::field(u"中文"_s), u"中文"_s);
    EXPECT_EQ(CsvWriter::field(QString()), QString());
}

// Found by the CSV fuzzer: unquoted, a leading U+FEFF in the first field of a file
// would be read back as a byte-order mark and dropped.
TEST(CsvWriter, FieldStartingWithAByteOrderMarkIsQuotedAndReadsBackWhole)
{
    const QString field = QChar(0xfeff) + u"x"_s;
    EXPECT_EQ(CsvWriter::field(field), u"\""_s + field + u"\""_s);
    const QByteArray file = CsvWriter::record({field, u"y"_s}).toUtf8() + '\n';
    EXPECT_EQ(rows(file), (QList<QStringList>{{field, u"y"_s}}));
}

TEST(CsvWriter, FieldWithCommaIsQuoted)
{
    EXPECT_EQ(CsvWriter::field(u"a,b"_s), u"\"a,b\""_s);
    EXPECT_EQ(CsvWriter::field(u","_s), u"\",\""_s);
}

TEST(CsvWriter, QuoteIsDoubledAndFieldQuoted)
{
    EXPECT_EQ(CsvWriter::field(u"a\"b"_s), u"\"a\"\"b\""_s);
    EXPECT_EQ(CsvWriter::field(u"\""_s), u"\"\"\"\""_s);
}

TEST(CsvWriter, FieldWithLineBreakIsQuotedAsItIs)
{
    EXPECT_EQ(CsvWriter::field(u"a\nb"_s), u"\"a\nb\""_s);
    EXPECT_EQ(CsvWriter::field(u"a\r\nb"_s), u"\"a\r\nb\""_s);
    EXPECT_EQ(CsvWriter::field(u"\r"_s), u"\"\r\""_s);
}

TEST(CsvWriter, LeadingOrTrailingSpaceIsQuoted)
{
    EXPECT_EQ(CsvWriter::field(u" x"_s), u"\" x\""_s);
    EXPECT_EQ(CsvWriter::field(u"x "_s), u"\"x \""_s);
    EXPECT_EQ(CsvWriter::field(u" "_s), u"\" \""_s);
}

TEST(CsvWriter, RecordJoinsFieldsWithCommasAndEndsWithLf)
{
    EXPECT_EQ(CsvWriter::record({u"a"_s, u"b,c"_s, QString()}), u"a,\"b,c\",\n"_s);
    EXPECT_EQ(CsvWriter::record({QString(), QString()}), u",\n"_s);
}

TEST(CsvWriter, RecordOfOneEmptyFieldIsQuotedSoItIsNotABlankLine)
{
    EXPECT_EQ(CsvWriter::record({QString()}), u"\"\"\n"_s);
}

TEST(Csv, WriterOutputReadsBackFieldForField)
{
    const QStringList awkward = {
        u"\""_s,
        u","_s,
        u"\n"_s,
        u"\r\n"_s,
        u"\r"_s,
        u"a\"b"_s,
        u" x"_s,
        u"x "_s,
        QString(),
        u"中文,逗号"_s,
        u"😀"_s,
        u"\"\""_s,
        u"a,b\nc\"d\r\ne"_s,
        u"\uFEFFbom"_s,
        u"plain"_s,
    };
    // Each string as a record of its own, then all of them in one record, then each
    // between two others so its neighbours' boundaries are tested too.
    Rows table;
    for (const QString& text : awkward)
        table.append({text});
    table.append(awkward);
    for (const QString& text : awkward)
        table.append({u"before"_s, text, u"after"_s});

    QString csv;
    for (const QStringList& record : table)
        csv += CsvWriter::record(record);
    EXPECT_EQ(rows(csv.toUtf8()), table);
}
