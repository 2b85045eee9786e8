// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class Workspace;

/**
 * Marking a checkpoint done: the day, the evidence that proves it (one reference per
 * line: a URL, a commit, a file, adr:N or entry:N) or an explicit "no evidence yet",
 * and a note. Saving goes through Workspace::markCheckpointDone; a refusal is shown
 * in the dialog, which stays open.
 */
class MarkDoneDialog : public QDialog
{
    Q_OBJECT

public:
    MarkDoneDialog(Workspace& workspace, const QString& checkpointKey, QWidget* parent = nullptr);

    void accept() override;

private:
    Workspace& m_workspace;
    QString m_checkpointKey;
    QDateEdit* m_date;
    QPlainTextEdit* m_evidence;
    QCheckBox* m_noEvidence;
    QComboBox* m_adrPicker;
    QLineEdit* m_note;
    QLabel* m_error;
};
