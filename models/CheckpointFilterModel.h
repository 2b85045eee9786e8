// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>

/**
 * Narrows a CheckpointTableModel to one level and, optionally, one dimension.
 * An empty filter value lets every row through.
 */
class CheckpointFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit CheckpointFilterModel(QObject* parent = nullptr);

    void setLevelCode(const QString& code);
    void setDimensionKey(const QString& key);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_levelCode;
    QString m_dimensionKey;
};
