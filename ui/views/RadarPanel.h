// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QWidget>

class ChartView;
class QComboBox;
class Workspace;

/**
 * The competency radar of the Dashboard: your newest self-assessment against what the
 * target and the current level expect, and optionally yourself as you stood some days
 * ago (chosen above the chart). Redrawn when the framework, the profile or an
 * assessment changes. Export… saves the chart as it is shown to PNG, SVG or PDF.
 */
class RadarPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RadarPanel(Workspace& workspace, QWidget* parent = nullptr);

    ChartView* view() const { return m_view; }
    /** How many days back the comparison snapshot is; 0 for none. */
    int snapshotDays() const;
    /** Saves the chart as shown, at the view's size (at least 600x500), by suffix. */
    Status exportTo(const QString& path) const;
    /** Asks for a file name and exports; returns a status-bar message, empty if cancelled. */
    QString chooseAndExport();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void refresh();

    Workspace& m_workspace;
    QComboBox* m_snapshot;
    ChartView* m_view;
};
