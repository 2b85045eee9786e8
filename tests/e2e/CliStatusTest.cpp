// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs status`: the profile, readiness per level and the top gaps, for scripts.
#include "CliRunner.h"

#include <QJsonObject>

#include <tuple>

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

TEST_F(Cli, StatusOfAFreshDatabaseHasNoCompositeScoreAndSaysWhy)
{
    const QDate today = QDate::currentDate();
    const QJsonObject s = statusJson(
        run({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonObject c = s.value(QStringLiteral("composite")).toObject();
    EXPECT_EQ(c.value(QStringLiteral("week")).toString(),
              iso(today.addDays(1 - today.dayOfWeek())));
    EXPECT_TRUE(c.value(QStringLiteral("score")).isNull());
    EXPECT_TRUE(c.value(QStringLiteral("weights")).toObject().isEmpty());
    EXPECT_EQ(c.value(QStringLiteral("entropy_share")).toDouble(), 0.6);
    const QJsonArray notes = c.value(QStringLiteral("notes")).toArray();
    ASSERT_EQ(notes.size(), 1);
    EXPECT_TRUE(notes[0].toString().contains(QStringLiteral("two weeks")));
}

TEST_F(Cli, StatusShowsThisWeeksCompositeScoreWithTheWeightsUsed)
{
    // The worked example of docs/composite-score.md in the last three weeks, up to this
    // week's Monday: delta_tech 3, 5, 7 and alert hours 20, 12, 14, weighted 1 : 3.
    const QDate today = QDate::currentDate();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const QList<std::tuple<int, double, double>> weeks = {{-14, 3, 20}, {-7, 5, 12}, {0, 7, 14}};
    for (const auto& [offset, tech, alerts] : weeks) {
        const QString day = iso(monday.addDays(offset));
        for (const auto& [metric, value] :
             {std::pair{QStringLiteral("delta_tech"), tech},
              std::pair{QStringLiteral("alert_hours_week"), alerts}}) {
            ASSERT_EQ(run({QStringLiteral("log"), metric, QString::number(value),
                           QStringLiteral("--date"), day})
                          .exitCode,
                      0);
        }
    }
    ASSERT_EQ(run({QStringLiteral("weights"), QStringLiteral("set"),
                   QStringLiteral("alert_hours_week"), QStringLiteral("3")})
                  .exitCode,
              0);

    const QJsonObject s = statusJson(
        run({QStringLiteral("status"), QStringLiteral("--format"), QStringLiteral("json")}));
    const QJsonObject c = s.value(QStringLiteral("composite")).toObject();
    EXPECT_EQ(c.value(QStringLiteral("week")).toString(), iso(monday));
    // Week 3 scores 0.8539638862; blended weights 0.4158555446 and 0.5841444554.
    EXPECT_EQ(c.value(QStringLiteral("score")).toDouble(), 0.854);
    const QJsonObject weights = c.value(QStringLiteral("weights")).toObject();
    EXPECT_EQ(weights.size(), 2);
    EXPECT_EQ(weights.value(QStringLiteral("delta_tech")).toDouble(), 0.416);
    EXPECT_EQ(weights.value(QStringLiteral("alert_hours_week")).toDouble(), 0.584);
    EXPECT_EQ(c.value(QStringLiteral("entropy_share")).toDouble(), 0.6);
    EXPECT_TRUE(c.value(QStringLiteral("notes")).toArray().isEmpty());
    // The fields that were there before are still there.
    EXPECT_EQ(s.value(QStringLiteral("levels")).toArray().size(), 3);

    const Outcome text = run({QStringLiteral("status")});
    ASSERT_EQ(text.exitCode, 0) << text.err.toStdString();
    const QStringList lines = text.lines();
    EXPECT_TRUE(lines.contains(QStringLiteral("composite\t%1\t0.854").arg(iso(monday))))
        << text.out.toStdString();
    EXPECT_TRUE(lines.contains(QStringLiteral("weight\tdelta_tech\t0.416")));
    EXPECT_TRUE(lines.contains(QStringLiteral("weight\talert_hours_week\t0.584")));
    EXPECT_TRUE(lines.contains(QStringLiteral("entropy_share\t0.6")));
}
