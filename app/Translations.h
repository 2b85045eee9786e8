// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

class QCoreApplication;

/**
 * Loads the translations of Rungs and of Qt for the user's language (the system
 * locale, or the language chosen in the settings).
 */
namespace Translations {
void install(QCoreApplication& app);
}
