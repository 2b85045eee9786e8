// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChartView.h"

#include <QMouseEvent>
#include <QWheelEvent>

ChartView::ChartView(QChart* chart, QWidget* parent)
    : QChartView(chart, parent)
{
    setRenderHint(QPainter::Antialiasing);
    setFrameShape(QFrame::NoFrame);
}

void ChartView::mousePressEvent(QMouseEvent* event)
{
    // QTBUG-118669: the base class dereferences the item under the pointer.
    if (!scene() || !itemAt(event->position().toPoint())) {
        event->ignore();
        return;
    }
    QChartView::mousePressEvent(event);
}

void ChartView::wheelEvent(QWheelEvent* event)
{
    // Ignored events travel to the parent: the scroll area around the chart scrolls.
    event->ignore();
}
