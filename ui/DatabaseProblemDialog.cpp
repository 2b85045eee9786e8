// SPDX-License-Identifier: GPL-3.0-or-later
#include "DatabaseProblemDialog.h"

#include <QAbstractButton>
#include <QFileInfo>
#include <QLocale>
#include <QPushButton>

DatabaseProblemDialog::DatabaseProblemDialog(const QString& databasePath, const QString& problem,
                                             const QString& newestBackup, QWidget* parent)
    : QMessageBox(parent)
{
    setIcon(QMessageBox::Critical);
    setWindowTitle(tr("Rungs cannot open its database"));
    setText(tr("The database %1 could not be opened.").arg(databasePath));
    QString info = problem;
    if (newestBackup.isEmpty()) {
        info += QStringLiteral("\n\n") + tr("No backup of this database was found.");
    } else {
        const QFileInfo backup(newestBackup);
        info += QStringLiteral("\n\n") +
                tr("The newest backup is %1, from %2. Restoring it keeps the current file "
                   "beside it, renamed, so nothing is deleted.")
                    .arg(backup.fileName(),
                         QLocale().toString(backup.lastModified(), QLocale::ShortFormat));
        m_restore = addButton(tr("&Restore Newest Backup"), QMessageBox::AcceptRole);
    }
    setInformativeText(info);
    m_openOther = addButton(tr("&Open Another File…"), QMessageBox::ActionRole);
    addButton(QMessageBox::Close);
    // Enter must not move the user's file aside: the problem may be one a backup
    // does not cure (a newer Rungs wrote the file, another program holds a lock).
    setDefaultButton(QMessageBox::Close);
}

DatabaseProblemDialog::Choice DatabaseProblemDialog::choice() const
{
    if (m_restore && clickedButton() == m_restore)
        return RestoreBackup;
    if (clickedButton() == m_openOther)
        return OpenOther;
    return Quit;
}
