#!/usr/bin/env bash
# Start the built bundle under Xvfb, with a throw-away data folder, and save a screenshot of
# the whole (virtual) screen: proof that the frozen app starts and shows its main window.
#
#   bash packaging/frozen_screenshot.sh [output.png]   (default docs/screenshots/frozen-main-window.png)
#
# Needs xvfb-run and ImageMagick's `import` (Debian: apt-get install xvfb imagemagick).
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-docs/screenshots/frozen-main-window.png}"
bundle=dist/AkilliSehirOlgunluk
mkdir -p "$(dirname "$out")"
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
out_abs="$(cd "$(dirname "$out")" && pwd)/$(basename "$out")"

xvfb-run --auto-servernum --server-args="-screen 0 1366x768x24" bash -c '
    env XDG_DATA_HOME="$1/data" XDG_CACHE_HOME="$1/cache" XDG_CONFIG_HOME="$1/config" \
        MATURITY_LANG=tr "$2/maturity-desktop" > "$1/app.log" 2>&1 &
    app=$!
    sleep "${SCREENSHOT_DELAY:-6}"
    if ! kill -0 "$app" 2>/dev/null; then
        echo "the frozen app exited early:"; cat "$1/app.log"; exit 1
    fi
    import -window root "$3"
    kill "$app"; wait "$app" 2>/dev/null || true
' _ "$scratch" "$bundle" "$out_abs"
echo "screenshot: $out"
