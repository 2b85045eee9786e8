// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

class QLocale;

/**
 * Loads the translations of Rungs and of Qt for a language: the command line passes
 * the system locale, the window the language chosen in Preferences (UiLanguage).
 * Installing again replaces what an earlier call installed.
 */
namespace Translations {
void install(QCoreApplication& app, const QLocale& locale);
}
