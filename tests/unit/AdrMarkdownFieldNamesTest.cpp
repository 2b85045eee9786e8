// SPDX-License-Identifier: GPL-3.0-or-later
// AdrFieldNames: which section headings and metadata keys name which field.
#include "AdrFieldNames.h"
#include "AdrMarkdownTestSupport.h"

using namespace Qt::StringLiterals;
using namespace AdrFieldNames;

TEST(AdrFieldNames, SpellingsDifferingInCaseEmphasisSeparatorsOrColonNameTheSameField)
{
    EXPECT_EQ(normalizedName(u"**Decision_makers:**"_s), u"decision-makers"_s);
    EXPECT_EQ(normalizedName(u"  Decision -- Makers "_s), u"decision-makers"_s);
    for (const QString& key :
         {u"Decision Makers"_s, u"decision-makers"_s, u"__Deciders__"_s, u"决策者："_s})
        EXPECT_EQ(metadataField(key), Field::DecisionMakers) << key.toStdString();
    EXPECT_EQ(sectionField(u"Context and Problem Statement <!-- required -->"_s), Field::Context);
    EXPECT_EQ(sectionField(u"背景和问题陈述"_s), Field::Context);
}

TEST(AdrFieldNames, SectionHeadingsAndMetadataKeysAreKnownApart)
{
    EXPECT_EQ(sectionField(u"Status"_s), Field::Status);
    EXPECT_EQ(metadataField(u"Status"_s), Field::Status);
    EXPECT_EQ(sectionField(u"Date"_s), Field::None);
    EXPECT_EQ(metadataField(u"Context"_s), Field::None);
    EXPECT_EQ(sectionField(u"Validation"_s), Field::Confirmation);
    EXPECT_EQ(sectionField(u"Technical Story"_s), Field::None);
    EXPECT_EQ(metadataField(u"Superceded by"_s), Field::SupersededBy);
}
