// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"

#include <QUndoCommand>

class Workspace;

/**
 * One saved edit of a decision record, undoable: redo stores the record as edited,
 * undo stores it as it was. The view stores the edit itself before pushing the step
 * (so a refused edit never becomes a step), hence the first redo does nothing. A step that cannot
 * be stored (the record was deleted meanwhile) marks itself obsolete and reports through failed(),
 * which the owner uses to clear the history.
 */
class AdrEditCommand : public QUndoCommand
{
public:
    AdrEditCommand(Workspace& workspace, const Adr& before, const Adr& after,
                   std::function<void(const QString&)> failed);

    void undo() override;
    void redo() override;

private:
    void store(const Adr& adr);

    Workspace& m_workspace;
    Adr m_before;
    Adr m_after;
    bool m_stored = true; ///< the edit is in the database already
    std::function<void(const QString&)> m_failed;
};
