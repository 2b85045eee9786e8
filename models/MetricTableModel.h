// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Framework.h"

#include <QAbstractTableModel>

/**
 * A framework's metrics, one per row, with one target column per level after the
 * fixed columns. Read-only.
 */
class MetricTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        KeyColumn,
        NameColumn,
        UnitColumn,
        DirectionColumn,
        AggregationColumn,
        RangeColumn,
        FirstTargetColumn
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1
    };

    explicit MetricTableModel(QObject* parent = nullptr);

    void setFramework(const Framework& framework);
    const Metric* metricFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Framework m_framework;
};
