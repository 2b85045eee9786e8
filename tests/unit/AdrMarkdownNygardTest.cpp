// SPDX-License-Identifier: GPL-3.0-or-later
// Records as adr-tools writes them (Nygard's format): the status section, its
// supersede links in both spellings, and links by number, relative file and URL.
#include "AdrMarkdownTestSupport.h"

using namespace Qt::StringLiterals;
using namespace AdrMarkdownTestSupport;

TEST(AdrMarkdownReader, NygardRecordSupersededWithTheNewSpelling)
{
    const AdrParse p = parse(u"nygard/0002-use-postgresql-for-orders.md"_s);
    EXPECT_EQ(p.format, u"nygard"_s);
    EXPECT_EQ(p.adr.number, std::optional<int>(2));
    EXPECT_EQ(p.adr.title, u"Use PostgreSQL for orders"_s);
    EXPECT_EQ(iso(p.adr.date), u"2024-03-05"_s);
    EXPECT_EQ(statusOf(p.adr), u"superseded"_s);
    EXPECT_EQ(p.supersededByRef, u"0003-use-cockroachdb-for-orders.md"_s);
    EXPECT_TRUE(p.supersedesRefs.isEmpty());
    EXPECT_EQ(p.adr.context,
              u"Orders are written by three services and read by the billing job every night.\n"
              "We need transactions that span the order and payment tables."_s);
    EXPECT_EQ(p.adr.decisionOutcome,
              u"We keep orders in one PostgreSQL 15 cluster with a hot standby."_s);
    EXPECT_EQ(p.adr.consequences,
              u"Backups and failover become a routine task for the platform team."_s);
    // adr-tools' other link lines have no field; they stay in the status section.
    ASSERT_EQ(p.adr.raw.size(), 1);
    EXPECT_EQ(raw(p.adr, Kind::Section, u"Status"_s),
              u"Amended by [4. Tune the connection pool](0004-tune-the-connection-pool.md)"_s);
    EXPECT_EQ(p.keptRaw, QStringList{u"Status"_s});
    EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
    EXPECT_EQ(p.adr.id, 0);
    EXPECT_EQ(p.adr.sourcePath, u"0002-use-postgresql-for-orders.md"_s);
    EXPECT_EQ(p.adr.sourceFormat, u"nygard"_s);
}

TEST(AdrMarkdownReader, NygardRecordThatSupersedesAnother)
{
    const AdrParse p = parse(u"nygard/0003-use-cockroachdb-for-orders.md"_s);
    EXPECT_EQ(p.adr.number, std::optional<int>(3));
    EXPECT_EQ(p.adr.title, u"Use CockroachDB for orders"_s);
    EXPECT_EQ(statusOf(p.adr), u"accepted"_s);
    EXPECT_EQ(iso(p.adr.date), u"2024-09-18"_s);
    EXPECT_EQ(p.supersedesRefs, QStringList{u"0002-use-postgresql-for-orders.md"_s});
    EXPECT_TRUE(p.supersededByRef.isEmpty());
    EXPECT_TRUE(p.adr.raw.isEmpty());
    EXPECT_TRUE(p.understood.contains(u"status: accepted"_s));
    EXPECT_EQ(p.adr.consequences,
              u"A write that crosses regions takes about 40 ms longer; reads stay local."_s);
}

TEST(AdrMarkdownReader, AdrToolsOldSpellingsSupercededAndSupercedes)
{
    const AdrParse old = parse(u"nygard/0005-cache-sessions-in-redis.md"_s);
    EXPECT_EQ(statusOf(old.adr), u"superseded"_s); // the last status line counts
    EXPECT_EQ(old.supersededByRef, u"0006-keep-sessions-in-signed-cookies.md"_s);
    EXPECT_EQ(iso(old.adr.date), u"2019-01-12"_s); // 12/01/2019 is day first
    EXPECT_TRUE(old.adr.raw.isEmpty());

    const AdrParse next = parse(u"nygard/0006-keep-sessions-in-signed-cookies.md"_s);
    EXPECT_EQ(statusOf(next.adr), u"accepted"_s);
    EXPECT_EQ(iso(next.adr.date), u"2020-02-03"_s); // 03.02.2020
    EXPECT_EQ(next.supersedesRefs, QStringList{u"0005-cache-sessions-in-redis.md"_s});
    ASSERT_EQ(next.adr.history.size(), 1); // "Accepted on 03.02.2020"
    EXPECT_EQ(next.adr.history[0].status, u"accepted"_s);
    EXPECT_EQ(iso(next.adr.history[0].changedOn), u"2020-02-03"_s);
    // An unknown section is kept under its heading.
    ASSERT_EQ(next.adr.raw.size(), 1);
    EXPECT_EQ(raw(next.adr, Kind::Section, u"Notes"_s),
              u"The signing key rotates every 90 days; the runbook has the steps."_s);
    EXPECT_EQ(next.keptRaw, QStringList{u"Notes"_s});
}

TEST(AdrMarkdownReader, SupersedeLinksByNumberRelativeFileAndUrl)
{
    const AdrParse byNumber = parse(u"variants/0011-serve-images-through-the-cdn.md"_s);
    EXPECT_EQ(statusOf(byNumber.adr), u"superseded"_s);
    EXPECT_EQ(byNumber.supersededByRef, u"14"_s);

    const AdrParse relative = parse(u"variants/0014-resize-images-on-upload.md"_s);
    EXPECT_EQ(statusOf(relative.adr), u"accepted"_s);
    EXPECT_EQ(relative.supersedesRefs, QStringList{u"./0011-serve-images-through-the-cdn.md"_s});
    EXPECT_EQ(iso(relative.adr.date), u"2022-10-03"_s); // 2022/10/03

    const AdrParse url = parse(u"variants/0015-partner-events.md"_s);
    EXPECT_EQ(url.supersededByRef, u"https://adr.example.org/partners/0003.html"_s);
    EXPECT_EQ(url.adr.number, std::optional<int>(15));
    EXPECT_FALSE(url.adr.date.isValid());
    EXPECT_TRUE(url.warnings.isEmpty()) << url.warnings.join(u"; "_s).toStdString();
}
