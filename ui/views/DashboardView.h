// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class DimensionTableModel;
class QLabel;
class QTableView;
class Workspace;

/**
 * Where the user stands: the profile (framework, current and target level, target
 * date), what the target level expects on each dimension next to the current one,
 * and how many checkpoints of each level are done.
 */
class DashboardView : public QWidget
{
    Q_OBJECT

public:
    explicit DashboardView(Workspace& workspace, QWidget* parent = nullptr);

private:
    void refresh();

    Workspace& m_workspace;
    QLabel* m_profile;
    QLabel* m_expectationsTitle;
    QTableView* m_expectations;
    DimensionTableModel* m_dimensions;
    QLabel* m_checkpoints;
};
