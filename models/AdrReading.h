// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdrFieldNames.h"
#include "AdrMarkdownReader.h"

#include <QCoreApplication>
#include <QSet>

/**
 * What one AdrMarkdownReader::read has found so far. The readers of a record's parts
 * (AdrMetadataReader, AdrSectionReader, AdrOptionsReader) share it, because the first
 * value found for a field wins wherever it stood: front matter, the lines under the
 * title or a section. The clues they leave tell the formats apart at the end.
 */
struct AdrReading
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    /** What the formats write differently; format() weighs them. */
    struct Clues
    {
        bool frontMatter = false;
        bool frontMatterDeciders = false; ///< MADR 3's key; MADR 4 says decision-makers
        bool frontMatterDecisionMakers = false;
        bool statusSection = false; ///< adr-tools' "## Status"
        bool plainMetadata = false; ///< "Date: …" or "Status: …" without a bullet
        bool dashBullets = false;   ///< log4brains' "- Key: value"
        bool madr2 = false;
        bool madr4 = false;
        bool titleNumber = false;    ///< "# 3. Title" as adr-tools writes it
        bool validation = false;     ///< MADR 3's name for Confirmation
        bool nygardSections = false; ///< "## Context" and "## Decision"
        bool datedFileName = false;  ///< log4brains' YYYYMMDD-slug.md
    };

    explicit AdrReading(const QString& fileName);

    void warn(const QString& text) { out.warnings << text; }
    void understand(const QString& text) { out.understood << text; }
    /** Keeps what has no field as written; a Section without name is the text under the title. */
    void keepRaw(Adr::RawPart::Kind kind, const QString& name, const QString& body);
    /** "nygard", "madr2", "madr3", "madr4" or "log4brains", from the clues and fields seen. */
    QString format() const;

    AdrParse out;
    /** The fields filled so far, to keep a second value for one as written instead. */
    QSet<AdrFieldNames::Field> seen;
    bool statusSet = false; ///< by a status or by a superseded-by link
    /** The first status value that names none of the statuses, as written; kept raw. */
    QString unknownStatus;
    Clues clues;
};
