// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QDateTime>

/**
 * The source of "now" for everything that dates data. Code takes a Clock& so tests
 * can pin "today"; the application uses SystemClock.
 */
class Clock
{
public:
    virtual ~Clock() = default;
    /** Local wall-clock time. */
    virtual QDateTime now() const = 0;
};

/** The machine's local time. */
class SystemClock final : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};
