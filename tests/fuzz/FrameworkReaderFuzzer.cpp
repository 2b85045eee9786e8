// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target for FrameworkReader::read, the validator of framework JSON
// (`rungs framework import`, the built-in ladders). For any input it checks, besides
// "no crash, no sanitizer report":
// - the result is a Framework or an InvalidInput failure whose message starts with the
//   source name and says more than that;
// - reading the same bytes again gives the same outcome (no hidden state);
// - an accepted framework keeps the rules docs/framework-format.md states: 2–12 levels
//   with unique codes, 3–16 dimensions with an expectation of 0–5 in half points for
//   every level, 1–64 metrics with min < max and targets inside that range, unique
//   keys, and references only to dimensions that exist; and its lookups find each of
//   its own levels, dimensions and metrics.
// tests/unit/FuzzRegressionTest.cpp includes this file with RUNGS_FUZZ_NO_ENTRY_POINT
// defined and runs check() on the inputs in tests/fuzz/regressions/, so the saved
// findings are held to the same invariants in the ordinary test suite.
#include "FrameworkReader.h"
#include "FuzzCheck.h"

#include <QSet>

#include <cmath>
#include <cstddef>
#include <cstdint>

namespace FrameworkFuzz {

const QString Source = QStringLiteral("fuzz.json");

void checkFramework(const Framework& f)
{
    FUZZ_CHECK(!f.key.isEmpty());
    FUZZ_CHECK(!f.name.en.trimmed().isEmpty());
    FUZZ_CHECK(f.revision >= 1);
    FUZZ_CHECK(f.windowDays >= 1 && f.windowDays <= 3650);
    FUZZ_CHECK(f.levels.size() >= 2 && f.levels.size() <= 12);
    FUZZ_CHECK(f.dimensions.size() >= 3 && f.dimensions.size() <= 16);
    FUZZ_CHECK(f.metrics.size() >= 1 && f.metrics.size() <= 64);

    QSet<QString> codes;
    QSet<QString> checkpointKeys;
    for (int i = 0; i < f.levels.size(); ++i) {
        const Level& l = f.levels[i];
        FUZZ_CHECK(!l.code.isEmpty());
        FUZZ_CHECK(!codes.contains(l.code.toLower()));
        codes.insert(l.code.toLower());
        FUZZ_CHECK(f.levelIndex(l.code) == i);
        for (const Checkpoint& c : l.checkpoints) {
            FUZZ_CHECK(c.levelCode == l.code);
            FUZZ_CHECK(!checkpointKeys.contains(c.key));
            checkpointKeys.insert(c.key);
            FUZZ_CHECK(c.dimensionKey.isEmpty() || f.dimension(c.dimensionKey));
        }
    }
    QSet<QString> dimensionKeys;
    for (const Dimension& d : f.dimensions) {
        FUZZ_CHECK(!dimensionKeys.contains(d.key));
        dimensionKeys.insert(d.key);
        FUZZ_CHECK(f.dimension(d.key) == &d);
        FUZZ_CHECK(d.expectations.size() == f.levels.size());
        for (const Level& l : f.levels) {
            FUZZ_CHECK(d.expectations.contains(l.code));
            const double score = d.expectations.value(l.code);
            FUZZ_CHECK(score >= 0 && score <= 5 && score * 2 == std::floor(score * 2));
        }
    }
    QSet<QString> metricKeys;
    for (const Metric& m : f.metrics) {
        FUZZ_CHECK(!metricKeys.contains(m.key));
        metricKeys.insert(m.key);
        FUZZ_CHECK(f.metric(m.key) == &m);
        FUZZ_CHECK(f.findMetric(m.key) != nullptr);
        FUZZ_CHECK(m.minimum < m.maximum);
        FUZZ_CHECK(m.dimensionKey.isEmpty() || f.dimension(m.dimensionKey));
        for (auto it = m.targets.begin(); it != m.targets.end(); ++it) {
            FUZZ_CHECK(f.level(it.key()) != nullptr);
            FUZZ_CHECK(it.value() >= m.minimum && it.value() <= m.maximum);
        }
    }
}

/** Runs one input through the reader and checks what it gives. */
void check(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto read = FrameworkReader::read(bytes, Source);
    const auto again = FrameworkReader::read(bytes, Source);
    FUZZ_CHECK(read.ok() == again.ok());
    if (!read) {
        FUZZ_CHECK(read.error().kind == Failure::Kind::InvalidInput);
        FUZZ_CHECK(read.error().message.startsWith(Source + QLatin1Char(':')));
        FUZZ_CHECK(read.error().message.size() > Source.size() + 2);
        FUZZ_CHECK(again.error().message == read.error().message);
        return;
    }
    checkFramework(read.value());
}

} // namespace FrameworkFuzz

#ifndef RUNGS_FUZZ_NO_ENTRY_POINT
extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    FrameworkFuzz::check(data, size);
    return 0;
}
#endif
