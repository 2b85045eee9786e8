// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryDelegate.h"

#include "EntryTableModel.h"

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
