// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QCoreApplication>
#include <QSize>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

/**
 * Writes a chart to a PNG, SVG or PDF file, off screen, so the GUI and the command
 * line export the same pictures. Files are replaced atomically: a failed export leaves
 * an existing file as it was.
 */
class ChartExporter
{
    Q_DECLARE_TR_FUNCTIONS(ChartExporter)

public:
    /**
     * PNG files hold this many pixels per logical pixel, for crisp output on HiDPI
     * screens and in print: a 1200x900 chart becomes a 2400x1800 image (tagged as
     * 192 dpi, so viewers that honour it show it at 1200x900).
     */
    static constexpr int PngPixelRatio = 2;

    /** True when path ends in .png, .svg or .pdf (any case). */
    static bool canSave(const QString& path);

    /**
     * Renders chart at size logical pixels (fonts at the screen's logical DPI, white
     * background) into path, the format chosen by its suffix: PNG with pngPixelRatio
     * pixels per logical pixel (and tagged with that density), SVG with a viewBox of
     * size, PDF on one page of exactly the chart's size. The chart is laid out at size
     * while it is drawn and restored afterwards, so a chart shown in a view may be
     * passed. InvalidInput for another suffix, an empty size or a ratio not above 0, Io
     * when the file cannot be written.
     */
    static Status save(QChart* chart, const QString& path, const QSize& size,
                       double pngPixelRatio = PngPixelRatio);
};
