// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QObject>
#include <QTime>

class QTimer;

class Workspace;

/**
 * The daily nudge to log: when enabled in Settings, once a minute it asks whether it
 * is past the reminder time with nothing logged today, and emits due() at most once a
 * day. It only decides; the main window chooses how to tell the user (a tray message).
 *
 * "Now" and "today" come from the database's clock (Workspace::today()), the same
 * clock that dates entries, so tests can pin them. The day of the last reminder is kept
 * in Settings, so restarting the app in the evening does not remind twice.
 */
class Reminder : public QObject
{
    Q_OBJECT

public:
    static constexpr int CheckIntervalMs = 60 * 1000;

    /** Settings keys and defaults; PreferencesDialog writes them. */
    static QString enabledKey() { return QStringLiteral("reminder/enabled"); }
    static QString timeKey() { return QStringLiteral("reminder/time"); }
    static QString lastRemindedKey() { return QStringLiteral("reminder/lastReminded"); }
    static QTime defaultTime() { return QTime(18, 0); }

    /** Reads Settings and, when enabled, starts checking. workspace must outlive it. */
    explicit Reminder(Workspace& workspace, QObject* parent = nullptr);

    /**
     * True when a reminder is owed: now is at or past at on a day not yet reminded,
     * and nothing is logged for now's day.
     */
    static bool isDue(const QDateTime& now, const QTime& at, const QDate& lastReminded,
                      bool loggedToday);

    bool isEnabled() const { return m_enabled; }
    QTime time() const { return m_at; }
    /** Re-reads the settings (after the preferences changed); starts or stops checking. */
    void reloadSettings();
    /** Checks now instead of at the next tick; emits due() and remembers the day if due. */
    void check();

Q_SIGNALS:
    /** Time to remind the user to log today's figures. */
    void due();

private:
    bool loggedToday() const;

    Workspace& m_workspace;
    QTimer* m_timer;
    bool m_enabled = false;
    QTime m_at;
    QDate m_lastReminded;
};
