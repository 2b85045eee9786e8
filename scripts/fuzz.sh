#!/bin/sh
# Builds the libFuzzer targets of tests/fuzz (CMake preset "fuzz": clang, ASan, UBSan)
# and runs each for SECONDS (default 300). Each fuzzer starts from a scratch copy of its
# seed corpus (tests/fuzz/corpus/TARGET) and of its past findings
# (tests/fuzz/regressions/TARGET); the committed folders are never written to.
# Exits 1 when any fuzzer finds a crash, a sanitizer report or a broken invariant, and
# prints where the input that triggered it is.
#
#   scripts/fuzz.sh [SECONDS]
#   RUNGS_FUZZ_BUILD_DIR  build folder (default build/fuzz)
#   RUNGS_FUZZ_WORK_DIR   working corpora, logs, crashing inputs (default BUILD/fuzz-work)
#   RUNGS_FUZZ_TARGETS    which fuzzers (default "csv framework adr")
#   RUNGS_FUZZ_ARGS       more libFuzzer options, such as "-jobs=2" or "-only_ascii=1"
#   JOBS                  parallel compile jobs (default: number of CPUs)
set -eu

seconds="${1:-300}"
case "$seconds" in
    '' | *[!0-9]*) echo "usage: $0 [SECONDS]" >&2; exit 2 ;;
esac

root=$(cd "$(dirname "$0")/.." && pwd)
build="${RUNGS_FUZZ_BUILD_DIR:-$root/build/fuzz}"
work="${RUNGS_FUZZ_WORK_DIR:-$build/fuzz-work}"
targets="${RUNGS_FUZZ_TARGETS:-csv framework adr}"
jobs="${JOBS:-$(nproc 2>/dev/null || echo 2)}"

if ! command -v clang++ >/dev/null 2>&1; then
    echo "error: fuzzing needs clang++ and libFuzzer (Debian: apt-get install clang libclang-rt-14-dev)" >&2
    exit 2
fi

cd "$root"
cmake --preset fuzz -B "$build" >/dev/null
cmake --build "$build" --target rungs_fuzzers -j "$jobs"

# Qt Core only, but keep it from looking for a display or a locale of the machine.
export QT_QPA_PLATFORM=offscreen LC_ALL=C.UTF-8 LANG=C.UTF-8
export ASAN_OPTIONS="${ASAN_OPTIONS:-abort_on_error=1:detect_leaks=1:symbolize=1}"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:-halt_on_error=1:abort_on_error=1:print_stacktrace=1}"

failed=""
for target in $targets; do
    case "$target" in
        csv) max_len=4096 ;;
        framework) max_len=16384 ;;
        adr) max_len=16384 ;;
        *) echo "error: unknown fuzz target '$target'" >&2; exit 2 ;;
    esac
    binary="$build/tests/fuzz/rungs_fuzz_$target"
    dir="$work/$target"
    rm -rf "$dir"
    mkdir -p "$dir/corpus" "$dir/artifacts"
    cp "$root/tests/fuzz/corpus/$target/"* "$dir/corpus/"
    if [ -d "$root/tests/fuzz/regressions/$target" ]; then
        find "$root/tests/fuzz/regressions/$target" -type f -exec cp {} "$dir/corpus/" \;
    fi

    echo "== fuzzing $target for ${seconds}s (log: $dir/fuzz.log)"
    status=0
    # shellcheck disable=SC2086 # RUNGS_FUZZ_ARGS holds several options
    "$binary" "$dir/corpus" \
        -max_total_time="$seconds" -max_len="$max_len" -timeout=25 -rss_limit_mb=2048 \
        -dict="$root/tests/fuzz/$target.dict" -artifact_prefix="$dir/artifacts/" \
        -print_final_stats=1 ${RUNGS_FUZZ_ARGS:-} </dev/null >"$dir/fuzz.log" 2>&1 || status=$?

    # The last status line ("#N DONE cov: … exec/s: …") and the final statistics.
    grep -E '^#[0-9]+[[:space:]]+(DONE|pulse|NEW|REDUCE)' "$dir/fuzz.log" | tail -n 1 || true
    grep -E '^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$dir/fuzz.log" || true

    found=$(find "$dir/artifacts" -type f | sort)
    if [ "$status" -ne 0 ] || [ -n "$found" ]; then
        failed="$failed $target"
        echo "!! $target failed (exit status $status); the end of its log:" >&2
        tail -n 40 "$dir/fuzz.log" >&2
        for input in $found; do
            echo "!! input that fails: $input" >&2
            echo "!!   reproduce: $binary $input" >&2
        done
    fi
done

if [ -n "$failed" ]; then
    echo "fuzzing found problems in:$failed (see tests/fuzz/README.md to turn each into a regression test)" >&2
    exit 1
fi
echo "fuzzing passed: $targets"
