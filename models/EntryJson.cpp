// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryJson.h"

#include <QJsonObject>

QJsonArray EntryJson::toJson(const QList<Entry>& entries)
{
    QJsonArray array;
    for (const Entry& e : entries) {
        array.append(QJsonObject{{QStringLiteral("id"), e.id},
                                 {QStringLiteral("date"), e.day.toString(Qt::ISODate)},
                                 {QStringLiteral("metric"), e.metricKey},
                                 {QStringLiteral("value"), e.value},
                                 {QStringLiteral("note"), e.note},
                                 {QStringLiteral("evidence"), e.evidence}});
    }
    return array;
}
