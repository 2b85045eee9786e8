// SPDX-License-Identifier: GPL-3.0-or-later
#include "MarkdownText.h"

#include <gtest/gtest.h>

using namespace MarkdownText;

TEST(MarkdownText, DatesInTheShapesPeopleWriteAndUsMonthFirstOnlyWhenDayFirstIsImpossible)
{
    EXPECT_EQ(parseDate(QStringLiteral("2024-03-05")).date, QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(QStringLiteral("2024-03-05T10:00:00Z")).date, QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(QStringLiteral("05/03/2024")).date, QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(QStringLiteral("05.03.2024")).date, QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(QStringLiteral("20240305")).date, QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(QStringLiteral("2024年3月5日")).date, QDate(2024, 3, 5));
    EXPECT_EQ(parseDate(QStringLiteral("'2024-03-05'")).date, QDate(2024, 3, 5));
    const DateParse us = parseDate(QStringLiteral("03/25/2024"));
    EXPECT_EQ(us.date, QDate(2024, 3, 25));
    EXPECT_TRUE(us.monthDay);
    const DateParse impossible = parseDate(QStringLiteral("31.02.2024"));
    EXPECT_TRUE(impossible.matched);
    EXPECT_FALSE(impossible.date.isValid());
    EXPECT_FALSE(parseDate(QStringLiteral("next week")).matched);
}

TEST(MarkdownText, TableCellsKeepEscapedBarsAndTurnBreaksIntoNewLines)
{
    EXPECT_EQ(
        tableCells(QStringLiteral("| P99 | 320 \\| 310 | a<br>b |")),
        (QStringList{QStringLiteral("P99"), QStringLiteral("320 | 310"), QStringLiteral("a\nb")}));
    EXPECT_TRUE(isSeparatorRow(QStringLiteral("|---|:--:|--:|")));
    EXPECT_FALSE(isSeparatorRow(QStringLiteral("| a | b |")));
    EXPECT_FALSE(tableOf({QStringLiteral("| a |"), QStringLiteral("| b |")}).has_value());
}

TEST(MarkdownText, HeadingsKeyValuesAndLinkTargets)
{
    const auto h = headingOf(QStringLiteral("### Option A ###"));
    ASSERT_TRUE(h.has_value());
    EXPECT_EQ(h->level, 3);
    EXPECT_EQ(h->text, QStringLiteral("Option A"));
    EXPECT_FALSE(headingOf(QStringLiteral("#hashtag-less")).has_value());
    const auto kv = keyValueOf(QStringLiteral("- **Date:** 2024-01-02"));
    ASSERT_TRUE(kv.has_value());
    EXPECT_EQ(kv->key, QStringLiteral("Date"));
    EXPECT_EQ(kv->value, QStringLiteral("2024-01-02"));
    EXPECT_TRUE(kv->bullet);
    const auto zh = keyValueOf(QStringLiteral("状态：已接受"));
    ASSERT_TRUE(zh.has_value());
    EXPECT_EQ(zh->value, QStringLiteral("已接受"));
    EXPECT_EQ(refsIn(QStringLiteral("Superceded by [3. Foo](0003-foo.md)")),
              QStringList{QStringLiteral("0003-foo.md")});
    EXPECT_EQ(refsIn(QStringLiteral("ADR-0005.")), QStringList{QStringLiteral("ADR-0005")});
    EXPECT_EQ(joined({QString(), QStringLiteral("a"), QStringLiteral("  "), QStringLiteral("b"),
                      QString()}),
              QStringLiteral("a\n  \nb"));
}

TEST(MarkdownText, ComparableNamesIgnoreMarkupCaseAndTrailingPunctuation)
{
    EXPECT_EQ(comparableName(QStringLiteral("**[Kafka](0003-kafka.md)**.")),
              QStringLiteral("kafka"));
    EXPECT_EQ(comparableName(QStringLiteral("Continue with `GitHub`  Flow.")),
              QStringLiteral("continue with github flow"));
    EXPECT_EQ(comparableName(QStringLiteral("\"backward (\n cites)\"")),
              QStringLiteral("backward (cites)"));
    EXPECT_EQ(comparableName(QStringLiteral(" \" ")), QStringLiteral("\""));
    EXPECT_TRUE(startsAtWord(QStringLiteral("ocrmypdf subprocess"), QStringLiteral("ocrmypdf")));
    EXPECT_TRUE(startsAtWord(QStringLiteral("kafka"), QStringLiteral("kafka")));
    EXPECT_FALSE(startsAtWord(QStringLiteral("redisson"), QStringLiteral("redis")));
    EXPECT_FALSE(startsAtWord(QStringLiteral("redis"), QString()));
}
