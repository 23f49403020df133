"""The helpers around the build: ICU data trimming, stripping, the size report (the Windows
installer: test_windows.py)."""

from __future__ import annotations

import importlib.util
import shutil
import struct
from pathlib import Path, PurePosixPath

import pytest

ROOT = Path(__file__).resolve().parents[2]


def common_data(items: dict[str, bytes]) -> bytes:
    """A minimal ICU common-data package, laid out as ICU's own tools write one."""
    info = struct.pack(
        "<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", b"\x01\x00\x00\x00", b"\x03\x00\x00\x00"
    )
    header = struct.pack("<H2s", 32, b"\xda\x27") + info
    header += b"\0" * (32 - len(header))
    names = sorted(items)
    table_size = 4 + 8 * len(names)
    name_bytes = b"".join(n.encode() + b"\0" for n in names)
    data_start = table_size + len(name_bytes)
    data_start += -data_start % 16
    table, body, offset = struct.pack("<I", len(names)), b"", table_size
    for name in names:
        table += struct.pack("<II", offset, data_start + len(body))
        offset += len(name) + 1
        body += items[name] + b"\0" * (-len(items[name]) % 16)
    return header + table + name_bytes + b"\0" * (data_start - table_size - len(name_bytes)) + body


ITEMS = {
    "icudt73l/coll/de.res": b"german collation",
    "icudt73l/coll/tr.res": b"turkish collation",
    "icudt73l/coll/ucadata.icu": b"base collation",
    "icudt73l/en_GB.res": b"british",
    "icudt73l/fr.res": b"french",
    "icudt73l/root.res": b"root",
    "icudt73l/zoneinfo64.res": b"zones",
    "icudt73l/ibm-943_P15A-2003.cnv": b"shift-jis",
    "icudt73l/ibm-5350_P100-1998.cnv": b"windows-1254",
    "icudt73l/brkitr/thaidict.dict": b"thai",
    "icudt73l/translit/root.res": b"translit",
}


def test_icu_items_kept_are_the_app_languages_and_shared_data(icu_data):
    kept = sorted(name for name in ITEMS if icu_data.keep_item(name))
    assert kept == [
        "icudt73l/coll/tr.res",
        "icudt73l/coll/ucadata.icu",
        "icudt73l/en_GB.res",
        "icudt73l/ibm-5350_P100-1998.cnv",
        "icudt73l/root.res",
        "icudt73l/zoneinfo64.res",
    ]
    assert not icu_data.keep_item("icudt73l/coll/de__PHONEBOOK.res")
    assert icu_data.keep_item("icudt73l/res_index.res") and icu_data.keep_item("icudt73l/pool.res")


def test_icu_package_round_trips_and_filters(icu_data):
    header, items = icu_data.read_package(common_data(ITEMS))
    assert [(name, body.rstrip(b"\0")) for name, body in items] == sorted(ITEMS.items())
    smaller = icu_data.write_package(header, [(n, b) for n, b in items if icu_data.keep_item(n)])
    header2, items2 = icu_data.read_package(smaller)
    assert header2 == header
    assert {name: body.rstrip(b"\0") for name, body in items2} == {
        name: body for name, body in ITEMS.items() if icu_data.keep_item(name)
    }
    # ICU binary-searches the table and reads items at 16-byte boundaries.
    assert [name for name, _ in items2] == sorted(name for name, _ in items2)
    assert all(
        struct.unpack_from("<II", smaller, len(header) + 4 + 8 * i)[1] % 16 == 0
        for i in range(len(items2))
    )


def test_icu_rejects_what_is_not_a_package(icu_data):
    with pytest.raises(ValueError, match="not an ICU common data package"):
        icu_data.read_package(b"\x20\x00\x00\x00" + b"\0" * 60)


def pyside_icu() -> Path | None:
    spec = importlib.util.find_spec("PySide6")
    folder = Path(spec.origin).parent / "Qt" / "lib" if spec and spec.origin else None
    return next(iter(sorted(folder.glob("libicudata.so.*"))), None) if folder else None


PYSIDE_ICU = pyside_icu()


@pytest.mark.skipif(
    PYSIDE_ICU is None or shutil.which("gcc") is None or shutil.which("nm") is None,
    reason="needs PySide6's Linux ICU, gcc and nm",
)
def test_trimmed_icu_library_exports_the_same_symbol_with_less_data(icu_data, tmp_path):
    trimmed = icu_data.trimmed_library(PYSIDE_ICU, tmp_path)
    symbol, offset, size = icu_data._symbol(trimmed)
    original_symbol, _, original_size = icu_data._symbol(PYSIDE_ICU)
    assert symbol == original_symbol and trimmed.name == PYSIDE_ICU.name
    assert size < original_size / 3
    with trimmed.open("rb") as f:
        f.seek(offset)
        _, items = icu_data.read_package(f.read(size))
    names = {name.split("/", 1)[1] for name, _ in items}
    assert {"coll/tr.res", "coll/root.res", "tr.res", "en.res", "nfkc.nrm"} <= names
    assert "coll/zh.res" not in names


def test_only_libraries_outside_auditwheel_folders_are_stripped(strip_binaries):
    assert strip_binaries.vendored_by_auditwheel(
        PurePosixPath("/v/site-packages/numpy.libs/libopenblas.so")
    )
    assert not strip_binaries.vendored_by_auditwheel(
        PurePosixPath("/v/site-packages/numpy/_core/_umath.so")
    )
    assert not strip_binaries.vendored_by_auditwheel(PurePosixPath("/usr/lib/libpython3.11.so.1.0"))


def test_bundle_size_report_counts_files_once_and_warns_over_budget(bundle_size, tmp_path):
    (tmp_path / "_internal" / "PySide6" / "Qt" / "lib").mkdir(parents=True)
    (tmp_path / "_internal" / "PySide6" / "Qt" / "lib" / "libQt6Gui.so.6").write_bytes(
        b"x" * 3 * 1024 * 1024
    )
    (tmp_path / "maturity").write_bytes(b"x" * 1024 * 1024)
    (tmp_path / "_internal" / "libQt6Gui.so.6").symlink_to("PySide6/Qt/lib/libQt6Gui.so.6")
    sizes = bundle_size.file_sizes(tmp_path)
    assert sum(sizes.values()) == 4 * 1024 * 1024
    assert bundle_size.space_users(sizes) == {
        "_internal/PySide6/Qt/": 3 * 1024 * 1024,
        "maturity": 1024 * 1024,
    }
    assert "WARNING" not in bundle_size.report(tmp_path, budget_mib=5)
    text = bundle_size.report(tmp_path, top=1, budget_mib=3.5)
    assert text.splitlines()[0].endswith("4.0 MiB (4.2 MB) in 2 files")
    assert "WARNING: 4.0 MiB is over the 3.5 MiB budget" in text
