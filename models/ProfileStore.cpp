// SPDX-License-Identifier: GPL-3.0-or-later
#include "ProfileStore.h"

#include "Database.h"
#include "Framework.h"

Result<Profile> ProfileStore::load() const
{
    auto q = m_db.exec(QStringLiteral("SELECT framework_key, current_level, target_level, "
                                      "target_date, display_name FROM profile WHERE id = 1"));
    if (!q)
        return q.error();
    if (!q.value().next())
        return Failure::invalid(tr("%1: no profile has been set up").arg(m_db.path()));
    const QSqlQuery& r = q.value();
    Profile p;
    p.frameworkKey = r.value(0).toString();
    p.currentLevel = r.value(1).toString();
    p.targetLevel = r.value(2).toString();
    p.targetDate = QDate::fromString(r.value(3).toString(), Qt::ISODate);
    p.displayName = r.value(4).toString();
    return p;
}

Status ProfileStore::save(const Profile& profile)
{
    // An upsert, not INSERT OR REPLACE: a replaced row would lose the columns this
    // statement does not name (entropy_share) to their defaults.
    auto q = m_db.exec(
        QStringLiteral("INSERT INTO profile (id, framework_key, current_level, target_level, "
                       "target_date, display_name) VALUES (1, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET framework_key = excluded.framework_key, "
                       "current_level = excluded.current_level, "
                       "target_level = excluded.target_level, "
                       "target_date = excluded.target_date, "
                       "display_name = excluded.display_name"),
        {profile.frameworkKey, profile.currentLevel, profile.targetLevel,
         profile.targetDate.isValid() ? QVariant(profile.targetDate.toString(Qt::ISODate))
                                      : QVariant(),
         Database::text(profile.displayName)});
    if (!q)
        return q.error();
    return {};
}

Profile ProfileStore::adaptedTo(const Profile& profile, const Framework& framework)
{
    Profile adapted = profile;
    adapted.frameworkKey = framework.key;
    const int current = framework.levelIndex(profile.currentLevel);
    const int target = framework.levelIndex(profile.targetLevel);
    const int lastLevel = int(framework.levels.size()) - 1;
    if (current < 0 || target < 0) {
        adapted.currentLevel = framework.levels.value(0).code;
        adapted.targetLevel = framework.levels.value(std::min(1, lastLevel)).code;
    } else {
        adapted.currentLevel = framework.levels[current].code;
        adapted.targetLevel = framework.levels[target].code;
    }
    return adapted;
}

Result<Profile> ProfileStore::switchTo(const Framework& framework)
{
    auto current = load();
    if (!current)
        return current.error();
    const Profile adapted = adaptedTo(current.value(), framework);
    if (Status s = m_db.transaction([&] { return save(adapted); }); !s)
        return s.error();
    return adapted;
}
