// SPDX-License-Identifier: GPL-3.0-or-later
#include "AdrTableModel.h"

AdrTableModel::AdrTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

void AdrTableModel::setRecords(const QList<Adr>& records, const Framework& framework)
{
    beginResetModel();
    m_records = records;
    m_framework = framework;
    endResetModel();
}

const Adr* AdrTableModel::recordFromIndex(const QModelIndex& index) const
{
    if (!index.isValid() || index.model() != this || index.row() >= m_records.size())
        return nullptr;
    return &m_records[index.row()];
}

QModelIndex AdrTableModel::indexFromId(qint64 id) const
{
    for (int row = 0; row < m_records.size(); ++row) {
        if (m_records[row].id == id)
            return index(row, 0);
    }
    return {};
}

QString AdrTableModel::numberText(const Adr& adr)
{
    return adr.number ? QStringLiteral("%1").arg(*adr.number, 4, 10, QLatin1Char('0')) : QString();
}

QString AdrTableModel::statusText(Adr::Status status)
{
    switch (status) {
    case Adr::Status::Proposed:
        return tr("proposed");
    case Adr::Status::Accepted:
        return tr("accepted");
    case Adr::Status::Rejected:
        return tr("rejected");
    case Adr::Status::Deprecated:
        return tr("deprecated");
    case Adr::Status::Superseded:
        return tr("superseded");
    }
    return {};
}

int AdrTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_records.size());
}

int AdrTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AdrTableModel::dimensionNames(const Adr& adr) const
{
    QStringList names;
    for (const Adr::Link& link : adr.links) {
        if (link.kind != Adr::Link::Kind::Dimension || link.frameworkKey != m_framework.key)
            continue;
        const Dimension* d = m_framework.dimension(link.targetKey);
        names << (d ? d->name.text() : link.targetKey);
    }
    return names.join(QStringLiteral(", "));
}

QVariant AdrTableModel::data(const QModelIndex& index, int role) const
{
    const Adr* adr = recordFromIndex(index);
    if (!adr)
        return {};
    if (role == IdRole)
        return adr->id;
    if (role == SortRole) {
        switch (index.column()) {
        case NumberColumn:
            return adr->number ? QVariant(*adr->number) : QVariant(-1);
        case DateColumn:
            return adr->date.toString(Qt::ISODate);
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == StatusColumn && adr->supersededBy != 0) {
        for (const Adr& other : m_records) {
            if (other.id == adr->supersededBy)
                return tr("Superseded by %1 %2").arg(numberText(other), other.title);
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NumberColumn:
        return numberText(*adr);
    case TitleColumn:
        return adr->title;
    case StatusColumn:
        return statusText(adr->status);
    case DateColumn:
        return adr->date.toString(Qt::ISODate);
    case DimensionsColumn:
        return dimensionNames(*adr);
    default:
        return {};
    }
}

QVariant AdrTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NumberColumn:
        return tr("No.");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case DateColumn:
        return tr("Date");
    case DimensionsColumn:
        return tr("Dimensions");
    default:
        return {};
    }
}
