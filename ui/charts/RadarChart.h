// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "RadarData.h"

#include <QCoreApplication>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

/**
 * Draws a RadarData as a Qt Charts polar chart: one spoke per axis, a polygon web at
 * every whole score, each profile a closed polygon (filled ones translucent), the
 * legend at the bottom. Hovering a profile's outline shows "axis: value" as a tooltip.
 *
 * Design note: Qt 6.4 has no radar chart. The polar chart's grid is circles, so the
 * radial grid is hidden and the web is drawn as extra line series whose legend markers
 * are hidden; the angular axis runs 0..N, so the point at N closes each polygon on
 * axis 0 (RadarData::closedPolygon). All of this stays in ui/charts/ so a later move to
 * Qt Graphs touches this folder only.
 */
class RadarChart
{
    Q_DECLARE_TR_FUNCTIONS(RadarChart)

public:
    /**
     * A new chart for data, without animation, ready for a ChartView or ChartExporter.
     * The caller owns it (a QChartView takes ownership when given it). Values outside
     * 0..data.maximum are drawn clamped; tooltips show the values as given.
     */
    static QChart* build(const RadarData& data);
};
