// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointTableModel.h"

CheckpointTableModel::CheckpointTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void CheckpointTableModel::setFramework(const Framework& framework,
                                        const QHash<QString, CheckpointProgress>& progress)
{
    beginResetModel();
    m_framework = framework;
    m_checkpoints = framework.checkpoints();
    m_progress = progress;
    endResetModel();
}

const Checkpoint* CheckpointTableModel::checkpointFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_checkpoints.size())
        return nullptr;
    return &m_checkpoints[index.row()];
}

CheckpointProgress::Status CheckpointTableModel::status(const Checkpoint& checkpoint) const
{
    const auto it = m_progress.constFind(checkpoint.key);
    return it == m_progress.constEnd() ? CheckpointProgress::Status::NotStarted : it->status;
}

int CheckpointTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_checkpoints.size());
}

int CheckpointTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CheckpointTableModel::data(const QModelIndex& index, int role) const
{
    const Checkpoint* c = checkpointFromIndex(index);
    if (!c)
        return {};
    switch (role) {
    case KeyRole:
        return c->key;
    case LevelCodeRole:
        return c->levelCode;
    case DimensionKeyRole:
        return c->dimensionKey;
    case StatusRole:
        return CheckpointProgress::statusKey(status(*c));
    case Qt::ToolTipRole:
        return index.column() == TitleColumn ? c->evidence.text() : QVariant();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case LevelColumn:
        return c->levelCode;
    case TitleColumn:
        return c->title.text();
    case DimensionColumn: {
        const Dimension* d = m_framework.dimension(c->dimensionKey);
        return d ? d->name.text() : QString();
    }
    case StatusColumn:
        return CheckpointProgress::statusText(status(*c));
    case EvidenceColumn:
        return c->evidence.text();
    case KeyColumn:
        return c->key;
    default:
        return {};
    }
}

QVariant CheckpointTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case LevelColumn:
        return tr("Level");
    case TitleColumn:
        return tr("Checkpoint");
    case DimensionColumn:
        return tr("Dimension");
    case StatusColumn:
        return tr("Status");
    case EvidenceColumn:
        return tr("Proven by");
    case KeyColumn:
        return tr("ID");
    default:
        return {};
    }
}
