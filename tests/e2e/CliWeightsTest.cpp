// SPDX-License-Identifier: GPL-3.0-or-later
// `rungs weights`: the user's composite-score weights, shown and changed from scripts.
#include "CliRunner.h"

#include <QJsonObject>

using namespace Qt::StringLiterals;

class CliWeights : public Cli
{
protected:
    int weightRows() const
    {
        return TempDatabase::scalar(db(), u"SELECT count(*) FROM metric_weight"_s).toInt();
    }
    double share() const
    {
        return TempDatabase::scalar(db(), u"SELECT entropy_share FROM profile"_s).toDouble();
    }
    /** The weight column of key's row in the table output; empty when absent. */
    static QString weightIn(const Outcome& r, const QString& key)
    {
        for (const QString& line : r.lines()) {
            const QStringList fields = line.split(u'\t');
            if (fields.size() >= 2 && fields[0] == key)
                return fields[1];
        }
        return {};
    }
};

TEST_F(CliWeights, FreshDatabaseListsEveryMetricAtOneAndTheDefaultShare)
{
    const Outcome r = run({u"weights"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    const QStringList lines = r.lines();
    // go-backend has 19 metrics, then the share.
    ASSERT_EQ(lines.size(), 20) << r.out.toStdString();
    EXPECT_EQ(lines.first(), u"delta_tech\t1\tΔ tech: new capability mastered"_s);
    EXPECT_EQ(lines.last(), u"entropy_share\t0.6"_s);
    EXPECT_EQ(weightRows(), 0);
}

TEST_F(CliWeights, SetStoresTheWeightAndTheShareTogether)
{
    const Outcome r = run(
        {u"weights"_s, u"set"_s, u"alert_hours_week"_s, u"3"_s, u"--entropy-share"_s, u"0.5"_s});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_EQ(weightIn(r, u"alert_hours_week"_s), u"3"_s);
    EXPECT_EQ(weightIn(r, u"delta_tech"_s), u"1"_s);
    EXPECT_EQ(weightIn(r, u"entropy_share"_s), u"0.5"_s);
    EXPECT_EQ(TempDatabase::scalar(db(), u"SELECT weight FROM metric_weight WHERE "
                                         "framework_key = 'go-backend' AND metric_key = "
                                         "'alert_hours_week'"_s)
                  .toDouble(),
              3.0);
    EXPECT_DOUBLE_EQ(share(), 0.5);

    // A metric may be named as `rungs log` takes it; earlier weights stay.
    ASSERT_EQ(run({u"weights"_s, u"set"_s, u"MTTR"_s, u"2.5"_s}).exitCode, 0);
    const QJsonDocument doc =
        QJsonDocument::fromJson(run({u"weights"_s, u"--format"_s, u"json"_s}).out.toUtf8());
    const QJsonObject weights = doc[u"weights"_s].toObject();
    EXPECT_EQ(weights[u"mttr_minutes"_s].toDouble(), 2.5);
    EXPECT_EQ(weights[u"alert_hours_week"_s].toDouble(), 3);
    EXPECT_EQ(weights[u"delta_tech"_s].toDouble(), 1);
    EXPECT_EQ(doc[u"entropy_share"_s].toDouble(), 0.5);
    EXPECT_EQ(doc[u"framework"_s].toString(), u"go-backend"_s);
}

TEST_F(CliWeights, BadInputIsOneLineNamingFieldAndValueAndWritesNothing)
{
    struct Case
    {
        QStringList arguments;
        QString message;
    };
    const QList<Case> cases = {
        {{u"set"_s, u"delta_tech"_s, u"-1"_s}, u"weight: -1 is outside 0 to 100 for delta_tech"_s},
        {{u"set"_s, u"delta_tech"_s, u"lots"_s}, u"weight: 'lots' is not a number"_s},
        {{u"set"_s, u"nosuch"_s, u"2"_s},
         u"metric: unknown metric 'nosuch' in framework go-backend (see 'rungs metrics')"_s},
        {{u"--entropy-share"_s, u"1.5"_s}, u"entropy share: 1.5 is outside 0 to 1"_s},
        // A good weight does not get in beside a bad share.
        {{u"set"_s, u"delta_tech"_s, u"4"_s, u"--entropy-share"_s, u"1.5"_s},
         u"entropy share: 1.5 is outside 0 to 1"_s},
    };
    for (const Case& c : cases) {
        const Outcome r = run(QStringList{u"weights"_s} + c.arguments);
        EXPECT_EQ(r.exitCode, 3) << c.arguments.join(u' ').toStdString();
        EXPECT_EQ(r.err, u"rungs: "_s + c.message + u'\n');
        EXPECT_TRUE(r.out.isEmpty());
        EXPECT_EQ(weightRows(), 0);
        EXPECT_DOUBLE_EQ(share(), 0.6);
    }
}

TEST_F(CliWeights, UnknownActionIsAUsageError)
{
    const Outcome r = run({u"weights"_s, u"reset"_s});
    EXPECT_EQ(r.exitCode, 2);
    EXPECT_TRUE(r.err.startsWith(u"rungs: weights: give nothing, or set METRIC WEIGHT"_s))
        << r.err.toStdString();
}
