// SPDX-License-Identifier: GPL-3.0-or-later
#include "RadarData.h"

#include "AssessmentStore.h"
#include "TempDatabase.h"
#include "TestEntries.h"

#include <QSet>

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

Assessment assessed(const QString& dimension, double score, const QDate& day = nov(1))
{
    Assessment a;
    a.day = day;
    a.frameworkKey = u"go-backend"_s;
    a.dimensionKey = dimension;
    a.score = score;
    return a;
}

QHash<QString, Assessment> byDimension(const QList<Assessment>& assessments)
{
    QHash<QString, Assessment> hash;
    for (const Assessment& a : assessments)
        hash.insert(a.dimensionKey, a);
    return hash;
}

QStringList names(const RadarData& data)
{
    QStringList list;
    for (const RadarProfile& p : data.profiles)
        list << p.name;
    return list;
}

} // namespace

TEST(RadarData, ClosedPolygonEndsOnTheFirstPointOneTurnLater)
{
    const QList<QPointF> points = RadarData::closedPolygon({1, 2, 3}, 5);
    ASSERT_EQ(points.size(), 4);
    EXPECT_EQ(points[0], QPointF(0, 1));
    EXPECT_EQ(points[1], QPointF(1, 2));
    EXPECT_EQ(points[2], QPointF(2, 3));
    // At angle N, which is axis 0 again, with axis 0's value.
    EXPECT_EQ(points[3], QPointF(3, 1));
    EXPECT_EQ(points.last().y(), points.first().y());
}

TEST(RadarData, ClosedPolygonClampsToTheScale)
{
    const QList<QPointF> points = RadarData::closedPolygon({7, -2, 5, 0}, 5);
    ASSERT_EQ(points.size(), 5);
    EXPECT_EQ(points[0].y(), 5);
    EXPECT_EQ(points[1].y(), 0);
    EXPECT_EQ(points[2].y(), 5);
    EXPECT_EQ(points[3].y(), 0);
    EXPECT_EQ(points[4].y(), 5); // the closing point repeats the clamped first value
}

TEST(RadarData, ClosedPolygonCountsNotANumberAsZero)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const QList<QPointF> points = RadarData::closedPolygon({nan, 2, nan}, 5);
    ASSERT_EQ(points.size(), 4);
    EXPECT_EQ(points[0].y(), 0);
    EXPECT_EQ(points[2].y(), 0);
    EXPECT_EQ(points[3].y(), 0);
    EXPECT_TRUE(RadarData::closedPolygon({}, 5).isEmpty());
}

TEST(RadarData, ForProfileHasYouTargetCurrentAndSnapshotInThatOrder)
{
    const Framework& f = goBackendFramework();
    ASSERT_EQ(f.dimensions.size(), 8);
    const auto latest =
        byDimension({assessed(u"influence"_s, 3), assessed(u"runtime_performance"_s, 4.5)});
    const auto snapshot = byDimension({assessed(u"influence"_s, 2)});
    const RadarData data =
        RadarData::forProfile(f, u"P6"_s, u"P7"_s, latest, snapshot, u"2026-08-24"_s);

    EXPECT_EQ(data.maximum, 5);
    EXPECT_EQ(names(data), (QStringList{u"You (latest)"_s, u"P7 expects"_s, u"P6 expects"_s,
                                        u"You (2026-08-24)"_s}));
    ASSERT_EQ(data.profiles.size(), 4);
    EXPECT_EQ(data.profiles[0].style, RadarProfile::Style::Filled);
    EXPECT_EQ(data.profiles[1].style, RadarProfile::Style::Outline);
    EXPECT_EQ(data.profiles[2].style, RadarProfile::Style::Dashed);
    EXPECT_EQ(data.profiles[3].style, RadarProfile::Style::Dashed);

    // Values follow the axes, which follow the framework's dimensions.
    const auto at = [&](const RadarProfile& p, const QString& key) {
        for (qsizetype i = 0; i < f.dimensions.size(); ++i) {
            if (f.dimensions[i].key == key)
                return p.values.value(i, -1);
        }
        return -1.0;
    };
    for (const RadarProfile& p : data.profiles)
        EXPECT_EQ(p.values.size(), 8) << p.name.toStdString();
    EXPECT_EQ(at(data.profiles[0], u"influence"_s), 3);
    EXPECT_EQ(at(data.profiles[0], u"runtime_performance"_s), 4.5);
    EXPECT_EQ(at(data.profiles[0], u"technical_breadth"_s), 0);   // never assessed
    EXPECT_EQ(at(data.profiles[1], u"runtime_performance"_s), 4); // P7
    EXPECT_EQ(at(data.profiles[2], u"runtime_performance"_s), 3); // P6
    EXPECT_EQ(at(data.profiles[3], u"influence"_s), 2);
    EXPECT_EQ(at(data.profiles[3], u"runtime_performance"_s), 0);
    EXPECT_EQ(data.axes.first(), f.dimensions.first().name.en);
}

TEST(RadarData, ForProfileLeavesOutAnEmptySnapshotAndARepeatedLevel)
{
    const Framework& f = goBackendFramework();
    const RadarData data = RadarData::forProfile(f, u"p7"_s, u"P7"_s, {}, {}, u"then"_s);
    EXPECT_EQ(names(data), (QStringList{u"You (latest)"_s, u"P7 expects"_s}));
    for (double v : data.profiles[0].values)
        EXPECT_EQ(v, 0);
}

TEST(RadarData, AxisNamesAreUniqueEvenWhenDimensionNamesClash)
{
    Framework f;
    for (const auto& [key, name] : {std::pair{u"a"_s, u"Reach"_s}, std::pair{u"b"_s, u"Depth"_s},
                                    std::pair{u"c"_s, u"Reach"_s}}) {
        Dimension d;
        d.key = key;
        d.name.en = name;
        f.dimensions << d;
    }
    const RadarData data = RadarData::forProfile(f, {}, {}, {}, {}, {});
    EXPECT_EQ(data.axes, (QStringList{u"Reach (a)"_s, u"Depth"_s, u"Reach (c)"_s}));
    EXPECT_EQ(data.axes.size(), QSet<QString>(data.axes.begin(), data.axes.end()).size());
    EXPECT_EQ(names(data), QStringList{u"You (latest)"_s}); // unknown levels: no expectations
}

TEST(RadarData, AsOfPicksTheNewestAssessmentOnOrBeforeTheDay)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    AssessmentStore store(*db);
    for (const Assessment& a :
         {assessed(u"influence"_s, 1, nov(1)), assessed(u"influence"_s, 2, nov(10)),
          assessed(u"influence"_s, 4, nov(20)), assessed(u"technical_breadth"_s, 3, nov(15))})
        ASSERT_TRUE(store.add(a).ok());
    Assessment other = assessed(u"influence"_s, 5, nov(5));
    other.frameworkKey = u"ic-track"_s;
    ASSERT_TRUE(store.add(other).ok());

    const auto onTenth = store.asOf(u"go-backend"_s, nov(10));
    ASSERT_TRUE(onTenth.ok());
    ASSERT_EQ(onTenth.value().size(), 1);                      // breadth was first assessed later
    EXPECT_EQ(onTenth.value().value(u"influence"_s).score, 2); // the day itself counts

    const auto onSixteenth = store.asOf(u"go-backend"_s, nov(16));
    ASSERT_TRUE(onSixteenth.ok());
    EXPECT_EQ(onSixteenth.value().value(u"influence"_s).score, 2);
    EXPECT_EQ(onSixteenth.value().value(u"technical_breadth"_s).score, 3);

    const auto before = store.asOf(u"go-backend"_s, QDate(2026, 10, 31));
    ASSERT_TRUE(before.ok());
    EXPECT_TRUE(before.value().isEmpty());

    const auto latest = store.latest(u"go-backend"_s);
    ASSERT_TRUE(latest.ok());
    EXPECT_EQ(store.asOf(u"go-backend"_s, nov(30)).value().value(u"influence"_s).score,
              latest.value().value(u"influence"_s).score);
}
