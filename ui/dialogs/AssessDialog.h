// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class Workspace;

/**
 * "Assess yourself": a score from 0 to 5 in half steps for one dimension of the active
 * framework, on a day (today unless changed), with an optional note. Beside the choice
 * it shows what the current and the target level expect of that dimension and the
 * previous self-assessment, so the new score is given against the ladder, not from
 * memory.
 *
 * Saving validates with InputValidator::assessment and stores through
 * Workspace::addAssessment (which emits assessmentsChanged()). A refusal is shown in
 * the dialog in red, which stays open with the offending field focused; Escape
 * cancels without writing.
 */
class AssessDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * dimensionKey preselects a dimension of the active framework; an empty or unknown
     * key starts at the first one. The workspace must outlive the dialog.
     */
    explicit AssessDialog(Workspace& workspace, const QString& dimensionKey = {},
                          QWidget* parent = nullptr);

    /** Chooses the dimension with this key; does nothing for an unknown key. */
    void setDimension(const QString& dimensionKey);
    /** The key of the chosen dimension. */
    QString dimension() const;
    /** The id of the assessment saved, once accepted; 0 before. */
    qint64 savedId() const { return m_savedId; }

    void accept() override;

private:
    void updateHint();
    void showFailure(const QString& message);

    Workspace& m_workspace;
    QComboBox* m_dimension;
    QDoubleSpinBox* m_score;
    QDateEdit* m_date;
    QPlainTextEdit* m_note;
    QLabel* m_hint;
    QLabel* m_error;
    qint64 m_savedId = 0;
};
