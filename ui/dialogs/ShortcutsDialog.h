// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTableWidget;

/**
 * Help ▸ Keyboard Shortcuts: every menu command that has a shortcut, read from the
 * menus themselves so the list cannot drift from them, followed by the keys that work
 * inside views (the chart, the Mark Done dialog, the quick log).
 */
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ShortcutsDialog(const QMenuBar* menus, QWidget* parent = nullptr);

    QTableWidget* table() const { return m_table; }

private:
    QTableWidget* m_table;
};
