// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class AdrEditor;
class AdrFilterModel;
class AdrTableModel;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QUndoStack;
class Workspace;

/**
 * The decision records: a list (number, title, status, date, linked dimensions) that a
 * search narrows as you type (AdrStore::search, Chinese included), and the selected
 * record in an AdrEditor. Save (Ctrl+S) stores the edit as an undoable step; the
 * lifecycle buttons move the status along proposed → accepted → deprecated, rejected
 * or superseded, each kept in the record's history. Leaving a record with unsaved
 * changes asks first.
 */
class AdrView : public QWidget
{
    Q_OBJECT

public:
    explicit AdrView(Workspace& workspace, QWidget* parent = nullptr);

    QUndoStack* undoStack() const { return m_undo; }
    AdrEditor* editor() const { return m_editor; }
    QTableView* table() const { return m_table; }
    QLineEdit* searchField() const { return m_search; }
    /** The id of the record in the editor; 0 when none. */
    qint64 currentId() const { return m_currentId; }
    /** Selects the record with id (clearing a search that hides it); false if none. */
    bool showRecord(qint64 id);
    /** Stores the editor's changes as one undoable step; false when refused. */
    bool save();
    /** Creates a proposed record with the next number and opens it. */
    void newRecord();

    /** Asks about unsaved changes; false when the user cancels. */
    bool settleChanges();

Q_SIGNALS:
    void statusMessage(const QString& message);

private:
    void refresh();
    void applySearch();
    void currentChanged();
    void setStatus(int status);
    void supersede();
    void removeRecord();
    void updateButtons();
    void showProblem(const QString& message);

    Workspace& m_workspace;
    AdrTableModel* m_model;
    AdrFilterModel* m_filter;
    QLineEdit* m_search;
    QTableView* m_table;
    AdrEditor* m_editor;
    QLabel* m_status;
    QLabel* m_problem;
    QPushButton* m_save;
    QPushButton* m_revert;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_deprecate;
    QPushButton* m_supersede;
    QPushButton* m_delete;
    QUndoStack* m_undo;
    qint64 m_currentId = 0;
    bool m_switching = false;
};
