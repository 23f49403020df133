#!/usr/bin/env bash
# Build the one-folder bundle, run its self-test, print its size (`make package` runs this).
#
#   bash packaging/build.sh          -> dist/AkilliSehirOlgunluk/
#
# Uses .venv (created if missing) with the project and its "build" extra (PyInstaller).
# The same build.spec serves Windows and macOS; on Windows the installer is built from the
# folder by packaging/windows/installer.iss (see .github/workflows/windows-installer.yml).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=.venv
BUNDLE=dist/AkilliSehirOlgunluk

if [ ! -x "$VENV/bin/python" ]; then
    "$PYTHON" -m venv "$VENV"
    "$VENV/bin/python" -m pip install --quiet --upgrade pip
fi
pip_log=$(mktemp)
"$VENV/bin/python" -m pip install --quiet -e '.[build]' 2>"$pip_log" || { cat "$pip_log"; exit 1; }
rm -f "$pip_log"

# The .qm files are build products (not in git): compile them before PyInstaller collects them.
"$VENV/bin/python" tools/translations.py build

started=$(date +%s)
"$VENV/bin/pyinstaller" --noconfirm --log-level WARN build.spec
echo "PyInstaller build: $(( $(date +%s) - started )) s"

# The frozen app proves it has everything: questionnaire, database, chart, Excel, PDF.
# Offscreen, with a throw-away data folder: it never touches the user's own data.
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
env QT_QPA_PLATFORM=offscreen XDG_DATA_HOME="$scratch/data" XDG_CACHE_HOME="$scratch/cache" \
    XDG_CONFIG_HOME="$scratch/config" "$BUNDLE/maturity-desktop" --self-test
"$BUNDLE/maturity" --version

"$VENV/bin/python" packaging/bundle_size.py "$BUNDLE" --top 15
