// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

/** How far the user is with one checkpoint of a framework. */
struct CheckpointProgress
{
    Q_DECLARE_TR_FUNCTIONS(CheckpointProgress)

public:
    enum class Status
    {
        NotStarted,
        InProgress,
        Done
    };

    QString checkpointKey;
    Status status = Status::NotStarted;
    QDate startedOn;
    QDate doneOn;
    QString note;

    /** The stable name used in the database and in command-line output ("in_progress"). */
    static QString statusKey(Status status);
    static std::optional<Status> statusFromKey(const QString& key);
    /** The translated name shown to people ("in progress"). */
    static QString statusText(Status status);
};
