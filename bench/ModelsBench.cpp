// SPDX-License-Identifier: GPL-3.0-or-later
// In-process costs behind the whole-process figures of bench/run.sh, on a ten-year demo
// database made afresh in a temporary folder: reading 100,000 CSV rows (rungs import),
// the chart data of ten years and of four weeks of a daily metric (rungs chart), and
// thinning ten years of days to a chart's pixel columns.
//
// usage: rungs_bench_models [--benchmark_* options]
#include "BuiltinFrameworks.h"
#include "Clock.h"
#include "Database.h"
#include "DemoFile.h"
#include "Downsampler.h"
#include "EntryCsv.h"
#include "ProgressChartData.h"
#include "Workspace.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>

namespace {

constexpr int CsvRows = 100000;
constexpr int ChartPixels = 800;

/** The ten-year demo database, loaded once. */
struct TenYears
{
    QTemporaryDir dir;
    SystemClock clock;
    std::unique_ptr<Database> db;
    std::unique_ptr<Workspace> workspace;
    QByteArray csv; ///< CsvRows rows, every one new to the database

    static TenYears& get()
    {
        static TenYears data;
        return data;
    }

private:
    TenYears()
    {
        const QString path = dir.filePath(QStringLiteral("demo.sqlite"));
        DemoSettings settings;
        settings.years = 10;
        if (!DemoFile::create(path, clock, settings, DemoFile::Existing::Refuse))
            fail("cannot make the demo database");
        auto opened = Database::open(path, clock);
        if (!opened || !BuiltinFrameworks::ensureInstalled(*opened.value()))
            fail("cannot open the demo database");
        db = std::move(opened).value();
        workspace = std::make_unique<Workspace>(*db);
        if (!workspace->reload())
            fail("cannot load the demo database");

        // The demo's entries again and again, each copy with its own note.
        QList<Entry> rows;
        rows.reserve(CsvRows);
        const QList<Entry>& entries = workspace->entries();
        for (int copy = 1; rows.size() < CsvRows; ++copy) {
            for (Entry e : entries) {
                if (rows.size() == CsvRows)
                    break;
                e.note = QStringLiteral("copy %1 of %2").arg(copy).arg(e.note);
                rows << e;
            }
        }
        csv = EntryCsv::write(rows);
    }

    [[noreturn]] static void fail(const char* what)
    {
        std::fprintf(stderr, "rungs_bench_models: %s\n", what);
        std::exit(1);
    }
};

void csvRead(benchmark::State& state)
{
    TenYears& data = TenYears::get();
    const Framework& framework = data.workspace->framework();
    const QDate today = data.workspace->today();
    for (auto _ : state) {
        auto read = EntryCsv::read(data.csv, QStringLiteral("bench.csv"), framework, today);
        if (!read || read.value().size() != CsvRows)
            state.SkipWithError("the CSV did not read back");
        benchmark::DoNotOptimize(read);
    }
    state.SetItemsProcessed(state.iterations() * CsvRows);
    state.SetBytesProcessed(state.iterations() * data.csv.size());
}
BENCHMARK(csvRead)->Name("EntryCsv::read/100000 rows")->Unit(benchmark::kMillisecond);

void csvWrite(benchmark::State& state)
{
    const QList<Entry>& entries = TenYears::get().workspace->entries();
    for (auto _ : state)
        benchmark::DoNotOptimize(EntryCsv::write(entries));
    state.SetItemsProcessed(state.iterations() * entries.size());
}
BENCHMARK(csvWrite)->Name("EntryCsv::write/ten years")->Unit(benchmark::kMillisecond);

/** range(0): days drawn, 0 for everything (ten years). */
void chartData(benchmark::State& state)
{
    TenYears& data = TenYears::get();
    const Workspace& ws = *data.workspace;
    ProgressChartRequest request;
    request.metrics = {QStringLiteral("delta_tech")};
    request.period = SeriesAggregation::Period::Day;
    request.currentLevel = ws.profile().currentLevel;
    request.targetLevel = ws.profile().targetLevel;
    if (state.range(0) > 0)
        request.from = ws.today().addDays(1 - state.range(0));
    for (auto _ : state) {
        const ProgressChartData chart =
            ProgressChartData::build(ws.framework(), ws.entries(), ws.checkpointProgress(),
                                     ws.compositeSettings(), request, ws.today());
        if (chart.lines.isEmpty())
            state.SkipWithError("nothing to draw");
        benchmark::DoNotOptimize(chart);
    }
}
BENCHMARK(chartData)
    ->Name("ProgressChartData::build/delta_tech per day/days")
    ->Arg(28)
    ->Arg(0)
    ->Unit(benchmark::kMicrosecond);

Series tenYearsOfDays()
{
    Series points;
    const QDate first(2016, 1, 1);
    for (int i = 0; i < 3653; ++i)
        points << SeriesPoint{first.addDays(i), double((i * 7919) % 101)};
    return points;
}

void downsampleLttb(benchmark::State& state)
{
    const Series points = tenYearsOfDays();
    for (auto _ : state)
        benchmark::DoNotOptimize(Downsampler::lttb(points, 2 * ChartPixels));
}
BENCHMARK(downsampleLttb)
    ->Name("Downsampler::lttb/ten years to 1600")
    ->Unit(benchmark::kMicrosecond);

void downsampleMinMax(benchmark::State& state)
{
    const Series points = tenYearsOfDays();
    for (auto _ : state)
        benchmark::DoNotOptimize(Downsampler::minMax(points, 2 * ChartPixels));
}
BENCHMARK(downsampleMinMax)
    ->Name("Downsampler::minMax/ten years to 1600")
    ->Unit(benchmark::kMicrosecond);

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 2;
    TenYears::get();
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
