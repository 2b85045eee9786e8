// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdrFieldNames.h"
#include "AdrReading.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

/**
 * The metadata of a record (status, date, people, tags, supersede links) wherever a
 * format puts it: YAML front matter, "Key: value" lines or bullets under the title, a
 * two-column table there, or adr-tools' "## Status" section. The first value found for
 * a field wins; a later one, an unknown key, or a value that is not understood is kept
 * as written (a FrontMatter raw part holding the value's source text), with a warning
 * where the value was meant for a known field.
 */
class AdrMetadataReader
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    explicit AdrMetadataReader(AdrReading& reading)
        : m_reading(reading)
    {}

    /** The text between the "---" lines; its title counts only without a title heading. */
    void readFrontMatter(const QString& yaml, bool titleHeading);
    /**
     * lines[from, to): metadata lines and tables right under the title, then whatever
     * text follows them, which is kept with `above` (the text above the title) as the
     * Section without a name. code marks the lines of fenced code.
     */
    void readPreamble(const QStringList& lines, const QList<bool>& code, qsizetype from,
                      qsizetype to, const QString& above);
    /**
     * adr-tools' "## Status": status lines, of which the last counts, supersede links
     * and a metadata table. A status given above the sections wins; the lines it
     * leaves, and any not understood, stay as written under the heading.
     */
    void readStatusSection(const QString& heading, const QStringList& body);

private:
    // Where a value came from decides how a raw copy of it is kept.
    struct Source
    {
        QString key;  ///< the key as written
        QString text; ///< the value's source text
    };

    bool readTable(const QStringList& table);
    void takeOrKeep(AdrFieldNames::Field field, const QString& value, const Source& source);
    bool take(AdrFieldNames::Field field, const QString& value, const Source& source);
    bool takeStatus(const QString& value);
    bool takeDate(const QString& value);
    void keep(const Source& source);

    AdrReading& m_reading;
};
