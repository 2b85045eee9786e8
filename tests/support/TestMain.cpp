// SPDX-License-Identifier: GPL-3.0-or-later
// Test entry point: tests run without a display unless the caller chose a platform.
#include <QLocale>
#include <QTranslator>

#include <gtest/gtest.h>

#ifdef RUNGS_TEST_GUI
#include <QApplication>
using TestApplication = QApplication;
#else
#include <QCoreApplication>
using TestApplication = QCoreApplication;
#endif

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // Expected texts in the tests are English.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    ::testing::InitGoogleTest(&argc, argv);
    TestApplication app(argc, argv);
    TestApplication::setApplicationName(QStringLiteral("rungs-tests"));
    // The English singular and plural forms, as the application installs them.
    QTranslator english;
    if (english.load(QStringLiteral(":/i18n/rungs_en.qm")))
        TestApplication::installTranslator(&english);
    return RUN_ALL_TESTS();
}
