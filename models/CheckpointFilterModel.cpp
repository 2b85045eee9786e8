// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointFilterModel.h"

#include "CheckpointTableModel.h"

CheckpointFilterModel::CheckpointFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{}

void CheckpointFilterModel::setLevelCode(const QString& code)
{
    if (code == m_levelCode)
        return;
    m_levelCode = code;
    invalidateFilter();
}

void CheckpointFilterModel::setDimensionKey(const QString& key)
{
    if (key == m_dimensionKey)
        return;
    m_dimensionKey = key;
    invalidateFilter();
}

bool CheckpointFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_levelCode.isEmpty() &&
        index.data(CheckpointTableModel::LevelCodeRole).toString() != m_levelCode)
        return false;
    return m_dimensionKey.isEmpty() ||
           index.data(CheckpointTableModel::DimensionKeyRole).toString() == m_dimensionKey;
}
