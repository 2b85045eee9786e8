// SPDX-License-Identifier: GPL-3.0-or-later
// What the reader refuses, and what it reads with a warning: a missing or unknown
// status, dates that are no day, other line ends and a byte order mark.
#include "AdrMarkdownTestSupport.h"
#include "AdrMarkdownWriter.h"

using namespace Qt::StringLiterals;
using namespace AdrMarkdownTestSupport;

namespace {

bool hasWarning(const AdrParse& p, const QString& text)
{
    return p.warnings.contains(text);
}

QString refusal(const QString& fileName, const QByteArray& bytes)
{
    auto parsed = AdrMarkdownReader::read(fileName, bytes);
    if (parsed) {
        ADD_FAILURE() << "accepted " << fileName.toStdString();
        return {};
    }
    EXPECT_EQ(parsed.error().kind, Failure::Kind::InvalidInput);
    return parsed.error().message;
}

} // namespace

TEST(AdrMarkdownReader, RefusesWhatIsNoDecisionRecord)
{
    EXPECT_EQ(refusal(u"empty.md"_s, fixtureBytes(u"bad/empty.md"_s)),
              u"empty.md: the file is empty"_s);
    EXPECT_EQ(refusal(u"blank.md"_s, "\n  \n"), u"blank.md: the file is empty"_s);
    EXPECT_EQ(refusal(u"latin1.md"_s, fixtureBytes(u"bad/latin1.md"_s)),
              u"latin1.md: not UTF-8 text"_s);
    EXPECT_EQ(refusal(u"notes.md"_s, fixtureBytes(u"bad/notes.md"_s)),
              u"notes.md: no title heading ('# Title'); not a decision record"_s);
    EXPECT_EQ(refusal(u"README.md"_s, fixtureBytes(u"bad/README.md"_s)),
              u"README.md: a list of other records (an index), not a decision record"_s);
}

TEST(AdrMarkdownReader, MissingStatusIsProposedAndAnImpossibleDateIsKeptAsWritten)
{
    const AdrParse p = parse(u"variants/ADR-9.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(a.number, std::optional<int>(9)); // ADR-9.md
    EXPECT_EQ(a.title, u"Store uploads in object storage"_s);
    EXPECT_EQ(statusOf(a), u"proposed"_s);
    EXPECT_TRUE(hasWarning(p, u"no status given; read as proposed"_s))
        << p.warnings.join(u"; "_s).toStdString();
    EXPECT_FALSE(a.date.isValid());
    EXPECT_TRUE(hasWarning(p, u"date '31/02/2020' is not a real day; left empty"_s))
        << p.warnings.join(u"; "_s).toStdString();
    ASSERT_EQ(a.raw.size(), 2);
    EXPECT_EQ(raw(a, Kind::FrontMatter, u"Date"_s), u"31/02/2020"_s);
    // A heading in another language that Rungs does not know stays as it is.
    EXPECT_EQ(raw(a, Kind::Section, u"Konsequenzen"_s),
              u"Die Web-Knoten halten keinen Zustand mehr."_s);
    EXPECT_EQ(a.consequences, QString());
}

TEST(AdrMarkdownReader, DateShapes)
{
    struct Case
    {
        QString written;
        QString day; // "(none)" when refused
        QString warning;
    };
    const QList<Case> cases = {
        {u"2021-07-25"_s, u"2021-07-25"_s, {}},
        {u"2021-07-25T10:00:00Z"_s, u"2021-07-25"_s, {}},
        {u"25/07/2021"_s, u"2021-07-25"_s, {}},
        {u"25.07.2021"_s, u"2021-07-25"_s, {}},
        {u"2021年7月25日"_s, u"2021-07-25"_s, {}},
        {u"07/25/2021"_s, u"2021-07-25"_s, u"date '07/25/2021' read as month/day/year"_s},
        {u"2021-13-01"_s, u"(none)"_s, u"date '2021-13-01' is not a real day; left empty"_s},
        {u"29.02.2023"_s, u"(none)"_s, u"date '29.02.2023' is not a real day; left empty"_s},
        {u"next Tuesday"_s, u"(none)"_s,
         u"date 'next Tuesday' is not understood (expected YYYY-MM-DD, DD/MM/YYYY or "
         "DD.MM.YYYY); left empty"_s},
    };
    for (const Case& c : cases) {
        SCOPED_TRACE(c.written.toStdString());
        const AdrParse p =
            parseText(u"0001-d.md"_s, u"# D\n\n* Status: accepted\n* Date: %1\n"_s.arg(c.written));
        EXPECT_EQ(iso(p.adr.date), c.day);
        if (c.warning.isEmpty())
            EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
        else
            EXPECT_EQ(p.warnings, QStringList{c.warning});
    }
}

TEST(AdrMarkdownReader, UnknownStatusWordsAreProposedAndKept)
{
    const AdrParse p = parseText(u"0001-s.md"_s, u"# S\n\n* Status: on hold\n"_s);
    EXPECT_EQ(statusOf(p.adr), u"proposed"_s);
    EXPECT_EQ(raw(p.adr, Kind::FrontMatter, u"Status"_s), u"on hold"_s);

    const AdrParse draft = parseText(u"0002-s.md"_s, u"# S\n\n- Status: draft\n"_s);
    EXPECT_EQ(statusOf(draft.adr), u"proposed"_s);
    EXPECT_EQ(draft.warnings, QStringList{u"status 'draft' read as proposed"_s});
    EXPECT_TRUE(draft.adr.raw.isEmpty());
}

TEST(AdrMarkdownReader, AnUnknownStatusGivesOneWarningAndIsKeptOnceThroughARoundTrip)
{
    const AdrParse first =
        parseText(u"0004-p.md"_s, u"---\nstatus: on hold\n---\n\n# Pause the rollout\n"_s);
    EXPECT_EQ(statusOf(first.adr), u"proposed"_s);
    EXPECT_EQ(first.warnings,
              QStringList{u"status 'on hold' is not one of proposed, accepted, rejected, "
                          "deprecated, superseded; read as proposed and kept as written"_s});

    const QByteArray exported = AdrMarkdownWriter::write(first.adr, {});
    EXPECT_TRUE(exported.contains("* Status: proposed\n* status: on hold\n")) << exported.data();
    const AdrParse second = parseText(u"0004-p.md"_s, QString::fromUtf8(exported));
    EXPECT_TRUE(second.warnings.isEmpty()) << second.warnings.join(u"; "_s).toStdString();
    ASSERT_EQ(second.adr.raw.size(), 1);
    EXPECT_EQ(raw(second.adr, Kind::FrontMatter, u"status"_s), u"on hold"_s);
    EXPECT_EQ(AdrMarkdownWriter::write(second.adr, {}), exported);

    // A status found elsewhere counts; the unknown one is still named.
    const AdrParse both =
        parseText(u"0005-p.md"_s, u"# P\n\n* Status: on hold\n\n## Status\n\nAccepted\n"_s);
    EXPECT_EQ(statusOf(both.adr), u"accepted"_s);
    EXPECT_EQ(both.warnings, QStringList{u"status 'on hold' is not one of proposed, accepted, "
                                         "rejected, deprecated, superseded; kept as written"_s});
}

TEST(AdrMarkdownReader, ReadsCrlfAndAByteOrderMark)
{
    const AdrParse p = parseText(
        u"0003-c.md"_s,
        u"\uFEFF# 3. Crlf\r\n\r\nDate: 2020-01-02\r\n\r\n## Status\r\n\r\nRejected\r\n"_s);
    EXPECT_EQ(p.adr.title, u"Crlf"_s);
    EXPECT_EQ(statusOf(p.adr), u"rejected"_s);
    EXPECT_EQ(iso(p.adr.date), u"2020-01-02"_s);
}
