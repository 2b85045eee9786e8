// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Entry.h"

#include <QJsonArray>

/** Entries as JSON objects {id, date, metric, value, note, evidence}, values as numbers. */
namespace EntryJson {

QJsonArray toJson(const QList<Entry>& entries);

} // namespace EntryJson
