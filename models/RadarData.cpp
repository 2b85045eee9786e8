// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarData.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

QList<double> scores(const Framework& framework, const QHash<QString, Assessment>& assessments)
{
    QList<double> values;
    for (const Dimension& d : framework.dimensions) {
        const auto found = assessments.constFind(d.key);
        values << (found != assessments.constEnd() ? found->score : 0.0);
    }
    return values;
}

QList<double> expectations(const Framework& framework, const QString& levelCode)
{
    QList<double> values;
    for (const Dimension& d : framework.dimensions)
        values << d.expectations.value(levelCode, 0.0);
    return values;
}

QStringList uniqueAxisNames(const Framework& framework)
{
    QStringList names;
    for (const Dimension& d : framework.dimensions)
        names << d.name.text();
    QStringList unique = names;
    for (qsizetype i = 0; i < names.size(); ++i) {
        // Every name of a clash gets its key, so none of them looks like "the" original.
        if (names.count(names[i]) > 1 || names[i].isEmpty())
            unique[i] = names[i].isEmpty()
                            ? framework.dimensions[i].key
                            : QStringLiteral("%1 (%2)").arg(names[i], framework.dimensions[i].key);
    }
    return unique;
}

} // namespace

QList<QPointF> RadarData::closedPolygon(const QList<double>& values, double maximum)
{
    QList<QPointF> points;
    if (values.isEmpty())
        return points;
    const double top = std::max(0.0, maximum);
    points.reserve(values.size() + 1);
    for (qsizetype i = 0; i < values.size(); ++i) {
        const double v = std::isnan(values[i]) ? 0.0 : std::clamp(values[i], 0.0, top);
        points << QPointF(double(i), v);
    }
    points << QPointF(double(values.size()), points.first().y());
    return points;
}

RadarData RadarData::forProfile(const Framework& framework, const QString& currentLevel,
                                const QString& targetLevel,
                                const QHash<QString, Assessment>& latest,
                                const QHash<QString, Assessment>& snapshot,
                                const QString& snapshotLabel)
{
    RadarData data;
    data.axes = uniqueAxisNames(framework);
    data.profiles << RadarProfile{QCoreApplication::translate("RadarData", "You (latest)"),
                                  scores(framework, latest), RadarProfile::Style::Filled};
    // Level codes compare case-insensitively; the framework's own spelling is shown.
    const Level* target = framework.level(targetLevel);
    const Level* current = framework.level(currentLevel);
    if (target)
        data.profiles << RadarProfile{
            QCoreApplication::translate("RadarData", "%1 expects").arg(target->code),
            expectations(framework, target->code), RadarProfile::Style::Outline};
    if (current && current != target)
        data.profiles << RadarProfile{
            QCoreApplication::translate("RadarData", "%1 expects").arg(current->code),
            expectations(framework, current->code), RadarProfile::Style::Dashed};
    if (!snapshot.isEmpty())
        //: %1 names when the snapshot was taken, such as a date
        data.profiles << RadarProfile{
            QCoreApplication::translate("RadarData", "You (%1)").arg(snapshotLabel),
            scores(framework, snapshot), RadarProfile::Style::Dashed};
    return data;
}
