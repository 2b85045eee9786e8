// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QStringView>

#include <optional>

/**
 * The day written as YYYY-MM-DD in ASCII digits, read digit by digit: nullopt when the
 * text has another shape, otherwise the date, which is invalid when the calendar has
 * no such day ("2026-02-30"). QDate::fromString and a regular expression weigh far
 * more, and every stored and imported day passes through here.
 */
inline std::optional<QDate> parseIsoDay(QStringView text)
{
    if (text.size() != 10 || text[4] != u'-' || text[7] != u'-')
        return std::nullopt;
    int fields[3] = {0, 0, 0};
    const int starts[3] = {0, 5, 8};
    const int lengths[3] = {4, 2, 2};
    for (int f = 0; f < 3; ++f) {
        for (int i = starts[f]; i < starts[f] + lengths[f]; ++i) {
            const char16_t c = text[i].unicode();
            if (c < u'0' || c > u'9')
                return std::nullopt;
            fields[f] = fields[f] * 10 + (c - u'0');
        }
    }
    return QDate(fields[0], fields[1], fields[2]);
}
