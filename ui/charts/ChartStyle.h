// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QDate>
#include <QFont>
#include <QList>

QT_BEGIN_NAMESPACE
class QAbstractSeries;
class QChart;
QT_END_NAMESPACE

/** The look every Rungs chart shares, so the radar, the trends and exports match. */
namespace ChartStyle {

/**
 * Line colours, in order: dark enough to read on white; blue and orange first, the
 * pair most colour-blind eyes still tell apart.
 */
const QList<QColor>& palette();
QColor paletteColour(qsizetype index);

inline const QColor GridColour(0xd4, 0xd8, 0xdd);
inline const QColor LabelColour(0x33, 0x3a, 0x41);

/**
 * The application font with CJK fallbacks: names come in Chinese too, and the
 * offscreen platform (headless export) does not always fall back by itself.
 */
QFont font(qreal pointSizeFactor = 1);

/**
 * White, square, no shadow, no animation, and the white reaching the edges of a view as
 * it does in exported files: a chart that prints and exports as shown.
 */
void applyPlain(QChart* chart);

/** Keeps series out of the legend (grids, targets, bands). */
void hideFromLegend(QChart* chart, QAbstractSeries* series);

/**
 * A day as QDateTimeAxis places it: its local midnight in milliseconds since the
 * epoch. dayAt() is the inverse, rounding to the nearest day.
 */
double chartX(const QDate& day);
QDate dayAt(double x);

} // namespace ChartStyle
