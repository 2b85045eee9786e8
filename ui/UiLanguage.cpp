// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiLanguage.h"

#include "Settings.h"

#include <QDir>

QStringList UiLanguage::available()
{
    QStringList names{QStringLiteral("en")};
    const QString prefix = QStringLiteral("rungs_");
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString& file : files) {
        const QString name = file.mid(prefix.size()).chopped(3);
        // rungs_en only carries English plural forms; English is already listed.
        if (name != QLatin1String("en"))
            names.append(name);
    }
    return names;
}

QLocale UiLanguage::chosen()
{
    const QString name = Settings().value(key()).toString();
    if (name.isEmpty() || !available().contains(name))
        return QLocale::system();
    return QLocale(name);
}

QString UiLanguage::nativeName(const QString& localeName)
{
    const QLocale locale(localeName);
    // Qt names these after a country ("American English", "中文（中国）"); a language
    // menu names the language and, for Chinese, its script.
    if (locale.language() == QLocale::English)
        return QStringLiteral("English");
    if (locale.language() == QLocale::Chinese &&
        locale.script() != QLocale::TraditionalChineseScript)
        return QStringLiteral("简体中文");
    QString name = locale.nativeLanguageName();
    if (!name.isEmpty())
        name[0] = name.at(0).toUpper();
    return name;
}
