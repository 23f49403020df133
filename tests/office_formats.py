"""Workbooks in the formats units' office programs write, made from the project's own files.

- ``LibreOffice``: headless soffice in a private profile (parallel runs never share one), under
  ``TZ=Europe/Istanbul`` like the units' machines: .ods, .xls (Excel 97), .xlsm, .xlsx.
- ``write_xlsb``: an Excel binary workbook (.xlsb) of the same cells, sheet names and hidden
  sheets as a given workbook. LibreOffice reads .xlsb but cannot write it, so these few BIFF12
  records (MS-XLSB) are written here.
- ``write_compound``: a compound file (CFB, "OLE2") holding given streams: what Excel writes
  for a password-protected workbook (EncryptionInfo + EncryptedPackage), an .xls whose streams
  were edited, an Excel 5.0/95 book, a Word .doc.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import zipfile
from datetime import datetime
from pathlib import Path

import pytest

SOFFICE = shutil.which("soffice")
needs_soffice = pytest.mark.skipif(
    SOFFICE is None,
    reason="LibreOffice (soffice) is not installed: the .ods/.xls/.xlsm files it writes "
    "cannot be made here",
)

FILTERS = {
    "ods": "ods",
    "xls": "xls:MS Excel 97",
    "xlsm": "xlsm:Calc MS Excel 2007 VBA XML",
    "xlsx": "xlsx:Calc MS Excel 2007 XML",
    "pdf": "pdf:calc_pdf_Export",
}


class LibreOffice:
    def __init__(self, profile: Path):
        self.profile = profile

    def convert(self, source: Path, fmt: str, folder: Path, name: str | None = None) -> Path:
        """``source`` saved by LibreOffice as ``fmt`` into ``folder`` (renamed to ``name``)."""
        out = folder / f"_soffice_{fmt}"
        out.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, TZ="Europe/Istanbul")
        command = [
            SOFFICE,
            f"-env:UserInstallation={self.profile.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            FILTERS[fmt],
            "--outdir",
            str(out),
            str(source),
        ]
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
        made = out / f"{source.stem}.{fmt}"
        assert made.exists(), (done.returncode, done.stdout, done.stderr)
        target = folder / (name or made.name)
        made.replace(target)
        out.rmdir()
        return target


# -- .xlsb -----------------------------------------------------------------------------------


def _varint(value: int, most: int) -> bytes:
    out = bytearray()
    for _ in range(most):
        byte = value & 0x7F
        value >>= 7
        out.append(byte | (0x80 if value else 0))
        if not value:
            break
    return bytes(out)


def record(kind: int, body: bytes = b"") -> bytes:
    """One BIFF12 record: its type (1-2 bytes) and size (1-4 bytes), 7 bits a byte."""
    return _varint(kind, 2) + _varint(len(body), 4) + body


def _wide(text: str) -> bytes:
    return struct.pack("<I", len(text)) + text.encode("utf-16-le")


def _cell(col: int, value) -> bytes:
    head = struct.pack("<II", col, 0)  # column, style 0
    if isinstance(value, bool):
        return record(0x0004, head + bytes([value]))  # BrtCellBool
    if isinstance(value, int | float):
        return record(0x0005, head + struct.pack("<d", float(value)))  # BrtCellReal
    if isinstance(value, datetime):
        serial = (value - datetime(1899, 12, 30)).total_seconds() / 86400
        return record(0x0005, head + struct.pack("<d", serial))
    return record(0x0006, head + _wide(str(value)))  # BrtCellSt


def sheet_bin(rows: list[list], extra: bytes = b"") -> bytes:
    """A worksheet part: the dimension, every non-empty cell, ``extra`` records at the end of
    the sheet data (a formula, a merged range...)."""
    width = max((len(r) for r in rows), default=1)
    parts = [
        record(0x0081),  # BrtBeginSheet
        record(0x0094, struct.pack("<IIII", 0, max(len(rows) - 1, 0), 0, width - 1)),
        record(0x0091),  # BrtBeginSheetData
    ]
    for number, row in enumerate(rows):
        cells = [_cell(c, v) for c, v in enumerate(row) if v not in ("", None)]
        if cells:
            parts.append(record(0x0000, struct.pack("<IIHBBI", number, 0, 300, 0, 0, 0)))
            parts.extend(cells)
    parts += [extra, record(0x0092), record(0x0082)]  # BrtEndSheetData, BrtEndSheet
    return b"".join(parts)


CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="bin" '
    'ContentType="application/vnd.ms-excel.sheet.binary.macroEnabled.main"/>'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    "{overrides}"
    '<Override PartName="/docProps/core.xml" '
    'ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)
SHEET_TYPE = "application/vnd.ms-excel.worksheet"
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    "{items}</Relationships>"
)
OFFICE_DOC = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument"
CORE = "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties"
WORKSHEET = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet"


def write_xlsb(source: Path, target: Path, extra: dict[str, bytes] | None = None) -> Path:
    """``source`` (any workbook calamine reads) as an .xlsb: every sheet's cells, names and
    visibility, and its docProps/core.xml (when it has one). ``extra``: sheet name -> records
    to add to that sheet."""
    from python_calamine import CalamineWorkbook, SheetVisibleEnum

    book = CalamineWorkbook.from_path(str(source))
    states = (SheetVisibleEnum.Visible, SheetVisibleEnum.Hidden, SheetVisibleEnum.VeryHidden)
    sheets, bundles, overrides, rels = {}, [], [], []
    for index, meta in enumerate(book.sheets_metadata, start=1):
        rows = book.get_sheet_by_name(meta.name).to_python()
        part = f"xl/worksheets/sheet{index}.bin"
        sheets[part] = sheet_bin(rows, (extra or {}).get(meta.name, b""))
        head = struct.pack("<II", states.index(meta.visible), index)
        bundles.append(record(0x009C, head + _wide(f"rId{index}") + _wide(meta.name)))
        overrides.append(f'<Override PartName="/{part}" ContentType="{SHEET_TYPE}"/>')
        rels.append(
            f'<Relationship Id="rId{index}" Type="{WORKSHEET}" '
            f'Target="worksheets/sheet{index}.bin"/>'
        )
    workbook = b"".join([record(0x0083), record(0x008F), *bundles, record(0x0090), record(0x0084)])
    core = _core_properties(source)
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as out:
        out.writestr("[Content_Types].xml", CONTENT_TYPES.format(overrides="".join(overrides)))
        package = [f'<Relationship Id="rId1" Type="{OFFICE_DOC}" Target="xl/workbook.bin"/>']
        if core:
            package.append(f'<Relationship Id="rId2" Type="{CORE}" Target="docProps/core.xml"/>')
            out.writestr("docProps/core.xml", core)
        out.writestr("_rels/.rels", RELS.format(items="".join(package)))
        out.writestr("xl/workbook.bin", workbook)
        out.writestr("xl/_rels/workbook.bin.rels", RELS.format(items="".join(rels)))
        for part, data in sheets.items():
            out.writestr(part, data)
    return target


def _core_properties(source: Path) -> bytes:
    try:
        with zipfile.ZipFile(source) as package:
            return package.read("docProps/core.xml")
    except (zipfile.BadZipFile, KeyError):
        return b""


# -- compound files --------------------------------------------------------------------------

SECTOR = 512
END, FREE, FAT_SECTOR = 0xFFFFFFFE, 0xFFFFFFFF, 0xFFFFFFFD
CFB_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _entry(name: str, kind: int, start: int, size: int, right: int, child: int) -> bytes:
    encoded = (name.encode("utf-16-le") + b"\x00\x00")[:64]
    return (
        encoded.ljust(64, b"\x00")
        + struct.pack("<HBBIII", len(encoded), kind, 1, FREE, right, child)
        + b"\x00" * 36
        + struct.pack("<IQ", start, size)
    )


def write_compound(streams: dict[str, bytes], storages: tuple[str, ...] = ()) -> bytes:
    """A version 3 compound file holding ``streams`` (each padded to 4,096 bytes or more, so
    none lives in the mini stream) and empty ``storages``."""
    data = {name: raw.ljust(4096, b"\x00") for name, raw in streams.items()}
    names = [*data, *storages]
    dir_sectors = -(-(len(names) + 1) * 128 // SECTOR)
    stream_sectors = {
        name: len(raw) // SECTOR + bool(len(raw) % SECTOR) for name, raw in data.items()
    }
    total = dir_sectors + sum(stream_sectors.values())
    fat_sectors = 1
    while fat_sectors * 128 < total + fat_sectors:
        fat_sectors += 1
    fat = [FAT_SECTOR] * fat_sectors
    fat += [*range(fat_sectors + 1, fat_sectors + dir_sectors), END]
    starts, body = {}, b""
    for name, raw in data.items():
        starts[name] = len(fat)
        count = stream_sectors[name]
        fat += [*range(len(fat) + 1, len(fat) + count), END]
        body += raw.ljust(count * SECTOR, b"\x00")
    fat = fat + [FREE] * (fat_sectors * 128 - len(fat))
    entries = [_entry("Root Entry", 5, END, 0, FREE, 1 if names else FREE)]
    for index, name in enumerate(names, start=1):
        right = index + 1 if index < len(names) else FREE
        if name in data:
            entries.append(_entry(name, 2, starts[name], len(data[name]), right, FREE))
        else:
            entries.append(_entry(name, 1, END, 0, right, FREE))
    directory = b"".join(entries).ljust(dir_sectors * SECTOR, b"\x00")
    difat = list(range(fat_sectors)) + [FREE] * (109 - fat_sectors)
    header = (
        CFB_SIGNATURE
        + b"\x00" * 16
        + struct.pack("<HHHHH", 0x3E, 3, 0xFFFE, 9, 6)
        + b"\x00" * 10
        + struct.pack("<IIIIIIII", fat_sectors, fat_sectors, 0, 4096, END, 0, END, 0)
        + struct.pack("<109I", *difat)
    )
    return header + struct.pack(f"<{len(fat)}I", *fat) + directory + body
