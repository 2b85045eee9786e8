// SPDX-License-Identifier: GPL-3.0-or-later
#include "FrameworkReader.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <gtest/gtest.h>

#include <ostream>
#include <vector>

namespace {

QString fixture(const QString& relativePath)
{
    return QStringLiteral(RUNGS_FIXTURES "/frameworks/") + relativePath;
}

QString builtin(const QString& fileName)
{
    return QStringLiteral(RUNGS_SOURCE_DIR "/resources/frameworks/") + fileName;
}

QByteArray bytesOf(const QString& path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly)) << path.toStdString();
    return file.readAll();
}

// Reads a file the way an import does, but names it by its file name only, so the
// expected messages do not depend on where the repository is.
Result<Framework> readNamed(const QString& path)
{
    return FrameworkReader::read(bytesOf(path), QFileInfo(path).fileName());
}

std::string messageOf(const Result<Framework>& result)
{
    return result.ok() ? std::string("(no failure)") : result.error().message.toStdString();
}

// Every text a person reads, with the path of the place it came from.
QList<std::pair<QString, LocalizedText>> textsOf(const Framework& f)
{
    QList<std::pair<QString, LocalizedText>> texts;
    texts.append({QStringLiteral("name"), f.name});
    texts.append({QStringLiteral("description"), f.description});
    for (const Level& l : f.levels) {
        texts.append({l.code + QStringLiteral(".name"), l.name});
        texts.append({l.code + QStringLiteral(".summary"), l.summary});
        for (const Checkpoint& c : l.checkpoints) {
            texts.append({c.key + QStringLiteral(".title"), c.title});
            texts.append({c.key + QStringLiteral(".evidence"), c.evidence});
        }
    }
    for (const Dimension& d : f.dimensions) {
        texts.append({d.key + QStringLiteral(".name"), d.name});
        texts.append({d.key + QStringLiteral(".description"), d.description});
    }
    for (const Metric& m : f.metrics) {
        texts.append({m.key + QStringLiteral(".name"), m.name});
        texts.append({m.key + QStringLiteral(".description"), m.description});
        texts.append({m.key + QStringLiteral(".unit"), m.unit});
    }
    return texts;
}

void expectChineseForEveryText(const Framework& f)
{
    int checked = 0;
    for (const auto& [path, text] : textsOf(f)) {
        if (text.en.isEmpty())
            continue; // an optional text that the file leaves out
        ++checked;
        EXPECT_FALSE(text.zh.trimmed().isEmpty())
            << f.key.toStdString() << ": " << path.toStdString() << " has no Chinese text";
    }
    EXPECT_GT(checked, 0);
}

} // namespace

// Built-in frameworks

TEST(FrameworkReader, ReadsBuiltinGoBackendFramework)
{
    auto f = FrameworkReader::readFile(builtin(QStringLiteral("go-backend.json")));
    ASSERT_TRUE(f.ok()) << messageOf(f);
    const Framework& go = f.value();
    EXPECT_EQ(go.key, QStringLiteral("go-backend"));
    EXPECT_EQ(go.levelCodes(),
              (QStringList{QStringLiteral("P6"), QStringLiteral("P7"), QStringLiteral("P8")}));
    EXPECT_EQ(go.dimensions.size(), 8);
    for (const Level& l : go.levels)
        EXPECT_GE(l.checkpoints.size(), 6) << l.code.toStdString();
}

TEST(FrameworkReader, GoBackendStartsWithTheElevenCalibrationMetrics)
{
    auto f = FrameworkReader::readFile(builtin(QStringLiteral("go-backend.json")));
    ASSERT_TRUE(f.ok()) << messageOf(f);
    const QStringList expected = {
        QStringLiteral("delta_tech"),          QStringLiteral("delta_business"),
        QStringLiteral("delta_resilience"),    QStringLiteral("review_response_hours"),
        QStringLiteral("review_closure_rate"), QStringLiteral("alert_hours_week"),
        QStringLiteral("p99_latency_ms"),      QStringLiteral("gc_pause_ms"),
        QStringLiteral("mttr_minutes"),        QStringLiteral("adrs_written"),
        QStringLiteral("cross_team_reuse"),
    };
    ASSERT_GE(f.value().metrics.size(), expected.size());
    QStringList firstKeys;
    for (int i = 0; i < expected.size(); ++i)
        firstKeys << f.value().metrics[i].key;
    EXPECT_EQ(firstKeys, expected);
}

TEST(FrameworkReader, GoBackendReviewResponseAndMttrAreLowerIsBetter)
{
    auto f = FrameworkReader::readFile(builtin(QStringLiteral("go-backend.json")));
    ASSERT_TRUE(f.ok()) << messageOf(f);
    for (const QString& key :
         {QStringLiteral("review_response_hours"), QStringLiteral("mttr_minutes")}) {
        const Metric* m = f.value().metric(key);
        ASSERT_NE(m, nullptr) << key.toStdString();
        EXPECT_EQ(m->direction, Metric::Direction::LowerIsBetter) << key.toStdString();
    }
}

TEST(FrameworkReader, ReadsBuiltinIcTrackFramework)
{
    auto f = FrameworkReader::readFile(builtin(QStringLiteral("ic-track.json")));
    ASSERT_TRUE(f.ok()) << messageOf(f);
    EXPECT_EQ(f.value().key, QStringLiteral("ic-track"));
    EXPECT_EQ(f.value().levelCodes(),
              (QStringList{QStringLiteral("L4"), QStringLiteral("L5"), QStringLiteral("L6")}));
}

TEST(FrameworkReader, BuiltinFrameworksHaveChineseForEveryText)
{
    for (const QString& name :
         {QStringLiteral("go-backend.json"), QStringLiteral("ic-track.json")}) {
        auto f = FrameworkReader::readFile(builtin(name));
        ASSERT_TRUE(f.ok()) << messageOf(f);
        expectChineseForEveryText(f.value());
    }
}

// The minimal fixture, field by field

class FrameworkReaderMinimal : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto result = readNamed(fixture(QStringLiteral("minimal.json")));
        ASSERT_TRUE(result.ok()) << messageOf(result);
        f = result.value();
    }

    Framework f;
};

TEST_F(FrameworkReaderMinimal, ReadsTopLevelFieldsAndDefaults)
{
    EXPECT_EQ(f.key, QStringLiteral("minimal"));
    EXPECT_EQ(f.revision, 1);
    EXPECT_EQ(f.windowDays, 90);
    EXPECT_EQ(f.name.en, QStringLiteral("Minimal ladder"));
    EXPECT_EQ(f.name.zh, QStringLiteral("最小阶梯"));
    EXPECT_EQ(
        f.description.en,
        QStringLiteral("Two levels, three dimensions, two metrics: the base of the test files."));
    EXPECT_TRUE(f.description.zh.isEmpty());
}

TEST_F(FrameworkReaderMinimal, PlainStringTextIsEnglishOnly)
{
    ASSERT_EQ(f.levels.size(), 2);
    EXPECT_EQ(f.levels[1].name.en, QStringLiteral("Journeyman"));
    EXPECT_TRUE(f.levels[1].name.zh.isEmpty());
    EXPECT_EQ(f.levels[1].name.text(QLocale(QLocale::Chinese, QLocale::China)),
              QStringLiteral("Journeyman"));
    EXPECT_EQ(f.levels[0].name.text(QLocale(QLocale::Chinese, QLocale::China)),
              QStringLiteral("学徒"));
}

TEST_F(FrameworkReaderMinimal, ReadsLevelsInOrderWithTheirCheckpoints)
{
    EXPECT_EQ(f.levelCodes(), (QStringList{QStringLiteral("A1"), QStringLiteral("A2")}));
    EXPECT_EQ(f.levels[0].summary.en, QStringLiteral("Learns the craft under review."));
    EXPECT_TRUE(f.levels[1].summary.isEmpty());

    ASSERT_EQ(f.levels[0].checkpoints.size(), 1);
    const Checkpoint& review = f.levels[0].checkpoints[0];
    EXPECT_EQ(review.key, QStringLiteral("first-review"));
    EXPECT_EQ(review.levelCode, QStringLiteral("A1"));
    EXPECT_EQ(review.dimensionKey, QStringLiteral("craft"));
    EXPECT_EQ(review.title.en, QStringLiteral("Reviewed a change"));
    EXPECT_EQ(review.title.zh, QStringLiteral("评审过一次变更"));
    EXPECT_EQ(review.evidence.en, QStringLiteral("A link to the review."));

    ASSERT_EQ(f.levels[1].checkpoints.size(), 1);
    const Checkpoint& owned = f.levels[1].checkpoints[0];
    EXPECT_EQ(owned.key, QStringLiteral("owned-service"));
    EXPECT_EQ(owned.levelCode, QStringLiteral("A2"));
    EXPECT_TRUE(owned.dimensionKey.isEmpty());

    const QList<Checkpoint> all = f.checkpoints();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all[0].key, QStringLiteral("first-review"));
    EXPECT_EQ(all[1].key, QStringLiteral("owned-service"));
}

TEST_F(FrameworkReaderMinimal, ReadsDimensionsWithExpectationsPerLevel)
{
    ASSERT_EQ(f.dimensions.size(), 3);
    EXPECT_EQ(f.dimensions[0].key, QStringLiteral("craft"));
    EXPECT_EQ(f.dimensions[0].expectations.value(QStringLiteral("A1")), 2.0);
    EXPECT_EQ(f.dimensions[0].expectations.value(QStringLiteral("A2")), 3.5);
    EXPECT_EQ(f.dimensions[1].name.zh, QStringLiteral("担当"));
    EXPECT_EQ(f.dimensions[1].description.en, QStringLiteral("Carries work to the end."));
}

TEST_F(FrameworkReaderMinimal, AcceptsExpectationThatFallsAtHigherLevel)
{
    const Dimension* communication = f.dimension(QStringLiteral("communication"));
    ASSERT_NE(communication, nullptr);
    EXPECT_EQ(communication->expectations.value(QStringLiteral("A1")), 3.0);
    EXPECT_EQ(communication->expectations.value(QStringLiteral("A2")), 2.5);
}

TEST_F(FrameworkReaderMinimal, ReadsHigherIsBetterMetric)
{
    ASSERT_EQ(f.metrics.size(), 2);
    const Metric& reviews = f.metrics[0];
    EXPECT_EQ(reviews.key, QStringLiteral("reviews_done"));
    EXPECT_EQ(reviews.name.zh, QStringLiteral("完成的评审"));
    EXPECT_EQ(reviews.unit.en, QStringLiteral("count"));
    EXPECT_EQ(reviews.direction, Metric::Direction::HigherIsBetter);
    EXPECT_EQ(reviews.aggregation, Metric::Aggregation::Sum);
    EXPECT_EQ(reviews.minimum, 0.0);
    EXPECT_EQ(reviews.maximum, 50.0);
    EXPECT_TRUE(reviews.daily);
    EXPECT_EQ(reviews.dimensionKey, QStringLiteral("craft"));
    const QMap<QString, double> targets = {{QStringLiteral("A1"), 1.0},
                                           {QStringLiteral("A2"), 3.0}};
    EXPECT_EQ(reviews.targets, targets);
}

TEST_F(FrameworkReaderMinimal, ReadsLowerIsBetterMetricWithDefaults)
{
    const Metric* incidents = f.metric(QStringLiteral("incident_minutes"));
    ASSERT_NE(incidents, nullptr);
    EXPECT_EQ(incidents->direction, Metric::Direction::LowerIsBetter);
    EXPECT_EQ(incidents->aggregation, Metric::Aggregation::Mean);
    EXPECT_EQ(incidents->minimum, 0.0);
    EXPECT_EQ(incidents->maximum, 1440.0);
    EXPECT_FALSE(incidents->daily);
    EXPECT_TRUE(incidents->dimensionKey.isEmpty());
    EXPECT_EQ(incidents->unit.en, QStringLiteral("min"));
    EXPECT_EQ(incidents->unit.zh, QStringLiteral("分钟"));
    EXPECT_EQ(incidents->description.en, QStringLiteral("From the first alert to the all-clear."));
    EXPECT_EQ(incidents->targets.value(QStringLiteral("A1")), 120.0);
    EXPECT_EQ(incidents->targets.value(QStringLiteral("A2")), 60.0);
    EXPECT_TRUE(incidents->meets(60.0, incidents->targets.value(QStringLiteral("A2"))));
    EXPECT_FALSE(incidents->meets(61.0, incidents->targets.value(QStringLiteral("A2"))));
}

// Refused files

TEST(FrameworkReader, RefusesCheckpointWithoutTitle)
{
    auto f = readNamed(fixture(QStringLiteral("bad/missing-checkpoint-title.json")));
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(
        f.error().message,
        QStringLiteral("missing-checkpoint-title.json: levels[1].checkpoints[0].title: missing"));
}

TEST(FrameworkReader, ReportsLineOfJsonSyntaxError)
{
    // syntax-error.json lacks the comma between "A1": 2 and "A2": 3.5 on line 34.
    auto f = readNamed(fixture(QStringLiteral("bad/syntax-error.json")));
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().kind, Failure::Kind::InvalidInput);
    EXPECT_TRUE(f.error().message.startsWith(QStringLiteral("syntax-error.json:34: json: ")))
        << messageOf(f);
}

TEST(FrameworkReader, CountsLinesFromOneForSyntaxErrorOnFirstLine)
{
    auto f = FrameworkReader::read("{ \"format\" \"rungs-framework\" }\n",
                                   QStringLiteral("one-line.json"));
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().message.startsWith(QStringLiteral("one-line.json:1: json: ")))
        << messageOf(f);
}

TEST(FrameworkReader, ReadFileNamesTheMissingPath)
{
    const QString path = fixture(QStringLiteral("does-not-exist.json"));
    ASSERT_FALSE(QFile::exists(path));
    auto f = FrameworkReader::readFile(path);
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().message.contains(path)) << messageOf(f);
}

TEST(FrameworkReader, ReadFileReportsUnreadableFileAsIoFailure)
{
    // Failure::Kind::Io is "a file outside the database could not be read or written";
    // Backups reports a missing backup file that way too.
    auto f = FrameworkReader::readFile(fixture(QStringLiteral("does-not-exist.json")));
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().kind, Failure::Kind::Io)
        << "kind " << int(f.error().kind) << ": " << messageOf(f);
}

TEST(FrameworkReader, ReadFileNamesFileByPathInValidationMessages)
{
    const QString path = fixture(QStringLiteral("bad/unknown-direction.json"));
    auto f = FrameworkReader::readFile(path);
    ASSERT_FALSE(f.ok());
    EXPECT_TRUE(f.error().message.startsWith(path + QStringLiteral(": metrics[1].direction: ")))
        << messageOf(f);
}

TEST(FrameworkReader, ReadFileHandsBackTheBytesAsRead)
{
    const QString path = fixture(QStringLiteral("minimal.json"));
    QByteArray source;
    auto f = FrameworkReader::readFile(path, &source);
    ASSERT_TRUE(f.ok()) << messageOf(f);
    EXPECT_EQ(source, bytesOf(path));
}

// One defect per file in fixtures/frameworks/bad, each with the message a person sees.

namespace {

struct BadFile
{
    QString fileName;
    QString message; ///< without the leading "fileName: " (or "fileName:" for syntax errors)
};

void PrintTo(const BadFile& bad, std::ostream* os)
{
    *os << bad.fileName.toStdString();
}

std::vector<BadFile> badFiles()
{
    return {
        {QStringLiteral("bad-key-pattern.json"),
         QStringLiteral(
             " key: \"Minimal\" is not a valid key (use a-z, 0-9, - and _; at most 64)")},
        {QStringLiteral("bad-level-code.json"),
         QStringLiteral(" levels[1].code: \"A 2\" is not a valid level code (letters, digits, '.', "
                        "'-', '_'; at most 16)")},
        {QStringLiteral("checkpoint-unknown-dimension.json"),
         QStringLiteral(" levels[0].checkpoints[0].dimension: unknown dimension \"crafts\"")},
        {QStringLiteral("daily-not-boolean.json"),
         QStringLiteral(" metrics[0].daily: must be true or false")},
        {QStringLiteral("duplicate-checkpoint-key.json"),
         QStringLiteral(" levels[1].checkpoints[0].key: \"first-review\" is used twice")},
        {QStringLiteral("duplicate-level-code.json"),
         QStringLiteral(" levels[1].code: \"A1\" is used twice")},
        {QStringLiteral("empty-checkpoint-evidence.json"),
         QStringLiteral(" levels[0].checkpoints[0].evidence: must not be empty")},
        {QStringLiteral("expectation-for-unknown-level.json"),
         QStringLiteral(" dimensions[0].expectations.A3: unknown level (levels are A1, A2)")},
        {QStringLiteral("expectation-missing-for-level.json"),
         QStringLiteral(" dimensions[1].expectations.A2: missing")},
        // Numbers in messages are written as in the file, not as 1e+06.
        {QStringLiteral("large-target-outside-range.json"),
         QStringLiteral(" metrics[0].targets.A2: 1000000 is outside the valid range 0..50")},
        {QStringLiteral("metric-unknown-dimension.json"),
         QStringLiteral(" metrics[0].dimension: unknown dimension \"kraft\"")},
        {QStringLiteral("min-not-below-max.json"),
         QStringLiteral(" metrics[0].max: must be greater than min (50)")},
        {QStringLiteral("misspelt-checkpoint-key.json"),
         QStringLiteral(" levels[1].checkpoints[0].evidance: unknown key")},
        {QStringLiteral("missing-checkpoint-title.json"),
         QStringLiteral(" levels[1].checkpoints[0].title: missing")},
        // A file from a newer Rungs is refused for its version, not for a key it adds.
        {QStringLiteral("newer-version-with-new-key.json"),
         QStringLiteral(" version: version 2 is not supported (this Rungs reads version 1)")},
        {QStringLiteral("not-an-object.json"),
         QStringLiteral(" the framework must be a JSON object")},
        {QStringLiteral("score-above-five.json"),
         QStringLiteral(" dimensions[2].expectations.A1: must be between 0 and 5")},
        {QStringLiteral("score-not-half-point.json"),
         QStringLiteral(" dimensions[0].expectations.A2: must be a whole or half point")},
        {QStringLiteral("syntax-error.json"), QStringLiteral("34: json: unterminated object")},
        {QStringLiteral("target-easier-at-higher-level.json"),
         QStringLiteral(" metrics[1].targets.A2: 180 is easier than the A1 target (120)")},
        {QStringLiteral("target-level-code-wrong-case.json"),
         QStringLiteral(" metrics[0].targets.a1: unknown level (levels are A1, A2)")},
        {QStringLiteral("target-outside-range.json"),
         QStringLiteral(" metrics[0].targets.A2: 60 is outside the valid range 0..50")},
        {QStringLiteral("text-with-unknown-language.json"),
         QStringLiteral(" name.zh: unknown key")},
        {QStringLiteral("text-without-en.json"), QStringLiteral(" metrics[1].unit.en: missing")},
        {QStringLiteral("too-few-levels.json"),
         QStringLiteral(" levels: must have 2 to 12 items, has 1")},
        {QStringLiteral("unknown-aggregation.json"),
         QStringLiteral(" metrics[1].aggregation: must be \"sum\", \"mean\", \"last\" or \"max\", "
                        "not \"average\"")},
        {QStringLiteral("unknown-direction.json"),
         QStringLiteral(" metrics[1].direction: must be \"higher\" or \"lower\", not \"down\"")},
        {QStringLiteral("unknown-top-level-key.json"), QStringLiteral(" window: unknown key")},
        {QStringLiteral("unsupported-version.json"),
         QStringLiteral(" version: version 2 is not supported (this Rungs reads version 1)")},
        {QStringLiteral("window-days-too-large.json"),
         QStringLiteral(" window_days: must be between 1 and 3650")},
        {QStringLiteral("wrong-format-name.json"),
         QStringLiteral(" format: must be \"rungs-framework\", not \"rungs-frameworks\"")},
    };
}

// "target-outside-range.json" → "TargetOutsideRange"
std::string testNameOf(const ::testing::TestParamInfo<BadFile>& info)
{
    std::string name;
    bool upper = true;
    for (const QChar c : QFileInfo(info.param.fileName).completeBaseName()) {
        if (!c.isLetterOrNumber()) {
            upper = true;
            continue;
        }
        name += char((upper ? c.toUpper() : c).toLatin1());
        upper = false;
    }
    return name;
}

} // namespace

class BadFramework : public ::testing::TestWithParam<BadFile>
{};

TEST_P(BadFramework, IsRefusedWithExactMessage)
{
    const BadFile& bad = GetParam();
    auto f = readNamed(fixture(QStringLiteral("bad/") + bad.fileName));
    ASSERT_FALSE(f.ok()) << bad.fileName.toStdString() << " was accepted";
    EXPECT_EQ(f.error().kind, Failure::Kind::InvalidInput);
    EXPECT_EQ(f.error().message.toStdString(),
              (bad.fileName + QLatin1Char(':') + bad.message).toStdString());
}

INSTANTIATE_TEST_SUITE_P(FrameworkReader, BadFramework, ::testing::ValuesIn(badFiles()),
                         testNameOf);

TEST(FrameworkReader, EveryBadFixtureHasAnExpectedMessage)
{
    QSet<QString> expected;
    for (const BadFile& bad : badFiles())
        expected.insert(bad.fileName);
    const QStringList present =
        QDir(fixture(QStringLiteral("bad"))).entryList({QStringLiteral("*.json")}, QDir::Files);
    EXPECT_GE(present.size(), 12);
    for (const QString& name : present)
        EXPECT_TRUE(expected.contains(name)) << name.toStdString() << " has no expectation";
    for (const QString& name : expected)
        EXPECT_TRUE(present.contains(name)) << name.toStdString() << " is missing";
}

TEST(FrameworkReader, LevelCodeDifferingOnlyInCaseNamesTheCodeItClashesWith)
{
    QFile file(fixture(QStringLiteral("minimal.json")));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    ASSERT_TRUE(json.contains("\"code\": \"A2\""));
    json.replace("\"code\": \"A2\"", "\"code\": \"a1\"");
    auto f = FrameworkReader::read(json, QStringLiteral("case.json"));
    ASSERT_FALSE(f.ok());
    EXPECT_EQ(f.error().message,
              QStringLiteral("case.json: levels[1].code: \"a1\" is already used as \"A1\" "
                             "(codes ignore case)"));
}
