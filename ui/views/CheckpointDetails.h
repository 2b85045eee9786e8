// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextBrowser>

class Workspace;

/**
 * Everything about one checkpoint, below the Checkpoints tables: what proves it, its
 * status and dates, the user's note and the evidence attached, each as a link. URLs
 * and files open in the desktop's own programs; entries and ADRs are announced for the
 * main window to show; "remove" detaches a piece of evidence after asking.
 */
class CheckpointDetails : public QTextBrowser
{
    Q_OBJECT

public:
    explicit CheckpointDetails(Workspace& workspace, QWidget* parent = nullptr);

    /** Shows the checkpoint with key from the workspace; an empty key shows a hint. */
    void showCheckpoint(const QString& key);
    QString checkpointKey() const { return m_key; }

Q_SIGNALS:
    void entryRequested(qint64 entryId);
    void adrRequested(qint64 adrId);

private:
    void follow(const QUrl& link);
    QString evidenceHtml() const;

    Workspace& m_workspace;
    QString m_key;
};
