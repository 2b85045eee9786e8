// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrEditCommand.h"

#include "Workspace.h"

#include <QCoreApplication>

AdrEditCommand::AdrEditCommand(Workspace& workspace, const Adr& before, const Adr& after,
                               std::function<void(const QString&)> failed)
    : m_workspace(workspace)
    , m_before(before)
    , m_after(after)
    , m_failed(std::move(failed))
{
    setText(QCoreApplication::translate("AdrEditCommand", "Edit ADR “%1”").arg(after.title));
}

void AdrEditCommand::undo()
{
    store(m_before);
}

void AdrEditCommand::redo()
{
    if (m_stored) {
        m_stored = false;
        return;
    }
    store(m_after);
}

void AdrEditCommand::store(const Adr& adr)
{
    if (Status s = m_workspace.updateAdr(adr); !s) {
        setObsolete(true);
        m_failed(s.error().message);
    }
}
