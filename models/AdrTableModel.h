// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Adr.h"
#include "Framework.h"

#include <QAbstractTableModel>

/**
 * Decision records, one per row, in the order given (AdrStore::list: by number): the
 * number as ADR files show it ("0007"), title, status, date and the dimensions of the
 * framework that the record is linked to. Views search through AdrFilterModel.
 */
class AdrTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NumberColumn,
        TitleColumn,
        StatusColumn,
        DateColumn,
        DimensionsColumn,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1, ///< adr.id, in every column
        SortRole,                  ///< number as an integer, dates as ISO text
    };

    explicit AdrTableModel(QObject* parent = nullptr);

    /**
     * Shows records, naming linked dimensions of framework (links to other frameworks
     * are not shown). Resets the model; views keep their selection by id themselves.
     */
    void setRecords(const QList<Adr>& records, const Framework& framework);
    const Adr* recordFromIndex(const QModelIndex& index) const;
    /** Column 0 of the record with id, or an invalid index. */
    QModelIndex indexFromId(qint64 id) const;

    /** "0007" for number 7; an empty string for a record without number. */
    static QString numberText(const Adr& adr);
    /** The translated name of a status ("accepted"). */
    static QString statusText(Adr::Status status);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString dimensionNames(const Adr& adr) const;

    QList<Adr> m_records;
    Framework m_framework;
};
