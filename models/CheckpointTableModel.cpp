// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointTableModel.h"

#include <algorithm>

CheckpointTableModel::CheckpointTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

namespace {

QStringList keysOf(const QList<Checkpoint>& checkpoints)
{
    QStringList keys;
    keys.reserve(checkpoints.size());
    for (const Checkpoint& c : checkpoints)
        keys << c.key;
    return keys;
}

} // namespace

void CheckpointTableModel::setFramework(const Framework& framework,
                                        const QHash<QString, CheckpointProgress>& progress,
                                        const QHash<QString, QList<Evidence>>& evidence)
{
    QList<Checkpoint> checkpoints = framework.checkpoints();
    if (m_framework.key != framework.key || keysOf(checkpoints) != keysOf(m_checkpoints)) {
        beginResetModel();
        m_framework = framework;
        m_checkpoints = std::move(checkpoints);
        m_progress = progress;
        m_evidence = evidence;
        endResetModel();
        return;
    }
    m_framework = framework;
    m_checkpoints = std::move(checkpoints);
    m_progress = progress;
    m_evidence = evidence;
    if (!m_checkpoints.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_checkpoints.size()) - 1, ColumnCount - 1));
}

QModelIndex CheckpointTableModel::indexFromKey(const QString& key) const
{
    for (int row = 0; row < m_checkpoints.size(); ++row) {
        if (m_checkpoints[row].key == key)
            return index(row, 0);
    }
    return {};
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
    case EvidenceCountRole: {
        const QList<Evidence> pieces = m_evidence.value(c->key);
        return int(std::count_if(pieces.cbegin(), pieces.cend(),
                                 [](const Evidence& e) { return e.kind != Evidence::Kind::None; }));
    }
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn)
            return tr("Proven by: %1").arg(c->evidence.text());
        if (index.column() == DateColumn) {
            switch (status(*c)) {
            case CheckpointProgress::Status::Done:
                return tr("Done on this day");
            case CheckpointProgress::Status::InProgress:
                return tr("Started on this day");
            case CheckpointProgress::Status::NotStarted:
                break;
            }
        }
        return {};
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
    case DateColumn: {
        const auto it = m_progress.constFind(c->key);
        if (it == m_progress.constEnd())
            return {};
        const QDate day = it->status == CheckpointProgress::Status::Done         ? it->doneOn
                          : it->status == CheckpointProgress::Status::InProgress ? it->startedOn
                                                                                 : QDate();
        return day.isValid() ? day.toString(Qt::ISODate) : QString();
    }
    case EvidenceColumn: {
        QStringList lines;
        for (const Evidence& e : m_evidence.value(c->key))
            lines << (e.kind == Evidence::Kind::None ? tr("no evidence yet") : e.reference);
        return lines.join(QLatin1Char('\n'));
    }
    case NoteColumn: {
        const auto it = m_progress.constFind(c->key);
        return it == m_progress.constEnd() ? QString() : it->note;
    }
    case ProvenByColumn:
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
    case DateColumn:
        return tr("Date");
    case EvidenceColumn:
        return tr("Your evidence");
    case NoteColumn:
        return tr("Note");
    case ProvenByColumn:
        return tr("Proven by");
    case KeyColumn:
        return tr("ID");
    default:
        return {};
    }
}
