// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "AdrFieldNames.h"
#include "AdrMetadataReader.h"
#include "AdrOptionsReader.h"
#include "AdrReading.h"

#include <QCoreApplication>
#include <QStringList>

/**
 * The sections of a record, one at a time in the order written, each into the field
 * its heading names (AdrFieldNames). A section whose heading names no field, or a
 * second one for a field already filled, is kept as written under its heading.
 *
 * MADR 2's Positive and Negative Consequences are one field in the later formats, and
 * the chosen option is named in the decision outcome but marked on the options: both
 * are settled by finish(), once every section is read.
 */
class AdrSectionReader
{
    Q_DECLARE_TR_FUNCTIONS(AdrMarkdownReader)

public:
    explicit AdrSectionReader(AdrReading& reading)
        : m_reading(reading)
        , m_metadata(reading)
        , m_options(reading)
    {}

    /** One section: its heading's text and the lines under it up to the next section. */
    void read(const QString& heading, const QStringList& body);
    /** Settles what needs every section read: the consequences and the options. */
    void finish();

private:
    void readConsequences(AdrFieldNames::Field field, const QString& heading,
                          const QStringList& body);
    void readTable(AdrFieldNames::Field field, const QString& heading, const QStringList& body);
    void readSupersedeLinks(const QStringList& body);
    void keepSecond(const QString& heading, const QString& text);

    AdrReading& m_reading;
    AdrMetadataReader m_metadata;
    AdrOptionsReader m_options;
    QString m_positive; ///< MADR 2's Positive Consequences as "Good, because" items
    QString m_negative; ///< and its Negative Consequences as "Bad, because" items
};
