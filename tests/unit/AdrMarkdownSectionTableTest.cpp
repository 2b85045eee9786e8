// SPDX-License-Identifier: GPL-3.0-or-later
// AdrSectionTable: the tables of Results, Status History and Framework Links sections,
// read whole or refused with the reason.
#include "AdrMarkdownTestSupport.h"
#include "AdrSectionTable.h"

using namespace Qt::StringLiterals;
using AdrFieldNames::Field;

namespace {

QStringList lines(const QString& text)
{
    return text.split(u'\n');
}

} // namespace

TEST(AdrSectionTable, ColumnsInAnyOrderAndLanguageWithTheTextAroundKeptApart)
{
    const AdrSectionTable t = AdrSectionTable::read(
        Field::Results, lines(u"Measured in March.\n| 之后 | Metric | Before |\n|---|---|---|\n"
                              "| 47 | P99 | - |\nMore later."_s));
    EXPECT_TRUE(t.refusal.isEmpty()) << t.refusal.toStdString();
    ASSERT_EQ(t.results.size(), 1);
    EXPECT_EQ(t.results[0].metric, u"P99"_s);
    EXPECT_EQ(t.results[0].before, std::nullopt);
    EXPECT_EQ(t.results[0].after, std::optional<double>(47));
    // Text that touches the table is kept as its own paragraphs.
    EXPECT_EQ(t.around, u"Measured in March.\n\nMore later."_s);
}

TEST(AdrSectionTable, ATableThatDoesNotFitIsRefusedWholeWithTheReason)
{
    struct Case
    {
        Field field;
        QString body;
        QString refusal;
    };
    const QList<Case> cases = {
        {Field::Results, u"Measured twice."_s, u"no table"_s},
        {Field::Results, u"| Metric | Speed |\n|---|---|\n| a | fast |"_s,
         u"unknown column 'Speed'"_s},
        {Field::Results, u"| Metric | Metric |\n|---|---|\n| a | b |"_s,
         u"unknown column 'Metric'"_s},
        {Field::Results, u"| Before | After |\n|---|---|\n| 1 | 2 |"_s,
         u"missing column 'metric'"_s},
        {Field::Results, u"| Metric | Before |\n|---|---|\n| a | 1 |\n| b | fast |"_s,
         u"'fast' in row 2 is not a number"_s},
        {Field::Results, u"| Metric |\n|---|\n| a | 1 |"_s,
         u"row 1 has more cells than the header"_s},
        {Field::History, u"| Date | Note |\n|---|---|\n| 2024-01-02 | x |"_s,
         u"missing column 'status'"_s},
        {Field::History, u"| Date | Status |\n|---|---|\n| 2024-13-01 | accepted |"_s,
         u"'2024-13-01' in row 1 is not a day"_s},
        {Field::FrameworkLinks, u"| Framework | Kind | Key |\n|---|---|---|\n| go | level | p7 |"_s,
         u"'level' in row 1 is neither dimension nor checkpoint"_s},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.body.toStdString());
        const AdrSectionTable t = AdrSectionTable::read(c.field, lines(c.body));
        EXPECT_EQ(t.refusal, c.refusal);
        EXPECT_TRUE(t.results.isEmpty() && t.history.isEmpty() && t.links.isEmpty());
    }
}

TEST(AdrSectionTable, HistoryDaysInAnyDateShapeAndLinkKindsInAnyCase)
{
    const AdrSectionTable history = AdrSectionTable::read(
        Field::History, lines(u"| Status | Date |\n|---|---|\n| proposed | 01.02.2024 |"_s));
    ASSERT_EQ(history.history.size(), 1);
    EXPECT_EQ(history.history[0].status, u"proposed"_s);
    EXPECT_EQ(history.history[0].changedOn, QDate(2024, 2, 1));
    EXPECT_TRUE(history.around.isEmpty());

    const AdrSectionTable links = AdrSectionTable::read(
        Field::FrameworkLinks,
        lines(u"| Framework | Kind | Key |\n|---|---|---|\n| go | Checkpoint | p7 |"_s));
    ASSERT_EQ(links.links.size(), 1);
    EXPECT_EQ(links.links[0].frameworkKey, u"go"_s);
    EXPECT_EQ(links.links[0].kind, Adr::Link::Kind::Checkpoint);
    EXPECT_EQ(links.links[0].targetKey, u"p7"_s);
}
