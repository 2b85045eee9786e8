// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"
#include "Result.h"

#include <QObject>

class QUndoCommand;
class QUndoStack;
class Workspace;

/**
 * Every change to entries made in the window, as undoable steps on one QUndoStack:
 * add, edit and delete go through here so Ctrl+Z and Ctrl+Shift+Z reverse any of
 * them. The first run of a step reports its outcome to the caller (a step that fails
 * never reaches the stack); a later undo or redo that fails, say on a locked
 * database, is reported through failed().
 */
class EntryHistory : public QObject
{
    Q_OBJECT

public:
    explicit EntryHistory(Workspace& workspace, QObject* parent = nullptr);

    QUndoStack* stack() const { return m_stack; }
    Workspace& workspace() const { return m_workspace; }

    /** Stores a validated entry; returns its id. */
    Result<qint64> add(const Entry& entry);
    Status edit(const Entry& before, const Entry& after);
    Status remove(const QList<Entry>& entries);

    /**
     * Called by the steps with the outcome of each undo or redo. After a failure the
     * history is cleared: what is left may not match the database any more.
     */
    void report(const Status& status);
    /** Called by the add step when its first run stored the entry. */
    void setAddedId(qint64 id) { m_addedId = id; }

Q_SIGNALS:
    void failed(const QString& message);

private:
    Status push(QUndoCommand* command);

    Workspace& m_workspace;
    QUndoStack* m_stack;
    Status m_lastStatus;
    bool m_pushing = false;
    qint64 m_addedId = 0;
};
