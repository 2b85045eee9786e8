// SPDX-License-Identifier: GPL-3.0-or-later
#include "CompositeScore.h"

#include "TestEntries.h"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <numeric>

using namespace Qt::StringLiterals;

/*
 * Every expected number below was worked out from the formula in docs/composite-score.md,
 * with the arithmetic in the comment next to it; the long decimals were evaluated with
 * `bc -l` at 40 digits, never read from this program's output.
 */

namespace {

constexpr double Exact = 1e-9;
const double NaN = std::numeric_limits<double>::quiet_NaN();
const double Inf = std::numeric_limits<double>::infinity();

using Row = QList<std::optional<double>>;

/**
 * The worked example of docs/composite-score.md: three weeks of
 *   delta_tech (higher is better):       3,  5,  7  → z = 0, 0.5, 1      (range 4)
 *   alert_hours_week (lower is better): 20, 12, 14  → z = 0, 1,   0.75   (range 8, inverted)
 * with expert weights 1 : 3 and the default 60 % entropy share.
 */
CompositeInput workedExample()
{
    CompositeInput in;
    in.indicators = {u"delta_tech"_s, u"alert_hours_week"_s};
    in.higherIsBetter = {true, false};
    in.rows = {{3.0, 20.0}, {5.0, 12.0}, {7.0, 14.0}};
    in.expertWeights = {1, 3};
    return in;
}

/*
 * Entropy weights of the worked example, x = z + 1e-6:
 *   delta_tech: x = 0.000001, 0.500001, 1.000001; Σ = 1.500003
 *     Σ p ln p = −0.0000094806 − 0.3662040962 − 0.2703104684 = −0.6365240453
 *     e1 = 0.6365240453 / ln 3 (1.0986122887) = 0.5793891547 → 1 − e1 = 0.4206108453
 *   alert_hours_week: x = 0.000001, 1.000001, 0.750001; Σ = 1.750003
 *     Σ p ln p = −0.0000082143 − 0.3197806300 − 0.3631276794 = −0.6829165237
 *     e2 = 0.6829165237 / ln 3 = 0.6216174084 → 1 − e2 = 0.3783825916
 *   w = 0.4206108453 / 0.7989934369 = 0.5264259077, 0.3783825916 / 0.7989934369 = 0.4735740923
 */
constexpr double EntropyTech = 0.52642590774101959639;
constexpr double EntropyAlerts = 0.47357409225898040361;

bool allFinite(const QList<double>& values)
{
    return std::all_of(values.begin(), values.end(), [](double v) { return std::isfinite(v); });
}

double sum(const QList<double>& values)
{
    return std::accumulate(values.begin(), values.end(), 0.0);
}

bool notesMention(const QStringList& notes, const QString& text)
{
    return std::any_of(notes.begin(), notes.end(),
                       [&](const QString& n) { return n.contains(text); });
}

void expectNear(const QList<double>& actual, const QList<double>& expected, double tolerance)
{
    ASSERT_EQ(actual.size(), expected.size());
    for (qsizetype i = 0; i < actual.size(); ++i)
        EXPECT_NEAR(actual[i], expected[i], tolerance) << "at " << i;
}

} // namespace

TEST(CompositeScore, WorkedExampleMatchesTheHandComputation)
{
    const CompositeResult r = CompositeScore::compute(workedExample());

    expectNear(r.entropyWeights, {EntropyTech, EntropyAlerts}, Exact);
    // Expert 1 : 3 → 0.25, 0.75. Blend 0.6 · entropy + 0.4 · expert:
    //   0.6 · 0.5264259077 + 0.4 · 0.25 = 0.3158555446 + 0.1 = 0.4158555446
    //   0.6 · 0.4735740923 + 0.4 · 0.75 = 0.2841444554 + 0.3 = 0.5841444554  (sum 1)
    expectNear(r.weights, {0.41585554464461175783, 0.58414445535538824217}, Exact);
    // score = Σ w · z:
    //   week 1: 0.4158555446 · 0   + 0.5841444554 · 0    = 0
    //   week 2: 0.4158555446 · 0.5 + 0.5841444554 · 1    = 0.2079277723 + 0.5841444554 =
    //   0.7920722277 week 3: 0.4158555446 · 1   + 0.5841444554 · 0.75 = 0.4158555446 + 0.4381083415
    //   = 0.8539638862
    expectNear(r.scores, {0, 0.79207222767769412108, 0.85396388616115293946}, Exact);
    EXPECT_TRUE(r.notes.isEmpty()) << r.notes.join(u'\n').toStdString();
}

TEST(CompositeScore, LowerIsBetterColumnIsInverted)
{
    CompositeInput in;
    in.indicators = {u"mttr_minutes"_s};
    in.higherIsBetter = {false};
    in.rows = {{10.0}, {30.0}, {20.0}};
    in.expertWeights = {1};
    // Range 30 − 10 = 20; z = (30 − v) / 20 → 1, 0, 0.5. One column carries all weight.
    const CompositeResult r = CompositeScore::compute(in);
    expectNear(r.entropyWeights, {1}, Exact);
    expectNear(r.weights, {1}, Exact);
    expectNear(r.scores, {1, 0, 0.5}, Exact);

    // The same numbers read higher-is-better: z = (v − 10) / 20 → 0, 1, 0.5.
    in.higherIsBetter = {true};
    expectNear(CompositeScore::compute(in).scores, {0, 1, 0.5}, Exact);
}

TEST(CompositeScore, EntropyOnlyBlendUsesTheEntropyWeights)
{
    CompositeInput in = workedExample();
    in.entropyShare = 1;
    const CompositeResult r = CompositeScore::compute(in);
    expectNear(r.weights, {EntropyTech, EntropyAlerts}, Exact);
    // week 2: 0.5264259077 · 0.5 + 0.4735740923 · 1    = 0.2632129539 + 0.4735740923 = 0.7367870461
    // week 3: 0.5264259077 · 1   + 0.4735740923 · 0.75 = 0.5264259077 + 0.3551805692 = 0.8816064769
    expectNear(r.scores, {0, 0.73678704612949020181, 0.88160647693525489910}, Exact);
    EXPECT_TRUE(r.notes.isEmpty());
}

TEST(CompositeScore, ExpertOnlyBlendUsesTheNormalisedExpertWeights)
{
    CompositeInput in = workedExample();
    in.entropyShare = 0;
    const CompositeResult r = CompositeScore::compute(in);
    // The entropy weights are still reported, though they carry no share.
    expectNear(r.entropyWeights, {EntropyTech, EntropyAlerts}, Exact);
    // 1 / (1 + 3) = 0.25, 3 / (1 + 3) = 0.75
    expectNear(r.weights, {0.25, 0.75}, Exact);
    // week 2: 0.25 · 0.5 + 0.75 · 1 = 0.875; week 3: 0.25 · 1 + 0.75 · 0.75 = 0.8125
    expectNear(r.scores, {0, 0.875, 0.8125}, Exact);
}

TEST(CompositeScore, WithoutExpertWeightsTheExpertShareIsEqual)
{
    CompositeInput in = workedExample();
    in.expertWeights.clear();
    const CompositeResult r = CompositeScore::compute(in);
    // 0.6 · 0.5264259077 + 0.4 · 0.5 = 0.5158555446; 0.6 · 0.4735740923 + 0.2 = 0.4841444554
    expectNear(r.weights, {0.51585554464461175783, 0.48414445535538824217}, Exact);
    // week 2: 0.5158555446 · 0.5 + 0.4841444554 = 0.7420722277
    // week 3: 0.5158555446 + 0.4841444554 · 0.75 = 0.8789638862
    expectNear(r.scores, {0, 0.74207222767769412108, 0.87896388616115293946}, Exact);
    EXPECT_EQ(r.notes.size(), 1);
}

TEST(CompositeScore, ExpertWeightsAllZeroCountEqually)
{
    CompositeInput in = workedExample();
    in.expertWeights = {0, 0};
    in.entropyShare = 0;
    const CompositeResult r = CompositeScore::compute(in);
    expectNear(r.weights, {0.5, 0.5}, Exact);
    // week 2: 0.5 · 0.5 + 0.5 · 1 = 0.75; week 3: 0.5 · 1 + 0.5 · 0.75 = 0.875
    expectNear(r.scores, {0, 0.75, 0.875}, Exact);
    EXPECT_EQ(r.notes.size(), 1);
}

TEST(CompositeScore, EntropyShareIsClampedToZeroToOne)
{
    CompositeInput in = workedExample();
    in.entropyShare = 1.5; // acts as 1: the entropy weights alone
    CompositeResult r = CompositeScore::compute(in);
    expectNear(r.weights, {EntropyTech, EntropyAlerts}, Exact);
    EXPECT_EQ(r.notes.size(), 1);

    in.entropyShare = -0.5; // acts as 0: the expert weights 0.25, 0.75 alone
    r = CompositeScore::compute(in);
    expectNear(r.weights, {0.25, 0.75}, Exact);
    EXPECT_EQ(r.notes.size(), 1);

    in.entropyShare = NaN; // the default 0.6: the worked example's weights
    r = CompositeScore::compute(in);
    expectNear(r.weights, {0.41585554464461175783, 0.58414445535538824217}, Exact);
    EXPECT_EQ(r.notes.size(), 1);
}

TEST(CompositeScore, SingleRowUsesExpertWeightsAlone)
{
    CompositeInput in = workedExample();
    in.rows = {{5.0, 12.0}};
    const CompositeResult r = CompositeScore::compute(in);
    // ln 1 = 0: no entropy. Both columns are kept (one value is all a single row has).
    expectNear(r.entropyWeights, {0, 0}, 0);
    expectNear(r.weights, {0.25, 0.75}, Exact);
    // Nothing to compare with: min = max in each column, z = 0.
    expectNear(r.scores, {0}, 0);
    ASSERT_EQ(r.notes.size(), 1);
    EXPECT_TRUE(r.notes.first().contains(u"single period"_s)) << r.notes.first().toStdString();
}

TEST(CompositeScore, ConstantColumnGetsNoEntropyWeightButKeepsItsExpertShare)
{
    CompositeInput in;
    in.indicators = {u"adrs_written"_s, u"observability_coverage"_s};
    in.higherIsBetter = {true, true};
    in.rows = {{1.0, 5.0}, {2.0, 5.0}, {3.0, 5.0}};
    const CompositeResult r = CompositeScore::compute(in);
    // Only adrs_written varies: entropy weights 1, 0. Expert (none given) 0.5, 0.5.
    // Blend: 0.6 · 1 + 0.4 · 0.5 = 0.8; 0.6 · 0 + 0.4 · 0.5 = 0.2
    expectNear(r.entropyWeights, {1, 0}, Exact);
    expectNear(r.weights, {0.8, 0.2}, Exact);
    // z of adrs_written: 0, 0.5, 1; the constant column adds 0.2 · 0 to every week.
    // Scores: 0.8 · 0 = 0, 0.8 · 0.5 = 0.4, 0.8 · 1 = 0.8
    expectNear(r.scores, {0, 0.4, 0.8}, Exact);
    EXPECT_TRUE(notesMention(r.notes, u"\"observability_coverage\" has the same value"_s))
        << r.notes.join(u'\n').toStdString();
}

TEST(CompositeScore, AllConstantColumnsFallBackToExpertWeights)
{
    CompositeInput in;
    in.indicators = {u"a"_s, u"b"_s};
    in.higherIsBetter = {true, false};
    in.rows = {{2.0, 7.0}, {2.0, 7.0}, {2.0, 7.0}};
    in.expertWeights = {1, 3};
    const CompositeResult r = CompositeScore::compute(in);
    expectNear(r.entropyWeights, {0, 0}, 0);
    expectNear(r.weights, {0.25, 0.75}, Exact); // 1 / 4, 3 / 4
    expectNear(r.scores, {0, 0, 0}, 0);         // no column has spread: z = 0 everywhere
    // One note per constant column and one for the unused entropy weights.
    EXPECT_EQ(r.notes.size(), 3) << r.notes.join(u'\n').toStdString();
    EXPECT_TRUE(notesMention(r.notes, u"No indicator varies"_s));
}

TEST(CompositeScore, EmptyAndOneValueColumnsAreLeftOut)
{
    CompositeInput in;
    in.indicators = {u"adrs_written"_s, u"empty"_s, u"once"_s};
    in.higherIsBetter = {true, true, true};
    in.rows = {{1.0, std::nullopt, std::nullopt},
               {2.0, std::nullopt, 7.0},
               {3.0, std::nullopt, std::nullopt}};
    in.expertWeights = {1, 5, 5};
    const CompositeResult r = CompositeScore::compute(in);
    // Only adrs_written remains: its entropy and expert weight are both 1 / 1.
    expectNear(r.entropyWeights, {1, 0, 0}, Exact);
    expectNear(r.weights, {1, 0, 0}, Exact);
    expectNear(r.scores, {0, 0.5, 1}, Exact); // (v − 1) / 2
    EXPECT_TRUE(notesMention(r.notes, u"\"empty\" has no values"_s));
    EXPECT_TRUE(notesMention(r.notes, u"\"once\" has a value in only one of 3"_s));
}

TEST(CompositeScore, MissingCellsTakeTheWorstObservedValueBeforeNormalising)
{
    CompositeInput in;
    in.indicators = {u"cross_team_reuse"_s, u"review_response_hours"_s};
    in.higherIsBetter = {true, false};
    in.rows = {{4.0, std::nullopt}, {std::nullopt, 3.0}, {8.0, 2.0}, {6.0, 1.0}};
    in.expertWeights = {1, 1};
    in.entropyShare = 0;
    const CompositeResult r = CompositeScore::compute(in);
    // cross_team_reuse: worst = lowest = 4 → 4, 4, 8, 6 → z = (v − 4) / 4 = 0, 0, 1, 0.5
    // review_response_hours: worst = highest = 3 → 3, 3, 2, 1 → z = (3 − v) / 2 = 0, 0, 0.5, 1
    // Scores with 0.5, 0.5: 0, 0, 0.5 + 0.25 = 0.75, 0.25 + 0.5 = 0.75
    expectNear(r.weights, {0.5, 0.5}, Exact);
    expectNear(r.scores, {0, 0, 0.75, 0.75}, Exact);
    // Both z columns hold the same values {0, 0, 0.5, 1}: equal entropy, equal weights.
    expectNear(r.entropyWeights, {0.5, 0.5}, 1e-12);
    EXPECT_TRUE(notesMention(r.notes, u"\"cross_team_reuse\": no value in 1 of 4 periods"_s))
        << r.notes.join(u'\n').toStdString();
    EXPECT_TRUE(notesMention(r.notes, u"worst value observed, 4."_s));
    EXPECT_TRUE(notesMention(r.notes, u"worst value observed, 3."_s));
}

TEST(CompositeScore, HugeRangeIsNormalisedWithoutOverflow)
{
    CompositeInput in;
    in.indicators = {u"x"_s};
    in.rows = {{-1e308}, {1e308}, {0.0}};
    in.expertWeights = {1};
    // 1e308 − (−1e308) overflows; the halves give z = 0, 1, 0.5.
    expectNear(CompositeScore::compute(in).scores, {0, 1, 0.5}, Exact);
}

TEST(CompositeScore, NoOutputIsEverNaNOrInfinite)
{
    QList<CompositeInput> inputs;
    inputs << CompositeInput{}; // nothing at all
    CompositeInput in;
    in.rows = {{1.0}, {2.0}}; // rows without indicators
    inputs << in;
    in = CompositeInput{};
    in.indicators = {u"a"_s}; // indicators without rows
    inputs << in;
    in = workedExample();
    in.rows = {{NaN, Inf}, {-Inf, 1.0}, {2.0}, {}, {3.0, NaN, 99.0}}; // ragged, not finite
    in.expertWeights = {-1, NaN};
    in.entropyShare = Inf;
    inputs << in;
    in = workedExample();
    in.rows = {{-1e308, 1e308}, {1e308, -1e308}, {0.0, 1.0}};
    in.expertWeights = {1e308, 1e308};
    inputs << in;
    in = workedExample();
    in.rows = {{1.0, 1.0}, {1.0 + 1e-15, 1.0}, {1.0, 1.0}}; // all but constant
    in.expertWeights = {Inf, 0};
    inputs << in;
    in = workedExample();
    in.rows = {{NaN, NaN}}; // one row, nothing usable
    inputs << in;
    in = workedExample();
    in.rows = QList<Row>(1000, Row{5.0, 5.0});
    in.rows[500] = {6.0, 4.0}; // one week stands out among a thousand
    inputs << in;

    for (qsizetype k = 0; k < inputs.size(); ++k) {
        SCOPED_TRACE(k);
        const CompositeInput& input = inputs[k];
        const CompositeResult r = CompositeScore::compute(input);
        ASSERT_EQ(r.entropyWeights.size(), input.indicators.size());
        ASSERT_EQ(r.weights.size(), input.indicators.size());
        ASSERT_EQ(r.scores.size(), input.rows.size());
        EXPECT_TRUE(allFinite(r.entropyWeights));
        EXPECT_TRUE(allFinite(r.weights));
        EXPECT_TRUE(allFinite(r.scores));
        for (double s : r.scores) {
            EXPECT_GE(s, 0);
            EXPECT_LE(s, 1);
        }
        const double weightSum = sum(r.weights);
        EXPECT_TRUE(weightSum == 0 || std::abs(weightSum - 1) < Exact) << weightSum;
        const double entropySum = sum(r.entropyWeights);
        EXPECT_TRUE(entropySum == 0 || std::abs(entropySum - 1) < Exact) << entropySum;
    }
}

namespace {

const QString Done = u"done"_s;   // Sum, higher is better
const QString Hours = u"hours"_s; // Mean, lower is better
const QString P99 = u"p99"_s;     // Last, lower is better
const QString Peak = u"peak"_s;   // Max, higher is better

Metric metric(const QString& key, Metric::Aggregation aggregation, Metric::Direction direction)
{
    Metric m;
    m.key = key;
    m.aggregation = aggregation;
    m.direction = direction;
    return m;
}

/** One metric of each aggregation, plus one that no test logs. */
Framework weeklyFramework()
{
    using A = Metric::Aggregation;
    using D = Metric::Direction;
    Framework f;
    f.key = u"weekly"_s;
    f.metrics = {metric(Done, A::Sum, D::HigherIsBetter), metric(Hours, A::Mean, D::LowerIsBetter),
                 metric(P99, A::Last, D::LowerIsBetter), metric(Peak, A::Max, D::HigherIsBetter),
                 metric(u"never_logged"_s, A::Sum, D::HigherIsBetter)};
    return f;
}

/** Column j of a weekly matrix, with nullopt as NaN so it compares in one line. */
QList<double> column(const CompositeInput& in, qsizetype j)
{
    QList<double> values;
    for (const Row& row : in.rows)
        values << row.value(j).value_or(NaN);
    return values;
}

} // namespace

TEST(CompositeScoreWeekly, WeeksStartOnMondayAndOnlyEntriesInRangeCount)
{
    // From Wednesday 4 November to Monday 16 November 2026: weeks starting Monday
    // 2 November (4–8 count), Monday 9 November (9–15) and Monday 16 November (16 only).
    const QList<Entry> entries = {makeEntry(nov(3), Done, 100), makeEntry(nov(4), Done, 1),
                                  makeEntry(nov(8), Done, 2),   makeEntry(nov(9), Done, 4),
                                  makeEntry(nov(15), Done, 8),  makeEntry(nov(16), Done, 16),
                                  makeEntry(nov(17), Done, 100)};
    const CompositeInput in = CompositeScore::weekly(weeklyFramework(), entries, nov(4), nov(16));
    EXPECT_EQ(in.indicators, QStringList{Done});
    EXPECT_EQ(in.higherIsBetter, QList<bool>{true});
    ASSERT_EQ(in.rows.size(), 3);
    // 1 + 2 = 3 (3 November is before the range); 4 + 8 = 12; 16 (17 November is after it)
    EXPECT_EQ(column(in, 0), (QList<double>{3, 12, 16}));
    EXPECT_TRUE(in.expertWeights.isEmpty());
}

TEST(CompositeScoreWeekly, SumMetricCountsZeroInAWeekWithoutEntries)
{
    const QList<Entry> entries = {makeEntry(nov(5), Done, 3), makeEntry(nov(16), Done, 2)};
    const CompositeInput in = CompositeScore::weekly(weeklyFramework(), entries, nov(2), nov(22));
    ASSERT_EQ(in.rows.size(), 3); // Mondays 2, 9 and 16 November; the 22nd is a Sunday
    EXPECT_EQ(column(in, 0), (QList<double>{3, 0, 2}));
}

TEST(CompositeScoreWeekly, MeanCarriesTheLastValueForwardAndTheFirstBackward)
{
    // Four weeks, Mondays 2, 9, 16, 23 November. Week 2: (10 + 20) / 2 = 15; week 4: 30.
    const QList<Entry> entries = {makeEntry(nov(10), Hours, 10), makeEntry(nov(12), Hours, 20),
                                  makeEntry(nov(25), Hours, 30)};
    const CompositeInput in = CompositeScore::weekly(weeklyFramework(), entries, nov(2), nov(29));
    EXPECT_EQ(in.indicators, QStringList{Hours});
    EXPECT_EQ(in.higherIsBetter, QList<bool>{false});
    // week 1 takes the first known 15, week 3 keeps 15 until 30 is measured
    EXPECT_EQ(column(in, 0), (QList<double>{15, 15, 15, 30}));
}

TEST(CompositeScoreWeekly, LastAndMaxCarryForwardAndColumnsFollowTheFramework)
{
    // Given out of order and mixed with an unknown metric; Last follows the day, and
    // two entries of one day keep their order in the list.
    const QList<Entry> entries = {
        makeEntry(nov(18), Peak, 4),  makeEntry(nov(6), P99, 250),  makeEntry(nov(2), P99, 300),
        makeEntry(nov(16), P99, 200), makeEntry(nov(16), P99, 180), makeEntry(nov(10), Peak, 3),
        makeEntry(nov(11), Peak, 9),  makeEntry(nov(12), Peak, 5),  makeEntry(nov(9), u"x"_s, 1)};
    const CompositeInput in = CompositeScore::weekly(weeklyFramework(), entries, nov(2), nov(29));
    EXPECT_EQ(in.indicators, (QStringList{P99, Peak}));
    EXPECT_EQ(in.higherIsBetter, (QList<bool>{false, true}));
    ASSERT_EQ(in.rows.size(), 4);
    // p99: week 1 last of 300 (2nd), 250 (6th) = 250; week 2 carries 250;
    //      week 3 last of 200, 180 (both 16th) = 180; week 4 carries 180
    EXPECT_EQ(column(in, 0), (QList<double>{250, 250, 180, 180}));
    // peak: week 1 takes the first known 9; week 2 max(3, 9, 5) = 9; week 3 max(4) = 4; week 4
    // carries 4
    EXPECT_EQ(column(in, 1), (QList<double>{9, 9, 4, 4}));
}

TEST(CompositeScoreWeekly, InvalidRangeGivesAnEmptyMatrix)
{
    const QList<Entry> entries = {makeEntry(nov(5), Done, 3)};
    const CompositeInput in = CompositeScore::weekly(weeklyFramework(), entries, nov(9), nov(2));
    EXPECT_TRUE(in.indicators.isEmpty());
    EXPECT_TRUE(in.rows.isEmpty());
    EXPECT_TRUE(CompositeScore::weekly(weeklyFramework(), entries, QDate(), nov(2)).rows.isEmpty());
}
