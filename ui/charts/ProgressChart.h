// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChartData.h"

#include <QChart>

#include <memory>
#include <utility>
#include <vector>

QT_BEGIN_NAMESPACE
class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QScatterSeries;
class QValueAxis;
QT_END_NAMESPACE

/**
 * Metrics, the composite score and checkpoint completion over time, as the Charts view
 * shows them and `rungs chart` exports them: each line with its moving average and
 * trend, the levels' targets as dashed lines and, when one line is drawn, the target
 * level's good side shaded (above for higher-is-better, below for lower-is-better).
 *
 * Qt Charts draws every point it is given, so the lines hold at most two points per
 * pixel column of the plot (Downsampler::minMax, which keeps every spike) of the days
 * in view; zooming, panning or resizing thins the full data again. Drawing ten years
 * therefore costs what drawing four weeks costs. Until the chart is laid out its lines
 * hold no points: how many to keep depends on the plot's width, and Qt Charts would
 * place them all again once the width is known. ChartExporter lays a chart out at the
 * export's size before drawing it, so an exported chart's points are placed once.
 *
 * Without normalisation every line has its own value axis (alternating left and right,
 * in the line's colour); the composite score and checkpoint completion share a 0–100 %
 * axis. Normalised, all lines share one percentage axis and one target line at 100 %.
 */
class ProgressChart : public QChart
{
    Q_OBJECT

public:
    explicit ProgressChart(QGraphicsItem* parent = nullptr);
    ~ProgressChart() override;

    /** What to draw besides the lines. */
    struct Options
    {
        bool targets = true;
        bool trend = true;
    };

    /** Replaces what is drawn and shows the whole range of data. */
    void setData(const ProgressChartData& data, const Options& options);
    const ProgressChartData& data() const { return m_data; }

    /** Shows the days from..to, kept within the data's range and at least a week wide. */
    void showDays(const QDate& from, const QDate& to);
    QDate visibleFrom() const { return m_visibleFrom; }
    QDate visibleTo() const { return m_visibleTo; }
    /** Zooms the time axis about its middle: factor 2 shows half as many days. */
    void zoomDays(double factor);
    /** Moves the days in view by fraction of their span; negative goes back in time. */
    void panDays(double fraction);
    void showAllDays();

    /** How many points the chart's series hold now, for tests and benchmarks. */
    qsizetype drawnPointCount() const;
    /**
     * How often the lines have been thinned to the plot's width and handed to Qt Charts,
     * the costly part of drawing many days, for tests and benchmarks.
     */
    int thinCount() const { return m_thinCount; }

Q_SIGNALS:
    void visibleDaysChanged(const QDate& from, const QDate& to);

private:
    struct Drawn;

    void clear();
    void addLine(const ProgressLine& line, qsizetype index, const Options& options);
    QValueAxis* axisFor(const ProgressLine& line, const QColor& colour);
    /** The days shown, at least one. */
    std::pair<QDate, QDate> shownDays() const;
    /** Fits the axes to the days shown, then the points to the plot when it has a size. */
    void redraw();
    /** The value axes' ranges and the day axis's ticks: what the layout depends on. */
    void fitAxes();
    /** The points of the days shown for the plot's width, and the targets' lines. */
    void thinPoints();
    void onAxisRangeChanged();
    void showTooltip(const ProgressLine& line, const QPointF& at, bool hovered);

    ProgressChartData m_data;
    QCategoryAxis* m_days = nullptr;
    QValueAxis* m_percent = nullptr;
    QList<QValueAxis*> m_axes;
    std::vector<std::unique_ptr<Drawn>> m_drawn;
    QDate m_visibleFrom;
    QDate m_visibleTo;
    int m_columns = 0; ///< pixel columns the points were last thinned for
    int m_thinCount = 0;
    bool m_redrawing = false;
};
