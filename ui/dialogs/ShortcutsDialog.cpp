// SPDX-License-Identifier: GPL-3.0-or-later
#include "ShortcutsDialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace {

/** "&Export Chart…" as a person reads it in a list: "Export Chart…". */
QString plainText(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QStringLiteral("\x01"), QStringLiteral("&"));
    return text;
}

void collect(const QMenu* menu, const QString& path, QList<std::pair<QString, QString>>& rows)
{
    const QList<QAction*> actions = menu->actions();
    for (const QAction* action : actions) {
        if (action->menu()) {
            collect(action->menu(), path + plainText(action->text()) + QStringLiteral(" ▸ "), rows);
        } else if (!action->shortcut().isEmpty()) {
            rows << std::pair{path + plainText(action->text()),
                              action->shortcut().toString(QKeySequence::NativeText)};
        }
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar* menus, QWidget* parent)
    : QDialog(parent)
    , m_table(new QTableWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    QList<std::pair<QString, QString>> rows;
    const QList<QAction*> top = menus->actions();
    for (const QAction* action : top) {
        if (action->menu())
            collect(action->menu(), plainText(action->text()) + QStringLiteral(" ▸ "), rows);
    }
    const QString native =
        QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText);
    rows << std::pair{tr("Chart: zoom in, zoom out"), tr("+, −")}
         << std::pair{tr("Chart: move back, forward in time"), tr("←, →")}
         << std::pair{tr("Chart: show every day"), tr("Home")}
         << std::pair{tr("Chart: zoom into days"), tr("drag across them")}
         << std::pair{tr("Mark Done, Add Evidence: save"), native}
         << std::pair{tr("Quick log: pick the metric, go to the value"), tr("Tab")}
         << std::pair{tr("Log: edit the selected cell"), tr("F2")}
         << std::pair{tr("Log: delete the selected entries"), tr("Delete")};

    m_table->setColumnCount(2);
    m_table->setHorizontalHeaderLabels({tr("Command"), tr("Keys")});
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        m_table->setItem(i, 0, new QTableWidgetItem(rows[i].first));
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->setAccessibleName(tr("Keyboard shortcuts"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table);
    layout->addWidget(buttons);
    resize(560, 520);
}
