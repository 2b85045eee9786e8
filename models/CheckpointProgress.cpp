// SPDX-License-Identifier: GPL-3.0-or-later
#include "CheckpointProgress.h"

QString CheckpointProgress::statusKey(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return QStringLiteral("not_started");
    case Status::InProgress:
        return QStringLiteral("in_progress");
    case Status::Done:
        return QStringLiteral("done");
    }
    return {};
}

std::optional<CheckpointProgress::Status> CheckpointProgress::statusFromKey(const QString& key)
{
    for (auto s : {Status::NotStarted, Status::InProgress, Status::Done}) {
        if (statusKey(s) == key)
            return s;
    }
    return std::nullopt;
}

QString CheckpointProgress::statusText(Status status)
{
    switch (status) {
    case Status::NotStarted:
        return tr("not started");
    case Status::InProgress:
        return tr("in progress");
    case Status::Done:
        return tr("done");
    }
    return {};
}
