// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reminder.h"

#include "Settings.h"
#include "TempDatabase.h"
#include "TestEntries.h"
#include "Workspace.h"
#include "WorkspaceTest.h"
#include "dialogs/PreferencesDialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>

#include <gtest/gtest.h>

namespace {

struct DueCase
{
    const char* name;
    QDateTime now;
    QDate lastReminded;
    bool loggedToday;
    bool due;
};

const QTime SixPm(18, 0);
const QString DeltaTech = QStringLiteral("delta_tech");

class ReminderIsDue : public ::testing::TestWithParam<DueCase>
{};

TEST_P(ReminderIsDue, DecidesFromTimeLastReminderAndTodaysEntries)
{
    const DueCase& c = GetParam();
    EXPECT_EQ(Reminder::isDue(c.now, SixPm, c.lastReminded, c.loggedToday), c.due);
}

INSTANTIATE_TEST_SUITE_P(
    Reminder, ReminderIsDue,
    ::testing::Values(
        DueCase{"BeforeTheTime", QDateTime(TestToday, QTime(17, 59)), {}, false, false},
        DueCase{"AtTheTime", QDateTime(TestToday, SixPm), {}, false, true},
        DueCase{"AfterTheTime", QDateTime(TestToday, QTime(21, 30)), {}, false, true},
        DueCase{"AlreadyRemindedToday", QDateTime(TestToday, QTime(21, 30)), TestToday, false,
                false},
        DueCase{"LoggedToday", QDateTime(TestToday, QTime(21, 30)), {}, true, false},
        DueCase{"NewDayAfterRemindingYesterday", QDateTime(TestToday.addDays(1), QTime(18, 1)),
                TestToday, false, true},
        DueCase{"NewDayBeforeTheTime", QDateTime(TestToday.addDays(1), QTime(9, 0)), TestToday,
                false, false}),
    [](const ::testing::TestParamInfo<DueCase>& info) { return std::string(info.param.name); });

/** A seeded workspace and reminder settings of the test's own. */
class ReminderTest : public WorkspaceTest
{
protected:
    void SetUp() override
    {
        useOwnConfigFolder();
        // QSettings may keep the first test's folder for the whole process: start clean.
        Settings().remove(QStringLiteral("reminder"));
        WorkspaceTest::SetUp();
    }

    static void enableAt(const QTime& at)
    {
        Settings settings;
        settings.setValue(Reminder::enabledKey(), true);
        settings.setValue(Reminder::timeKey(), at);
    }

    void setNow(const QDate& day, const QTime& time) { m_temp.clock().set(QDateTime(day, time)); }

    /** How often a Reminder started now fires on its first check: 0 or 1. */
    int dueOnFirstCheck()
    {
        Reminder reminder(*m_workspace);
        QSignalSpy due(&reminder, &Reminder::due);
        reminder.check();
        return due.count();
    }
};

} // namespace

TEST_F(ReminderTest, IsOffUntilEnabledAndThenChecksEveryMinute)
{
    Reminder reminder(*m_workspace);
    auto* timer = reminder.findChild<QTimer*>();
    ASSERT_NE(timer, nullptr);
    EXPECT_FALSE(reminder.isEnabled());
    EXPECT_FALSE(timer->isActive());
    EXPECT_EQ(reminder.time(), QTime(18, 0));

    enableAt(QTime(20, 15));
    reminder.reloadSettings();
    EXPECT_TRUE(reminder.isEnabled());
    EXPECT_EQ(reminder.time(), QTime(20, 15));
    EXPECT_TRUE(timer->isActive());
    EXPECT_EQ(timer->interval(), 60 * 1000);
}

TEST_F(ReminderTest, DisabledReminderNeverFires)
{
    setNow(TestToday, QTime(22, 0));
    EXPECT_EQ(dueOnFirstCheck(), 0);
}

TEST_F(ReminderTest, FiresOnceADayAfterTheTimeWhenNothingIsLogged)
{
    enableAt(SixPm);
    setNow(TestToday, QTime(17, 0));
    Reminder reminder(*m_workspace);
    QSignalSpy due(&reminder, &Reminder::due);
    // Moves the clock, checks, and says how often the reminder has fired so far.
    const auto firedAfterCheckAt = [&](const QDate& day, const QTime& time) {
        setNow(day, time);
        reminder.check();
        return due.count();
    };

    EXPECT_EQ(firedAfterCheckAt(TestToday, QTime(17, 0)), 0);
    EXPECT_EQ(firedAfterCheckAt(TestToday, QTime(18, 30)), 1);
    EXPECT_EQ(firedAfterCheckAt(TestToday, QTime(18, 31)), 1);
    EXPECT_EQ(firedAfterCheckAt(TestToday.addDays(1), QTime(18, 30)), 2);
}

TEST_F(ReminderTest, RestartingTheSameEveningDoesNotRemindAgain)
{
    enableAt(SixPm);
    setNow(TestToday, QTime(19, 0));
    ASSERT_EQ(dueOnFirstCheck(), 1); // the first start reminds
    EXPECT_EQ(dueOnFirstCheck(), 0); // the restart does not
}

TEST_F(ReminderTest, SomethingLoggedTodayMeansNoReminder)
{
    enableAt(SixPm);
    setNow(TestToday, QTime(19, 0));
    ASSERT_TRUE(m_workspace->addEntry(makeEntry(TestToday.addDays(-1), DeltaTech, 2)).ok());
    ASSERT_TRUE(m_workspace->addEntry(makeEntry(TestToday, DeltaTech, 2)).ok());
    EXPECT_EQ(dueOnFirstCheck(), 0);
}

TEST_F(ReminderTest, OnlyYesterdaysEntriesStillRemind)
{
    enableAt(SixPm);
    setNow(TestToday, QTime(19, 0));
    ASSERT_TRUE(m_workspace->addEntry(makeEntry(TestToday.addDays(-1), DeltaTech, 2)).ok());
    EXPECT_EQ(dueOnFirstCheck(), 1);
}

TEST_F(ReminderTest, PreferencesStartUncheckedWithTimeDisabledAtSixPm)
{
    PreferencesDialog dialog;
    auto* remind = dialog.findChild<QCheckBox*>(QStringLiteral("remind"));
    auto* time = dialog.findChild<QTimeEdit*>(QStringLiteral("time"));
    ASSERT_NE(remind, nullptr);
    ASSERT_NE(time, nullptr);
    EXPECT_FALSE(remind->isChecked());
    EXPECT_FALSE(time->isEnabled());
    EXPECT_EQ(time->time(), QTime(18, 0));
}

TEST_F(ReminderTest, PreferencesOkSavesReminderThatTheReminderThenFollows)
{
    PreferencesDialog dialog;
    dialog.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&dialog));
    auto* remind = dialog.findChild<QCheckBox*>(QStringLiteral("remind"));
    auto* time = dialog.findChild<QTimeEdit*>(QStringLiteral("time"));
    ASSERT_NE(remind, nullptr);
    ASSERT_NE(time, nullptr);
    QTest::keyClick(remind, Qt::Key_Space);
    EXPECT_TRUE(remind->isChecked());
    EXPECT_TRUE(time->isEnabled());
    time->setTime(QTime(20, 15));
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();

    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const Settings settings;
    EXPECT_TRUE(settings.value(Reminder::enabledKey()).toBool());
    EXPECT_EQ(settings.value(Reminder::timeKey()).toTime(), QTime(20, 15));
    Reminder reminder(*m_workspace);
    EXPECT_TRUE(reminder.isEnabled());
    EXPECT_EQ(reminder.time(), QTime(20, 15));
}

TEST_F(ReminderTest, PreferencesCancelChangesNothing)
{
    PreferencesDialog dialog;
    dialog.findChild<QCheckBox*>(QStringLiteral("remind"))->setChecked(true);
    dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Cancel)->click();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    EXPECT_FALSE(Settings().contains(Reminder::enabledKey()));
}
