#!/bin/sh
# Drawing ten years of a daily metric against drawing four weeks of it, with the same
# binary on the same demo database: the chart thins its points to the pixel columns, so
# the ratio should stay near 1 (target: at most 1.3). Each figure is the median of
# RUNS runs of the whole command, as a user or a script meets it.
#
# usage: bench/chart-range.sh [RUNGS_BINARY]   (default build/dev/app/rungs)
set -eu
RUNGS=${1:-build/dev/app/rungs}
RUNS=${RUNS:-7}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

"$RUNGS" demo --years 10 --out "$WORK/demo.sqlite" >/dev/null
four_weeks_ago=$(date -d '27 days ago' +%Y-%m-%d)

# Median wall-clock seconds of RUNS runs of the command given.
median() {
    for _ in $(seq "$RUNS"); do
        start=$(date +%s.%N)
        "$@" >/dev/null
        end=$(date +%s.%N)
        awk -v a="$start" -v b="$end" 'BEGIN { print b - a }'
    done | sort -n | awk '{ a[NR] = $1 } END { print a[int((NR + 1) / 2)] }'
}

for format in png svg pdf csv; do
    short=$(median "$RUNGS" --db "$WORK/demo.sqlite" chart delta_tech --period day \
        --from "$four_weeks_ago" --out "$WORK/short.$format")
    long=$(median "$RUNGS" --db "$WORK/demo.sqlite" chart delta_tech --period day \
        --out "$WORK/long.$format")
    ratio=$(awk -v a="$short" -v b="$long" 'BEGIN { print b / a }')
    printf 'chart-10y-vs-4w-%s ratio=%.2f target=1.30 (4 weeks %.3f s, 10 years %.3f s)\n' \
        "$format" "$ratio" "$short" "$long"
done
