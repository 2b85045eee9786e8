// SPDX-License-Identifier: GPL-3.0-or-later
// AdrStatusLine: one line of a status in the ways the formats and people write it.
#include "AdrMarkdownTestSupport.h"
#include "AdrStatusLine.h"

using namespace Qt::StringLiterals;

namespace {

using Kind = AdrStatusLine::Kind;

} // namespace

TEST(AdrStatusLine, ReadsADayWrittenBeforeOrAfterTheStatusWord)
{
    for (const QString& line :
         {u"Accepted on 2020-01-05"_s, u"2020-01-05: Accepted"_s, u"* **Accepted** (05.01.2020)"_s,
          u"accepted since 2020/01/05."_s}) {
        SCOPED_TRACE(line.toStdString());
        const AdrStatusLine s = AdrStatusLine::parse(line);
        EXPECT_EQ(s.kind, Kind::Status);
        EXPECT_EQ(s.status, Adr::Status::Accepted);
        EXPECT_EQ(s.date, QDate(2020, 1, 5));
        EXPECT_TRUE(s.complete);
    }
}

TEST(AdrStatusLine, TextBeyondTheStatusAndItsDayLeavesTheLineIncomplete)
{
    const AdrStatusLine s = AdrStatusLine::parse(u"Accepted, pending the security review"_s);
    EXPECT_EQ(s.kind, Kind::Status);
    EXPECT_EQ(s.status, Adr::Status::Accepted);
    EXPECT_FALSE(s.date.isValid());
    EXPECT_FALSE(s.complete);
}

TEST(AdrStatusLine, ChineseStatusWordsNeedNoSpaceAfterThem)
{
    const AdrStatusLine superseded = AdrStatusLine::parse(u"已被取代"_s);
    EXPECT_EQ(superseded.status, Adr::Status::Superseded);
    EXPECT_EQ(superseded.word, u"已被取代"_s);
    const AdrStatusLine dated = AdrStatusLine::parse(u"已接受2024年5月20日"_s);
    EXPECT_EQ(dated.status, Adr::Status::Accepted);
    EXPECT_EQ(dated.date, QDate(2024, 5, 20));
    EXPECT_TRUE(dated.complete);
}

TEST(AdrStatusLine, SupersedeLinksInEitherSpellingGiveTheirTargets)
{
    const AdrStatusLine by = AdrStatusLine::parse(u"Superseded by [3. Foo](0003-foo.md)"_s);
    EXPECT_EQ(by.kind, Kind::SupersededBy);
    EXPECT_EQ(by.status, Adr::Status::Superseded);
    EXPECT_EQ(by.refs, QStringList{u"0003-foo.md"_s});
    const AdrStatusLine old = AdrStatusLine::parse(u"Superceded by ADR-0005."_s);
    EXPECT_EQ(old.kind, Kind::SupersededBy);
    EXPECT_EQ(old.refs, QStringList{u"ADR-0005"_s});
    const AdrStatusLine replaces = AdrStatusLine::parse(u"- Supercedes [1. Bar](0001-bar.md)"_s);
    EXPECT_EQ(replaces.kind, Kind::Supersedes);
    EXPECT_EQ(replaces.status, std::nullopt);
    EXPECT_EQ(replaces.refs, QStringList{u"0001-bar.md"_s});
}

TEST(AdrStatusLine, DraftIsProposedAndOtherWordsAreNoStatus)
{
    const AdrStatusLine draft = AdrStatusLine::parse(u"Draft"_s);
    EXPECT_EQ(draft.status, Adr::Status::Proposed);
    EXPECT_EQ(draft.word, u"Draft"_s);
    EXPECT_EQ(AdrStatusLine::parse(u"on hold"_s).kind, Kind::None);
    EXPECT_EQ(AdrStatusLine::parse(u"Amended by [4. Tune](0004-tune.md)"_s).kind, Kind::None);
}
