// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryHistory.h"

#include "NumberText.h"
#include "Workspace.h"

#include <QTimer>
#include <QUndoCommand>
#include <QUndoStack>

namespace {

/** Adding an entry; redone later it comes back with the same id. */
class AddEntry : public QUndoCommand
{
public:
    AddEntry(EntryHistory& history, const Entry& entry)
        : m_history(history)
        , m_entry(entry)
    {
        setText(EntryHistory::tr("Log %1 = %2").arg(entry.metricKey, numberText(entry.value)));
    }

    void redo() override
    {
        Workspace& w = m_history.workspace();
        if (m_entry.id == 0) {
            auto id = w.addEntry(m_entry);
            m_history.report(id ? Status() : Status(id.error()));
            setObsolete(!id);
            if (id) {
                // Keep the stored timestamps so a later redo restores the row exactly.
                m_entry = w.entry(id.value()).value_or(m_entry);
                m_entry.id = id.value();
                m_history.setAddedId(id.value());
            }
            return;
        }
        m_history.report(w.restoreEntries({m_entry}));
    }
    void undo() override { m_history.report(m_history.workspace().removeEntries({m_entry})); }

private:
    EntryHistory& m_history;
    Entry m_entry;
};

class EditEntry : public QUndoCommand
{
public:
    EditEntry(EntryHistory& history, const Entry& before, const Entry& after)
        : m_history(history)
        , m_before(before)
        , m_after(after)
    {
        setText(EntryHistory::tr("Edit %1 of %2")
                    .arg(before.metricKey, before.day.toString(Qt::ISODate)));
    }

    void redo() override { apply(m_after); }
    void undo() override { apply(m_before); }

private:
    void apply(const Entry& content)
    {
        const Status s = m_history.workspace().updateEntry(content);
        m_history.report(s);
        if (!s && !m_done)
            setObsolete(true);
        m_done = true;
    }

    EntryHistory& m_history;
    Entry m_before;
    Entry m_after;
    bool m_done = false;
};

class RemoveEntries : public QUndoCommand
{
public:
    RemoveEntries(EntryHistory& history, const QList<Entry>& entries)
        : m_history(history)
        , m_entries(entries)
    {
        setText(EntryHistory::tr("Delete %n entries", nullptr, int(entries.size())));
    }

    void redo() override
    {
        const Status s = m_history.workspace().removeEntries(m_entries);
        m_history.report(s);
        if (!s && !m_done)
            setObsolete(true);
        m_done = true;
    }
    void undo() override { m_history.report(m_history.workspace().restoreEntries(m_entries)); }

private:
    EntryHistory& m_history;
    QList<Entry> m_entries;
    bool m_done = false;
};

} // namespace

EntryHistory::EntryHistory(Workspace& workspace, QObject* parent)
    : QObject(parent)
    , m_workspace(workspace)
    , m_stack(new QUndoStack(this))
{}

Result<qint64> EntryHistory::add(const Entry& entry)
{
    m_addedId = 0;
    if (Status s = push(new AddEntry(*this, entry)); !s)
        return s.error();
    return m_addedId;
}

Status EntryHistory::edit(const Entry& before, const Entry& after)
{
    return push(new EditEntry(*this, before, after));
}

Status EntryHistory::remove(const QList<Entry>& entries)
{
    if (entries.isEmpty())
        return {};
    return push(new RemoveEntries(*this, entries));
}

Status EntryHistory::push(QUndoCommand* command)
{
    m_lastStatus = {};
    m_pushing = true;
    m_stack->push(command); // runs redo(), which reports into m_lastStatus
    m_pushing = false;
    return m_lastStatus;
}

void EntryHistory::report(const Status& status)
{
    if (m_pushing) {
        m_lastStatus = status;
        return;
    }
    if (status)
        return;
    // The steps left on the stack may no longer match the database (another program
    // wrote to it, say); replaying them could touch the wrong rows. The stack is
    // cleared once the step that failed has returned.
    QTimer::singleShot(0, m_stack, &QUndoStack::clear);
    Q_EMIT failed(status.error().message);
}
