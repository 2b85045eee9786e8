#!/bin/bash
# Drawing ten years of a daily metric against drawing four weeks of it, with the same
# binary on the same ten-year demo database: the chart thins its points to the pixel
# columns, so the ratio should stay near 1 (target: at most 1.2). Each figure is the
# median of RUNS runs of the whole command, as a user or a script meets it, the two
# ranges interleaved.
#
# usage: bench/chart-range.sh [RUNGS_BINARY [DATABASE]]
#   (default build/bench/app/rungs and a ten-year demo database made for the run)
set -eu
. "$(dirname "$0")/lib.sh"
RUNGS=${1:-build/bench/app/rungs}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK" "$BENCH_TIMES"' EXIT
DB=${2:-$WORK/demo.sqlite}
[ -e "$DB" ] || "$RUNGS" demo --years 10 --seed 1 --out "$DB" >/dev/null
four_weeks_ago=$(date -d '27 days ago' +%Y-%m-%d)

for format in png svg pdf csv; do
    four_weeks() {
        "$RUNGS" --db "$DB" chart delta_tech --period day --from "$four_weeks_ago" \
            --out "$WORK/short.$format"
    }
    ten_years() {
        "$RUNGS" --db "$DB" chart delta_tech --period day --out "$WORK/long.$format"
    }
    compare "chart-10y-vs-4w-$format" 1.2 four_weeks ten_years
done
[ -z "$BENCH_MISSED" ]
