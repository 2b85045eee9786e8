// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSortFilterProxyModel>

/**
 * Narrows an EntryTableModel to one metric, a date range and a text, and sorts it by
 * the model's SortRole (dates in logging order within a day, values as numbers).
 * Empty or invalid filter values let every row through.
 */
class EntryFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit EntryFilterModel(QObject* parent = nullptr);

    void setMetricKey(const QString& key);
    void setDateRange(const QDate& from, const QDate& to);
    /** Case-insensitive; matches the metric key or name, the note or the evidence. */
    void setText(const QString& text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_metricKey;
    QDate m_from;
    QDate m_to;
    QString m_text;
};
