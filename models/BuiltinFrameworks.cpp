// SPDX-License-Identifier: GPL-3.0-or-later
#include "BuiltinFrameworks.h"

#include "Database.h"
#include "FrameworkReader.h"
#include "FrameworkStore.h"
#include "ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

QStringList BuiltinFrameworks::resourcePaths()
{
    QStringList paths;
    const QDir dir(QStringLiteral(":/frameworks"));
    const QStringList names = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    for (const QString& name : names)
        paths << dir.filePath(name);
    return paths;
}

Status BuiltinFrameworks::ensureInstalled(Database& db)
{
    FrameworkStore store(db);
    QList<std::pair<Framework, QByteArray>> pending;
    for (const QString& path : resourcePaths()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Failure::io(file.errorString());
        const QByteArray source = file.readAll();
        // Every command opens the database through here, so the shipped file's key and
        // revision are looked up first; checking the whole framework cost a fifth of a
        // `rungs log` (bench/, log-vs-sqlite3-insert) and is only needed to install it.
        const QJsonObject header = QJsonDocument::fromJson(source).object();
        auto installed = store.installedRevision(header.value(QLatin1String("key")).toString());
        if (!installed)
            return installed.error();
        if (installed.value() &&
            *installed.value() >= header.value(QLatin1String("revision")).toInt(1))
            continue;
        auto framework = FrameworkReader::read(source, path);
        if (!framework)
            return framework.error();
        pending.append({std::move(framework).value(), source});
    }

    ProfileStore profiles(db);
    auto profile = profiles.load();
    // Only a missing profile is created; a read error must not replace the user's.
    if (!profile && profile.error().kind != Failure::Kind::InvalidInput)
        return profile.error();
    const bool needsProfile = !profile;
    if (pending.isEmpty() && !needsProfile)
        return {};

    return db.transaction([&]() -> Status {
        for (const auto& [framework, source] : pending) {
            if (Status s = store.write(framework, source, true); !s)
                return s;
        }
        if (!needsProfile)
            return {};
        auto framework = store.load(defaultKey());
        if (!framework)
            return framework.error();
        return profiles.save(ProfileStore::adaptedTo(Profile{}, framework.value()));
    });
}
