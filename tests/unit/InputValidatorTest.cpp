// SPDX-License-Identifier: GPL-3.0-or-later
#include "InputValidator.h"

#include "TestEntries.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace Qt::StringLiterals;

namespace {

// A valid entry text; each case changes one field.
EntryText valid()
{
    return {u"2026-11-20"_s, u"delta_tech"_s, u"3"_s, QString(), QString()};
}

EntryText withDate(const QString& date)
{
    EntryText t = valid();
    t.date = date;
    return t;
}

EntryText withMetric(const QString& metric)
{
    EntryText t = valid();
    t.metric = metric;
    return t;
}

EntryText withValue(const QString& value, const QString& metric = u"delta_tech"_s)
{
    EntryText t = valid();
    t.value = value;
    t.metric = metric;
    return t;
}

EntryText withNote(const QString& note)
{
    EntryText t = valid();
    t.note = note;
    return t;
}

EntryText withEvidence(const QString& evidence)
{
    EntryText t = valid();
    t.evidence = evidence;
    return t;
}

// The validated entry, or an empty one plus a test failure.
Entry accepted(const EntryText& text)
{
    auto e = InputValidator::entry(text, goBackendFramework(), TestToday);
    if (!e) {
        ADD_FAILURE() << "refused: " << e.error().message.toStdString();
        return {};
    }
    return e.value();
}

// "中" is three bytes in UTF-8: 21845 of them are 65535 bytes.
QString chinese(qsizetype count)
{
    return QString(count, QChar(0x4E2D));
}

struct BadEntry
{
    std::string name;
    EntryText text;
    QString message;
};

// Printed by GoogleTest when a case fails.
void PrintTo(const BadEntry& bad, std::ostream* os)
{
    *os << bad.name;
}

std::vector<BadEntry> badEntries()
{
    return {
        {"UnknownMetric", withMetric(u"lines_of_code"_s),
         u"metric: unknown metric 'lines_of_code' in framework go-backend (see 'rungs metrics')"_s},
        {"PartOfAMetricName", withMetric(u"Code-review"_s),
         u"metric: unknown metric 'Code-review' in framework go-backend (see 'rungs metrics')"_s},
        {"EmptyMetric", withMetric(QString()), u"metric: missing"_s},
        {"BlankMetric", withMetric(u"   "_s), u"metric: missing"_s},
        {"EmptyValue", withValue(QString()), u"value: missing"_s},
        {"WordValue", withValue(u"three"_s), u"value: 'three' is not a number"_s},
        {"NaN", withValue(u"nan"_s), u"value: 'nan' is not a number"_s},
        {"Infinity", withValue(u"inf"_s), u"value: 'inf' is not a number"_s},
        {"MinusInfinity", withValue(u"-inf"_s), u"value: '-inf' is not a number"_s},
        {"Overflow", withValue(u"1e400"_s), u"value: '1e400' is too large"_s},
        {"Hexadecimal", withValue(u"0x10"_s), u"value: '0x10' is not a number"_s},
        {"DecimalComma", withValue(u"1,5"_s), u"value: '1,5' is not a number"_s},
        {"PointAlone", withValue(u"."_s), u"value: '.' is not a number"_s},
        {"SignAlone", withValue(u"-"_s), u"value: '-' is not a number"_s},
        {"ExponentWithoutDigits", withValue(u"1e+"_s), u"value: '1e+' is not a number"_s},
        {"ExponentAlone", withValue(u"e5"_s), u"value: 'e5' is not a number"_s},
        {"FullwidthDigit", withValue(u"３"_s), u"value: '３' is not a number"_s},
        {"FullwidthDate",
         EntryText{u"２０２６-11-20"_s, u"delta_tech"_s, u"3"_s, QString(), QString()},
         u"date: '２０２６-11-20' is not a date (use YYYY-MM-DD, today or yesterday)"_s},
        {"NumberWithUnit", withValue(u"3h"_s), u"value: '3h' is not a number"_s},
        {"LongTextIsShortenedInMessage", withValue(QString(50, u'x')),
         u"value: '"_s + QString(40, u'x') + u"…' is not a number"_s},
        {"AboveMaximum", withValue(u"21"_s), u"value: 21 is outside 0 to 20 for delta_tech"_s},
        {"BelowMinimum", withValue(u"-0.5"_s), u"value: -0.5 is outside 0 to 20 for delta_tech"_s},
        {"ExponentAboveMaximum", withValue(u"1e3"_s),
         u"value: 1000 is outside 0 to 20 for delta_tech"_s},
        {"BelowNegativeMinimum", withValue(u"-100.5"_s, u"cost_reduction_pct"_s),
         u"value: -100.5 is outside -100 to 100 for cost_reduction_pct"_s},
        {"EmptyDate", withDate(QString()), u"date: missing"_s},
        {"February30", withDate(u"2026-02-30"_s),
         u"date: 2026-02-30 is not a day of the calendar"_s},
        {"Month13", withDate(u"2026-13-01"_s), u"date: 2026-13-01 is not a day of the calendar"_s},
        {"February29NotLeapYear", withDate(u"2025-02-29"_s),
         u"date: 2025-02-29 is not a day of the calendar"_s},
        {"UnpaddedDate", withDate(u"2026-1-5"_s),
         u"date: '2026-1-5' is not a date (use YYYY-MM-DD, today or yesterday)"_s},
        {"SlashDate", withDate(u"2026/11/20"_s),
         u"date: '2026/11/20' is not a date (use YYYY-MM-DD, today or yesterday)"_s},
        {"Tomorrowish", withDate(u"tomorrow"_s),
         u"date: 'tomorrow' is not a date (use YYYY-MM-DD, today or yesterday)"_s},
        {"Before1970", withDate(u"1969-12-31"_s), u"date: 1969-12-31 is before 1970"_s},
        {"DayAfterTomorrow", withDate(u"2026-11-24"_s), u"date: 2026-11-24 is in the future"_s},
        {"EvidenceWithLineFeed", withEvidence(u"https://a.example/1\nhttps://a.example/2"_s),
         u"evidence: must be one line (a URL, commit or path)"_s},
        {"EvidenceWithCarriageReturn", withEvidence(u"abc123\rdef456"_s),
         u"evidence: must be one line (a URL, commit or path)"_s},
        {"NoteOfOneByteTooMany", withNote(QString(65537, u'a')),
         u"note: 65537 bytes are more than the 65536 allowed"_s},
        // 21845 × 3 bytes + "é" (2 bytes) = 65537 bytes, though only 21846 characters.
        {"ChineseNoteOfOneByteTooMany", withNote(chinese(21845) + u"é"_s),
         u"note: 65537 bytes are more than the 65536 allowed"_s},
        {"EvidenceOfOneByteTooMany", withEvidence(QString(65537, u'e')),
         u"evidence: 65537 bytes are more than the 65536 allowed"_s},
        // The first bad field in form order is the one reported.
        {"DateReportedBeforeMetricAndValue",
         EntryText{u"2026-02-30"_s, u"nope"_s, u"nan"_s, QString(), QString()},
         u"date: 2026-02-30 is not a day of the calendar"_s},
        {"MetricReportedBeforeValue",
         EntryText{u"2026-11-20"_s, u"nope"_s, u"nan"_s, QString(), QString()},
         u"metric: unknown metric 'nope' in framework go-backend (see 'rungs metrics')"_s},
    };
}

} // namespace

class BadEntryText : public ::testing::TestWithParam<BadEntry>
{};

TEST_P(BadEntryText, IsRefusedWithExactMessageNamingTheField)
{
    const BadEntry& bad = GetParam();
    auto e = InputValidator::entry(bad.text, goBackendFramework(), TestToday);
    ASSERT_FALSE(e.ok()) << bad.name << " was accepted";
    EXPECT_EQ(e.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(e.error().message.toStdString(), bad.message.toStdString());
}

INSTANTIATE_TEST_SUITE_P(InputValidator, BadEntryText, ::testing::ValuesIn(badEntries()),
                         [](const ::testing::TestParamInfo<BadEntry>& info) {
                             return info.param.name;
                         });

TEST(InputValidator, ValidEntryKeepsEveryField)
{
    EntryText t = valid();
    t.note = u"first pprof flame graph"_s;
    t.evidence = u"https://git.example/commit/abc123"_s;
    const Entry e = accepted(t);
    EXPECT_EQ(e.day, QDate(2026, 11, 20));
    EXPECT_EQ(e.metricKey, u"delta_tech"_s);
    EXPECT_EQ(e.value, 3.0);
    EXPECT_EQ(e.note, u"first pprof flame graph"_s);
    EXPECT_EQ(e.evidence, u"https://git.example/commit/abc123"_s);
    EXPECT_EQ(e.id, 0);
}

TEST(InputValidator, TomorrowIsAcceptedForTimeZonesButNotTheDayAfter)
{
    EXPECT_EQ(accepted(withDate(u"2026-11-23"_s)).day, QDate(2026, 11, 23));
    EXPECT_FALSE(
        InputValidator::entry(withDate(u"2026-11-24"_s), goBackendFramework(), TestToday).ok());
}

TEST(InputValidator, FirstDayOf1970AndLeapDaysAreAccepted)
{
    EXPECT_EQ(accepted(withDate(u"1970-01-01"_s)).day, QDate(1970, 1, 1));
    EXPECT_EQ(accepted(withDate(u"2024-02-29"_s)).day, QDate(2024, 2, 29));
    EXPECT_EQ(accepted(withDate(u"2000-02-29"_s)).day, QDate(2000, 2, 29));
}

TEST(InputValidator, TodayAndYesterdayInEitherLanguage)
{
    EXPECT_EQ(accepted(withDate(u"today"_s)).day, QDate(2026, 11, 22));
    EXPECT_EQ(accepted(withDate(u"Today"_s)).day, QDate(2026, 11, 22));
    EXPECT_EQ(accepted(withDate(u" today "_s)).day, QDate(2026, 11, 22));
    EXPECT_EQ(accepted(withDate(u"yesterday"_s)).day, QDate(2026, 11, 21));
    EXPECT_EQ(accepted(withDate(u"YESTERDAY"_s)).day, QDate(2026, 11, 21));
    EXPECT_EQ(accepted(withDate(u"今天"_s)).day, QDate(2026, 11, 22));
    EXPECT_EQ(accepted(withDate(u"昨天"_s)).day, QDate(2026, 11, 21));
}

TEST(InputValidator, YesterdayCrossesMonthAndYear)
{
    auto d = InputValidator::date(u"yesterday"_s, QDate(2027, 1, 1));
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d.value(), QDate(2026, 12, 31));
}

TEST(InputValidator, DateFieldNameIsTheCallersChoice)
{
    auto d = InputValidator::date(u"2026-02-30"_s, TestToday, u"--from"_s);
    ASSERT_FALSE(d.ok());
    EXPECT_EQ(d.error().message, u"--from: 2026-02-30 is not a day of the calendar"_s);
}

TEST(InputValidator, MetricMatchesKeyAndNamesWithoutCase)
{
    EXPECT_EQ(accepted(withMetric(u"DELTA_TECH"_s)).metricKey, u"delta_tech"_s);
    EXPECT_EQ(accepted(withMetric(u"  delta_tech  "_s)).metricKey, u"delta_tech"_s);
    // English name in other case; the Greek capital Δ matches a small δ.
    EXPECT_EQ(accepted(withMetric(u"δ TECH: NEW CAPABILITY MASTERED"_s)).metricKey,
              u"delta_tech"_s);
    EXPECT_EQ(accepted(withMetric(u"code-review RESPONSE time"_s)).metricKey,
              u"review_response_hours"_s);
    // The Chinese name, its Latin part in another case.
    EXPECT_EQ(accepted(withMetric(u"code review 响应时长"_s)).metricKey,
              u"review_response_hours"_s);
    EXPECT_EQ(accepted(withMetric(u"Δ 技术：掌握的新能力"_s)).metricKey, u"delta_tech"_s);
    EXPECT_EQ(accepted(withMetric(u"P99 延迟"_s)).metricKey, u"p99_latency_ms"_s);
}

TEST(InputValidator, NumbersInPlainDecimalAndExponentNotation)
{
    EXPECT_EQ(accepted(withValue(u"+3"_s)).value, 3.0);
    EXPECT_EQ(accepted(withValue(u" 3 "_s)).value, 3.0);
    EXPECT_EQ(accepted(withValue(u".5"_s)).value, 0.5);
    EXPECT_EQ(accepted(withValue(u"5."_s)).value, 5.0);
    EXPECT_EQ(accepted(withValue(u"-.5e+1"_s, u"cost_reduction_pct"_s)).value, -5.0);
    EXPECT_EQ(accepted(withValue(u"+.25"_s)).value, 0.25);
    EXPECT_EQ(accepted(withValue(u"2.5e0"_s)).value, 2.5);
    EXPECT_EQ(accepted(withValue(u"1E1"_s)).value, 10.0);
    EXPECT_EQ(accepted(withValue(u"-38.5"_s, u"cost_reduction_pct"_s)).value, -38.5);
}

// QString::toDouble() also fails when a number underflows: refused, but not as "too large".
TEST(InputValidator, UnderflowingValueIsNotCalledTooLarge)
{
    auto e = InputValidator::entry(withValue(u"1e-400"_s), goBackendFramework(), TestToday);
    ASSERT_FALSE(e.ok()) << "accepted as " << e.value().value;
    EXPECT_TRUE(e.error().message.startsWith(u"value: '1e-400' "_s))
        << e.error().message.toStdString();
    EXPECT_FALSE(e.error().message.contains(u"too large"_s)) << e.error().message.toStdString();
}

TEST(InputValidator, SmallestDoublesAreNumbers)
{
    // Subnormal, but representable: these read fine and are within 0..20.
    EXPECT_GT(accepted(withValue(u"1e-320"_s)).value, 0.0);
    EXPECT_GT(accepted(withValue(u"4.9e-324"_s)).value, 0.0);
}

TEST(InputValidator, RangeBoundsAreInside)
{
    EXPECT_EQ(accepted(withValue(u"0"_s)).value, 0.0);
    EXPECT_EQ(accepted(withValue(u"20"_s)).value, 20.0);
    EXPECT_EQ(accepted(withValue(u"-100"_s, u"cost_reduction_pct"_s)).value, -100.0);
}

TEST(InputValidator, MinusZeroBecomesZero)
{
    const Entry e = accepted(withValue(u"-0"_s));
    EXPECT_EQ(e.value, 0.0);
    EXPECT_FALSE(std::signbit(e.value));
}

TEST(InputValidator, NoteOfExactlyTheLimitIsAccepted)
{
    EXPECT_EQ(accepted(withNote(QString(65536, u'a'))).note.size(), 65536);
    // 21845 × 3 bytes + "a" = 65536 bytes.
    EXPECT_EQ(accepted(withNote(chinese(21845) + u"a"_s)).note.toUtf8().size(), 65536);
    // 16384 emoji of 4 bytes (two UTF-16 units each) = 65536 bytes.
    QString emoji;
    for (int i = 0; i < 16384; ++i)
        emoji += u"😀"_s;
    EXPECT_EQ(accepted(withNote(emoji)).note, emoji);
    auto oneMore = InputValidator::entry(withNote(emoji + u"a"_s), goBackendFramework(), TestToday);
    ASSERT_FALSE(oneMore.ok());
    EXPECT_EQ(oneMore.error().message, u"note: 65537 bytes are more than the 65536 allowed"_s);
}

TEST(InputValidator, NoteMayHaveLineBreaksAndIsKeptAsTyped)
{
    EXPECT_EQ(accepted(withNote(u"  line one\nline two  "_s)).note, u"  line one\nline two  "_s);
}

TEST(InputValidator, SqlMetaCharactersInNoteAreJustText)
{
    const QString sql = u"'; DROP TABLE entry; --"_s;
    EXPECT_EQ(accepted(withNote(sql)).note, sql);
    EXPECT_EQ(accepted(withEvidence(u"\"x\" OR 1=1; --"_s)).evidence, u"\"x\" OR 1=1; --"_s);
}

TEST(InputValidator, EvidenceIsTrimmedSoATrailingLineBreakIsNoSecondLine)
{
    EXPECT_EQ(accepted(withEvidence(u"  https://ci.example/42\n"_s)).evidence,
              u"https://ci.example/42"_s);
}

// --- self-assessments ----------------------------------------------------------------

namespace {

AssessmentText assessmentText(const QString& score)
{
    return {u"2026-11-20"_s, u"technical_breadth"_s, score, QString()};
}

} // namespace

TEST(InputValidator, ScoresOutsideHalfStepsFrom0To5AreRefused)
{
    for (const QString& score : {u"4.3"_s, u"5.5"_s, u"-0.5"_s, u"0.25"_s}) {
        auto a = InputValidator::assessment(assessmentText(score), goBackendFramework(), TestToday);
        ASSERT_FALSE(a.ok()) << score.toStdString();
        EXPECT_EQ(a.error().kind, Failure::Kind::InvalidInput);
        EXPECT_EQ(a.error().message, u"score: "_s + score + u" is not one of 0, 0.5, 1 … 5"_s);
    }
}

TEST(InputValidator, ScoresOnHalfStepsAreAccepted)
{
    for (double score : {0.0, 2.5, 5.0}) {
        auto a = InputValidator::assessment(assessmentText(QString::number(score)),
                                            goBackendFramework(), TestToday);
        ASSERT_TRUE(a.ok()) << a.error().message.toStdString();
        EXPECT_EQ(a.value().score, score);
        EXPECT_EQ(a.value().frameworkKey, u"go-backend"_s);
        EXPECT_EQ(a.value().dimensionKey, u"technical_breadth"_s);
        EXPECT_EQ(a.value().day, QDate(2026, 11, 20));
    }
}

TEST(InputValidator, ScoreThatIsNoNumberNamesTheScore)
{
    auto a = InputValidator::assessment(assessmentText(u"four"_s), goBackendFramework(), TestToday);
    ASSERT_FALSE(a.ok());
    EXPECT_EQ(a.error().message, u"score: 'four' is not a number"_s);
}

TEST(InputValidator, DimensionMatchesKeyAndNamesWithoutCase)
{
    AssessmentText t = assessmentText(u"3"_s);
    t.dimension = u"TECHNICAL BREADTH"_s;
    auto byName = InputValidator::assessment(t, goBackendFramework(), TestToday);
    ASSERT_TRUE(byName.ok()) << byName.error().message.toStdString();
    EXPECT_EQ(byName.value().dimensionKey, u"technical_breadth"_s);

    t.dimension = u"研发效能"_s;
    auto byChinese = InputValidator::assessment(t, goBackendFramework(), TestToday);
    ASSERT_TRUE(byChinese.ok()) << byChinese.error().message.toStdString();
    EXPECT_EQ(byChinese.value().dimensionKey, u"engineering_efficiency"_s);
}

TEST(InputValidator, UnknownOrMissingDimensionIsRefused)
{
    AssessmentText t = assessmentText(u"3"_s);
    t.dimension = u"charisma"_s;
    auto unknown = InputValidator::assessment(t, goBackendFramework(), TestToday);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().message,
              u"dimension: unknown dimension 'charisma' in framework go-backend"
              u" (see 'rungs dimensions')"_s);
    t.dimension = QString();
    auto missing = InputValidator::assessment(t, goBackendFramework(), TestToday);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().message, u"dimension: missing"_s);
}

TEST(InputValidator, AssessmentDateAndNoteFollowTheEntryRules)
{
    AssessmentText t = assessmentText(u"3"_s);
    t.date = u"昨天"_s;
    auto yesterday = InputValidator::assessment(t, goBackendFramework(), TestToday);
    ASSERT_TRUE(yesterday.ok());
    EXPECT_EQ(yesterday.value().day, QDate(2026, 11, 21));

    t.date = u"2026-11-24"_s;
    auto future = InputValidator::assessment(t, goBackendFramework(), TestToday);
    ASSERT_FALSE(future.ok());
    EXPECT_EQ(future.error().message, u"date: 2026-11-24 is in the future"_s);

    t.date = u"today"_s;
    t.note = chinese(21845) + u"ab"_s;
    auto tooLong = InputValidator::assessment(t, goBackendFramework(), TestToday);
    ASSERT_FALSE(tooLong.ok());
    EXPECT_EQ(tooLong.error().message, u"note: 65537 bytes are more than the 65536 allowed"_s);
}
