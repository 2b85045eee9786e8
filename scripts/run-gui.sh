#!/bin/sh
# Starts the GUI when a display is available; otherwise explains how to proceed.
set -eu
binary="$1"
shift
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    cat >&2 <<MSG
No display found (neither DISPLAY nor WAYLAND_DISPLAY is set), so the Rungs window
cannot open here. You can:
  - start it in a virtual display:  xvfb-run -a $binary
  - run a command headless:          $binary framework list
                                     $binary checkpoints --level P7
                                     $binary --help
MSG
    exit 1
fi
exec "$binary" "$@"
