// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Framework.h"

#include <QAbstractTableModel>

/** A framework's dimensions, one per row, with each level's expected score (0–5). */
class DimensionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        FirstLevelColumn
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1
    };

    explicit DimensionTableModel(QObject* parent = nullptr);

    void setFramework(const Framework& framework);
    const Dimension* dimensionFromIndex(const QModelIndex& index) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Framework m_framework;
};
