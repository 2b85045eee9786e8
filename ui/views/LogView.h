// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class EntryFilterModel;
class EntryHistory;
class EntryTableModel;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTableView;
class Workspace;

/**
 * Every entry in a sortable table, narrowed by metric, date range and text. Cells edit
 * in place (F2 or double-click) and Delete removes the selected rows; both go through
 * EntryHistory, so Edit ▸ Undo reverses them. The streak is shown above the table.
 */
class LogView : public QWidget
{
    Q_OBJECT

public:
    LogView(EntryHistory& history, QWidget* parent = nullptr);

    QTableView* table() const { return m_table; }
    EntryFilterModel* filterModel() const { return m_filter; }
    /** Deletes the selected entries as one undoable step. */
    void deleteSelected();
    /**
     * Selects the entry with id and scrolls to it, clearing the filters when they hide
     * it; false when there is no such entry.
     */
    bool showEntry(qint64 id);

Q_SIGNALS:
    void quickLogRequested();
    void importRequested();
    void exportRequested();
    void statusMessage(const QString& message);

private:
    void refreshFramework();
    void refreshEntries();
    void applyFilter();
    void updateCount();
    void showProblem(const QString& message);

    EntryHistory& m_history;
    Workspace& m_workspace;
    EntryTableModel* m_model;
    EntryFilterModel* m_filter;
    QLabel* m_streak;
    QComboBox* m_metric;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QLineEdit* m_text;
    QTableView* m_table;
    QLabel* m_count;
    QLabel* m_problem;
};
