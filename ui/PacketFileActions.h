// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

class QWidget;
class Workspace;

/**
 * The window's promotion packet export: a file dialog (PDF or Markdown), the packet of
 * the twelve months ending today written with a progress dialog whose Cancel stops it
 * and leaves no file, and a message for the status bar.
 */
class PacketFileActions
{
    Q_DECLARE_TR_FUNCTIONS(PacketFileActions)

public:
    /**
     * Writes the packet to path (PacketWriter); returns a one-line outcome for the
     * status bar, also when cancelled; empty after a failure already shown in a
     * message box.
     */
    static QString exportFile(QWidget* parent, const Workspace& workspace, const QString& path);
    /** Asks for a file, then exportFile(); empty when the dialog is closed. */
    static QString chooseAndExport(QWidget* parent, const Workspace& workspace);
};
