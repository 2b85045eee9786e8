// SPDX-License-Identifier: GPL-3.0-or-later
#include "Reminder.h"

#include "Database.h"
#include "Settings.h"
#include "Workspace.h"

#include <QTimer>

Reminder::Reminder(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_timer(new QTimer(this))
{
    m_timer->setInterval(CheckIntervalMs);
    // A minute late is as good as on time, and lets the system batch wake-ups.
    m_timer->setTimerType(Qt::VeryCoarseTimer);
    connect(m_timer, &QTimer::timeout, this, &Reminder::check);
    reloadSettings();
}

bool Reminder::isDue(const QDateTime& now, const QTime& at, const QDate& lastReminded,
                     bool loggedToday)
{
    return !loggedToday && lastReminded != now.date() && now.time() >= at;
}

void Reminder::reloadSettings()
{
    const Settings settings;
    m_enabled = settings.value(enabledKey(), false).toBool();
    m_at = settings.value(timeKey(), defaultTime()).toTime();
    if (!m_at.isValid())
        m_at = defaultTime();
    m_lastReminded = settings.value(lastRemindedKey()).toDate();
    if (m_enabled)
        m_timer->start();
    else
        m_timer->stop();
}

void Reminder::check()
{
    if (!m_enabled)
        return;
    const QDateTime now = m_workspace.database().clock().now();
    if (!isDue(now, m_at, m_lastReminded, loggedToday()))
        return;
    m_lastReminded = now.date();
    Settings().setValue(lastRemindedKey(), m_lastReminded);
    Q_EMIT due();
}

bool Reminder::loggedToday() const
{
    return m_workspace.hasEntryOn(m_workspace.today());
}
