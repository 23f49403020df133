# Windows-only behaviour of the installed program, checked under Wine (sourced by selftest.sh,
# which defines win, cli, ok, fail, $WINEPREFIX and $ROOT):
#  - folders and files with Turkish letters and spaces (demo workbooks, merge, import, report);
#  - a folder deeper than Windows' classic 260-character limit;
#  - a workbook another program holds open without sharing (as Excel can): the merge names it
#    and merges the rest;
#  - the database on a mapped network drive (N:, a drive Wine reports as DRIVE_REMOTE, as
#    Windows does for a mapped share): every command warns, and the data is still stored;
#  - Turkish sorting does not depend on the system's collation (Wine's puts "Işık" after "iç").
# What Wine cannot show (the long-path registry switch, Excel's own locking, a real SMB server's
# locks) is on the checklist in docs/it-guide.md.

# Windows' C:\ of the prefix, as a Unix path.
_c_drive() { echo "$WINEPREFIX/drive_c"; }

_turkish_paths() {
    local unix="$(_c_drive)/Kullanıcı Verileri/Ayşe Öztürk/Birim Çalışma Dosyaları ĞÜŞİÖÇ ığüşöç"
    local dir='C:\Kullanıcı Verileri\Ayşe Öztürk\Birim Çalışma Dosyaları ĞÜŞİÖÇ ığüşöç'
    mkdir -p "$unix"
    cli demo --units 3 --round 2026 --out "$dir\\gelen" >/dev/null || fail "demo, Turkish path"
    # Each check has its own database: the default one already holds the screenshot's unit.
    cli --db "$dir\\birleştirme ş.sqlite3" merge "$dir\\gelen" --out "$dir\\Birleşik Sonuç.xlsx" \
        >/dev/null || fail "merge in a Turkish path"
    [ -s "$unix/Birleşik Sonuç.xlsx" ] || fail "no consolidated workbook in the Turkish path"
    local first
    first=$(find "$unix/gelen" -name '*.xlsx' | sort | head -1)
    cli --db "$dir\\Veri Tabanı ş.sqlite3" import "$(winpath "$first")" >/dev/null \
        || fail "import from a Turkish path"
    local listed
    listed=$(cli --db "$dir\\Veri Tabanı ş.sqlite3" assessments list)
    echo "$listed" | grep -q "2026" || fail "the imported assessment is not listed: $listed"
    ok "Turkish letters and spaces in folder and file names (demo, merge, import, list)"
}

_long_path() {
    local segment="Akıllı Şehir Olgunluk Değerlendirme Klasörü"  # 43 characters
    local dir='C:\uzun'
    local i
    for i in 1 2 3 4 5 6 7; do dir="$dir\\$segment $i"; done
    mkdir -p "$(winepath -u "$dir")"
    [ ${#dir} -gt 260 ] || fail "the long test path is only ${#dir} characters"
    cli demo --units 2 --round 2026 --out "$dir" >/dev/null || fail "demo into a long path"
    # The database lies in the merged folder: the merge leaves its own files unread.
    local out
    out=$(cli --db "$dir\\olgunluk.sqlite3" merge "$dir" --out "$dir\\birlesik.xlsx" 2>&1) \
        || fail "merge in a long path: $out"
    [ -s "$(winepath -u "$dir")/birlesik.xlsx" ] || fail "no workbook in the long path"
    ok "a folder path of ${#dir} characters (over the classic 260)"
}

# Holds a file open with no sharing (share mode 0) until a stop file appears; the embeddable
# Python of the build runs it (the selftest prefix has no Python of its own).
_LOCKER='
import ctypes, os, sys, time
kernel32 = ctypes.windll.kernel32
kernel32.CreateFileW.restype = ctypes.c_void_p
handle = kernel32.CreateFileW(sys.argv[1], 0x80000000, 0, None, 3, 0x80, None)
if handle in (None, ctypes.c_void_p(-1).value):
    sys.exit("cannot open " + sys.argv[1])
open(sys.argv[2], "w").close()
while not os.path.exists(sys.argv[3]):
    time.sleep(0.2)
kernel32.CloseHandle(ctypes.c_void_p(handle))
'

_locked_workbook() {
    local unix="$(_c_drive)/kilitli"
    local dir='C:\kilitli'
    rm -rf "$unix"
    mkdir -p "$unix"
    cli demo --units 3 --round 2026 --out "$dir\\gelen" >/dev/null || fail "demo for the lock test"
    # An ASCII name: redirected output on English Windows (and Wine) shows "?" for "ı", "ş".
    local locked="$unix/gelen/kilitli-birim.xlsx"
    mv "$(find "$unix/gelen" -name '*.xlsx' | sort | head -1)" "$locked"
    printf '%s' "$_LOCKER" > "$unix/locker.py"
    wine "$ROOT/build/windows/python/python.exe" "$(winpath "$unix/locker.py")" \
        "$(winpath "$locked")" "$dir\\locked.flag" "$dir\\stop.flag" </dev/null >/dev/null 2>&1 &
    local waited=0
    until [ -f "$unix/locked.flag" ]; do
        sleep 0.5
        waited=$((waited + 1))
        [ $waited -lt 120 ] || fail "the locking program did not start"
    done
    local out code=0
    out=$(cli --db "$dir\\olgunluk.sqlite3" merge "$dir\\gelen" --out "$dir\\birlesik.xlsx") \
        || code=$?
    touch "$unix/stop.flag"
    wait
    [ "$code" -eq 1 ] || fail "merge with a locked workbook: exit code $code, expected 1: $out"
    echo "$out" | grep -q "$(basename "$locked")" || fail "the locked file is not named: $out"
    [ -s "$unix/birlesik.xlsx" ] || fail "the merge did not go on past the locked workbook"
    echo "$out" | grep -A1 "$(basename "$locked")" | sed 's/^/     /'
    ok "a workbook held open by another program: named ($(basename "$locked")), the rest merged"
}

# N: mapped to a folder and marked as a network drive in Wine's registry: GetDriveTypeW then
# answers DRIVE_REMOTE, which is what the store asks on Windows.
_network_drive() {
    local share="$(_c_drive)/../ag-paylasimi"
    mkdir -p "$share"
    ln -sfn "$(realpath "$share")" "$WINEPREFIX/dosdevices/n:"
    wine reg add 'HKLM\Software\Wine\Drives' /v 'n:' /t REG_SZ /d network /f \
        </dev/null >/dev/null 2>&1
    wineserver -w
    local out
    out=$(cli --lang en --db 'N:\olgunluk.sqlite3' units add "Network Unit" 2>&1) \
        || fail "units add with the database on N:: $out"
    echo "$out" | grep -q "on a mapped network drive" \
        || fail "no network-drive warning for N:: $out"
    cli --lang en --db 'N:\olgunluk.sqlite3' units list 2>/dev/null | grep -q "Network Unit" \
        || fail "the unit stored on N: is not read back"
    [ -s "$share/olgunluk.sqlite3" ] || fail "no database file on the share"
    echo "$out" | grep "network drive" | sed 's/^/     /'
    ok "the database on a mapped network drive (N:): warned, stored, read back"
}

# Each name ends in its place in Turkish order: redirected output shows "?" for ı and ş on
# English Windows, the digits survive. Wine's own collation would give another order.
_turkish_sorting() {
    local db='C:\sirala.sqlite3' name
    for name in "İmar 4" "Işık 2" "iç 3" "ılık 1" "Çevre 0" "Zabıta 5"; do
        cli --db "$db" units add "$name" >/dev/null 2>&1 || fail "units add $name"
    done
    local order
    order=$(cli --db "$db" units list 2>/dev/null | tr -d '\r' | grep -o '[0-9]$' | tr -d '\n')
    [ "$order" = "012345" ] || fail "units listed in the order $order, Turkish order is 012345"
    ok "Turkish sorting (Çevre, ılık, Işık, iç, İmar, Zabıta) under Wine's non-Turkish collation"
}

windows_checks() {
    _turkish_paths
    _long_path
    _locked_workbook
    _network_drive
    _turkish_sorting
}
