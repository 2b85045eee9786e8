// SPDX-License-Identifier: GPL-3.0-or-later
// The inputs in tests/fuzz/regressions/TARGET/ — what the fuzzers of tests/fuzz once
// found, and hand-made edge cases — run through the very checks of the fuzzer for
// TARGET (its source is included below), built with the ordinary compiler and without
// sanitizers. A broken invariant fails the test and names the file and the check.
#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <stdexcept>
#include <string>

namespace {

struct FuzzCheckFailed : std::runtime_error
{
    using std::runtime_error::runtime_error;
};

} // namespace

#define FUZZ_CHECK(condition)                                                                      \
    do {                                                                                           \
        if (!(condition))                                                                          \
            throw FuzzCheckFailed(std::string(#condition) + " (" + __FILE__ + ":" +                \
                                  std::to_string(__LINE__) + ")");                                 \
    } while (false)
#define RUNGS_FUZZ_NO_ENTRY_POINT

// clang-format off
#include "../fuzz/AdrMarkdownFuzzer.cpp"
#include "../fuzz/CsvReaderFuzzer.cpp"
#include "../fuzz/FrameworkReaderFuzzer.cpp"
// clang-format on

namespace {

using Check = void (*)(const uint8_t*, size_t);

// Every file of regressions/TARGET through check; at least one must be there.
void checkAll(const QString& target, Check check)
{
    const QDir dir(QStringLiteral(RUNGS_SOURCE_DIR "/tests/fuzz/regressions/") + target);
    const QFileInfoList files = dir.entryInfoList(QDir::Files, QDir::Name);
    ASSERT_FALSE(files.isEmpty()) << "no inputs in " << dir.path().toStdString();
    for (const QFileInfo& info : files) {
        QFile file(info.filePath());
        ASSERT_TRUE(file.open(QIODevice::ReadOnly)) << info.filePath().toStdString();
        const QByteArray bytes = file.readAll();
        try {
            check(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size()));
        } catch (const FuzzCheckFailed& failed) {
            ADD_FAILURE() << target.toStdString() << '/' << info.fileName().toStdString() << ": "
                          << failed.what();
        }
    }
}

} // namespace

TEST(FuzzRegressionTest, CsvInputsKeepTheCsvFuzzerInvariants)
{
    checkAll(QStringLiteral("csv"), CsvFuzz::check);
}

TEST(FuzzRegressionTest, FrameworkInputsKeepTheFrameworkFuzzerInvariants)
{
    checkAll(QStringLiteral("framework"), FrameworkFuzz::check);
}

TEST(FuzzRegressionTest, AdrInputsKeepTheAdrFuzzerInvariants)
{
    checkAll(QStringLiteral("adr"), AdrFuzz::check);
}
