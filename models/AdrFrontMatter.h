// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

/**
 * The YAML front matter of a decision record (MADR 3 and 4), read with a real YAML
 * parser. Each top-level key comes with its value's source text as well as its value,
 * so that a key nobody reads can be written back exactly as it was, comments and
 * block scalars included.
 */
struct AdrFrontMatter
{
    struct Entry
    {
        QString key;
        /** A scalar, or a list's scalars joined with ", " as the other formats write lists. */
        QString value;
        /** False for a map, or a list holding more than scalars: value is then no value. */
        bool plain = true;
        /**
         * From after the key's colon to the next key, trailing blank and comment lines
         * dropped: "2025-02-28", or "\n  - a\n  - b" for a block list.
         */
        QString text;
    };

    enum class Problem
    {
        None,
        NotYaml, ///< line and message say where and why
        NotAMap, ///< a scalar or a list at the top
    };

    Problem problem = Problem::None;
    int line = 0;    ///< with NotYaml: the line, counted from 1 within the front matter
    QString message; ///< with NotYaml: the parser's own words, in English
    /** The keys that are scalars, in the order written; empty when there is a problem. */
    QList<Entry> entries;

    /** Reads the text between the "---" lines. */
    static AdrFrontMatter read(const QString& yaml);
};
