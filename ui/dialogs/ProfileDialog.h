// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QTimeEdit;
class Workspace;

/**
 * Who the user is and aims to be: name, career ladder, current and target level, and
 * the date they aim for. As the welcome on first start it also offers the daily
 * reminder and a look at demo data first; as Edit ▸ Profile… it only edits the profile. Saving goes
 * through Workspace::setProfile; a refusal is shown in the dialog and nothing is written.
 */
class ProfileDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode
    {
        Welcome,
        Edit
    };

    ProfileDialog(Workspace& workspace, Mode mode, QWidget* parent = nullptr);

    /** Settings key: true once the welcome was saved; it is not shown again. */
    static QString welcomeDoneKey() { return QStringLiteral("welcome/done"); }

    void accept() override;

Q_SIGNALS:
    /** The welcome's Explore Demo Data was chosen; the dialog has closed, saving nothing. */
    void demoRequested();

private:
    void fillLevels();

    Workspace& m_workspace;
    Mode m_mode;
    QLineEdit* m_name;
    QComboBox* m_framework;
    QComboBox* m_current;
    QComboBox* m_target;
    QCheckBox* m_hasDate;
    QDateEdit* m_date;
    QCheckBox* m_remind = nullptr;
    QTimeEdit* m_remindAt = nullptr;
    QLabel* m_error;
};
