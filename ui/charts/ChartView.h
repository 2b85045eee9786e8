// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QChartView>

/**
 * The QChartView every Rungs view shows charts in. It guards two Qt 6.4 problems:
 * a mouse press where no scene item lies under the pointer can crash inside
 * QChartView::mousePressEvent (QTBUG-118669), and QGraphicsView swallows wheel events,
 * so a chart inside a scroll area would stop the page from scrolling. Charts in Rungs
 * do not zoom with the wheel; the wheel always goes to the parent.
 */
class ChartView : public QChartView
{
    Q_OBJECT

public:
    /** Shows chart, taking ownership of it, with antialiased drawing. */
    explicit ChartView(QChart* chart, QWidget* parent = nullptr);

protected:
    void mousePressEvent(QMouseEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
};
