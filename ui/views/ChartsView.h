// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ProgressChartData.h"
#include "Result.h"

#include <QWidget>

class ChartView;
class ProgressChart;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QSpinBox;
class Workspace;

/**
 * Progress over time: the metrics the user ticks (and the composite score and the
 * target level's checkpoint completion), over 4 weeks, 3 months, a year, everything or
 * chosen days, one point per day, week or month, with a moving average, the levels'
 * targets and a trend whose forecast is spelled out below the chart. Drag across the
 * chart to zoom into days, right-click or Reset Zoom to go back; with the chart
 * focused, + and − zoom, the arrow keys pan. The choices are remembered between runs.
 */
class ChartsView : public QWidget
{
    Q_OBJECT

public:
    explicit ChartsView(Workspace& workspace, QWidget* parent = nullptr);
    ~ChartsView() override;

    /** The chart, brought up to date first if it was left stale while hidden. */
    ProgressChart* chart();
    /** What the current choices ask for. */
    ProgressChartRequest request() const;
    /** Ticks exactly these lines (metric keys, "composite", "checkpoints"). */
    void setLines(const QStringList& keys);

    /** Saves the chart as shown (PNG, SVG, PDF) or its plotted values (CSV) to path. */
    Status exportTo(const QString& path);
    /** Asks for a file name and exports; returns a status-bar message, empty if cancelled. */
    QString chooseAndExport();

Q_SIGNALS:
    void statusMessage(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    enum Range
    {
        FourWeeks,
        ThreeMonths,
        OneYear,
        AllDays,
        CustomDays
    };

    QWidget* createControls();
    void fillLines();
    /** Saves the choices, then rebuilds the chart if it is shown or marks it stale. */
    void refresh();
    void rebuild();
    void updateRangeEditors();
    void saveChoices() const;
    void restoreChoices();

    Workspace& m_workspace;
    ProgressChart* m_chart;
    ChartView* m_view;
    QListWidget* m_lines;
    QComboBox* m_range;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_period;
    QSpinBox* m_average;
    QComboBox* m_scale;
    QCheckBox* m_targets;
    QCheckBox* m_trend;
    QPushButton* m_zoomIn;
    QPushButton* m_zoomOut;
    QPushButton* m_resetZoom;
    QPushButton* m_export;
    QLabel* m_forecast;
    bool m_restoring = false;
    /**
     * The chart does not show what the choices and the entries say. Building ten years
     * of lines costs tens of milliseconds, so a hidden view (every page but the current
     * one) only marks itself stale and builds when shown or asked for its chart.
     */
    bool m_stale = true;
};
