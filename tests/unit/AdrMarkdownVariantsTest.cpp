// SPDX-License-Identifier: GPL-3.0-or-later
// Records in the shapes people make of the formats: Chinese headings and text, the
// metadata as a table, a colon in the first paragraph.
#include "AdrMarkdownTestSupport.h"

using namespace Qt::StringLiterals;
using namespace AdrMarkdownTestSupport;

TEST(AdrMarkdownReader, ChineseTitleHeadingsTextAndResults)
{
    const AdrParse p = parse(u"chinese/0008-queue-for-order-events.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"nygard"_s);
    EXPECT_EQ(a.number, std::optional<int>(8));
    EXPECT_EQ(a.title, u"使用消息队列解耦订单服务"_s);
    EXPECT_EQ(iso(a.date), u"2024-05-20"_s); // "日期：" with a full-width colon
    EXPECT_EQ(statusOf(a), u"accepted"_s);   // 已接受
    EXPECT_EQ(a.context, u"高峰期订单服务直接调用库存服务和通知服务，任何一个下游变慢，"
                         "下单接口都会跟着变慢。"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"消息队列"_s, u"同步调用加超时"_s}));
    EXPECT_EQ(a.decisionOutcome,
              u"订单服务只向消息队列发布“订单已创建”事件，库存服务和通知服务各自订阅。"_s);
    EXPECT_EQ(a.consequences, u"下单接口不再等待下游，但排查问题时需要沿着消息追踪。"_s);
    ASSERT_EQ(a.results.size(), 1);
    EXPECT_EQ(a.results[0].metric, u"下单接口 P99"_s);
    EXPECT_EQ(a.results[0].before, std::optional<double>(820));
    EXPECT_EQ(a.results[0].after, std::optional<double>(95));
    EXPECT_EQ(a.results[0].unit, u"ms"_s);
    EXPECT_EQ(a.results[0].note, u"大促当天"_s);
    // 风险 (risks) has no field: kept under its own heading.
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::Section, u"风险"_s), u"消息积压时，库存数字可能短时间不准。"_s);
}

TEST(AdrMarkdownReader, StatusGivenAsATable)
{
    const AdrParse p = parse(u"variants/adr-007-status-table.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"nygard"_s);
    EXPECT_EQ(a.number, std::optional<int>(7)); // adr-007 and ADR-007 agree
    EXPECT_EQ(a.title, u"Rate-limit the public API per token"_s);
    EXPECT_EQ(statusOf(a), u"accepted"_s);
    EXPECT_EQ(iso(a.date), u"2021-01-05"_s); // 05.01.2021
    EXPECT_EQ(a.decisionMakers, u"Platform team"_s);
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::FrontMatter, u"Reviewer"_s), u"Sam Ortiz"_s);
    EXPECT_EQ(a.decisionOutcome, u"Each token may send 100 requests a second, with bursts of "
                                 "up to 300."_s);
    EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
}

TEST(AdrMarkdownReader, AColonInTheFirstParagraphIsNoMetadata)
{
    const AdrParse p =
        parseText(u"0005-n.md"_s, u"# N\n\nNote: we chose this under time pressure.\n\n* Status: "
                                  "accepted\n\n## Context\n\nC.\n"_s);
    EXPECT_EQ(raw(p.adr, Kind::Section, QString()),
              u"Note: we chose this under time pressure.\n\n* Status: accepted"_s);
    EXPECT_EQ(p.adr.raw.size(), 1);
    EXPECT_EQ(statusOf(p.adr), u"proposed"_s);
    EXPECT_EQ(p.adr.context, u"C."_s);
}
