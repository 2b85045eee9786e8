// SPDX-License-Identifier: GPL-3.0-or-later
#include "DemoCalendar.h"

#include "DemoRandom.h"

DemoCalendar::DemoCalendar(const QDate& first, const QDate& last, DemoRandom& random)
    : m_first(first)
    , m_last(last)
    , m_away(std::size_t(first.daysTo(last) + 1), false)
{
    for (int year = first.year(); year <= last.year(); ++year) {
        const QDate springFestival = QDate(year, 1, 20).addDays(random.between(0, 23));
        markAway(springFestival, random.between(9, 14));
        markAway(QDate(year, 10, 1), 7);
        const QDate summer = QDate(year, 7, 1).addDays(random.between(0, 54));
        markAway(summer.addDays(1 - summer.dayOfWeek()), 9);
        if (random.chance(0.5))
            markAway(QDate(year, 12, 24), 9);
        else
            markAway(QDate(year, 1, 1), 1);
        const int missedWeeks = random.between(2, 4);
        for (int i = 0; i < missedWeeks; ++i) {
            const QDate day = QDate(year, 1, 1).addDays(random.between(0, 364));
            markAway(day.addDays(1 - day.dayOfWeek()), 7);
        }
    }
}

bool DemoCalendar::isAway(const QDate& day) const
{
    return contains(day) && m_away[std::size_t(m_first.daysTo(day))];
}

double DemoCalendar::progress(const QDate& day) const
{
    const qint64 length = m_first.daysTo(m_last);
    return length == 0 ? 1.0 : double(m_first.daysTo(day)) / double(length);
}

QDate DemoCalendar::workingDayFrom(QDate day) const
{
    for (; contains(day); day = day.addDays(1)) {
        if (isWorkingDay(day))
            return day;
    }
    return {};
}

void DemoCalendar::markAway(const QDate& from, int days)
{
    for (QDate day = from; day < from.addDays(days); day = day.addDays(1)) {
        if (contains(day))
            m_away[std::size_t(m_first.daysTo(day))] = true;
    }
}
