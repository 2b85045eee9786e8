// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AssessDialog;
class AssessmentTableModel;
class CompositePanel;
class QGroupBox;
class QLabel;
class RadarPanel;
class QTableView;
class Workspace;

/**
 * Where the user stands: the profile (framework, current and target level, target
 * date), the daily logging streak, the newest self-assessment of each dimension next
 * to what the current and the target level expect, checkpoints done and readiness per
 * level, the largest gaps to the target level, the next open checkpoints of the target
 * level, the composite score with its trend, and the competency radar. Follows Workspace::changed,
 * entriesChanged and assessmentsChanged.
 */
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Workspace& workspace, QWidget* parent = nullptr);

    /**
     * Opens the "Assess yourself" dialog, window-modal and deleted when closed, with
     * dimensionKey chosen (empty: the dimension selected in the table, if any).
     */
    AssessDialog* assess(const QString& dimensionKey = {});
    RadarPanel* radar() const { return m_radar; }
    CompositePanel* composite() const { return m_composite; }

Q_SIGNALS:
    /** A next checkpoint was clicked: the window should show it in the Checkpoints view. */
    void checkpointRequested(const QString& key);
    void statusMessage(const QString& message);

private:
    void refresh();
    void refreshHabit();
    void refreshAssessments();
    /** Readiness per level and the largest gaps to the target level. */
    void refreshStanding();
    /** Up to three open checkpoints of the target level, in progress ones first. */
    void refreshNextCheckpoints();

    Workspace& m_workspace;
    QLabel* m_profile;
    QLabel* m_streak;
    QLabel* m_nothingToday;
    QLabel* m_assessmentsTitle;
    QTableView* m_assessments;
    AssessmentTableModel* m_assessmentModel;
    QLabel* m_checkpoints;
    QLabel* m_gaps;
    QLabel* m_next;
    QGroupBox* m_gapsBox;
    QGroupBox* m_nextBox;
    RadarPanel* m_radar;
    CompositePanel* m_composite;
};
