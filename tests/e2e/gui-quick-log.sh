#!/bin/sh
# On a real X server: Ctrl+L, delta_resilience, Tab, 4, Enter must store the entry for
# today; Ctrl+Z must remove it and Ctrl+Shift+Z bring it back, as seen by the command
# line reading the same file while the window is open.
set -eu
binary="$1"
work=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
# Past the first-start welcome, which has tests of its own.
mkdir -p "$work/config/rungs"
printf '[welcome]\ndone=true\n' >"$work/config/rungs/rungs.conf"
unset QT_QPA_PLATFORM
db="$work/rungs.sqlite"
today=$(date +%F)

"$binary" --db "$db" &
pid=$!

window=""
for _ in $(seq 1 300); do
    window=$(xdotool search --onlyvisible --name '^Rungs$' 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.1
done
[ -n "$window" ] || { echo "the main window did not appear" >&2; exit 1; }
sleep 0.5
xdotool windowfocus --sync "$window"

# Waits until `rungs entries --format csv` prints exactly the expected text.
expect_entries() {
    for _ in $(seq 1 150); do
        actual=$("$binary" --db "$db" entries --format csv)
        [ "$actual" = "$1" ] && return 0
        sleep 0.1
    done
    printf 'after %s the entries are:\n%s\nexpected:\n%s\n' "$2" "$actual" "$1" >&2
    exit 1
}

header="date,metric,value,note,evidence"
row="$today,delta_resilience,4,,"

xdotool key ctrl+l
dialog=""
for _ in $(seq 1 150); do
    dialog=$(xdotool search --onlyvisible --name '^Log a Figure$' 2>/dev/null | head -n 1 || true)
    [ -n "$dialog" ] && break
    sleep 0.1
done
[ -n "$dialog" ] || { echo "the quick log did not appear" >&2; exit 1; }
# A slow build (sanitizers, a busy machine) may show the dialog before it takes keys.
sleep 0.5
xdotool type --delay 20 delta_resilience
xdotool key Tab
xdotool type 4
xdotool key Return
expect_entries "$header
$row" "Ctrl+L delta_resilience Tab 4 Enter"

xdotool key ctrl+z
expect_entries "$header" "Ctrl+Z"

xdotool key ctrl+shift+z
expect_entries "$header
$row" "Ctrl+Shift+Z"

xdotool key ctrl+q
wait "$pid"
echo "quick log stored, undid and redid $row"
