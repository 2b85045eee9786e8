// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMessageBox>

/**
 * Shown when the database cannot be opened: says what happened and offers the newest
 * backup, another file, or quitting. Never changes anything itself; the caller acts
 * on the choice.
 */
class DatabaseProblemDialog : public QMessageBox
{
    Q_OBJECT

public:
    enum Choice
    {
        RestoreBackup,
        OpenOther,
        Quit
    };

    DatabaseProblemDialog(const QString& databasePath, const QString& problem,
                          const QString& newestBackup, QWidget* parent = nullptr);

    Choice choice() const;

private:
    QAbstractButton* m_restore = nullptr;
    QAbstractButton* m_openOther;
};
