// SPDX-License-Identifier: GPL-3.0-or-later
#include "MetricTableModel.h"

#include "NumberText.h"

MetricTableModel::MetricTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void MetricTableModel::setFramework(const Framework& framework)
{
    beginResetModel();
    m_framework = framework;
    endResetModel();
}

const Metric* MetricTableModel::metricFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_framework.metrics.size())
        return nullptr;
    return &m_framework.metrics[index.row()];
}

int MetricTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_framework.metrics.size());
}

int MetricTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : FirstTargetColumn + int(m_framework.levels.size());
}

QVariant MetricTableModel::data(const QModelIndex& index, int role) const
{
    const Metric* m = metricFromIndex(index);
    if (!m)
        return {};
    if (role == KeyRole)
        return m->key;
    if (role == Qt::ToolTipRole)
        return m->description.text();
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case KeyColumn:
        return m->key;
    case NameColumn:
        return m->name.text();
    case UnitColumn:
        return m->unit.text();
    case DirectionColumn:
        return m->direction == Metric::Direction::HigherIsBetter ? tr("higher is better")
                                                                 : tr("lower is better");
    case AggregationColumn:
        switch (m->aggregation) {
        case Metric::Aggregation::Sum:
            return tr("sum");
        case Metric::Aggregation::Mean:
            return tr("mean");
        case Metric::Aggregation::Last:
            return tr("last");
        case Metric::Aggregation::Max:
            return tr("max");
        }
        return {};
    case RangeColumn:
        return tr("%1 to %2").arg(numberText(m->minimum), numberText(m->maximum));
    default: {
        const int level = index.column() - FirstTargetColumn;
        const QString code = m_framework.levels.value(level).code;
        if (!m->targets.contains(code))
            return QString();
        const QString bound = m->direction == Metric::Direction::HigherIsBetter
                                  ? QStringLiteral("≥ ")
                                  : QStringLiteral("≤ ");
        return bound + numberText(m->targets.value(code));
    }
    }
}

QVariant MetricTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case KeyColumn:
        return tr("Key");
    case NameColumn:
        return tr("Metric");
    case UnitColumn:
        return tr("Unit");
    case DirectionColumn:
        return tr("Better");
    case AggregationColumn:
        return tr("Combines by");
    case RangeColumn:
        return tr("Valid range");
    default:
        if (section - FirstTargetColumn < m_framework.levels.size())
            return tr("Target %1").arg(m_framework.levels[section - FirstTargetColumn].code);
        return {};
    }
}
