// SPDX-License-Identifier: GPL-3.0-or-later
#include "ScoreWeightsStore.h"

#include "Database.h"
#include "Framework.h"
#include "InputValidator.h"

Result<CompositeSettings> ScoreWeightsStore::load(const Framework& framework) const
{
    auto share = m_db.exec(QStringLiteral("SELECT entropy_share FROM profile WHERE id = 1"));
    if (!share)
        return share.error();
    if (!share.value().next())
        return Failure::invalid(tr("%1: no profile has been set up").arg(m_db.path()));
    CompositeSettings settings;
    settings.entropyShare = share.value().value(0).toDouble();

    auto q = m_db.exec(
        QStringLiteral("SELECT metric_key, weight FROM metric_weight WHERE framework_key = ?"),
        {framework.key});
    if (!q)
        return q.error();
    while (q.value().next()) {
        const QString key = q.value().value(0).toString();
        if (framework.metric(key))
            settings.weights.insert(key, q.value().value(1).toDouble());
    }
    return settings;
}

Status ScoreWeightsStore::save(const Framework& framework, const CompositeSettings& settings)
{
    if (Status s = InputValidator::compositeSettings(settings, framework); !s)
        return s;
    return m_db.transaction([&]() -> Status {
        for (auto it = settings.weights.cbegin(); it != settings.weights.cend(); ++it) {
            auto q = m_db.exec(QStringLiteral("INSERT INTO metric_weight (framework_key, "
                                              "metric_key, weight) VALUES (?, ?, ?) "
                                              "ON CONFLICT (framework_key, metric_key) "
                                              "DO UPDATE SET weight = excluded.weight"),
                               {framework.key, it.key(), it.value()});
            if (!q)
                return q.error();
        }
        auto q = m_db.exec(QStringLiteral("UPDATE profile SET entropy_share = ? WHERE id = 1"),
                           {settings.entropyShare});
        if (!q)
            return q.error();
        if (q.value().numRowsAffected() != 1)
            return Failure::invalid(tr("%1: no profile has been set up").arg(m_db.path()));
        return {};
    });
}
