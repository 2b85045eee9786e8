// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/ProfileDialog.h"

#include "MainWindow.h"
#include "Reminder.h"
#include "Settings.h"
#include "TestEntries.h"
#include "WorkspaceTest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeEdit>

#include <gtest/gtest.h>

using namespace Qt::StringLiterals;

namespace {

class ProfileDialogTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(WorkspaceTest::SetUp());
        useOwnConfigFolder();
        // QSettings may keep the first test's folder for the whole process: start clean.
        Settings().remove(ProfileDialog::welcomeDoneKey());
    }

    QString storedProfile() const
    {
        return TempDatabase::scalar(m_temp.path(),
                                    u"SELECT framework_key || ' ' || current_level || ' ' || "
                                    "target_level || ' ' || coalesce(target_date, '-') || ' ' || "
                                    "display_name FROM profile"_s)
            .toString();
    }

    static QComboBox* combo(QDialog* dialog, int index)
    {
        return dialog->findChildren<QComboBox*>().at(index); // ladder, current, target
    }

    static void save(QDialog* dialog)
    {
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save)->click();
    }
};

} // namespace

TEST_F(ProfileDialogTest, TheWelcomeStoresTheProfileAndReminderAndDoesNotComeBack)
{
    MainWindow window(*m_workspace);
    ProfileDialog* welcome = window.welcomeIfFirstStart();
    ASSERT_NE(welcome, nullptr);
    EXPECT_EQ(welcome->windowTitle(), u"Welcome to Rungs"_s);
    welcome->findChild<QLineEdit*>()->setText(u"李雷"_s);
    combo(welcome, 2)->setCurrentText(u"P8"_s);
    const auto boxes = welcome->findChildren<QCheckBox*>();
    for (QCheckBox* box : boxes) {
        if (box->text().contains(u"Remind"_s))
            box->setChecked(true);
    }
    welcome->findChild<QTimeEdit*>()->setTime(QTime(19, 30));
    save(welcome);

    EXPECT_EQ(storedProfile(), u"go-backend P6 P8 - 李雷"_s);
    EXPECT_EQ(m_workspace->profile().targetLevel, u"P8"_s);
    const Settings settings;
    EXPECT_TRUE(settings.value(Reminder::enabledKey()).toBool());
    EXPECT_EQ(settings.value(Reminder::timeKey()).toTime(), QTime(19, 30));
    EXPECT_EQ(window.welcomeIfFirstStart(), nullptr);
}

TEST_F(ProfileDialogTest, NoWelcomeForSomeoneWhoAlreadyLoggedFigures)
{
    ASSERT_TRUE(m_workspace->addEntry(makeEntry(TestToday, u"delta_tech"_s, 1)).ok());
    MainWindow window(*m_workspace);
    EXPECT_EQ(window.welcomeIfFirstStart(), nullptr);
}

TEST_F(ProfileDialogTest, ATargetNotAboveTheCurrentLevelIsRefusedAndNothingIsWritten)
{
    const QString before = storedProfile();
    ProfileDialog dialog(*m_workspace, ProfileDialog::Mode::Edit);
    combo(&dialog, 1)->setCurrentText(u"P8"_s);
    combo(&dialog, 2)->setCurrentText(u"P7"_s);
    save(&dialog);
    EXPECT_NE(dialog.result(), QDialog::Accepted);
    QString shown;
    for (QLabel* label : dialog.findChildren<QLabel*>()) {
        if (!label->isHidden() && label->text().contains(u"target level"_s))
            shown = label->text();
    }
    EXPECT_EQ(shown, u"target level: P7 is not above the current level P8"_s);
    EXPECT_EQ(storedProfile(), before);
}

TEST_F(ProfileDialogTest, AnotherLadderOffersItsOwnLevelsAndBecomesTheOneInUse)
{
    ProfileDialog dialog(*m_workspace, ProfileDialog::Mode::Edit);
    QComboBox* ladder = combo(&dialog, 0);
    const int ic = ladder->findText(u"IC"_s, Qt::MatchContains);
    ASSERT_GE(ic, 0);
    ladder->setCurrentIndex(ic);
    QStringList levels;
    for (int i = 0; i < combo(&dialog, 1)->count(); ++i)
        levels << combo(&dialog, 1)->itemText(i);
    EXPECT_EQ(levels, (QStringList{u"L4"_s, u"L5"_s, u"L6"_s}));
    EXPECT_EQ(combo(&dialog, 2)->currentText(), u"L5"_s);
    save(&dialog);
    EXPECT_EQ(m_workspace->framework().key, u"ic-track"_s);
    EXPECT_EQ(storedProfile(), u"ic-track L4 L5 - "_s);
}

TEST_F(ProfileDialogTest, ExploringDemoDataFromTheWelcomeSavesNothingAndAsksTheCallerToSwitch)
{
    MainWindow window(*m_workspace);
    QSignalSpy demo(&window, &MainWindow::demoRequested);
    ProfileDialog* welcome = window.welcomeIfFirstStart();
    ASSERT_NE(welcome, nullptr);
    const QString before = storedProfile();
    QPushButton* explore = nullptr;
    for (QPushButton* button : welcome->findChildren<QPushButton*>()) {
        if (button->text() == u"Explore &Demo Data"_s)
            explore = button;
    }
    ASSERT_NE(explore, nullptr);
    explore->click();

    EXPECT_EQ(demo.count(), 1);
    EXPECT_EQ(storedProfile(), before);
    EXPECT_FALSE(Settings().value(ProfileDialog::welcomeDoneKey(), false).toBool());
}

TEST_F(ProfileDialogTest, TheEditedProfileOffersNoDemoData)
{
    ProfileDialog dialog(*m_workspace, ProfileDialog::Mode::Edit);
    for (QPushButton* button : dialog.findChildren<QPushButton*>())
        EXPECT_NE(button->text(), u"Explore &Demo Data"_s);
}

TEST_F(ProfileDialogTest, ADemoWindowSaysSoAndLeadsBackToTheUsersOwnData)
{
    MainWindow window(*m_workspace);
    QSignalSpy back(&window, &MainWindow::ownDataRequested);
    window.showAsDemo();
    EXPECT_EQ(window.windowTitle(), u"Rungs — Demo Data"_s);
    QPushButton* button = nullptr;
    for (QPushButton* candidate : window.findChildren<QPushButton*>()) {
        if (candidate->text() == u"Back to &My Data"_s)
            button = candidate;
    }
    ASSERT_NE(button, nullptr);
    button->click();
    EXPECT_EQ(back.count(), 1);
}
