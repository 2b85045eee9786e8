// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

#include <utility>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

/**
 * Draws a percentage over time as a Qt Charts line chart: one line with a marker per
 * point, days along the bottom, 0–100 % up the side. Made for the weekly composite
 * score; hovering a point shows its week and value as a tooltip.
 */
class TrendChart
{
    Q_DECLARE_TR_FUNCTIONS(TrendChart)

public:
    /**
     * A new chart of points (day, percent), without animation or legend, ready for a
     * ChartView or ChartExporter; the caller owns it. Points are drawn in the order
     * given; values outside 0..100 are drawn clamped. The time axis spans the first to
     * the last day, with a few days either side when that span is empty; with no
     * points the chart has its axes only.
     */
    static QChart* build(const QList<std::pair<QDate, double>>& points);
};
