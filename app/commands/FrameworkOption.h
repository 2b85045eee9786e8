// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCommandLineOption>
#include <QCoreApplication>

/** --framework KEY: list another installed framework than the active one. */
inline QCommandLineOption frameworkOption()
{
    return {QStringLiteral("framework"),
            QCoreApplication::translate("FrameworkOption",
                                        "Framework to list instead of the active one."),
            QCoreApplication::translate("FrameworkOption", "key")};
}
