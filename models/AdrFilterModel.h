// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSet>
#include <QSortFilterProxyModel>

#include <optional>

/**
 * Narrows an AdrTableModel to the records a search found (AdrStore::search gives
 * their ids) and sorts by AdrTableModel::SortRole. Without a set of ids every record
 * passes.
 */
class AdrFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit AdrFilterModel(QObject* parent = nullptr);

    /** Only these ids pass; nullopt lets every record through. */
    void setIds(const std::optional<QSet<qint64>>& ids);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    std::optional<QSet<qint64>> m_ids;
};
