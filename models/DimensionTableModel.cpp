// SPDX-License-Identifier: GPL-3.0-or-later
#include "DimensionTableModel.h"

#include "NumberText.h"

DimensionTableModel::DimensionTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void DimensionTableModel::setFramework(const Framework& framework)
{
    beginResetModel();
    m_framework = framework;
    endResetModel();
}

const Dimension* DimensionTableModel::dimensionFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_framework.dimensions.size())
        return nullptr;
    return &m_framework.dimensions[index.row()];
}

int DimensionTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_framework.dimensions.size());
}

int DimensionTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstLevelColumn + int(m_framework.levels.size());
}

QVariant DimensionTableModel::data(const QModelIndex& index, int role) const
{
    const Dimension* d = dimensionFromIndex(index);
    if (!d)
        return {};
    if (role == KeyRole)
        return d->key;
    if (role == Qt::ToolTipRole)
        return d->description.text();
    if (index.column() == NameColumn)
        return role == Qt::DisplayRole ? QVariant(d->name.text()) : QVariant();
    const QString code = m_framework.levels.value(index.column() - FirstLevelColumn).code;
    if (role == Qt::DisplayRole)
        return numberText(d->expectations.value(code));
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant DimensionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (section == NameColumn)
        return tr("Dimension");
    if (section - FirstLevelColumn < m_framework.levels.size())
        return m_framework.levels[section - FirstLevelColumn].code;
    return {};
}
