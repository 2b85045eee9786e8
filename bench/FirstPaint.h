// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

/**
 * Ends the process once a window has been painted for the first time with its polar
 * chart in it: the figure the start-up benchmark compares. Installed on the
 * application, it waits for the first paint of the viewport of a QChartView whose
 * chart is a QPolarChart, lets that paint pass finish, then prints the milliseconds
 * since start() and the peak resident memory on stdout and leaves with std::_Exit, so
 * that tearing the window down is not counted. Both start-up programs (Rungs' main
 * window and the bare Qt window) use it, so they are measured the same way.
 */
class FirstPaint : public QObject
{
public:
    /** Starts the clock; call first thing in main(). */
    static void start();
    /** Watches app for the first painted polar chart. */
    static void watch(QObject* app);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    using QObject::QObject;
    bool m_seen = false;
};
