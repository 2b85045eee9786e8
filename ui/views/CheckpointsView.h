// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class CheckpointTableModel;
class QComboBox;
class QTabWidget;
class Workspace;

/**
 * The promotion checkpoints of every level of the active framework, one tab per
 * level, with their status and the evidence that proves each; filterable by dimension.
 */
class CheckpointsView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckpointsView(Workspace& workspace, QWidget* parent = nullptr);

    QTabWidget* levelTabs() const { return m_tabs; }

private:
    void refresh();
    void applyDimensionFilter();

    Workspace& m_workspace;
    CheckpointTableModel* m_model;
    QComboBox* m_dimension;
    QTabWidget* m_tabs;
};
