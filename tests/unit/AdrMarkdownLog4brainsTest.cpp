// SPDX-License-Identifier: GPL-3.0-or-later
// log4brains records: dash bullets, tags, and the day in the file name.
#include "AdrMarkdownTestSupport.h"

using namespace Qt::StringLiterals;
using namespace AdrMarkdownTestSupport;

TEST(AdrMarkdownReader, Log4brainsDashBulletsTagsAndDatedFileName)
{
    const AdrParse p = parse(u"log4brains/20230412-adopt-trunk-based-development.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"log4brains"_s);
    EXPECT_EQ(a.number, std::nullopt);
    EXPECT_EQ(a.title, u"Adopt trunk-based development"_s);
    EXPECT_EQ(statusOf(a), u"accepted"_s);
    EXPECT_EQ(a.decisionMakers, u"Ana Lima, Ken Sato"_s);
    EXPECT_EQ(iso(a.date), u"2023-04-12"_s);
    EXPECT_EQ(a.tags, u"git, workflow"_s);
    EXPECT_EQ(a.decisionDrivers, u"- faster feedback from CI\n- fewer merge conflicts"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"Trunk-based development with feature flags (chosen)"_s,
                                           u"GitFlow with release branches"_s}));
    EXPECT_EQ(a.moreInformation, u"- Supersedes [20210301-use-gitflow](20210301-use-gitflow.md)"_s);
    EXPECT_EQ(p.supersedesRefs, QStringList{u"20210301-use-gitflow.md"_s});
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::Section, QString()),
              u"Technical Story: [DEV-210](https://tracker.example.com/DEV-210)"_s);
    EXPECT_EQ(p.keptRaw, QStringList{u"text under the title"_s});

    const AdrParse old = parse(u"log4brains/20210301-use-gitflow.md"_s);
    EXPECT_EQ(old.format, u"log4brains"_s);
    EXPECT_EQ(iso(old.adr.date), u"2021-03-01"_s); // no Date bullet: the file name's day
    EXPECT_TRUE(old.understood.contains(u"date from the file name"_s));
    EXPECT_EQ(statusOf(old.adr), u"superseded"_s);
    EXPECT_EQ(old.supersededByRef, u"20230412-adopt-trunk-based-development.md"_s);
    EXPECT_EQ(old.adr.tags, u"git"_s);
}
