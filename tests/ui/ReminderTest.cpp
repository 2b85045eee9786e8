// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reminder.h"

#include "Settings.h"
#include "TempDatabase.h"
#include "Workspace.h"
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
const QDate Today(2026, 11, 22);

class ReminderIsDue : public ::testing::TestWithParam<DueCase>
{};

TEST_P(ReminderIsDue, DecidesFromTimeLastReminderAndTodaysEntries)
{
    const DueCase& c = GetParam();
    EXPECT_EQ(Reminder::isDue(c.now, SixPm, c.lastReminded, c.loggedToday), c.due);
}

INSTANTIATE_TEST_SUITE_P(
    Reminder, ReminderIsDue,
    ::testing::Values(DueCase{"BeforeTheTime", QDateTime(Today, QTime(17, 59)), {}, false, false},
                      DueCase{"AtTheTime", QDateTime(Today, SixPm), {}, false, true},
                      DueCase{"AfterTheTime", QDateTime(Today, QTime(21, 30)), {}, false, true},
                      DueCase{"AlreadyRemindedToday", QDateTime(Today, QTime(21, 30)), Today, false,
                              false},
                      DueCase{"LoggedToday", QDateTime(Today, QTime(21, 30)), {}, true, false},
                      DueCase{"NewDayAfterRemindingYesterday",
                              QDateTime(Today.addDays(1), QTime(18, 1)), Today, false, true},
                      DueCase{"NewDayBeforeTheTime", QDateTime(Today.addDays(1), QTime(9, 0)),
                              Today, false, false}),
    [](const ::testing::TestParamInfo<DueCase>& info) { return std::string(info.param.name); });

/** A seeded workspace and reminder settings of the test's own. */
class ReminderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_temp.path(QStringLiteral("config"))));
        // QSettings may keep the first test's folder for the whole process: start clean.
        Settings().remove(QStringLiteral("reminder"));
        m_db = m_temp.openSeeded();
        ASSERT_TRUE(m_db);
        m_workspace = std::make_unique<Workspace>(*m_db);
        ASSERT_TRUE(m_workspace->reload().ok());
    }

    static void enableAt(const QTime& at)
    {
        Settings settings;
        settings.setValue(Reminder::enabledKey(), true);
        settings.setValue(Reminder::timeKey(), at);
    }

    void setNow(const QDate& day, const QTime& time) { m_temp.clock().set(QDateTime(day, time)); }

    TempDatabase m_temp;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Workspace> m_workspace;
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
    setNow(Today, QTime(22, 0));
    Reminder reminder(*m_workspace);
    QSignalSpy due(&reminder, &Reminder::due);
    reminder.check();
    EXPECT_EQ(due.count(), 0);
}

TEST_F(ReminderTest, FiresOnceADayAfterTheTimeWhenNothingIsLogged)
{
    enableAt(SixPm);
    setNow(Today, QTime(17, 0));
    Reminder reminder(*m_workspace);
    QSignalSpy due(&reminder, &Reminder::due);

    reminder.check();
    EXPECT_EQ(due.count(), 0);
    setNow(Today, QTime(18, 30));
    reminder.check();
    EXPECT_EQ(due.count(), 1);
    setNow(Today, QTime(18, 31));
    reminder.check();
    EXPECT_EQ(due.count(), 1);
    setNow(Today.addDays(1), QTime(18, 30));
    reminder.check();
    EXPECT_EQ(due.count(), 2);
}

TEST_F(ReminderTest, RestartingTheSameEveningDoesNotRemindAgain)
{
    enableAt(SixPm);
    setNow(Today, QTime(19, 0));
    {
        Reminder first(*m_workspace);
        QSignalSpy due(&first, &Reminder::due);
        first.check();
        ASSERT_EQ(due.count(), 1);
    }
    Reminder again(*m_workspace);
    QSignalSpy due(&again, &Reminder::due);
    again.check();
    EXPECT_EQ(due.count(), 0);
}

TEST_F(ReminderTest, SomethingLoggedTodayMeansNoReminder)
{
    enableAt(SixPm);
    setNow(Today, QTime(19, 0));
    Entry yesterday;
    yesterday.day = Today.addDays(-1);
    yesterday.metricKey = QStringLiteral("delta_tech");
    yesterday.value = 2;
    ASSERT_TRUE(m_workspace->addEntry(yesterday).ok());
    Entry today = yesterday;
    today.day = Today;
    ASSERT_TRUE(m_workspace->addEntry(today).ok());

    Reminder reminder(*m_workspace);
    QSignalSpy due(&reminder, &Reminder::due);
    reminder.check();
    EXPECT_EQ(due.count(), 0);
}

TEST_F(ReminderTest, OnlyYesterdaysEntriesStillRemind)
{
    enableAt(SixPm);
    setNow(Today, QTime(19, 0));
    Entry yesterday;
    yesterday.day = Today.addDays(-1);
    yesterday.metricKey = QStringLiteral("delta_tech");
    yesterday.value = 2;
    ASSERT_TRUE(m_workspace->addEntry(yesterday).ok());

    Reminder reminder(*m_workspace);
    QSignalSpy due(&reminder, &Reminder::due);
    reminder.check();
    EXPECT_EQ(due.count(), 1);
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
