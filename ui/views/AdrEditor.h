// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"
#include "Result.h"

#include <QWidget>

class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTableWidget;
class QTabWidget;
class QTextBrowser;
class Workspace;

/**
 * Edits one decision record with the fields of MADR 4: title, date, the people,
 * context and problem, decision drivers, the considered options as a table (option,
 * pros, cons, chosen), decision outcome, consequences, confirmation, more information,
 * the measured results (metric, before, after, unit, note), links to dimensions and
 * checkpoints of the active framework, the status history, and a rendered Markdown
 * preview. It only edits: saving, and the status, belong to AdrView.
 */
class AdrEditor : public QWidget
{
    Q_OBJECT

public:
    explicit AdrEditor(Workspace& workspace, QWidget* parent = nullptr);

    /** Shows adr and forgets any unsaved change. */
    void setRecord(const Adr& adr);
    /**
     * The record as edited: the loaded record with every field of the form applied.
     * InvalidInput "field: reason" for a date or a result value that is not one; with
     * focusProblem the cursor moves to that field.
     */
    Result<Adr> record(bool focusProblem = true);
    bool isModified() const { return m_modified; }
    QLineEdit* titleEdit() const { return m_title; }
    QTableWidget* optionsTable() const { return m_options; }
    QTableWidget* resultsTable() const { return m_results; }
    QTextBrowser* preview() const { return m_preview; }

Q_SIGNALS:
    void modifiedChanged(bool modified);

private:
    QWidget* decisionPage();
    QWidget* consequencesPage();
    QWidget* linksPage();
    void setModified(bool modified);
    void refreshPreview();
    void refreshLinkLists();

    Workspace& m_workspace;
    Adr m_loaded;
    bool m_modified = false;
    bool m_loading = false;
    QTabWidget* m_tabs;
    QLineEdit* m_title;
    QLineEdit* m_date;
    QLineEdit* m_decisionMakers;
    QLineEdit* m_consulted;
    QLineEdit* m_informed;
    QLineEdit* m_tags;
    QPlainTextEdit* m_context;
    QPlainTextEdit* m_drivers;
    QPlainTextEdit* m_outcome;
    QPlainTextEdit* m_consequences;
    QPlainTextEdit* m_confirmation;
    QPlainTextEdit* m_moreInformation;
    QTableWidget* m_options;
    QTableWidget* m_results;
    QListWidget* m_dimensions;
    QListWidget* m_checkpoints;
    QListWidget* m_history;
    QTextBrowser* m_preview;
};
