#!/usr/bin/env bash
# Prove the Windows installer under Wine, in a fresh Wine prefix (after build.sh):
#
#   bash packaging/windows/selftest.sh [installer.exe]
#
#  1. silent per-user install (/S /DESKTOP): program in %LOCALAPPDATA%\Programs, Start-menu
#     and desktop shortcuts, nothing needing administrator rights;
#  2. the installed `maturity.exe self-test` and `maturity-desktop.exe --self-test` pass, and
#     the database lands in %LOCALAPPDATA%\BalikesirBB\AkilliSehirOlgunluk;
#  3. the installed desktop app starts offscreen, opens an assessment and saves its window to
#     docs/screenshots/windows-main-window.png;
#  4. Windows-only behaviour (packaging/windows/windows_checks.sh): Turkish letters and spaces
#     in paths, a path longer than 260 characters, a workbook locked by another program;
#  5. installing over a running copy stops (exit code 3); installing again upgrades in place;
#     the uninstaller removes the program and its shortcuts and leaves the user's data;
#  6. bundle and installer sizes against their budgets (150 MiB, 60 MiB).
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. packaging/windows/wine_env.sh

VERSION=$(python3 packaging/windows/version.py)
SETUP=${1:-dist/windows/AkilliSehirOlgunluk-$VERSION-kurulum.exe}
BUNDLE=dist/windows/AkilliSehirOlgunluk
SCREENSHOT=${SCREENSHOT:-docs/screenshots/windows-main-window.png}
export WINEPREFIX=$(wine_prefixes)/selftest
BUNDLE_BUDGET_MIB=150
SETUP_BUDGET_MIB=60

started=$(date +%s)
passed=0
ok() { passed=$((passed + 1)); echo "OK   $1"; }
fail() { echo "FAIL $1" >&2; exit 1; }
step() { echo "== $1 ($(( $(date +%s) - started )) s)"; }

[ -f "$SETUP" ] || fail "no installer at $SETUP (run: make package-windows)"
ensure_windows_tools

step "fresh Wine prefix"
new_prefix "$WINEPREFIX"
add_wine_shims
LOCALAPPDATA=$(winepath -u "$(win cmd /c echo %LOCALAPPDATA% | tr -d '\r')")
APPDATA=$(winepath -u "$(win cmd /c echo %APPDATA% | tr -d '\r')")
INSTALLED=$LOCALAPPDATA/Programs/AkilliSehirOlgunluk
DATA=$LOCALAPPDATA/BalikesirBB/AkilliSehirOlgunluk
START_MENU=$APPDATA/Microsoft/Windows/Start\ Menu/Programs
mkdir -p "$DATA"
echo "the user's own file" > "$DATA/keep-me.txt"
cli() { win "$INSTALLED/maturity.exe" "$@"; }
desktop() { win "$INSTALLED/maturity-desktop.exe" "$@"; }

step "silent install"
win "$SETUP" /S /DESKTOP
wineserver -w
[ -f "$INSTALLED/maturity-desktop.exe" ] && [ -f "$INSTALLED/maturity.exe" ] \
    || fail "not installed in $INSTALLED"
[ -f "$INSTALLED/uninstall.exe" ] || fail "no uninstaller in $INSTALLED"
ok "installed per user in %LOCALAPPDATA%\\Programs\\AkilliSehirOlgunluk"
menu_links=$(find "$START_MENU" -name '*.lnk' | wc -l)
[ "$menu_links" -ge 2 ] || fail "Start-menu shortcuts missing ($menu_links found)"
ok "Start-menu shortcuts: $(find "$START_MENU" -name '*.lnk' -printf '%P; ')"
desktop_dir=$(winepath -u "$(win cmd /c echo %USERPROFILE% | tr -d '\r')")/Desktop
ls "$desktop_dir"/*.lnk >/dev/null 2>&1 || fail "/DESKTOP made no desktop shortcut"
ok "desktop shortcut (/DESKTOP)"

step "installed self-tests"
cli --version
cli self-test || fail "maturity.exe self-test"
ok "maturity.exe self-test"
# Under Wine the windowed program has our console; on Windows it writes logs\self-test.log.
desktop --self-test -platform offscreen || {
    cat "$DATA/logs/self-test.log" 2>/dev/null || true
    fail "maturity-desktop.exe --self-test"
}
ok "maturity-desktop.exe --self-test (offscreen)"

step "desktop app: main window, an assessment, screenshot"
shot_dir=$(mktemp -d)
desktop --screenshot "$(winpath "$shot_dir/main.png")" --lang tr -platform offscreen \
    || { tail -20 "$DATA/logs/app.log" 2>/dev/null || true; fail "the screenshot run"; }
[ -s "$shot_dir/main.png" ] || fail "no screenshot written"
[ -f "$DATA/olgunluk.sqlite3" ] || fail "no database in %LOCALAPPDATA%\\BalikesirBB\\AkilliSehirOlgunluk"
mkdir -p "$(dirname "$SCREENSHOT")"
cp "$shot_dir/main.png" "$SCREENSHOT"
rm -rf "$shot_dir"
ok "main window with an open assessment: $SCREENSHOT; database in %LOCALAPPDATA%"

step "Windows-only behaviour"
. packaging/windows/windows_checks.sh
windows_checks

step "upgrade while the app is open, upgrade in place, uninstall"
# A running copy locks its files (Wine enforces it too): the installer must stop, exit code 3,
# and leave the installed program whole.
running_log=$(mktemp)
wine "$INSTALLED/maturity-desktop.exe" -platform offscreen --db 'C:\running.sqlite3' \
    </dev/null > >(cat >"$running_log") 2>&1 &
app_pid=$!
waited=0
until [ -f "$(winepath -u 'C:\running.sqlite3')" ]; do
    sleep 0.5
    waited=$((waited + 1))
    [ $waited -lt 240 ] || { cat "$running_log"; fail "the app did not start"; }
done
code=0
win "$SETUP" /S || code=$?
kill "$app_pid" 2>/dev/null || true
wait "$app_pid" 2>/dev/null || true
wineserver -w
rm -f "$running_log"
[ "$code" -eq 3 ] || fail "installing over the running app: exit code $code, expected 3"
[ -f "$INSTALLED/maturity-desktop.exe" ] && [ -f "$INSTALLED/maturity.exe" ] \
    && [ -d "$INSTALLED/_internal" ] || fail "the refused upgrade damaged the installed program"
ok "installing while the app runs stops with exit code 3 and changes nothing"
win "$SETUP" /S
wineserver -w
[ -f "$INSTALLED/maturity.exe" ] || fail "reinstalling removed the program"
[ -f "$DATA/olgunluk.sqlite3" ] && [ -f "$DATA/keep-me.txt" ] || fail "reinstalling lost data"
cli assessments list >/dev/null || fail "the upgraded program does not run"
ok "installing again upgrades in place (same folder, data kept)"
win "$INSTALLED/uninstall.exe" /S
wineserver -w  # the uninstaller runs a copy of itself from %TEMP%: wait for it
[ ! -e "$INSTALLED/maturity-desktop.exe" ] && [ ! -e "$INSTALLED/_internal" ] \
    || fail "the uninstaller left the program"
[ ! -e "$INSTALLED" ] || fail "the uninstaller left $INSTALLED: $(ls -A "$INSTALLED")"
[ "$(find "$START_MENU" -name '*.lnk' | wc -l)" -eq 0 ] || fail "Start-menu shortcuts left"
! ls "$desktop_dir"/*.lnk >/dev/null 2>&1 || fail "desktop shortcut left"
[ -f "$DATA/keep-me.txt" ] && [ -f "$DATA/olgunluk.sqlite3" ] && [ -d "$DATA/backups" ] \
    || fail "the uninstaller touched the user's data folder"
ok "uninstalled: program and shortcuts gone, the data folder kept"

step "sizes"
bundle_mib=$(du -sb "$BUNDLE" | awk '{printf "%.1f", $1 / 1048576}')
setup_mib=$(stat -c %s "$SETUP" | awk '{printf "%.1f", $1 / 1048576}')
echo "bundle $BUNDLE: $bundle_mib MiB (budget $BUNDLE_BUDGET_MIB)"
echo "installer $SETUP: $setup_mib MiB (budget $SETUP_BUDGET_MIB)"
under() { awk -v a="$1" -v b="$2" 'BEGIN { exit !(a < b) }'; }
under "$bundle_mib" "$BUNDLE_BUDGET_MIB" || fail "bundle over budget"
under "$setup_mib" "$SETUP_BUDGET_MIB" || fail "installer over budget"
ok "sizes within budget"

wineserver -k 2>/dev/null || true
echo "Windows self-test under Wine: $passed passed, 0 failed ($(( $(date +%s) - started )) s)"
