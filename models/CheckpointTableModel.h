// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointProgress.h"
#include "Framework.h"

#include <QAbstractTableModel>
#include <QHash>

/**
 * Every checkpoint of a framework, lowest level first, with the user's progress.
 * Views show one level through a proxy filtering on LevelCodeRole.
 */
class CheckpointTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        LevelColumn,
        TitleColumn,
        DimensionColumn,
        StatusColumn,
        EvidenceColumn,
        KeyColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        LevelCodeRole,
        DimensionKeyRole,
        StatusRole
    };

    explicit CheckpointTableModel(QObject* parent = nullptr);

    void setFramework(const Framework& framework,
                      const QHash<QString, CheckpointProgress>& progress);
    const Checkpoint* checkpointFromIndex(const QModelIndex& index) const;
    CheckpointProgress::Status status(const Checkpoint& checkpoint) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Framework m_framework;
    QList<Checkpoint> m_checkpoints;
    QHash<QString, CheckpointProgress> m_progress;
};
