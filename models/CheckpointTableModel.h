// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "CheckpointProgress.h"
#include "Evidence.h"
#include "Framework.h"

#include <QAbstractTableModel>
#include <QHash>

/**
 * Every checkpoint of a framework, lowest level first, with the user's progress and
 * the evidence attached to it. Views show one level through a proxy filtering on
 * LevelCodeRole.
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
        DateColumn,     ///< done on, or started on while in progress
        EvidenceColumn, ///< the user's evidence, one reference per line
        NoteColumn,
        ProvenByColumn, ///< what the framework says proves the checkpoint
        KeyColumn,
        ColumnCount
    };
    enum Role
    {
        KeyRole = Qt::UserRole + 1,
        LevelCodeRole,
        DimensionKeyRole,
        StatusRole,
        EvidenceCountRole ///< real evidence only: "no evidence yet" counts 0
    };

    explicit CheckpointTableModel(QObject* parent = nullptr);

    /**
     * Shows framework with progress and evidence (by checkpoint key). When the framework
     * has the same checkpoints as before, only the changed cells are announced, so views
     * keep their selection; otherwise the model resets.
     */
    void setFramework(const Framework& framework,
                      const QHash<QString, CheckpointProgress>& progress,
                      const QHash<QString, QList<Evidence>>& evidence = {});
    const Checkpoint* checkpointFromIndex(const QModelIndex& index) const;
    CheckpointProgress::Status status(const Checkpoint& checkpoint) const;
    /** The model index of column 0 of the checkpoint with key, or an invalid index. */
    QModelIndex indexFromKey(const QString& key) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    Framework m_framework;
    QList<Checkpoint> m_checkpoints;
    QHash<QString, CheckpointProgress> m_progress;
    QHash<QString, QList<Evidence>> m_evidence;
};
