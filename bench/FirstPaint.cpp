// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaint.h"

#include <QChartView>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QPolarChart>
#include <QWidget>

#include <cstdio>
#include <cstdlib>
#include <sys/resource.h>

namespace {

QElapsedTimer& sinceStart()
{
    static QElapsedTimer timer;
    return timer;
}

bool isPolarChartViewport(QObject* watched)
{
    auto* widget = qobject_cast<QWidget*>(watched);
    if (!widget || !widget->isVisible())
        return false;
    auto* view = qobject_cast<QChartView*>(widget->parentWidget());
    return view && view->viewport() == widget && qobject_cast<QPolarChart*>(view->chart());
}

void report()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    std::printf("paint_ms=%.1f maxrss_kb=%ld\n", double(sinceStart().nsecsElapsed()) / 1e6,
                usage.ru_maxrss);
    std::fflush(stdout);
    std::_Exit(0);
}

} // namespace

void FirstPaint::start()
{
    sinceStart().start();
}

void FirstPaint::watch(QObject* app)
{
    app->installEventFilter(new FirstPaint(app));
}

bool FirstPaint::eventFilter(QObject* watched, QEvent* event)
{
    if (!m_seen && event->type() == QEvent::Paint && isPolarChartViewport(watched)) {
        m_seen = true;
        // Queued: runs once the whole window's paint pass is done and flushed.
        QMetaObject::invokeMethod(this, &report, Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}
