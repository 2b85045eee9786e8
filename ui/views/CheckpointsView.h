// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Result.h"

#include <QStringList>
#include <QWidget>

class CheckpointDetails;
class CheckpointTableModel;
class MarkDoneDialog;
class QComboBox;
class QPushButton;
class QTabWidget;
class QTableView;
class Workspace;

/**
 * The promotion checkpoints of every level of the active framework, one tab per
 * level, with their status, dates, note and evidence; filterable by dimension. Below
 * the tables, the selected checkpoint's details with its evidence as links. The
 * selected checkpoint can be marked done (with evidence, in a dialog; also on Enter or
 * a double click), in progress, or reset; the selection survives these changes.
 */
class CheckpointsView : public QWidget
{
    Q_OBJECT

public:
    explicit CheckpointsView(Workspace& workspace, QWidget* parent = nullptr);

    QTabWidget* levelTabs() const { return m_tabs; }
    CheckpointDetails* details() const { return m_details; }
    /** The key of the checkpoint selected in the current tab, or an empty string. */
    QString selectedCheckpoint() const;
    /**
     * Shows the tab of the checkpoint's level and selects it, clearing the dimension
     * filter when that hides it; false when the active framework has no such checkpoint.
     */
    bool selectCheckpoint(const QString& key);
    /** Opens the mark-done dialog for the selected checkpoint (window-modal); nullptr if none. */
    MarkDoneDialog* markDone();

Q_SIGNALS:
    void entryRequested(qint64 entryId);
    void adrRequested(qint64 adrId);

private:
    void refresh();
    void rebuildTabs();
    QTableView* tableAt(int tab) const;
    void applyDimensionFilter();
    void selectionChanged();
    void report(const Status& status);

    Workspace& m_workspace;
    CheckpointTableModel* m_model;
    QComboBox* m_dimension;
    QTabWidget* m_tabs;
    CheckpointDetails* m_details;
    QPushButton* m_doneButton;
    QPushButton* m_startButton;
    QPushButton* m_resetButton;
    /** Framework key and level codes the tabs were built for. */
    QStringList m_tabsBuiltFor;
};
