#!/bin/sh
# Starts the real application on the X server given by xvfb-run, waits for its main
# window to be mapped, checks the screen is not blank, and closes it with Ctrl+Q.
set -eu
binary="$1"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export XDG_CONFIG_HOME="$work/config" XDG_DATA_HOME="$work/data"
# Past the first-start welcome, which has tests of its own.
mkdir -p "$work/config/rungs"
printf '[welcome]\ndone=true\n' >"$work/config/rungs/rungs.conf"
unset QT_QPA_PLATFORM

"$binary" --db "$work/rungs.sqlite" &
pid=$!

window=""
for _ in $(seq 1 300); do
    window=$(xdotool search --name '^Rungs$' 2>/dev/null | head -n 1 || true)
    [ -n "$window" ] && break
    sleep 0.1
done
if [ -z "$window" ]; then
    echo "the main window titled 'Rungs' did not appear" >&2
    kill "$pid" 2>/dev/null || true
    exit 1
fi
# A loaded machine may take a while to paint the first frame.
colours=0
for _ in $(seq 1 20); do
    sleep 0.5
    import -window root "$work/shot.png"
    colours=$(convert "$work/shot.png" -format '%k' info:)
    [ "$colours" -ge 50 ] && break
done
if [ "$colours" -lt 50 ]; then
    echo "the screen shows only $colours colours; the window looks empty" >&2
    exit 1
fi

xdotool windowfocus --sync "$window"
xdotool key ctrl+q
for _ in $(seq 1 50); do
    kill -0 "$pid" 2>/dev/null || break
    sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
    echo "the application did not quit on Ctrl+Q" >&2
    kill "$pid"
    exit 1
fi
wait "$pid"
grep -q "^geometry=" "$work/config/rungs/rungs.conf" || { echo "window settings were not saved" >&2; exit 1; }
echo "main window shown ($colours colours) and closed with Ctrl+Q"
