// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkStore.h"

#include "Database.h"
#include "ProfileStore.h"

#include <QVariant>

namespace {

LocalizedText textAt(const QSqlQuery& q, int column)
{
    return {q.value(column).toString(), q.value(column + 1).toString()};
}

QVariant orNull(const QString& s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

} // namespace

Result<QList<FrameworkSummary>> FrameworkStore::list() const
{
    auto q = m_db.exec(QStringLiteral(
        "SELECT f.key, f.name_en, f.name_zh, f.revision, f.builtin,"
        "       (SELECT group_concat(code, ' ') FROM"
        "           (SELECT code FROM level WHERE framework_key = f.key ORDER BY position))"
        "  FROM framework f ORDER BY f.builtin DESC, f.key"));
    if (!q)
        return q.error();
    QList<FrameworkSummary> all;
    while (q.value().next()) {
        const QSqlQuery& r = q.value();
        all.append({r.value(0).toString(), textAt(r, 1), r.value(3).toInt(), r.value(4).toBool(),
                    r.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts)});
    }
    return all;
}

Result<std::optional<int>> FrameworkStore::installedRevision(const QString& key) const
{
    auto q = m_db.exec(QStringLiteral("SELECT revision FROM framework WHERE key = ?"), {key});
    if (!q)
        return q.error();
    if (!q.value().next())
        return std::optional<int>();
    return std::optional<int>(q.value().value(0).toInt());
}

Result<Framework> FrameworkStore::load(const QString& key) const
{
    Framework f;
    {
        auto q =
            m_db.exec(QStringLiteral("SELECT key, revision, name_en, name_zh, description_en,"
                                     " description_zh, window_days FROM framework WHERE key = ?"),
                      {key});
        if (!q)
            return q.error();
        if (!q.value().next())
            return Failure::invalid(tr("unknown framework \"%1\"").arg(key));
        const QSqlQuery& r = q.value();
        f.key = r.value(0).toString();
        f.revision = r.value(1).toInt();
        f.name = textAt(r, 2);
        f.description = textAt(r, 4);
        f.windowDays = r.value(6).toInt();
    }
    {
        auto q = m_db.exec(QStringLiteral("SELECT code, name_en, name_zh, summary_en, summary_zh"
                                          "  FROM level WHERE framework_key = ? ORDER BY position"),
                           {key});
        if (!q)
            return q.error();
        while (q.value().next())
            f.levels.append(
                {q.value().value(0).toString(), textAt(q.value(), 1), textAt(q.value(), 3), {}});
    }
    {
        auto q =
            m_db.exec(QStringLiteral("SELECT key, name_en, name_zh, description_en, description_zh"
                                     "  FROM dimension WHERE framework_key = ? ORDER BY position"),
                      {key});
        if (!q)
            return q.error();
        while (q.value().next())
            f.dimensions.append(
                {q.value().value(0).toString(), textAt(q.value(), 1), textAt(q.value(), 3), {}});
        auto e = m_db.exec(QStringLiteral("SELECT dimension_key, level_code, score FROM expectation"
                                          " WHERE framework_key = ?"),
                           {key});
        if (!e)
            return e.error();
        while (e.value().next()) {
            for (Dimension& d : f.dimensions) {
                if (d.key == e.value().value(0).toString())
                    d.expectations.insert(e.value().value(1).toString(),
                                          e.value().value(2).toDouble());
            }
        }
    }
    {
        auto q =
            m_db.exec(QStringLiteral("SELECT key, level_code, dimension_key, title_en, title_zh,"
                                     "       evidence_en, evidence_zh"
                                     "  FROM checkpoint WHERE framework_key = ?"
                                     " ORDER BY position"),
                      {key});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            const int level = f.levelIndex(r.value(1).toString());
            if (level >= 0)
                f.levels[level].checkpoints.append({r.value(0).toString(), r.value(1).toString(),
                                                    r.value(2).toString(), textAt(r, 3),
                                                    textAt(r, 5)});
        }
    }
    {
        auto q =
            m_db.exec(QStringLiteral("SELECT key, name_en, name_zh, description_en, description_zh,"
                                     "       unit_en, unit_zh, direction, aggregation, min_value,"
                                     "       max_value, daily, dimension_key"
                                     "  FROM metric WHERE framework_key = ? ORDER BY position"),
                      {key});
        if (!q)
            return q.error();
        while (q.value().next()) {
            const QSqlQuery& r = q.value();
            Metric m;
            m.key = r.value(0).toString();
            m.name = textAt(r, 1);
            m.description = textAt(r, 3);
            m.unit = textAt(r, 5);
            m.direction = Metric::directionFromName(r.value(7).toString())
                              .value_or(Metric::Direction::HigherIsBetter);
            m.aggregation = Metric::aggregationFromName(r.value(8).toString())
                                .value_or(Metric::Aggregation::Sum);
            m.minimum = r.value(9).toDouble();
            m.maximum = r.value(10).toDouble();
            m.daily = r.value(11).toBool();
            m.dimensionKey = r.value(12).toString();
            f.metrics.append(m);
        }
        auto t = m_db.exec(QStringLiteral("SELECT metric_key, level_code, target FROM metric_target"
                                          " WHERE framework_key = ?"),
                           {key});
        if (!t)
            return t.error();
        while (t.value().next()) {
            for (Metric& m : f.metrics) {
                if (m.key == t.value().value(0).toString())
                    m.targets.insert(t.value().value(1).toString(), t.value().value(2).toDouble());
            }
        }
    }
    return f;
}

Status FrameworkStore::install(const Framework& framework, const QByteArray& source, bool builtin)
{
    return m_db.transaction([&] { return write(framework, source, builtin); });
}

Status FrameworkStore::importFramework(const Framework& framework, const QByteArray& source,
                                       const QString& sourceName)
{
    auto q = m_db.exec(QStringLiteral("SELECT builtin, revision FROM framework WHERE key = ?"),
                       {framework.key});
    if (!q)
        return q.error();
    if (q.value().next()) {
        if (q.value().value(0).toBool())
            return Failure::invalid(
                tr("%1: key: \"%2\" belongs to a built-in framework; give yours its own key")
                    .arg(sourceName, framework.key));
        const int installed = q.value().value(1).toInt();
        if (framework.revision < installed)
            return Failure::invalid(tr("%1: revision: %2 is older than the installed revision %3")
                                        .arg(sourceName)
                                        .arg(framework.revision)
                                        .arg(installed));
    }
    q.value().finish();
    return install(framework, source, false);
}

Status FrameworkStore::write(const Framework& f, const QByteArray& source, bool builtin)
{
    // Each statement's failure ends the write; the caller's transaction undoes the rest.
    auto run = [&](const QString& sql, const QVariantList& values) -> Status {
        if (auto r = m_db.exec(sql, values); !r)
            return r.error();
        return {};
    };
    Status s = run(QStringLiteral("DELETE FROM framework WHERE key = ?"), {f.key});
    if (s)
        s = run(QStringLiteral("INSERT INTO framework (key, revision, name_en, name_zh,"
                               " description_en, description_zh, window_days, builtin, source,"
                               " installed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {f.key, f.revision, Database::text(f.name.en), Database::text(f.name.zh),
                 Database::text(f.description.en), Database::text(f.description.zh), f.windowDays,
                 builtin ? 1 : 0, QString::fromUtf8(source), m_db.timestamp()});
    for (int i = 0; s && i < f.levels.size(); ++i) {
        const Level& l = f.levels[i];
        s = run(QStringLiteral("INSERT INTO level (framework_key, code, position, name_en, name_zh,"
                               " summary_en, summary_zh) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {f.key, l.code, i, Database::text(l.name.en), Database::text(l.name.zh),
                 Database::text(l.summary.en), Database::text(l.summary.zh)});
    }
    for (int i = 0; s && i < f.dimensions.size(); ++i) {
        const Dimension& d = f.dimensions[i];
        s = run(QStringLiteral("INSERT INTO dimension (framework_key, key, position, name_en,"
                               " name_zh, description_en, description_zh)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?)"),
                {f.key, d.key, i, Database::text(d.name.en), Database::text(d.name.zh),
                 Database::text(d.description.en), Database::text(d.description.zh)});
        for (auto it = d.expectations.begin(); s && it != d.expectations.end(); ++it)
            s = run(QStringLiteral("INSERT INTO expectation (framework_key, dimension_key,"
                                   " level_code, score) VALUES (?, ?, ?, ?)"),
                    {f.key, d.key, it.key(), it.value()});
    }
    const QList<Checkpoint> checkpoints = f.checkpoints();
    for (int i = 0; s && i < checkpoints.size(); ++i) {
        const Checkpoint& c = checkpoints[i];
        s = run(QStringLiteral("INSERT INTO checkpoint (framework_key, key, level_code,"
                               " dimension_key, position, title_en, title_zh, evidence_en,"
                               " evidence_zh) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {f.key, c.key, c.levelCode, orNull(c.dimensionKey), i, Database::text(c.title.en),
                 Database::text(c.title.zh), Database::text(c.evidence.en),
                 Database::text(c.evidence.zh)});
    }
    for (int i = 0; s && i < f.metrics.size(); ++i) {
        const Metric& m = f.metrics[i];
        s = run(QStringLiteral("INSERT INTO metric (framework_key, key, position, name_en, name_zh,"
                               " description_en, description_zh, unit_en, unit_zh, direction,"
                               " aggregation, min_value, max_value, daily, dimension_key)"
                               " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {f.key, m.key, i, Database::text(m.name.en), Database::text(m.name.zh),
                 Database::text(m.description.en), Database::text(m.description.zh),
                 Database::text(m.unit.en), Database::text(m.unit.zh),
                 Metric::directionName(m.direction), Metric::aggregationName(m.aggregation),
                 m.minimum, m.maximum, m.daily ? 1 : 0, orNull(m.dimensionKey)});
        for (auto it = m.targets.begin(); s && it != m.targets.end(); ++it)
            s = run(QStringLiteral("INSERT INTO metric_target (framework_key, metric_key,"
                                   " level_code, target) VALUES (?, ?, ?, ?)"),
                    {f.key, m.key, it.key(), it.value()});
    }
    if (!s)
        return s;

    // A profile on this framework must still name levels that exist.
    ProfileStore profiles(m_db);
    auto profile = profiles.load();
    if (profile && profile.value().frameworkKey == f.key) {
        const Profile adapted = ProfileStore::adaptedTo(profile.value(), f);
        if (!(adapted == profile.value()))
            return profiles.save(adapted);
    }
    return {};
}
