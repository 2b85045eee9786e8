#!/bin/bash
# Start-up of Rungs' main window against a bare Qt window with a polar chart: the time
# from starting the process to the first painted window (Dashboard with its radar; the
# bare window's chart), and the peak memory of that start (target: at most 1.5 and 2
# times the bare window's). Both programs quit once painted (bench/FirstPaint.h). Needs a
# display: bench/run.sh starts it under xvfb-run.
#
# usage: bench/start.sh BUILD_DIR DATABASE
set -eu
. "$(dirname "$0")/lib.sh"
BUILD=$1
DB=$2
OUT=$(mktemp)
trap 'rm -f "$OUT" "$BENCH_TIMES"' EXIT

# Appends the wall-clock milliseconds and the peak kilobytes of one start to the named
# arrays.
start_once() {
    local -n times=$1 peaks=$2
    shift 2
    local start=${EPOCHREALTIME/./}
    "$@" >"$OUT"
    local end=${EPOCHREALTIME/./}
    times+=("$(awk -v us=$((end - start)) 'BEGIN { printf "%.3f", us / 1000 }')")
    peaks+=("$(sed -n 's/.*maxrss_kb=\([0-9]*\).*/\1/p' "$OUT")")
}

bare=("$BUILD/bench/rungs_bench_start_bare")
rungs=("$BUILD/bench/rungs_bench_start_rungs" "$DB")
bare_ms=() bare_kb=() rungs_ms=() rungs_kb=() warm=()
start_once warm warm "${bare[@]}"
start_once warm warm "${rungs[@]}"
for ((i = 0; i < RUNS; ++i)); do
    start_once bare_ms bare_kb "${bare[@]}"
    start_once rungs_ms rungs_kb "${rungs[@]}"
done
report start-to-first-paint 1.5 ms "${bare_ms[*]}" "${rungs_ms[*]}"
report start-peak-memory 2 KiB "${bare_kb[*]}" "${rungs_kb[*]}"
[ -z "$BENCH_MISSED" ]
