// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs status`: the profile, readiness per level and the top gaps, for scripts.
#include "CliRunner.h"

#include <QJsonObject>

namespace {

QJsonObject statusJson(const Outcome& r)
{
    EXPECT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8());
    EXPECT_TRUE(doc.isObject());
    return doc.object();
}

} // namespace

TEST_F(Cli, StatusOfAFreshDatabaseShowsEveryLevelAtZeroAndTheTargetsLargestGaps)
{
    const QJsonObject s = statusJson(
        run({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")}));
    EXPECT_EQ(s.value(QStringLiteral("framework")).toString(), QStringLiteral("go-backend"));
    EXPECT_EQ(s.value(QStringLiteral("target_level")).toString(), QStringLiteral("P7"));
    const QJsonArray levels = s.value(QStringLiteral("levels")).toArray();
    ASSERT_EQ(levels.size(), 3);
    QStringList codes;
    for (const QJsonValue& l : levels) {
        codes << l.toObject().value(QStringLiteral("code")).toString();
        EXPECT_EQ(l.toObject().value(QStringLiteral("readiness")).toDouble(-1), 0.0);
    }
    EXPECT_EQ(codes,
              (QStringList{QStringLiteral("P6"), QStringLiteral("P7"), QStringLiteral("P8")}));
    // P7 expects 4 of three dimensions (runtime, distributed, platform), more than any
    // other; with nothing assessed those are the three largest gaps, in framework order.
    const QJsonArray gaps = s.value(QStringLiteral("gaps")).toArray();
    ASSERT_GE(gaps.size(), 3);
    EXPECT_EQ(gaps[0].toObject().value(QStringLiteral("key")).toString(),
              QStringLiteral("runtime_performance"));
    EXPECT_EQ(gaps[0].toObject().value(QStringLiteral("gap")).toDouble(), 4.0);
    EXPECT_TRUE(gaps[0].toObject().value(QStringLiteral("actual")).isNull());
}

TEST_F(Cli, StatusReadinessRisesWithASelfAssessment)
{
    ASSERT_EQ(
        run({QStringLiteral("assess"), QStringLiteral("influence"), QStringLiteral("3")}).exitCode,
        0);
    const Outcome r = run({QStringLiteral("status")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    // P7 expects influence 3: that dimension is met, 1 of 8 → dimension share 0.125,
    // no checkpoint done → readiness (0 + 0.125) / 2 = 0.0625, printed to three places.
    EXPECT_TRUE(r.lines().contains(QStringLiteral("level\tP7\t0.063\t0/13")))
        << r.out.toStdString();
    // P6 expects influence 1.5: 3 is above it, which counts as met, not as more.
    EXPECT_TRUE(r.lines().contains(QStringLiteral("level\tP6\t0.063\t0/9"))) << r.out.toStdString();
}
