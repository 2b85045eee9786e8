// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QTimeEdit;

/**
 * The user's preferences, read from Settings when opened and written back on OK;
 * Cancel and Escape change nothing: the daily reminder (whether to remind and from
 * what time) and the window's language (UiLanguage). Whoever acts on a setting
 * re-reads it after an accepted dialog (Reminder::reloadSettings(); the window is
 * built again in a changed language, see languageChanged()).
 */
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);

    void accept() override;
    /** Whether OK stored another window language than the one stored before. */
    bool languageChanged() const { return m_languageChanged; }

private:
    QCheckBox* m_remind;
    QTimeEdit* m_time;
    QComboBox* m_language;
    bool m_languageChanged = false;
};
