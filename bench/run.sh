#!/bin/bash
# Every benchmark of Rungs, as `make bench` runs it: builds the ten-year demo database,
# 500 decision records and a 100,000-row CSV file afresh in a temporary folder (same
# seed, same data), then compares Rungs with what the platform does on the same data in
# the same run. Prints one "NAME ratio=X target=Y" line per comparison (details on the
# indented line after it) and fails when any ratio misses its target. RUNS (default 7)
# sets the runs per figure; BENCH_MODELS=0 skips the Google Benchmark part.
#
# usage: bench/run.sh [BUILD_DIR]   (default build/bench, the bench preset; or any
#                                    RelWithDebInfo build with -DRUNGS_BUILD_BENCH=ON)
set -eu
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/lib.sh"
BUILD=$(cd "${1:-build/bench}" && pwd)
RUNGS=$BUILD/app/rungs
WORK=$(mktemp -d)
trap 'rm -rf "$WORK" "$BENCH_TIMES"' EXIT
# Settings, backups and demo files of these runs stay in the temporary folder.
export XDG_CONFIG_HOME=$WORK/config XDG_DATA_HOME=$WORK/data XDG_CACHE_HOME=$WORK/cache
export XDG_RUNTIME_DIR=$WORK/runtime
mkdir -m 700 "$XDG_RUNTIME_DIR"
unset RUNGS_DB

started=${EPOCHREALTIME/./}
DB=$WORK/ten-years.sqlite
"$RUNGS" demo --years 10 --seed 1 --out "$DB" >/dev/null
# 500 decision records: the demo's and new ones up to 500.
adrs=$("$RUNGS" --db "$DB" adr list | wc -l)
for ((n = adrs + 1; n <= 500; ++n)); do
    "$RUNGS" --db "$DB" adr new "Benchmark decision $n" >/dev/null
done
# The same records as adr-tools keeps them: doc/adr/NNNN-title.md.
mkdir -p "$WORK/adr-tools/doc"
"$RUNGS" --db "$DB" adr export "$WORK/adr-tools/doc/adr" >/dev/null
# 100,000 rows: the demo's days, metrics and values again and again, each row with a
# note of its own, so that all are new to the database.
"$RUNGS" --db "$DB" export "$WORK/entries.csv" >/dev/null
awk -F, 'NR == 1 { print "date,metric,value,note,evidence"; next }
    /^[0-9][0-9][0-9][0-9]-/ { row[++n] = $1 "," $2 "," $3 }
    END { for (i = 1; i <= 100000; ++i) printf "%s,bench row %d,\n", row[(i - 1) % n + 1], i }' \
    "$WORK/entries.csv" >"$WORK/rows.csv"
cp "$DB" "$WORK/log.sqlite"
printf 'data: %s entries, %s decision records, %s CSV rows (%.1f s to make)\n' \
    "$("$RUNGS" --db "$DB" entries --format csv | tail -n +2 | wc -l)" \
    "$("$RUNGS" --db "$DB" adr list | wc -l)" "$(($(wc -l <"$WORK/rows.csv") - 1))" \
    "$(awk -v us=$((${EPOCHREALTIME/./} - started)) 'BEGIN { print us / 1e6 }')"

# Start-up, on a display of its own unless there is one.
if [ -n "${DISPLAY:-}" ]; then
    "$HERE/start.sh" "$BUILD" "$DB" || BENCH_MISSED="$BENCH_MISSED start"
else
    xvfb-run -a -s '-screen 0 1280x800x24' "$HERE/start.sh" "$BUILD" "$DB" ||
        BENCH_MISSED="$BENCH_MISSED start"
fi

# One entry: the command line against one insert in the sqlite3 shell.
day=$(date +%Y-%m-%d)
sqlite_log() {
    sqlite3 "$WORK/log.sqlite" "INSERT INTO entry (day, metric_key, value, note, evidence,
        created_at, updated_at) VALUES ('$day', 'delta_tech', 3, 'bench', '',
        strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"
}
rungs_log() { "$RUNGS" --db "$WORK/log.sqlite" log delta_tech 3 --note bench; }
compare log-vs-sqlite3-insert 3 sqlite_log rungs_log

# 100,000 rows into a fresh copy of the ten-year database each time.
fresh_copy() {
    rm -f "$WORK"/import.sqlite*
    cp "$DB" "$WORK/import.sqlite"
}
sqlite_import() { sqlite3 "$WORK/import.sqlite" ".import --csv $WORK/rows.csv staging"; }
rungs_import() { "$RUNGS" --db "$WORK/import.sqlite" import "$WORK/rows.csv"; }
compare import-vs-sqlite3-import 1.5 sqlite_import rungs_import fresh_copy

# Ten years of a daily metric against four weeks of it.
"$HERE/chart-range.sh" "$RUNGS" "$DB" || BENCH_MISSED="$BENCH_MISSED chart"

# 500 decision records: Rungs against adr-tools, which lists doc/adr of this folder.
cd "$WORK/adr-tools"
tools_list() { adr list; }
rungs_list() { "$RUNGS" --db "$DB" adr list; }
compare adr-list-vs-adr-tools 3 tools_list rungs_list
no_export() { rm -rf "$WORK/export"; }
tools_toc() { adr generate toc; }
rungs_export() { "$RUNGS" --db "$DB" adr export "$WORK/export"; }
compare adr-export-vs-adr-tools-toc 0.05 tools_toc rungs_export no_export
cd "$HERE/.."

# The in-process parts behind these figures, for finding a cost (no targets).
if [ "${BENCH_MODELS:-1}" != 0 ]; then
    "$BUILD/bench/rungs_bench_models" --benchmark_min_time=0.2
fi

printf 'bench: %.0f s\n' "$(awk -v us=$((${EPOCHREALTIME/./} - started)) 'BEGIN { print us / 1e6 }')"
if [ -n "$BENCH_MISSED" ]; then
    echo "bench: missed:$BENCH_MISSED" >&2
    exit 1
fi
