// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class ChartView;
class QLabel;
class WeightsDialog;
class Workspace;

/**
 * The calibrated composite score for the Dashboard (docs/composite-score.md): this
 * week's score in percent and its change against the week before, the weekly trend
 * over the framework's window as a small chart, the notes that explain degenerate
 * cases (in italic), the blended weight of each metric scored, and a button that opens
 * the WeightsDialog. Until there are entries in two weeks it says so in words instead
 * of showing a chart. Follows Workspace::changed, entriesChanged and
 * compositeSettingsChanged.
 */
class CompositePanel : public QWidget
{
    Q_OBJECT

public:
    explicit CompositePanel(Workspace& workspace, QWidget* parent = nullptr);

    ChartView* view() const { return m_view; }
    /** Opens the weights dialog, window-modal and deleted when closed. */
    WeightsDialog* editWeights();

private:
    void refresh();

    Workspace& m_workspace;
    QLabel* m_score;
    QLabel* m_change;
    ChartView* m_view;
    QLabel* m_notes;
    QLabel* m_weights;
};
