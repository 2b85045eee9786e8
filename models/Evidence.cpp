// SPDX-License-Identifier: GPL-3.0-or-later
#include "Evidence.h"

#include <QRegularExpression>

namespace {

constexpr Evidence::Kind AllKinds[] = {Evidence::Kind::Adr,  Evidence::Kind::Entry,
                                       Evidence::Kind::Url,  Evidence::Kind::Commit,
                                       Evidence::Kind::File, Evidence::Kind::None};

} // namespace

QString Evidence::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Adr:
        return QStringLiteral("adr");
    case Kind::Entry:
        return QStringLiteral("entry");
    case Kind::Url:
        return QStringLiteral("url");
    case Kind::Commit:
        return QStringLiteral("commit");
    case Kind::File:
        return QStringLiteral("file");
    case Kind::None:
        return QStringLiteral("none");
    }
    return {};
}

std::optional<Evidence::Kind> Evidence::kindFromKey(const QString& key)
{
    for (Kind k : AllKinds) {
        if (kindKey(k) == key)
            return k;
    }
    return std::nullopt;
}

Evidence Evidence::classify(const QString& reference)
{
    // ADR-12 is how adr-tools and MADR name records; adr:12 matches entry:34.
    static const QRegularExpression adr(QStringLiteral("^adr[:-](\\d+)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression entry(QStringLiteral("^entry:(\\d+)$"),
                                          QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression url(QStringLiteral("^https?://"),
                                        QRegularExpression::CaseInsensitiveOption);
    // Git abbreviates to 7 digits at least; a full SHA-1 has 40.
    static const QRegularExpression commit(QStringLiteral("^[0-9a-fA-F]{7,40}$"));

    Evidence e;
    e.reference = reference.trimmed();
    // An id too large for qint64 reads as 0, which no row has.
    if (const auto m = adr.match(e.reference); m.hasMatch()) {
        e.kind = Kind::Adr;
        e.adrId = m.captured(1).toLongLong();
    } else if (const auto n = entry.match(e.reference); n.hasMatch()) {
        e.kind = Kind::Entry;
        e.entryId = n.captured(1).toLongLong();
    } else if (url.match(e.reference).hasMatch()) {
        e.kind = Kind::Url;
    } else if (commit.match(e.reference).hasMatch()) {
        e.kind = Kind::Commit;
    } else {
        e.kind = Kind::File;
    }
    return e;
}

bool Evidence::sameTarget(const Evidence& other) const
{
    if (frameworkKey != other.frameworkKey || checkpointKey != other.checkpointKey ||
        kind != other.kind)
        return false;
    switch (kind) {
    case Kind::Adr:
        return adrId == other.adrId;
    case Kind::Entry:
        return entryId == other.entryId;
    case Kind::None:
        return true;
    case Kind::Url:
    case Kind::Commit:
    case Kind::File:
        break;
    }
    return reference == other.reference;
}
