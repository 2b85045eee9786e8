// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <optional>

/**
 * One line of a status as the formats and people write it: "Accepted", "Accepted on
 * 2020-01-05", "2020-01-05: Proposed", "已接受", "Superseded by [3. Foo](0003-foo.md)"
 * and adr-tools' old spelling "Supercedes [1. Bar](0001-bar.md)". A bullet and bold
 * markers around the line are ignored. log4brains' "draft" is read as proposed, the
 * nearest status there is.
 */
struct AdrStatusLine
{
    enum class Kind
    {
        None, ///< no status and no supersede link
        Status,
        SupersededBy,
        Supersedes
    };
    Kind kind = Kind::None;
    std::optional<Adr::Status> status; ///< set for Status and SupersededBy
    QString word;                      ///< the status word as written
    QDate date;                        ///< a day given with the status
    QStringList refs;                  ///< for the supersede kinds: the link targets
    bool complete = true;              ///< nothing on the line beyond what the fields hold

    static AdrStatusLine parse(QString line);
};
