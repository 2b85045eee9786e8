// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

/**
 * Starts the desktop application: checks for a display, opens the database (offering
 * the newest backup when it cannot), shows the main window, runs the event loop.
 */
namespace GuiStartup {
int run(int& argc, char** argv, const QString& databasePath);
}
