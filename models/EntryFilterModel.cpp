// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryFilterModel.h"

#include "EntryTableModel.h"

EntryFilterModel::EntryFilterModel(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(EntryTableModel::SortRole);
    setDynamicSortFilter(true);
}

void EntryFilterModel::setMetricKey(const QString& key)
{
    if (key == m_metricKey)
        return;
    m_metricKey = key;
    invalidateFilter();
}

void EntryFilterModel::setDateRange(const QDate& from, const QDate& to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    invalidateFilter();
}

void EntryFilterModel::setText(const QString& text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateFilter();
}

bool EntryFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (!m_metricKey.isEmpty() &&
        index.data(EntryTableModel::MetricKeyRole).toString() != m_metricKey)
        return false;
    const QDate day = index.data(EntryTableModel::DayRole).toDate();
    if ((m_from.isValid() && day < m_from) || (m_to.isValid() && day > m_to))
        return false;
    return m_text.isEmpty() || index.data(EntryTableModel::SearchTextRole)
                                   .toString()
                                   .contains(m_text, Qt::CaseInsensitive);
}
