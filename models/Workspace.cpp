// SPDX-License-Identifier: GPL-3.0-or-later
#include "Workspace.h"

#include "CheckpointProgressStore.h"
#include "Database.h"
#include "FrameworkReader.h"
#include "ProfileStore.h"

Workspace::Workspace(Database& db, QObject* parent)
    : QObject(parent)
    , m_db(db)
{}

Result<QList<FrameworkSummary>> Workspace::frameworks() const
{
    return FrameworkStore(m_db).list();
}

int Workspace::checkpointsDone(const Level& level) const
{
    int done = 0;
    for (const Checkpoint& c : level.checkpoints) {
        const auto it = m_progress.constFind(c.key);
        done += it != m_progress.constEnd() && it->status == CheckpointProgress::Status::Done;
    }
    return done;
}

Status Workspace::reload()
{
    auto profile = ProfileStore(m_db).load();
    if (!profile)
        return profile.error();
    auto framework = FrameworkStore(m_db).load(profile.value().frameworkKey);
    if (!framework)
        return framework.error();
    auto progress = CheckpointProgressStore(m_db).load(profile.value().frameworkKey);
    if (!progress)
        return progress.error();
    auto counts = m_db.exec(QStringLiteral("SELECT (SELECT count(*) FROM entry),"
                                           "       (SELECT count(*) FROM adr)"));
    if (!counts)
        return counts.error();
    counts.value().next();
    m_entryCount = counts.value().value(0).toInt();
    m_adrCount = counts.value().value(1).toInt();
    m_profile = profile.value();
    m_framework = std::move(framework).value();
    m_progress = std::move(progress).value();
    Q_EMIT changed();
    return {};
}

Status Workspace::useFramework(const QString& key)
{
    auto framework = FrameworkStore(m_db).load(key);
    if (!framework)
        return framework.error();
    if (auto switched = ProfileStore(m_db).switchTo(framework.value()); !switched)
        return switched.error();
    return reload();
}

Result<Framework> Workspace::importFramework(const QString& path)
{
    QByteArray source;
    auto framework = FrameworkReader::readFile(path, &source);
    if (!framework)
        return framework.error();
    if (Status s = FrameworkStore(m_db).importFramework(framework.value(), source, path); !s)
        return s.error();
    if (Status s = reload(); !s)
        return s.error();
    return framework;
}
