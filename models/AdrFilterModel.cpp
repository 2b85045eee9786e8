// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrFilterModel.h"

#include "AdrTableModel.h"

AdrFilterModel::AdrFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(AdrTableModel::SortRole);
}

void AdrFilterModel::setIds(const std::optional<QSet<qint64>>& ids)
{
    m_ids = ids;
    invalidateFilter();
}

bool AdrFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_ids)
        return true;
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_ids->contains(index.data(AdrTableModel::IdRole).toLongLong());
}
