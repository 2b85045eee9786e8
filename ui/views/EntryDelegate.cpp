// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryDelegate.h"

#include "EntryTableModel.h"
#include "InputValidator.h"

#include <QLineEdit>
#include <QPlainTextEdit>

QWidget* EntryDelegate::createEditor(QWidget* parent, const QStyleOptionViewItem& option,
                                     const QModelIndex& index) const
{
    if (index.column() == EntryTableModel::NoteColumn) {
        auto* editor = new QPlainTextEdit(parent);
        editor->setTabChangesFocus(true);
        return editor;
    }
    QWidget* editor = QStyledItemDelegate::createEditor(parent, option, index);
    // One more than allowed, so an over-long text reaches the validator and is refused
    // with a reason instead of being cut silently.
    if (auto* line = qobject_cast<QLineEdit*>(editor))
        line->setMaxLength(int(InputValidator::MaximumTextBytes) + 1);
    return editor;
}

void EntryDelegate::setEditorData(QWidget* editor, const QModelIndex& index) const
{
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        text->setPlainText(index.data(Qt::EditRole).toString());
        text->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void EntryDelegate::setModelData(QWidget* editor, QAbstractItemModel* model,
                                 const QModelIndex& index) const
{
    if (auto* text = qobject_cast<QPlainTextEdit*>(editor)) {
        model->setData(index, text->toPlainText());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void EntryDelegate::updateEditorGeometry(QWidget* editor, const QStyleOptionViewItem& option,
                                         const QModelIndex& index) const
{
    if (qobject_cast<QPlainTextEdit*>(editor)) {
        // Room for a few lines below the cell; the table scrolls if it must.
        QRect r = option.rect;
        r.setHeight(qMax(r.height(), editor->fontMetrics().lineSpacing() * 5));
        editor->setGeometry(r);
        return;
    }
    QStyledItemDelegate::updateEditorGeometry(editor, option, index);
}

void EntryDelegate::initStyleOption(QStyleOptionViewItem* option, const QModelIndex& index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    if (index.column() != EntryTableModel::ProgressColumn)
        return;
    const QVariant meets = index.data(EntryTableModel::MeetsTargetRole);
    if (!meets.isValid())
        return;
    // Dark enough to read on a light base, and not relying on colour alone: the
    // tooltip says the same in words.
    const QColor colour = meets.toBool() ? QColor(0x1b, 0x7a, 0x36) : QColor(0xa8, 0x4b, 0x00);
    option->palette.setColor(QPalette::Text, colour);
}
