// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "Assessment.h"
#include "Framework.h"

#include <QHash>
#include <QList>
#include <QPointF>
#include <QString>
#include <QStringList>

/** One closed shape on a radar: a value per axis, in the order of RadarData::axes. */
struct RadarProfile
{
    enum class Style
    {
        Filled,  ///< a line with a translucent fill: the user's own scores
        Outline, ///< a solid line: what the target level expects
        Dashed,  ///< a dashed line: a reference, such as the current level or a snapshot
    };

    QString name; ///< shown in the legend and tooltips; unique within one RadarData
    QList<double> values;
    Style style = Style::Outline;
};

/**
 * What a radar chart shows, as plain data: the axis names, the top of the scale and
 * the profiles, drawn in list order (later ones on top). ui/charts/RadarChart draws it;
 * keeping it here lets the maths be tested without a display.
 */
struct RadarData
{
    QStringList axes; ///< unique, so every axis label can be told apart
    double maximum = Assessment::MaximumScore;
    QList<RadarProfile> profiles;

    /**
     * The vertices of a closed polygon in polar value coordinates: (i, v_i) for every
     * axis i = 0..N−1, then (N, v_0), which lies at the same angle as axis 0 and closes
     * the shape. Values are clamped to 0..maximum (a chart must not draw outside its
     * scale) and NaN counts as 0. Empty for no values.
     */
    static QList<QPointF> closedPolygon(const QList<double>& values, double maximum);

    /**
     * The competency radar of the Dashboard and `rungs radar`. Axes are the framework's
     * dimension names in the current locale; when two names are equal, each of them gets
     * its key appended ("Name (key)"), and a dimension without a name shows its key.
     * Profiles, in this order:
     *   - "You (latest)", Filled: latest score per dimension, unassessed counting as 0;
     *   - "<target> expects", Outline: the target level's expectations;
     *   - "<current> expects", Dashed: the current level's, left out when it is the
     *     target level;
     *   - "You (<snapshotLabel>)", Dashed: the snapshot's scores, only when snapshot is
     *     not empty (AssessmentStore::asOf gives one).
     * A level code the framework does not know gives no expectation profile.
     */
    static RadarData forProfile(const Framework& framework, const QString& currentLevel,
                                const QString& targetLevel,
                                const QHash<QString, Assessment>& latest,
                                const QHash<QString, Assessment>& snapshot,
                                const QString& snapshotLabel);
};
