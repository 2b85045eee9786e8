// SPDX-License-Identifier: GPL-3.0-or-later
#include "EntryFile.h"

#include "EntryCsv.h"
#include "EntryJson.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

bool isJson(const QString& path)
{
    return QFileInfo(path).suffix().compare(QLatin1String("json"), Qt::CaseInsensitive) == 0;
}

} // namespace

bool EntryFile::canSave(const QString& path)
{
    return isJson(path) ||
           QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0;
}

Status EntryFile::save(const QString& path, const QList<Entry>& entries)
{
    if (!canSave(path))
        return Failure::invalid(tr("%1: the name must end in .csv or .json").arg(path));
    const QByteArray bytes = isJson(path) ? QJsonDocument(EntryJson::toJson(entries)).toJson()
                                          : EntryCsv::write(entries);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit())
        return Failure::io(tr("%1: cannot write: %2").arg(path, file.errorString()));
    return {};
}

Result<QList<Entry>> EntryFile::load(const QString& path, const Framework& framework,
                                     const QDate& today)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Failure::io(tr("%1: cannot read: %2").arg(path, file.errorString()));
    return EntryCsv::read(file.readAll(), path, framework, today);
}
