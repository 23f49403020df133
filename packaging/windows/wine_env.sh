# Shared by packaging/windows/build.sh and selftest.sh (sourced, not run): the Debian tools,
# the Wine settings and a wrapper that runs a Windows program under Wine.

# Quiet Wine, no Mono/Gecko download prompts (the app needs neither .NET nor a browser).
export WINEDEBUG=-all
export WINEDLLOVERRIDES="mscoree,mshtml="
export WINEARCH=win64

# Wine prefixes live outside the source tree: a prefix's dosdevices/z: links to /, and
# setuptools (pip install -e .) and other tree walkers follow links. One folder per checkout.
wine_prefixes() {
    local base=${MATURITY_WINE_DIR:-${TMPDIR:-/tmp}/maturity-wine-$(id -u)}
    echo "$base/$(printf '%s' "$ROOT" | sha256sum | cut -c1-12)"
}

# wine (Wine 8 in Debian 12), makensis, and the MinGW linker for the Wine shim: installed
# when missing (CI runs as root).
ensure_windows_tools() {
    local missing=()
    command -v wine >/dev/null || missing+=(wine wine64)
    command -v makensis >/dev/null || missing+=(nsis)
    command -v x86_64-w64-mingw32-ld >/dev/null || missing+=(binutils-mingw-w64-x86-64)
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "installing ${missing[*]} (apt-get)"
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends "${missing[@]}" >/dev/null 2>&1 || {
        apt-get update -qq
        apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
    }
}

# A fresh Wine prefix in $1 (64-bit); waits until its set-up has finished.
new_prefix() {
    rm -rf "$1"
    mkdir -p "$(dirname "$1")"
    WINEPREFIX="$1" wineboot -i </dev/null >/dev/null 2>&1
    WINEPREFIX="$1" wineserver -w
}

# Run a Windows program in prefix $WINEPREFIX, its output on ours, its exit code returned.
# Wine's console needs real handles: stdin from /dev/null, stdout and stderr through a pipe
# (a regular file as stdout makes Python's start-up fail with "invalid handle").
win() {
    wine "$@" </dev/null 2>&1 | cat
    return "${PIPESTATUS[0]}"
}

# The Windows path of a Unix path (Wine maps / to Z:).
winpath() {
    winepath -w "$1" 2>/dev/null
}

# Windows 8 and later have bcryptprimitives.dll, Wine 8 has none: a forwarding stand-in
# (packaging/windows/wine-shims/bcryptprimitives.def) goes into the prefix's system32, never
# into the bundle.
add_wine_shims() {
    local out=$ROOT/build/windows/shims
    mkdir -p "$out"
    echo "" | x86_64-w64-mingw32-as -o "$out/empty.o"
    x86_64-w64-mingw32-ld --shared -e 0 -o "$out/bcryptprimitives.dll" "$out/empty.o" \
        "$ROOT/packaging/windows/wine-shims/bcryptprimitives.def"
    cp "$out/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/"
}
