// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QWidget>

class CheckpointTableModel;
class MarkDoneDialog;
class QComboBox;
class QTabWidget;
class Workspace;

/**
 * The promotion checkpoints of every level of the active framework, one tab per
 * level, with their status and the evidence that proves each; filterable by dimension.
 * The selected checkpoint can be marked done (with evidence, in a dialog; also on
 * Enter or a double click), in progress, or reset.
 */
class CheckpointsView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckpointsView(Workspace& workspace, QWidget* parent = nullptr);

    QTabWidget* levelTabs() const { return m_tabs; }
    /** The key of the checkpoint selected in the current tab, or an empty string. */
    QString selectedCheckpoint() const;
    /** Opens the mark-done dialog for the selected checkpoint (window-modal); nullptr if none. */
    MarkDoneDialog* markDone();

private:
    void refresh();
    void applyDimensionFilter();
    void report(const Status& status);

    Workspace& m_workspace;
    CheckpointTableModel* m_model;
    QComboBox* m_dimension;
    QTabWidget* m_tabs;
};
