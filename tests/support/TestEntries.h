// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"
#include "FakeClock.h"
#include "Framework.h"
#include "FrameworkReader.h"

#include <gtest/gtest.h>

/*
 * Shared data for tests of entries: the day the fake clock shows, the built-in
 * go-backend framework read from its file, and short ways to write entries.
 */

/** The day FakeClock shows unless a test sets it: 2026-11-22, so 2026-11-23 is the future. */
inline const QDate TestToday = FakeClock().now().date();

/** A day of November 2026, the month the fake clock is in. */
inline QDate nov(int day)
{
    return QDate(2026, 11, day);
}

/** resources/frameworks/go-backend.json, read once; fails the calling test when it cannot. */
inline const Framework& goBackendFramework()
{
    static const Framework framework = [] {
        auto f = FrameworkReader::readFile(
            QStringLiteral(RUNGS_SOURCE_DIR "/resources/frameworks/go-backend.json"));
        EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().message.toStdString());
        return f.ok() ? f.value() : Framework{};
    }();
    return framework;
}

/** An entry as a person gives it: not stored, so without id and timestamps. */
inline Entry makeEntry(const QDate& day, const QString& metric, double value,
                       const QString& note = {}, const QString& evidence = {})
{
    Entry e;
    e.day = day;
    e.metricKey = metric;
    e.value = value;
    e.note = note;
    e.evidence = evidence;
    return e;
}

/**
 * Three weeks of entries that aggregate to the worked example of
 * docs/composite-score.md. TestToday (2026-11-22) is a Sunday, so the weeks start on
 * Mondays 2026-11-02, 11-09 and 11-16:
 *   delta_tech (sum, higher is better):        1 + 2 = 3,  5,  4 + 3 = 7
 *   alert_hours_week (mean, lower is better): (18 + 22) / 2 = 20,  12,  14
 * With expert weights 1 : 3 and the default share, the weeks score 0, 0.7920722277 and
 * 0.8539638862 (blended weights 0.4158555446 and 0.5841444554).
 */
inline QList<Entry> compositeExampleEntries()
{
    const QString tech = QStringLiteral("delta_tech");
    const QString alerts = QStringLiteral("alert_hours_week");
    return {
        makeEntry(nov(3), tech, 1),    makeEntry(nov(5), tech, 2),  makeEntry(nov(3), alerts, 18),
        makeEntry(nov(6), alerts, 22), makeEntry(nov(11), tech, 5), makeEntry(nov(12), alerts, 12),
        makeEntry(nov(16), tech, 4),   makeEntry(nov(22), tech, 3), makeEntry(nov(18), alerts, 14)};
}
