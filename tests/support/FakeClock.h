// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Clock.h"

/** A clock that shows whatever time the test sets. */
class FakeClock final : public Clock
{
public:
    explicit FakeClock(QDateTime now = QDateTime(QDate(2026, 11, 22), QTime(9, 30)))
        : m_now(std::move(now))
    {}
    QDateTime now() const override { return m_now; }
    void set(const QDateTime& now) { m_now = now; }
    void advance(qint64 seconds) { m_now = m_now.addSecs(seconds); }

private:
    QDateTime m_now;
};
