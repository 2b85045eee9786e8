// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "Framework.h"

#include <QAbstractTableModel>
#include <QHash>

/**
 * Each dimension of a framework, one per row: the user's newest self-assessment next
 * to what the current and the target level expect. Rows follow the framework's
 * dimension order; a dimension never assessed shows an empty score.
 */
class AssessmentTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        DimensionColumn,
        ScoreColumn,
        CurrentColumn,
        TargetColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1, ///< the dimension key, in every column
        ScoreRole,                  ///< the newest score as a double; invalid when none
    };

    explicit AssessmentTableModel(QObject* parent = nullptr);

    /**
     * Shows framework's dimensions compared between the levels currentLevel and
     * targetLevel (codes of framework), with latest holding the newest assessment by
     * dimension key. Assessments of dimensions not in framework are ignored.
     */
    void setContents(const Framework& framework, const QString& currentLevel,
                     const QString& targetLevel, const QHash<QString, Assessment>& latest);
    const Dimension* dimensionFromIndex(const QModelIndex& index) const;
    /** The row of the dimension with this key, or an invalid index. */
    QModelIndex indexFromDimension(const QString& key, int column = DimensionColumn) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QList<Dimension> m_dimensions;
    QString m_currentLevel;
    QString m_targetLevel;
    QHash<QString, Assessment> m_latest;
};
