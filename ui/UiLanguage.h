// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

/**
 * The language of the window: the system locale's unless one is chosen in
 * Preferences. The choice is read once at start-up, before any window exists, so a
 * change takes effect when Rungs next starts. The command line always follows the
 * locale of its environment, as scripts expect.
 */
class UiLanguage
{
public:
    /** Settings key: a locale name such as "zh_CN", or empty for the system's. */
    static QString key() { return QStringLiteral("ui/language"); }

    /**
     * The locale names Rungs has texts for, read from the translations built into the
     * binary, English first; English is the source language and always there.
     */
    static QStringList available();

    /** The chosen language's locale, or the system locale when none is chosen. */
    static QLocale chosen();

    /** How a language names itself ("English", "简体中文"), for a language menu. */
    static QString nativeName(const QString& localeName);
};
