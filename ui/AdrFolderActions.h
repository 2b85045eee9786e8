// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;
class Workspace;

/**
 * The window's import and export of a folder of Markdown decision records (AdrFolder):
 * folder dialogs, the per-file report and messages. Import never half-writes: every
 * readable file is stored in one transaction, unreadable ones are listed as skipped.
 */
class AdrFolderActions
{
    Q_DECLARE_TR_FUNCTIONS(AdrFolderActions)

public:
    /**
     * Return a one-line outcome for the status bar; empty when there is nothing to
     * say, such as a failure already shown in a message box or a declined overwrite.
     */
    static QString importFolder(QWidget* parent, Workspace& workspace, const QString& dir);
    /** Asks before writing into a folder that already holds Markdown files. */
    static QString exportFolder(QWidget* parent, const Workspace& workspace, const QString& dir);

    /** Ask for a folder, then importFolder() / exportFolder(). */
    static QString chooseAndImport(QWidget* parent, Workspace& workspace);
    static QString chooseAndExport(QWidget* parent, const Workspace& workspace);
};
