// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>

/**
 * The names people give the parts of a decision record, as section headings and as
 * metadata keys, in English and Chinese; docs/adr-formats.md lists them. A name is
 * compared after normalizedName(), so that the spellings of the formats and of hand
 * edits ("Decision Makers", "decision-makers", "**Decision_makers:**") all match.
 */
namespace AdrFieldNames {

/** The parts of a record a section heading or a metadata key can name. */
enum class Field
{
    None,
    Status,
    Date,
    DecisionMakers,
    Consulted,
    Informed,
    Tags,
    Supersedes,
    SupersededBy,
    Title,
    Context,
    Drivers,
    Options,
    Outcome,
    Consequences,
    Positive,
    Negative,
    Confirmation,
    ProsCons,
    MoreInfo,
    Results,
    History,
    FrameworkLinks,
};

inline size_t qHash(Field field, size_t seed = 0)
{
    return ::qHash(int(field), seed);
}

/**
 * Lower case, emphasis, HTML comments and a trailing colon (also full-width) removed,
 * runs of spaces, dashes and underscores made one dash.
 */
QString normalizedName(QString name);
/** The field a section heading names; Field::None for a heading of no known field. */
Field sectionField(const QString& heading);
/** The field a metadata key names; Field::None for a key of no known field. */
Field metadataField(const QString& key);

} // namespace AdrFieldNames
