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
