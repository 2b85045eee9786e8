// SPDX-License-Identifier: GPL-3.0-or-later
#include "UiLanguage.h"

#include "MainWindow.h"
#include "Settings.h"
#include "WorkspaceTest.h"
#include "dialogs/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

/** A config folder of the test's own with no language chosen. */
class UiLanguageTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        useOwnConfigFolder();
        Settings().remove(UiLanguage::key());
        WorkspaceTest::SetUp();
    }

    static QComboBox* languageBox(PreferencesDialog& dialog)
    {
        return dialog.findChild<QComboBox*>(u"language"_s);
    }
};

} // namespace

TEST_F(UiLanguageTest, EnglishAndSimplifiedChineseAreAvailable)
{
    EXPECT_EQ(UiLanguage::available(), QStringList({u"en"_s, u"zh_CN"_s}));
    EXPECT_EQ(UiLanguage::nativeName(u"en"_s), u"English"_s);
    EXPECT_EQ(UiLanguage::nativeName(u"zh_CN"_s), u"简体中文"_s);
}

TEST_F(UiLanguageTest, WithoutAChoiceTheSystemLocaleDecides)
{
    EXPECT_EQ(UiLanguage::chosen(), QLocale::system());
    PreferencesDialog dialog;
    ASSERT_NE(languageBox(dialog), nullptr);
    EXPECT_EQ(languageBox(dialog)->currentIndex(), 0);
    EXPECT_TRUE(languageBox(dialog)->currentData().toString().isEmpty());
}

TEST_F(UiLanguageTest, ChineseChosenInPreferencesIsStoredAsAChange)
{
    PreferencesDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    QComboBox* box = languageBox(dialog);
    ASSERT_NE(box, nullptr);
    box->setFocus();
    // System default, English, 简体中文: two steps down.
    QTest::keyClick(box, Qt::Key_Down);
    QTest::keyClick(box, Qt::Key_Down);
    EXPECT_EQ(box->currentText(), u"简体中文"_s);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_EQ(Settings().value(UiLanguage::key()).toString(), u"zh_CN"_s);
    EXPECT_EQ(UiLanguage::chosen().language(), QLocale::Chinese);
    EXPECT_EQ(UiLanguage::chosen().territory(), QLocale::China);
}

TEST_F(UiLanguageTest, SystemDefaultForgetsAnEarlierChoice)
{
    Settings().setValue(UiLanguage::key(), u"zh_CN"_s);
    PreferencesDialog dialog;
    QComboBox* box = languageBox(dialog);
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->currentData().toString(), u"zh_CN"_s);
    box->setCurrentIndex(0);
    dialog.accept();
    EXPECT_TRUE(dialog.languageChanged());
    EXPECT_FALSE(Settings().contains(UiLanguage::key()));
    EXPECT_EQ(UiLanguage::chosen(), QLocale::system());
}

TEST_F(UiLanguageTest, CancelKeepsTheLanguage)
{
    Settings().setValue(UiLanguage::key(), u"en"_s);
    PreferencesDialog dialog;
    languageBox(dialog)->setCurrentIndex(languageBox(dialog)->findData(u"zh_CN"_s));
    dialog.reject();
    EXPECT_EQ(Settings().value(UiLanguage::key()).toString(), u"en"_s);
}

TEST_F(UiLanguageTest, ALanguageWithoutTextsFallsBackToTheSystemLocale)
{
    Settings().setValue(UiLanguage::key(), u"fr_FR"_s);
    EXPECT_EQ(UiLanguage::chosen(), QLocale::system());
}

TEST_F(UiLanguageTest, OkWithTheSameLanguageIsNoChange)
{
    Settings().setValue(UiLanguage::key(), u"en"_s);
    PreferencesDialog dialog;
    dialog.accept();
    EXPECT_FALSE(dialog.languageChanged());
}

TEST_F(UiLanguageTest, AnotherLanguageInPreferencesAsksForTheWindowAgain)
{
    MainWindow window(*m_workspace);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    QSignalSpy again(&window, &MainWindow::languageChangeRequested);
    const auto choose = [](const QString& language) {
        QTimer::singleShot(0, [language] {
            auto* dialog = qobject_cast<PreferencesDialog*>(QApplication::activeModalWidget());
            ASSERT_NE(dialog, nullptr);
            QComboBox* box = languageBox(*dialog);
            box->setCurrentIndex(box->findData(language));
            dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        });
    };
    QAction* preferences = nullptr;
    for (QAction* action : window.findChildren<QAction*>()) {
        if (action->menuRole() == QAction::PreferencesRole)
            preferences = action;
    }
    ASSERT_NE(preferences, nullptr);

    choose(QString()); // the system default, as before
    preferences->trigger();
    EXPECT_EQ(again.count(), 0);
    EXPECT_TRUE(window.isVisible());

    choose(u"zh_CN"_s);
    preferences->trigger();
    EXPECT_EQ(again.count(), 1);
    EXPECT_FALSE(window.isVisible());
}
