// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"
#include "Framework.h"

#include <QAbstractTableModel>
#include <QDate>

/**
 * The user's entries, one per row in id order, with the metric's name, unit and the
 * target of the profile's target level beside each value.
 *
 * Editing does not write anything: setData() validates the new text with
 * InputValidator and, when it is valid, emits editRequested() so the owner can store
 * the change as one undoable step; the row shows the new content once the owner
 * passes the updated list to setEntries(). Invalid text emits editRejected() with the
 * reason instead.
 */
class EntryTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DateColumn,
        MetricColumn,
        ValueColumn,
        ProgressColumn,
        NoteColumn,
        EvidenceColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        MetricKeyRole,
        DayRole,
        SortRole,
        /** Metric key and name, note and evidence: what a text filter searches. */
        SearchTextRole,
        /** True, false, or invalid when the metric has no target at the target level. */
        MeetsTargetRole
    };

    explicit EntryTableModel(QObject* parent = nullptr);

    void setFramework(const Framework& framework, const QString& targetLevel);
    /** The day "today" and "yesterday" mean when a date is edited. */
    void setToday(const QDate& today) { m_today = today; }
    /**
     * Shows entries, changing only the rows that differ from what is shown, so
     * selection and scroll position survive an edit or an undo. A change of more than
     * a few hundred rows (an import, a bulk delete) resets the model instead.
     */
    void setEntries(QList<Entry> entries);
    const Entry* entryAt(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

Q_SIGNALS:
    void editRequested(const Entry& before, const Entry& after);
    void editRejected(const QString& reason);

private:
    QVariant display(const Entry& e, int column) const;
    QString progressText(const Entry& e, const Metric& m, double target) const;

    Framework m_framework;
    QString m_targetLevel;
    QDate m_today;
    QList<Entry> m_entries;
};
