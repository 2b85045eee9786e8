// SPDX-License-Identifier: GPL-3.0-or-later
#include "AssessmentTableModel.h"

#include "NumberText.h"

AssessmentTableModel::AssessmentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AssessmentTableModel::setContents(const Framework& framework, const QString& currentLevel,
                                       const QString& targetLevel,
                                       const QHash<QString, Assessment>& latest)
{
    beginResetModel();
    m_dimensions = framework.dimensions;
    m_currentLevel = currentLevel;
    m_targetLevel = targetLevel;
    m_latest = latest;
    endResetModel();
}

const Dimension* AssessmentTableModel::dimensionFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_dimensions.size())
        return nullptr;
    return &m_dimensions[index.row()];
}

QModelIndex AssessmentTableModel::indexFromDimension(const QString& key, int column) const
{
    for (int row = 0; row < m_dimensions.size(); ++row) {
        if (m_dimensions[row].key == key)
            return index(row, column);
    }
    return {};
}

int AssessmentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_dimensions.size());
}

int AssessmentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AssessmentTableModel::data(const QModelIndex& index, int role) const
{
    const Dimension* d = dimensionFromIndex(index);
    if (!d)
        return {};
    const auto latest = m_latest.constFind(d->key);
    const bool assessed = latest != m_latest.constEnd();
    if (role == KeyRole)
        return d->key;
    if (role == ScoreRole)
        return assessed ? QVariant(latest->score) : QVariant();

    switch (index.column()) {
    case DimensionColumn:
        if (role == Qt::DisplayRole)
            return d->name.text();
        if (role == Qt::ToolTipRole)
            return d->description.text();
        return {};
    case ScoreColumn:
        if (role == Qt::DisplayRole)
            return assessed ? tr("%1 (%2)").arg(numberText(latest->score),
                                                latest->day.toString(Qt::ISODate))
                            : tr("not assessed");
        if (role == Qt::ToolTipRole && assessed)
            return latest->note;
        break;
    case CurrentColumn:
    case TargetColumn:
        if (role == Qt::DisplayRole) {
            const QString& code = index.column() == CurrentColumn ? m_currentLevel : m_targetLevel;
            const auto expected = d->expectations.constFind(code);
            return expected != d->expectations.constEnd() ? numberText(*expected) : QString();
        }
        break;
    default:
        return {};
    }
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant AssessmentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DimensionColumn:
        return tr("Dimension");
    case ScoreColumn:
        return tr("Your score");
    case CurrentColumn:
        return tr("%1 expects").arg(m_currentLevel);
    case TargetColumn:
        return tr("%1 expects").arg(m_targetLevel);
    default:
        return {};
    }
}
