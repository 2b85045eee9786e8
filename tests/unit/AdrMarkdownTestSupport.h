// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the AdrMarkdown*Test files share: reading the fixtures in tests/fixtures/adr as
// an import does, and short forms of the fields they compare.
#include "AdrMarkdownReader.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <ostream>

// Readable failure messages for the many QString comparisons.
inline void PrintTo(const QString& text, std::ostream* os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QStringList& list, std::ostream* os)
{
    *os << '[' << list.join(QStringLiteral("\", \"")).prepend(u'"').append(u'"').toStdString()
        << ']';
}

namespace AdrMarkdownTestSupport {

using Kind = Adr::RawPart::Kind;

inline QByteArray fixtureBytes(const QString& relativePath)
{
    QFile file(QStringLiteral(RUNGS_FIXTURES "/adr/") + relativePath);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << relativePath.toStdString();
    return file.readAll();
}

// Reads a fixture as an import does, by its file name without the directory.
inline AdrParse parse(const QString& relativePath)
{
    auto parsed =
        AdrMarkdownReader::read(QFileInfo(relativePath).fileName(), fixtureBytes(relativePath));
    if (!parsed) {
        ADD_FAILURE() << relativePath.toStdString() << ": " << parsed.error().message.toStdString();
        return {};
    }
    return parsed.value();
}

inline AdrParse parseText(const QString& fileName, const QString& text)
{
    auto parsed = AdrMarkdownReader::read(fileName, text.toUtf8());
    if (!parsed) {
        ADD_FAILURE() << parsed.error().message.toStdString();
        return {};
    }
    return parsed.value();
}

inline QString iso(const QDate& date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QStringLiteral("(none)");
}

inline QString statusOf(const Adr& adr)
{
    return Adr::statusKey(adr.status);
}

// A raw part's body by kind and name, or "(missing)".
inline QString raw(const Adr& adr, Kind kind, const QString& name)
{
    for (const Adr::RawPart& part : adr.raw) {
        if (part.kind == kind && part.name == name)
            return part.body;
    }
    return QStringLiteral("(missing)");
}

inline QStringList optionNames(const Adr& adr)
{
    QStringList names;
    for (const Adr::Option& o : adr.options)
        names << o.name + (o.chosen ? QStringLiteral(" (chosen)") : QString());
    return names;
}

} // namespace AdrMarkdownTestSupport
