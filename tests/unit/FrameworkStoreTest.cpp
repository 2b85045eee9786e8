// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkStore.h"

#include "BuiltinFrameworks.h"
#include "FrameworkReader.h"
#include "ProfileStore.h"
#include "TempDatabase.h"

#include <QFile>

#include <gtest/gtest.h>

namespace {

Framework minimal()
{
    auto f = FrameworkReader::readFile(QStringLiteral(RUNGS_FIXTURES "/frameworks/minimal.json"));
    EXPECT_TRUE(f.ok()) << (f.ok() ? "" : f.error().message.toStdString());
    return f.ok() ? f.value() : Framework{};
}

} // namespace

TEST(BuiltinFrameworks, NewDatabaseStartsOnGoFrameworkAtP6AimingForP7)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    auto profile = ProfileStore(*db).load();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile.value().frameworkKey, QStringLiteral("go-backend"));
    EXPECT_EQ(profile.value().currentLevel, QStringLiteral("P6"));
    EXPECT_EQ(profile.value().targetLevel, QStringLiteral("P7"));
    EXPECT_FALSE(profile.value().targetDate.isValid());
}

TEST(BuiltinFrameworks, BothAreInstalledAndMarkedBuiltin)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    auto list = FrameworkStore(*db).list();
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list.value().size(), 2);
    EXPECT_EQ(list.value()[0].key, QStringLiteral("go-backend"));
    EXPECT_EQ(list.value()[0].levelCodes,
              (QStringList{QStringLiteral("P6"), QStringLiteral("P7"), QStringLiteral("P8")}));
    EXPECT_EQ(list.value()[1].key, QStringLiteral("ic-track"));
    EXPECT_TRUE(list.value()[0].builtin && list.value()[1].builtin);
}

TEST(BuiltinFrameworks, SecondRunWritesNothing)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    const QString before =
        TempDatabase::scalar(temp.path(), QStringLiteral("SELECT installed_at FROM framework"
                                                         " WHERE key = 'go-backend'"))
            .toString();
    temp.clock().advance(3600);
    ASSERT_TRUE(BuiltinFrameworks::ensureInstalled(*db).ok());
    EXPECT_EQ(TempDatabase::scalar(temp.path(), QStringLiteral("SELECT installed_at FROM framework"
                                                               " WHERE key = 'go-backend'"))
                  .toString(),
              before);
}

TEST(FrameworkStore, StoredFrameworkReadsBackEqual)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    QFile file(QStringLiteral(":/frameworks/go-backend.json"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto original = FrameworkReader::read(file.readAll(), file.fileName());
    ASSERT_TRUE(original.ok());
    auto stored = FrameworkStore(*db).load(QStringLiteral("go-backend"));
    ASSERT_TRUE(stored.ok());
    const Framework& a = original.value();
    const Framework& b = stored.value();
    EXPECT_EQ(b.name, a.name);
    EXPECT_EQ(b.levelCodes(), a.levelCodes());
    ASSERT_EQ(b.dimensions.size(), a.dimensions.size());
    for (int i = 0; i < a.dimensions.size(); ++i) {
        EXPECT_EQ(b.dimensions[i].key, a.dimensions[i].key);
        EXPECT_EQ(b.dimensions[i].expectations, a.dimensions[i].expectations);
    }
    ASSERT_EQ(b.metrics.size(), a.metrics.size());
    for (int i = 0; i < a.metrics.size(); ++i) {
        EXPECT_EQ(b.metrics[i].key, a.metrics[i].key);
        EXPECT_EQ(b.metrics[i].direction, a.metrics[i].direction);
        EXPECT_EQ(b.metrics[i].aggregation, a.metrics[i].aggregation);
        EXPECT_EQ(b.metrics[i].targets, a.metrics[i].targets);
        EXPECT_EQ(b.metrics[i].unit, a.metrics[i].unit);
    }
    ASSERT_EQ(b.checkpoints().size(), a.checkpoints().size());
    for (int i = 0; i < a.checkpoints().size(); ++i) {
        EXPECT_EQ(b.checkpoints()[i].key, a.checkpoints()[i].key);
        EXPECT_EQ(b.checkpoints()[i].title, a.checkpoints()[i].title);
        EXPECT_EQ(b.checkpoints()[i].dimensionKey, a.checkpoints()[i].dimensionKey);
    }
}

TEST(FrameworkStore, UnknownKeyIsInvalidInputNamingIt)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    auto f = FrameworkStore(*db).load(QStringLiteral("nope"));
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().kind, Failure::Kind::InvalidInput);
    EXPECT_TRUE(f.error().message.contains(QStringLiteral("\"nope\"")));
}

TEST(FrameworkStore, ImportRefusesKeyOfBuiltinFramework)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    Framework f = minimal();
    f.key = QStringLiteral("go-backend");
    Status s = FrameworkStore(*db).importFramework(f, "{}", QStringLiteral("mine.json"));
    ASSERT_FALSE(s.ok());
    EXPECT_TRUE(s.error().message.startsWith(QStringLiteral("mine.json: key:")));
    auto stored = FrameworkStore(*db).load(QStringLiteral("go-backend"));
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value().levelCodes().first(), QStringLiteral("P6"));
}

TEST(FrameworkStore, ReimportReplacesContentAndKeepsProfileLevels)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    Framework f = minimal();
    FrameworkStore store(*db);
    ASSERT_TRUE(store.install(f, "{}").ok());
    ASSERT_TRUE(ProfileStore(*db).switchTo(f).ok());

    f.revision = 2;
    f.metrics.removeLast();
    ASSERT_TRUE(store.install(f, "{}").ok());
    auto stored = store.load(f.key);
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored.value().revision, 2);
    EXPECT_EQ(stored.value().metrics.size(), f.metrics.size());
    auto profile = ProfileStore(*db).load();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile.value().frameworkKey, f.key);
    EXPECT_EQ(profile.value().currentLevel, f.levels[0].code);
}

TEST(FrameworkStore, ReimportWithoutProfileLevelsMovesProfileToExistingLevels)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    Framework f = minimal();
    FrameworkStore store(*db);
    ASSERT_TRUE(store.install(f, "{}").ok());
    ASSERT_TRUE(ProfileStore(*db).switchTo(f).ok());

    Framework renamed = f;
    for (Level& l : renamed.levels) {
        l.code += QStringLiteral("x");
        for (Checkpoint& c : l.checkpoints)
            c.levelCode = l.code;
    }
    for (Dimension& d : renamed.dimensions) {
        QMap<QString, double> moved;
        for (auto it = d.expectations.begin(); it != d.expectations.end(); ++it)
            moved.insert(it.key() + QStringLiteral("x"), it.value());
        d.expectations = moved;
    }
    for (Metric& m : renamed.metrics)
        m.targets.clear();
    ASSERT_TRUE(store.install(renamed, "{}").ok());
    auto profile = ProfileStore(*db).load();
    ASSERT_TRUE(profile.ok());
    EXPECT_EQ(profile.value().currentLevel, renamed.levels[0].code);
    EXPECT_EQ(profile.value().targetLevel, renamed.levels[1].code);
}

TEST(ProfileStore, SwitchingFrameworkKeepsNothingThatDoesNotExistThere)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    auto ic = FrameworkStore(*db).load(QStringLiteral("ic-track"));
    ASSERT_TRUE(ic.ok());
    auto switched = ProfileStore(*db).switchTo(ic.value());
    ASSERT_TRUE(switched.ok());
    EXPECT_EQ(switched.value().frameworkKey, QStringLiteral("ic-track"));
    EXPECT_EQ(switched.value().currentLevel, QStringLiteral("L4"));
    EXPECT_EQ(switched.value().targetLevel, QStringLiteral("L5"));
}

TEST(ProfileStore, TargetDateRoundTrips)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    ProfileStore profiles(*db);
    Profile p = profiles.load().value();
    p.targetDate = QDate(2028, 3, 31);
    p.targetLevel = QStringLiteral("P8");
    ASSERT_TRUE(profiles.save(p).ok());
    EXPECT_EQ(profiles.load().value(), p);
}

TEST(FrameworkStore, ImportRefusesOlderRevisionThanInstalled)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    Framework f = minimal();
    f.revision = 3;
    FrameworkStore store(*db);
    ASSERT_TRUE(store.importFramework(f, "{}", QStringLiteral("team.json")).ok());
    f.revision = 2;
    Status s = store.importFramework(f, "{}", QStringLiteral("team.json"));
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().message,
              QStringLiteral("team.json: revision: 2 is older than the installed revision 3"));
    EXPECT_EQ(store.installedRevision(f.key).value(), std::optional<int>(3));
    f.revision = 3;
    EXPECT_TRUE(store.importFramework(f, "{}", QStringLiteral("team.json")).ok());
}

TEST(BuiltinFrameworks, KeepsTheUsersProfile)
{
    TempDatabase temp;
    auto db = temp.openSeeded();
    ASSERT_TRUE(db);
    ProfileStore profiles(*db);
    Profile p = profiles.load().value();
    p.targetLevel = QStringLiteral("P8");
    p.displayName = QStringLiteral("Lin");
    ASSERT_TRUE(profiles.save(p).ok());
    ASSERT_TRUE(BuiltinFrameworks::ensureInstalled(*db).ok());
    EXPECT_EQ(profiles.load().value(), p);
}
