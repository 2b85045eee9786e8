// SPDX-License-Identifier: GPL-3.0-or-later
// MADR 3 and 4 records, whose metadata is YAML front matter, and the front matter
// itself as AdrFrontMatter reads it.
#include "AdrFrontMatter.h"
#include "AdrMarkdownTestSupport.h"

using namespace Qt::StringLiterals;
using namespace AdrMarkdownTestSupport;

TEST(AdrMarkdownReader, Madr3FrontMatterWithDecidersAndValidation)
{
    const AdrParse p = parse(u"madr3/0003-write-logs-as-json-lines.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"madr3"_s);
    EXPECT_EQ(a.number, std::optional<int>(3));
    EXPECT_EQ(a.title, u"Write service logs as JSON lines"_s);
    EXPECT_EQ(statusOf(a), u"accepted"_s);
    EXPECT_EQ(iso(a.date), u"2022-11-08"_s);
    EXPECT_EQ(a.decisionMakers, u"Mia Chen, Jonas Berg"_s);
    EXPECT_EQ(a.consulted, u"SRE guild"_s);
    EXPECT_EQ(a.informed, u"all backend teams"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"JSON lines on stdout (chosen)"_s, u"logfmt"_s,
                                           u"Free text, parsed centrally"_s}));
    EXPECT_EQ(a.consequences, u"* Good, because dashboards can filter on any field\n"
                              "* Bad, because raw logs are harder to read in a terminal"_s);
    EXPECT_EQ(a.confirmation, u"A CI check fails the build when a service writes a log line "
                              "that is not valid JSON."_s);
    EXPECT_EQ(a.moreInformation, u"The field names follow the shipper's conventions."_s);
    ASSERT_EQ(a.raw.size(), 1);
    EXPECT_EQ(raw(a, Kind::FrontMatter, u"ticket"_s), u"OPS-88"_s);
    EXPECT_EQ(p.keptRaw, QStringList{u"ticket"_s});
}

TEST(AdrMarkdownReader, Madr4FrontMatterListsEmptyAndUnknownKeysResultsAndRawSections)
{
    const AdrParse p = parse(u"madr4/0012-split-the-checkout-service.md"_s);
    const Adr& a = p.adr;
    EXPECT_EQ(p.format, u"madr4"_s);
    EXPECT_EQ(a.number, std::optional<int>(12));
    EXPECT_EQ(a.title, u"Split the checkout service into cart and payment"_s);
    EXPECT_EQ(statusOf(a), u"superseded"_s);
    EXPECT_EQ(p.supersededByRef, u"ADR-0015"_s);
    EXPECT_EQ(iso(a.date), u"2024-02-29"_s);
    EXPECT_EQ(a.decisionMakers, u"Priya Nair, Omar Haddad"_s); // a YAML list
    EXPECT_EQ(a.consulted, QString());                         // an empty key
    EXPECT_EQ(a.informed, u"checkout team, support leads"_s);
    // The comment above the next heading belongs to the text before it.
    EXPECT_EQ(a.context,
              u"Checkout holds the cart, the price rules and the payment flow in one deployable.\n"
              "Changing a price rule means releasing the payment path too, which the payment\n"
              "provider audits. How can price rules change without touching payments?\n"
              "\n<!-- optional -->"_s);
    EXPECT_EQ(
        a.decisionDrivers,
        u"* release price rules every day\n* keep payment code under audited change control"_s);
    EXPECT_EQ(optionNames(a), (QStringList{u"Split into cart and payment services (chosen)"_s,
                                           u"Feature flags inside the monolith"_s}));
    // Neutral arguments have no field of their own and stay in the description.
    EXPECT_EQ(a.options[0].description, u"Two services with a versioned API between them.\n\n"
                                        "* Neutral, because the team stays the same size"_s);
    EXPECT_EQ(a.options[0].pros, u"each can be released alone"_s);
    EXPECT_EQ(a.options[0].cons, u"end-to-end tests need both services"_s);
    EXPECT_EQ(a.options[1].pros, u"there is no new service to run"_s);
    EXPECT_EQ(a.options[1].cons, u"every release still goes through the payment audit"_s);
    EXPECT_EQ(a.decisionOutcome,
              u"Chosen option: \"Split into cart and payment services\", because it is the only "
              "option that keeps payment releases separate."_s);
    EXPECT_EQ(a.consequences,
              u"* Good, because price rules ship without a payment audit\n"
              "* Bad, because a call from cart to payment can now fail on the network"_s);
    EXPECT_EQ(a.confirmation,
              u"The deployment pipeline shows separate release trains for cart and payment."_s);
    // A '#' line inside fenced code is no heading.
    EXPECT_EQ(a.moreInformation,
              u"Reviewed with the payment provider on 2024-02-20. To see both trains:\n\n"
              "```sh\n# lists the release trains\ndeployctl trains --service cart,payment\n```"_s);
    ASSERT_EQ(a.results.size(), 3);
    EXPECT_EQ(a.results[0].metric, u"Price rule lead time"_s);
    EXPECT_EQ(a.results[0].before, std::optional<double>(14));
    EXPECT_EQ(a.results[0].after, std::optional<double>(1));
    EXPECT_EQ(a.results[0].unit, u"days"_s);
    EXPECT_EQ(a.results[0].note, u"median over a quarter"_s);
    EXPECT_EQ(a.results[1].metric, u"Checkout p99 latency"_s);
    EXPECT_EQ(a.results[1].before, std::optional<double>(320));
    EXPECT_EQ(a.results[1].after, std::optional<double>(347));
    EXPECT_EQ(a.results[1].unit, u"ms"_s);
    EXPECT_EQ(a.results[2].after, std::nullopt);
    EXPECT_EQ(a.results[2].unit, u"per quarter"_s);
    EXPECT_EQ(a.results[2].note, u"not measured yet"_s);
    // Unknown keys keep their YAML text, in order; so does an unknown section.
    ASSERT_EQ(a.raw.size(), 3);
    EXPECT_EQ(a.raw[0].kind, Kind::FrontMatter);
    EXPECT_EQ(a.raw[0].name, u"review-by"_s);
    EXPECT_EQ(a.raw[0].body, u"2025-02-28"_s);
    EXPECT_EQ(a.raw[1].kind, Kind::FrontMatter);
    EXPECT_EQ(a.raw[1].name, u"labels"_s);
    EXPECT_EQ(a.raw[1].body, u"\n  - architecture\n  - checkout"_s);
    EXPECT_EQ(a.raw[2].kind, Kind::Section);
    EXPECT_EQ(a.raw[2].name, u"Rollout Plan"_s);
    EXPECT_EQ(a.raw[2].body,
              u"1. Cart service in shadow mode\n2. Switch traffic country by country"_s);
    EXPECT_EQ(p.keptRaw, (QStringList{u"review-by"_s, u"labels"_s, u"Rollout Plan"_s}));
    EXPECT_TRUE(p.understood.contains(u"results: 3"_s));
    EXPECT_TRUE(p.warnings.isEmpty()) << p.warnings.join(u"; "_s).toStdString();
}

TEST(AdrMarkdownReader, FrontMatterThatIsNoValidYamlIsKeptWhole)
{
    const AdrParse p = parseText(u"0001-x.md"_s, u"---\nstatus: [accepted\n---\n# X\n"_s);
    EXPECT_EQ(p.adr.title, u"X"_s);
    EXPECT_EQ(statusOf(p.adr), u"proposed"_s);
    EXPECT_EQ(raw(p.adr, Kind::Section, u"Front Matter"_s), u"```yaml\nstatus: [accepted\n```"_s);
    ASSERT_FALSE(p.warnings.isEmpty());
    EXPECT_TRUE(p.warnings.first().startsWith(u"front matter is not valid YAML"_s))
        << p.warnings.first().toStdString();
}

TEST(AdrMarkdownReader, FrontMatterTitleServesWhenThereIsNoHeading)
{
    const AdrParse p =
        parseText(u"0002-y.md"_s, u"---\ntitle: \"Queue: the plan\"\nstatus: rejected\n---\n\n"
                                  "## Context\n\nNone.\n"_s);
    EXPECT_EQ(p.adr.title, u"Queue: the plan"_s);
    EXPECT_EQ(statusOf(p.adr), u"rejected"_s);
    EXPECT_EQ(p.adr.context, u"None."_s);
    EXPECT_TRUE(p.adr.raw.isEmpty());
}

TEST(AdrFrontMatter, KeysComeInTheOrderWrittenWithTheSourceTextOfTheirValues)
{
    const AdrFrontMatter fm = AdrFrontMatter::read(
        u"status: accepted # final\ndeciders:\n  - Ana\n  - Bo\n\"a: b\": c\nnotes: |\n  one\n\n"
        "  two\n# end\n"_s);
    ASSERT_EQ(fm.problem, AdrFrontMatter::Problem::None);
    ASSERT_EQ(fm.entries.size(), 4);
    EXPECT_EQ(fm.entries[0].key, u"status"_s);
    EXPECT_EQ(fm.entries[0].value, u"accepted"_s);
    EXPECT_EQ(fm.entries[0].text, u"accepted # final"_s);
    EXPECT_EQ(fm.entries[1].key, u"deciders"_s);
    EXPECT_EQ(fm.entries[1].value, u"Ana, Bo"_s);
    EXPECT_EQ(fm.entries[1].text, u"\n  - Ana\n  - Bo"_s);
    EXPECT_EQ(fm.entries[2].key, u"a: b"_s);
    EXPECT_EQ(fm.entries[2].text, u"c"_s);
    EXPECT_EQ(fm.entries[3].value, u"one\n\ntwo\n"_s);
    EXPECT_EQ(fm.entries[3].text, u"|\n  one\n\n  two"_s);
}

TEST(AdrFrontMatter, AMapOrANestedListIsNoSingleValue)
{
    const AdrFrontMatter fm =
        AdrFrontMatter::read(u"owners: {team: core}\ntags: [a, {b: c}]\nconsulted:\n"_s);
    ASSERT_EQ(fm.entries.size(), 3);
    EXPECT_FALSE(fm.entries[0].plain);
    EXPECT_FALSE(fm.entries[1].plain);
    EXPECT_TRUE(fm.entries[2].plain);
    EXPECT_EQ(fm.entries[2].value, QString());
}

TEST(AdrFrontMatter, SaysWhereTheYamlBreaksAndWhenItIsNoMap)
{
    const AdrFrontMatter broken = AdrFrontMatter::read(u"title: T\nstatus: [accepted"_s);
    EXPECT_EQ(broken.problem, AdrFrontMatter::Problem::NotYaml);
    EXPECT_EQ(broken.line, 2);
    EXPECT_FALSE(broken.message.isEmpty());
    EXPECT_EQ(AdrFrontMatter::read(u"- a\n- b"_s).problem, AdrFrontMatter::Problem::NotAMap);
    const AdrFrontMatter empty = AdrFrontMatter::read(QString());
    EXPECT_EQ(empty.problem, AdrFrontMatter::Problem::None);
    EXPECT_TRUE(empty.entries.isEmpty());
}
