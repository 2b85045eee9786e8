// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QList>
#include <QString>

/**
 * One logged figure: on a day, a metric had a value. Entries refer to metrics by key
 * only, so they outlive a framework revision that drops the metric.
 */
struct Entry
{
    qint64 id = 0; ///< 0 until stored
    QDate day;
    QString metricKey;
    double value = 0;
    QString note;
    QString evidence; ///< a URL, a commit or a file path; free text
    QString createdAt;
    QString updatedAt;

    /** Same day, metric, value, note and evidence: the content a CSV file carries. */
    bool sameContent(const Entry& other) const
    {
        return day == other.day && metricKey == other.metricKey && value == other.value &&
               note == other.note && evidence == other.evidence;
    }
};

/** Which entries a listing wants; empty members do not filter. */
struct EntryFilter
{
    QString metricKey;
    QDate from; ///< inclusive
    QDate to;   ///< inclusive
};

/** The text of an entry as a person or a file gives it, before validation. */
struct EntryText
{
    QString date;
    QString metric;
    QString value;
    QString note;
    QString evidence;
};
