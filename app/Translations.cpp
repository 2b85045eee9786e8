// SPDX-License-Identifier: GPL-3.0-or-later
#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace Translations {

void install(QCoreApplication& app, const QLocale& locale)
{
    // The window installs again when the user picks another language.
    const auto installed = app.findChildren<QTranslator*>(Qt::FindDirectChildrenOnly);
    for (QTranslator* old : installed) {
        QCoreApplication::removeTranslator(old);
        delete old;
    }
    auto* own = new QTranslator(&app);
    // English is the source language, but its singular forms ("1 entry") live in
    // rungs_en: it is the fallback for every locale without a translation of its own.
    if (own->load(locale, QStringLiteral("rungs"), QStringLiteral("_"), QStringLiteral(":/i18n")) ||
        own->load(QStringLiteral(":/i18n/rungs_en.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(&app);
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
}

} // namespace Translations
