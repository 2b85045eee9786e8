// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;
class Workspace;

/**
 * The window's CSV import and CSV/JSON export: file dialogs, progress, messages. The
 * import reads and checks the whole file first, then stores it in one transaction
 * with a progress dialog whose Cancel rolls everything back.
 */
class EntryFileActions
{
    Q_DECLARE_TR_FUNCTIONS(EntryFileActions)

public:
    /**
     * Return a one-line outcome for the status bar (also when cancelled or refused);
     * empty when there is nothing to say, such as a failed export already shown in a
     * message box.
     */
    static QString importFile(QWidget* parent, Workspace& workspace, const QString& path);
    static QString exportFile(QWidget* parent, const Workspace& workspace, const QString& path);

    /** Ask for a file, then importFile() / exportFile(). */
    static QString chooseAndImport(QWidget* parent, Workspace& workspace);
    static QString chooseAndExport(QWidget* parent, const Workspace& workspace);
};
