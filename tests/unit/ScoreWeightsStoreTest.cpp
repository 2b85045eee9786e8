// SPDX-License-Identifier: GPL-3.0-or-later
// The user's composite-score settings in the database (ScoreWeightsStore) and the
// rules for them (InputValidator::compositeSettings).
#include "ScoreWeightsStore.h"

#include "FrameworkStore.h"
#include "InputValidator.h"
#include "ProfileStore.h"
#include "TempDatabase.h"
#include "TestEntries.h"

#include <gtest/gtest.h>

#include <limits>

using namespace Qt::StringLiterals;

namespace {

class ScoreWeightsStoreTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        db = temp.openSeeded();
        ASSERT_TRUE(db);
    }

    const Framework& framework() const { return goBackendFramework(); }

    CompositeSettings load(Database& from)
    {
        auto loaded = ScoreWeightsStore(from).load(framework());
        EXPECT_TRUE(loaded.ok()) << (loaded.ok() ? "" : loaded.error().message.toStdString());
        return loaded.ok() ? loaded.value() : CompositeSettings{};
    }

    QVariant value(const QString& sql) { return TempDatabase::scalar(temp.path(), sql); }

    TempDatabase temp;
    std::unique_ptr<Database> db;
};

CompositeSettings settings(const QHash<QString, double>& weights, double share = 0.6)
{
    CompositeSettings s;
    s.weights = weights;
    s.entropyShare = share;
    return s;
}

QString refusal(const CompositeSettings& s)
{
    const Status status = InputValidator::compositeSettings(s, goBackendFramework());
    return status.ok() ? QString() : status.error().message;
}

} // namespace

TEST_F(ScoreWeightsStoreTest, FreshDatabaseHasNoWeightsAndTheDefaultShare)
{
    const CompositeSettings s = load(*db);
    EXPECT_TRUE(s.weights.isEmpty());
    EXPECT_DOUBLE_EQ(s.entropyShare, 0.6);
    EXPECT_DOUBLE_EQ(s.weight(u"delta_tech"_s), 1);
}

TEST_F(ScoreWeightsStoreTest, SavedSettingsReadBackThroughAnotherConnection)
{
    const CompositeSettings saved = settings(
        {{u"delta_tech"_s, 3}, {u"alert_hours_week"_s, 0}, {u"mttr_minutes"_s, 100}}, 0.25);
    ASSERT_TRUE(ScoreWeightsStore(*db).save(framework(), saved).ok());
    db.reset();

    auto reopened = temp.open();
    ASSERT_TRUE(reopened);
    EXPECT_EQ(load(*reopened), saved);
    EXPECT_EQ(value(u"SELECT weight FROM metric_weight WHERE framework_key = 'go-backend' "
                    "AND metric_key = 'delta_tech'"_s)
                  .toDouble(),
              3.0);
    EXPECT_DOUBLE_EQ(value(u"SELECT entropy_share FROM profile"_s).toDouble(), 0.25);
}

TEST_F(ScoreWeightsStoreTest, SavingAgainKeepsWeightsItDoesNotName)
{
    ScoreWeightsStore store(*db);
    ASSERT_TRUE(store.save(framework(), settings({{u"delta_tech"_s, 3}})).ok());
    ASSERT_TRUE(
        store.save(framework(), settings({{u"delta_tech"_s, 5}, {u"adrs_written"_s, 2}})).ok());
    EXPECT_EQ(load(*db).weights,
              (QHash<QString, double>{{u"delta_tech"_s, 5}, {u"adrs_written"_s, 2}}));
    EXPECT_EQ(value(u"SELECT count(*) FROM metric_weight"_s).toInt(), 2);
}

TEST_F(ScoreWeightsStoreTest, RefusedSettingsWriteNothing)
{
    ScoreWeightsStore store(*db);
    ASSERT_TRUE(store.save(framework(), settings({{u"delta_tech"_s, 2}}, 0.5)).ok());

    // A valid weight and share together with one bad weight: none of it is stored.
    const Status s =
        store.save(framework(), settings({{u"delta_tech"_s, 7}, {u"gc_pause_ms"_s, 101}}, 0.9));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(s.error().message, u"weight: 101 is outside 0 to 100 for gc_pause_ms"_s);
    EXPECT_EQ(load(*db), settings({{u"delta_tech"_s, 2}}, 0.5));
}

TEST_F(ScoreWeightsStoreTest, WeightOfAMetricTheFrameworkDroppedStaysInTheFileButIsNotLoaded)
{
    ASSERT_TRUE(db->exec(u"INSERT INTO metric_weight VALUES ('go-backend', 'retired', 9)"_s).ok());
    EXPECT_FALSE(load(*db).weights.contains(u"retired"_s));
    ASSERT_TRUE(ScoreWeightsStore(*db).save(framework(), settings({{u"delta_tech"_s, 2}})).ok());
    EXPECT_EQ(value(u"SELECT weight FROM metric_weight WHERE metric_key = 'retired'"_s).toInt(), 9);
}

TEST_F(ScoreWeightsStoreTest, SwitchingFrameworksKeepsTheEntropyShare)
{
    ASSERT_TRUE(ScoreWeightsStore(*db).save(framework(), settings({}, 0.35)).ok());
    auto icTrack = FrameworkStore(*db).load(u"ic-track"_s);
    ASSERT_TRUE(icTrack.ok());
    ASSERT_TRUE(ProfileStore(*db).switchTo(icTrack.value()).ok());
    // The profile row was updated, not replaced: the share is not back at its default.
    EXPECT_EQ(value(u"SELECT framework_key FROM profile"_s).toString(), u"ic-track"_s);
    EXPECT_DOUBLE_EQ(value(u"SELECT entropy_share FROM profile"_s).toDouble(), 0.35);
}

TEST(CompositeSettingsValidation, BoundsAreAccepted)
{
    EXPECT_EQ(refusal(settings({{u"delta_tech"_s, 0}, {u"adrs_written"_s, 100}}, 0)), QString());
    EXPECT_EQ(refusal(settings({}, 1)), QString());
}

TEST(CompositeSettingsValidation, EachRefusalNamesTheFieldAndTheValue)
{
    const double nan = std::numeric_limits<double>::quiet_NaN();
    EXPECT_EQ(refusal(settings({{u"delta_tech"_s, -1}})),
              u"weight: -1 is outside 0 to 100 for delta_tech"_s);
    EXPECT_EQ(refusal(settings({{u"delta_tech"_s, 100.5}})),
              u"weight: 100.5 is outside 0 to 100 for delta_tech"_s);
    EXPECT_EQ(refusal(settings({{u"delta_tech"_s, nan}})),
              u"weight: nan is outside 0 to 100 for delta_tech"_s);
    EXPECT_EQ(refusal(settings({}, 1.5)), u"entropy share: 1.5 is outside 0 to 1"_s);
    EXPECT_EQ(refusal(settings({}, -0.1)), u"entropy share: -0.1 is outside 0 to 1"_s);
    EXPECT_EQ(refusal(settings({{u"nosuch"_s, 1}})),
              u"metric: unknown metric 'nosuch' in framework go-backend (see 'rungs metrics')"_s);
}

TEST(CompositeSettingsValidation, SeveralBadWeightsGiveTheFirstInKeyOrder)
{
    EXPECT_EQ(refusal(settings({{u"mttr_minutes"_s, -2}, {u"adrs_written"_s, -3}})),
              u"weight: -3 is outside 0 to 100 for adrs_written"_s);
}
