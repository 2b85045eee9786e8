// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryTableModel.h"

#include "InputValidator.h"
#include "NumberText.h"

#include <algorithm>

namespace {

QString withUnit(double value, const Metric* m)
{
    const QString unit = m ? m->unit.text() : QString();
    return unit.isEmpty() ? numberText(value) : numberText(value) + QLatin1Char(' ') + unit;
}

bool byId(const Entry& a, const Entry& b)
{
    return a.id < b.id;
}

/** How many ids are in only one of two id-ordered lists. */
qsizetype idsInOnlyOne(const QList<Entry>& a, const QList<Entry>& b)
{
    qsizetype only = 0;
    qsizetype i = 0;
    qsizetype j = 0;
    while (i < a.size() && j < b.size()) {
        if (a[i].id == b[j].id) {
            ++i;
            ++j;
        } else {
            ++only;
            (a[i].id < b[j].id ? i : j) += 1;
        }
    }
    return only + (a.size() - i) + (b.size() - j);
}

/** Above this many added or removed rows one reset is cheaper than row-by-row signals. */
constexpr qsizetype ResetThreshold = 500;

} // namespace

EntryTableModel::EntryTableModel(QObject* parent)
    : QAbstractTableModel(parent)
    , m_today(QDate::currentDate())
{}

void EntryTableModel::setFramework(const Framework& framework, const QString& targetLevel)
{
    m_framework = framework;
    m_targetLevel = targetLevel;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

void EntryTableModel::setEntries(QList<Entry> entries)
{
    std::sort(entries.begin(), entries.end(), byId);
    if (idsInOnlyOne(m_entries, entries) > ResetThreshold) {
        beginResetModel();
        m_entries = std::move(entries);
        endResetModel();
        return;
    }
    // Both lists are in id order: walk them together, removing rows whose id is gone,
    // inserting new ids where they belong and refreshing rows whose content changed.
    int row = 0;
    qsizetype next = 0;
    while (row < m_entries.size() || next < entries.size()) {
        if (next == entries.size() ||
            (row < m_entries.size() && m_entries[row].id < entries[next].id)) {
            int last = row;
            while (last + 1 < m_entries.size() &&
                   (next == entries.size() || m_entries[last + 1].id < entries[next].id))
                ++last;
            beginRemoveRows({}, row, last);
            m_entries.remove(row, last - row + 1);
            endRemoveRows();
        } else if (row == m_entries.size() || entries[next].id < m_entries[row].id) {
            qsizetype end = next + 1;
            while (end < entries.size() &&
                   (row == m_entries.size() || entries[end].id < m_entries[row].id))
                ++end;
            beginInsertRows({}, row, row + int(end - next) - 1);
            for (qsizetype i = next; i < end; ++i)
                m_entries.insert(row + int(i - next), entries[i]);
            endInsertRows();
            row += int(end - next);
            next = end;
        } else {
            if (!m_entries[row].sameContent(entries[next]) ||
                m_entries[row].updatedAt != entries[next].updatedAt) {
                m_entries[row] = entries[next];
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            ++row;
            ++next;
        }
    }
}

const Entry* EntryTableModel::entryAt(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries[row] : nullptr;
}

int EntryTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int EntryTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {

/** Entry ids stay far below this (2^40), so day and id share one sort key. */
constexpr qint64 DaySortStride = qint64(1) << 40;

/**
 * The Progress column's sort key: the value over the target, or the value alone when
 * there is no target to divide by. Out of line: GCC 12 warns that an inlined optional's
 * value may be uninitialised here, which it is not.
 */
[[gnu::noinline]] QVariant progressKey(double value, const std::optional<double>& target)
{
    return target && *target != 0 ? QVariant(value / *target) : QVariant(value);
}

} // namespace

QVariant EntryTableModel::data(const QModelIndex& index, int role) const
{
    const Entry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e)
        return {};
    const Metric* m = m_framework.metric(e->metricKey);
    const std::optional<double> target = m ? m->target(m_targetLevel) : std::nullopt;
    switch (role) {
    case IdRole:
        return e->id;
    case MetricKeyRole:
        return e->metricKey;
    case DayRole:
        return e->day;
    case MeetsTargetRole:
        return target ? QVariant(m->meets(e->value, *target)) : QVariant();
    case SearchTextRole:
        return QStringList{e->metricKey, m ? m->name.en : QString(), m ? m->name.zh : QString(),
                           e->note, e->evidence}
            .join(QLatin1Char('\n'));
    case SortRole:
        switch (index.column()) {
        case DateColumn:
            // Same-day entries stay in the order they were logged. A number, not text:
            // sorting ten years of entries compares this a few hundred thousand times.
            return qint64(e->day.toJulianDay()) * DaySortStride + e->id;
        case ValueColumn:
            return e->value;
        case ProgressColumn:
            return progressKey(e->value, target);
        default:
            return display(*e, index.column());
        }
    case Qt::EditRole:
        switch (index.column()) {
        case DateColumn:
            return e->day.toString(Qt::ISODate);
        case MetricColumn:
            return e->metricKey;
        case ValueColumn:
            return numberText(e->value);
        case NoteColumn:
            return e->note;
        case EvidenceColumn:
            return e->evidence;
        default:
            return {};
        }
    case Qt::DisplayRole:
        return display(*e, index.column());
    case Qt::ToolTipRole:
        if (index.column() == MetricColumn)
            return m ? QStringLiteral("%1\n%2").arg(e->metricKey, m->description.text())
                     : tr("%1 is not a metric of the active framework").arg(e->metricKey);
        if (index.column() == ProgressColumn && m && target)
            return progressText(*e, *m, *target);
        if (index.column() == NoteColumn || index.column() == EvidenceColumn)
            return display(*e, index.column());
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == ValueColumn || index.column() == ProgressColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant EntryTableModel::display(const Entry& e, int column) const
{
    const Metric* m = m_framework.metric(e.metricKey);
    switch (column) {
    case DateColumn:
        return e.day.toString(Qt::ISODate);
    case MetricColumn:
        return m ? m->name.text() : e.metricKey;
    case ValueColumn:
        return withUnit(e.value, m);
    case ProgressColumn: {
        const std::optional<double> target = m ? m->target(m_targetLevel) : std::nullopt;
        if (!target)
            return QString();
        // Higher is better reads as done / wanted; lower is better as value / limit.
        return m->direction == Metric::Direction::HigherIsBetter
                   ? QStringLiteral("%1 / %2").arg(numberText(e.value), numberText(*target))
                   : QStringLiteral("%1 / ≤ %2").arg(numberText(e.value), numberText(*target));
    }
    case NoteColumn: {
        // One line in the table; the tooltip and the editor show all of it.
        QString firstLine = e.note.section(QLatin1Char('\n'), 0, 0);
        return e.note.contains(QLatin1Char('\n')) ? firstLine + QStringLiteral(" …") : firstLine;
    }
    case EvidenceColumn:
        return e.evidence;
    default:
        return {};
    }
}

QString EntryTableModel::progressText(const Entry& e, const Metric& m, double target) const
{
    if (m.direction == Metric::Direction::HigherIsBetter) {
        const double percent = target == 0 ? 100 : 100 * e.value / target;
        return tr("%1 % of the %2 target (%3)")
            .arg(QString::number(percent, 'f', 0), m_targetLevel, withUnit(target, &m));
    }
    if (m.meets(e.value, target))
        return tr("within the %1 limit of %2").arg(m_targetLevel, withUnit(target, &m));
    return tr("%1 over the %2 limit of %3")
        .arg(withUnit(e.value - target, &m), m_targetLevel, withUnit(target, &m));
}

QVariant EntryTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case DateColumn:
        return tr("Date");
    case MetricColumn:
        return tr("Metric");
    case ValueColumn:
        return tr("Value");
    case ProgressColumn:
        return m_targetLevel.isEmpty() ? tr("Target") : tr("%1 target").arg(m_targetLevel);
    case NoteColumn:
        return tr("Note");
    case EvidenceColumn:
        return tr("Evidence");
    default:
        return {};
    }
}

Qt::ItemFlags EntryTableModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != ProgressColumn)
        f |= Qt::ItemIsEditable;
    return f;
}

bool EntryTableModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    const Entry* e = index.isValid() ? entryAt(index.row()) : nullptr;
    if (!e || role != Qt::EditRole || !(flags(index) & Qt::ItemIsEditable))
        return false;
    using Field = InputValidator::EntryField;
    static const Field fieldOf[ColumnCount] = {Field::Date,  Field::Metric, Field::Value,
                                               Field::Value, Field::Note,   Field::Evidence};
    auto edited =
        InputValidator::edit(*e, fieldOf[index.column()], value.toString(), m_framework, m_today);
    if (!edited) {
        Q_EMIT editRejected(edited.error().message);
        return false;
    }
    if (!edited.value().sameContent(*e))
        Q_EMIT editRequested(*e, edited.value());
    return true;
}
