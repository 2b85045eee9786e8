// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>

#include <vector>

class DemoRandom;

/**
 * The days of a demo span and the ones the demo engineer is away: the Spring Festival
 * break, the National Day week (1–7 October), a summer week, New Year's Day (some years
 * the whole last week of December), and two to four missed weeks a year (a release
 * crunch, a cold). The Spring Festival follows the lunar calendar, which is not computed:
 * the break starts on a day drawn between 20 January and 12 February, the window the
 * festival's eve falls in.
 */
class DemoCalendar
{
public:
    /** The span first to last (both included), with away days drawn from random. */
    DemoCalendar(const QDate& first, const QDate& last, DemoRandom& random);

    QDate first() const { return m_first; }
    QDate last() const { return m_last; }
    bool contains(const QDate& day) const { return day >= m_first && day <= m_last; }
    bool isAway(const QDate& day) const;
    static bool isWeekend(const QDate& day) { return day.dayOfWeek() >= Qt::Saturday; }
    /** A weekday of the span on which the engineer is not away. */
    bool isWorkingDay(const QDate& day) const
    {
        return contains(day) && !isWeekend(day) && !isAway(day);
    }
    /** Where day lies in the span: 0 on the first day, 1 on the last. */
    double progress(const QDate& day) const;
    /** The first working day on or after day, or an invalid date when the span has none. */
    QDate workingDayFrom(QDate day) const;

private:
    void markAway(const QDate& from, int days);

    QDate m_first;
    QDate m_last;
    std::vector<bool> m_away; ///< by day of the span
};
