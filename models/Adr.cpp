// SPDX-License-Identifier: GPL-3.0-or-later
#include "Adr.h"

QString Adr::statusKey(Status status)
{
    switch (status) {
    case Status::Proposed:
        return QStringLiteral("proposed");
    case Status::Accepted:
        return QStringLiteral("accepted");
    case Status::Rejected:
        return QStringLiteral("rejected");
    case Status::Deprecated:
        return QStringLiteral("deprecated");
    case Status::Superseded:
        return QStringLiteral("superseded");
    }
    return QStringLiteral("proposed");
}

std::optional<Adr::Status> Adr::statusFromKey(const QString& key)
{
    const QString word = key.trimmed().toLower();
    for (Status s : {Status::Proposed, Status::Accepted, Status::Rejected, Status::Deprecated,
                     Status::Superseded}) {
        if (word == statusKey(s))
            return s;
    }
    // adr-tools wrote "Superceded by" for years; files made with it still say so.
    if (word == QLatin1String("superceded"))
        return Status::Superseded;
    return std::nullopt;
}
