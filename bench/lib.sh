# Shared by the benchmark scripts (bash: EPOCHREALTIME times a command without a fork).
#
# compare NAME TARGET PLATFORM RUNGS [PREPARE]
#   runs the shell functions PLATFORM and RUNGS (stdout discarded) RUNS times each,
#   interleaved (platform, Rungs, platform, …) after one untimed warm-up of each; PREPARE,
#   when given, runs untimed before every run. Prints "NAME ratio=X target=Y" with X the
#   median Rungs time over the median platform time, then a line of detail. A ratio over
#   its target is remembered in BENCH_MISSED.

export LC_ALL=C
RUNS=${RUNS:-7}
BENCH_MISSED=${BENCH_MISSED:-}

# Scratch file of elapsed_us; the scripts delete it on exit.
BENCH_TIMES=$(mktemp)

# Microseconds the command given takes as wall-clock time, then the milliseconds of
# processor time (user and system) it used. Run in a subshell ($(…)), whose children's
# time starts at zero, so `times` tells the command's own.
elapsed_us() {
    local start=${EPOCHREALTIME/./} end self children
    "$@" >/dev/null
    end=${EPOCHREALTIME/./}
    times >"$BENCH_TIMES"
    { read -r self; read -r children; } <"$BENCH_TIMES"
    echo "$((end - start)) $(echo "$children" | awk '{
        n = 0
        for (i = 1; i <= 2; ++i) { split($i, t, /[ms]/); n += t[1] * 60000 + t[2] * 1000 }
        printf "%.0f", n }')"
}

# report NAME TARGET UNIT "PLATFORM FIGURES" "RUNGS FIGURES"
report() {
    local name=$1 target=$2 unit=$3 base=$4 ours=$5
    printf '%s\n%s\n' "$base" "$ours" | awk -v name="$name" -v target="$target" \
        -v unit="$unit" '
        function med(a, n,   i, j, t) {
            for (i = 2; i <= n; ++i)
                for (j = i; j > 1 && a[j - 1] > a[j]; --j) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
            return a[int((n + 1) / 2)]
        }
        NR == 1 { nb = split($0, b, " ") }
        NR == 2 { no = split($0, o, " ") }
        END {
            lo = hi = o[1] / b[1]
            for (i = 1; i <= no; ++i) {
                r = o[i] / b[i]
                if (r < lo) lo = r
                if (r > hi) hi = r
            }
            minb = maxb = b[1]; mino = maxo = o[1]
            for (i = 1; i <= nb; ++i) { if (b[i] < minb) minb = b[i]; if (b[i] > maxb) maxb = b[i] }
            for (i = 1; i <= no; ++i) { if (o[i] < mino) mino = o[i]; if (o[i] > maxo) maxo = o[i] }
            mb = med(b, nb); mo = med(o, no)
            ratio = mo / mb
            printf "%s ratio=%.2f target=%s\n", name, ratio, target
            printf "  %s: baseline %.1f %s (%.1f-%.1f), measured %.1f %s (%.1f-%.1f), " \
                "pairwise ratios %.2f-%.2f, %d runs, %s\n", name, mb, unit, minb, maxb,
                mo, unit, mino, maxo, lo, hi, no, (ratio <= target ? "pass" : "MISSED")
            exit ratio <= target ? 0 : 1
        }' || BENCH_MISSED="$BENCH_MISSED $name"
}

compare() {
    local name=$1 target=$2 platform=$3 rungs=$4 prepare=${5:-:}
    local base=() ours=() base_cpu=() ours_cpu=() i wall cpu
    "$prepare"; "$platform" >/dev/null
    "$prepare"; "$rungs" >/dev/null
    for ((i = 0; i < RUNS; ++i)); do
        "$prepare"; read -r wall cpu < <(elapsed_us "$platform")
        base+=("$wall") base_cpu+=("$cpu")
        "$prepare"; read -r wall cpu < <(elapsed_us "$rungs")
        ours+=("$wall") ours_cpu+=("$cpu")
    done
    report "$name" "$target" ms "$(ms "${base[@]}")" "$(ms "${ours[@]}")"
    # Processor time as well: on a busy machine it varies less than wall-clock time.
    printf '%s\n%s\n' "${base_cpu[*]}" "${ours_cpu[*]}" | awk -v name="$name" '
        function med(a, n,   i, j, t) {
            for (i = 2; i <= n; ++i)
                for (j = i; j > 1 && a[j - 1] > a[j]; --j) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
            return a[int((n + 1) / 2)]
        }
        NR == 1 { nb = split($0, b, " ") }
        NR == 2 { no = split($0, o, " ") }
        END {
            mb = med(b, nb); mo = med(o, no)
            printf "  %s: processor time baseline %d ms, measured %d ms, ratio %s\n", name, mb,
                mo, (mb > 0 ? sprintf("%.2f", mo / mb) : "n/a")
        }'
}

# Microseconds given, as milliseconds.
ms() {
    printf '%s\n' "$@" | awk '{ printf "%s%.3f", (NR > 1 ? " " : ""), $1 / 1000 }'
}
