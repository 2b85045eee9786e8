// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>

/**
 * A text that a framework provides in English and, optionally, Simplified Chinese.
 * text() picks the language of the given locale and falls back to English.
 */
struct LocalizedText
{
    QString en;
    QString zh;

    QString text(const QLocale& locale = QLocale()) const
    {
        if (locale.language() == QLocale::Chinese && !zh.isEmpty())
            return zh;
        return en;
    }

    bool isEmpty() const { return en.isEmpty() && zh.isEmpty(); }
    bool operator==(const LocalizedText&) const = default;
};
