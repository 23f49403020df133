"""The safety check of the two binary workbook formats: Excel 97-2003 (.xls, BIFF8 records in a
compound file) and Excel's binary workbook (.xlsb, BIFF12 records in a zip).

What ``workbook_safety.scan_sheet`` does for a sheet's XML is done here for its records, before
python-calamine reads them: a grid too large to allocate (a far cell, a lying dimension record)
is refused; formulas, error values and merged ranges are noted in a ``SheetScan``. calamine
parses every sheet of an .xls when it opens the file, so all of them are scanned in
``check_compound``; an .xlsb sheet is scanned when it is read. A compound file that holds an
encrypted workbook (``EncryptedPackage``, Excel's "Encrypt with password"), an .xls with a
FilePass record, macros or an Excel 5.0/95 workbook is refused with its own reason.
"""

from __future__ import annotations

import hashlib
import struct
from datetime import UTC, datetime, timedelta

from .cfb import CfbError, CompoundFile
from .workbook_safety import (
    MAX_MERGED,
    MAX_STRINGS,
    CheckedWorkbook,
    Rejected,
    SheetScan,
    check_extent,
    note_cell,
    note_live,
)

ENCRYPTED_MARK = "EncryptedPackage".encode("utf-16-le")
WORKBOOK_STREAMS = ("Workbook", "WORKBOOK")  # BIFF8, as python-calamine looks for them
OLD_STREAMS = ("Book", "BOOK")  # Excel 5.0/95 (BIFF5)
MACRO_STORAGES = ("_VBA_PROJECT_CUR", "Macros", "_VBA_PROJECT")
OTHER_DOCUMENTS = {
    "WordDocument": ("Word 97-2003 belgesi (.doc)", "Word 97-2003 document (.doc)"),
    "PowerPoint Document": (
        "PowerPoint 97-2003 sunusu (.ppt)",
        "PowerPoint 97-2003 presentation (.ppt)",
    ),
}
BIFF8 = 0x0600
SUMMARY = "\x05SummaryInformation"
LAST_SAVED = 13  # PIDSI_LASTSAVE_DTM
FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)

# BIFF8 record types
BOF, EOF, FILEPASS, BOUNDSHEET, SST = 0x0809, 0x000A, 0x002F, 0x0085, 0x00FC
DIMENSIONS, MERGEDCELLS, FORMULA, BOOLERR, MULRK = 0x0200, 0x00E5, 0x0006, 0x0205, 0x00BD
XLS_CELLS = frozenset((0x0203, 0x0204, 0x00D6, 0x027E, 0x00FD))  # number, label, rk, sst
MACRO_SHEET = 1  # BoundSheet8.dt


# -- the compound file (.xls, or an encrypted OOXML workbook) ------------------------------------


def check_compound(path, data: bytes) -> CheckedWorkbook:
    """A compound file that is a readable Excel 97-2003 workbook, or the one reason it is not."""
    try:
        book = CompoundFile(data)
    except CfbError as exc:
        if ENCRYPTED_MARK in data:  # a damaged directory, but what it holds says enough
            raise Rejected("x.password") from None
        raise Rejected("x.ole2", detail=str(exc)) from None
    names = set(book.names())
    if "EncryptedPackage" in names or "EncryptionInfo" in names:
        raise Rejected("x.password")
    stream_name = next((n for n in WORKBOOK_STREAMS if n in names), None)
    if stream_name is None:
        if any(n in names for n in OLD_STREAMS):
            raise Rejected("x.legacy_format", format="Excel 5.0/95 (.xls)")
        for name, (tr, en) in OTHER_DOCUMENTS.items():
            if name in names:
                raise Rejected("x.wrong_document", kind_tr=tr, kind_en=en)
        raise Rejected("x.ole2", detail="no Workbook stream")
    if names & set(MACRO_STORAGES):
        raise Rejected("x.macros")
    try:
        stream = book.stream(stream_name)
    except CfbError as exc:
        raise Rejected("x.corrupt", detail=str(exc)) from None
    sheets = xls_sheets(stream)
    scans: dict[str, SheetScan] = {}
    for name, position in sheets:
        scan = scan_xls_sheet(stream, position, name)
        if name in scans:
            scans[name].add(scan)
        else:
            scans[name] = scan
    return CheckedWorkbook(
        path=path,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        sheet_parts={name: () for name in scans},
        saved_at=_last_saved(book),
        format="xls",
        scans=scans,
    )


def _last_saved(book: CompoundFile) -> str:
    """When the file was last saved, from its SummaryInformation property set; "" if unknown."""
    try:
        raw = book.stream(SUMMARY)
        (section,) = struct.unpack_from("<I", raw, 44)
        (count,) = struct.unpack_from("<I", raw, section + 4)
        for index in range(min(count, 256)):
            pid, offset = struct.unpack_from("<II", raw, section + 8 + 8 * index)
            if pid != LAST_SAVED:
                continue
            kind, ticks = struct.unpack_from("<IQ", raw, section + offset)
            if kind != 0x40 or not ticks:  # VT_FILETIME
                return ""
            when = FILETIME_EPOCH + timedelta(microseconds=ticks // 10)
            return when.isoformat(timespec="seconds").replace("+00:00", "Z")
    except (CfbError, struct.error, OverflowError):
        pass
    return ""


def _records(stream: bytes, start: int = 0):
    """(type, data) of each BIFF record from ``start``; a record cut short ends the file."""
    at, end = start, len(stream)
    while at + 4 <= end:
        kind, size = struct.unpack_from("<HH", stream, at)
        if at + 4 + size > end:
            raise Rejected("x.corrupt", detail=f"record 0x{kind:04X} at {at} cut short")
        yield kind, stream[at + 4 : at + 4 + size]
        at += 4 + size


def xls_sheets(stream: bytes) -> list[tuple[str, int]]:
    """The sheets of the workbook globals: (name, stream position of the sheet's BOF)."""
    records = _records(stream)
    first = next(records, None)
    if first is None or first[0] != BOF or len(first[1]) < 4:
        raise Rejected("x.corrupt", detail="no BOF record")
    if struct.unpack_from("<H", first[1])[0] != BIFF8:
        raise Rejected("x.legacy_format", format="Excel 5.0/95 (.xls)")
    sheets = []
    for kind, data in records:
        if kind == EOF:
            break
        if kind == FILEPASS:
            raise Rejected("x.password")
        if kind == SST and len(data) >= 8:
            (unique,) = struct.unpack_from("<I", data, 4)
            if unique > len(stream) // 3 + 1 or unique > MAX_STRINGS:
                raise Rejected("x.unsafe_xml", part="SST", detail=f"cstUnique={unique}")
        if kind == BOUNDSHEET:
            position, name, sheet_type = _bound_sheet(data)
            if sheet_type == MACRO_SHEET:
                raise Rejected("x.macros")
            if position >= len(stream):
                raise Rejected("x.corrupt", detail=f"sheet '{name}' at {position}")
            sheets.append((name, position))
    return sheets


def _bound_sheet(data: bytes) -> tuple[int, str, int]:
    if len(data) < 8:
        raise Rejected("x.corrupt", detail="BoundSheet8")
    position, _state, sheet_type, count, flags = struct.unpack_from("<IBBBB", data)
    raw = data[8 : 8 + count * (2 if flags & 1 else 1)]
    name = raw.decode("utf-16-le" if flags & 1 else "latin-1", "replace")
    return position, name, sheet_type


def scan_xls_sheet(stream: bytes, position: int, sheet: str) -> SheetScan:
    """The records of one worksheet substream, as python-calamine reads them: cells (blank
    cells, which calamine skips, excepted), formulas, error values, merged ranges and the
    dimension record (calamine reserves its grid); embedded charts' substreams are skipped."""
    scan = SheetScan(sheet)
    depth, seen_bof = 0, False
    for kind, data in _records(stream, position):
        if depth:
            depth += (kind == BOF) - (kind == EOF)
            continue
        if kind == BOF:
            depth, seen_bof = (1, True) if seen_bof else (0, True)
        elif kind == EOF:
            break
        elif kind == DIMENSIONS and len(data) >= 12:
            first_row, end_row, first_col, end_col = struct.unpack_from("<IIHH", data)
            if end_row > first_row and end_col > first_col:
                check_extent(sheet, end_row - first_row, end_col - first_col)
        elif len(data) >= 4 and (kind in XLS_CELLS or kind in (FORMULA, BOOLERR, MULRK)):
            _xls_cell(scan, kind, data)
        elif kind == MERGEDCELLS and len(data) >= 2:
            (count,) = struct.unpack_from("<H", data)
            for index in range(min(count, (len(data) - 2) // 8)):
                r1, r2, c1, c2 = struct.unpack_from("<HHHH", data, 2 + 8 * index)
                _merge(scan, r1 + 1, c1 + 1, r2 + 1, c2 + 1)
    return scan


def _xls_cell(scan: SheetScan, kind: int, data: bytes) -> None:
    row, col = struct.unpack_from("<HH", data)
    row, col = row + 1, col + 1
    if kind == MULRK and len(data) >= 6:
        (last,) = struct.unpack_from("<H", data, len(data) - 2)
        note_cell(scan, row, max(col, last + 1))
        return
    note_cell(scan, row, col)
    if kind == FORMULA:
        note_live(scan, row, col, "formula")
    elif kind == BOOLERR and len(data) >= 8 and data[7] == 1:
        note_live(scan, row, col, "error")


def _merge(scan: SheetScan, r1: int, c1: int, r2: int, c2: int) -> None:
    if len(scan.merged) >= MAX_MERGED:
        raise Rejected("x.unreadable", detail=f"> {MAX_MERGED} merged ranges", where=scan.sheet)
    scan.merged.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))


# -- the binary workbook (.xlsb) -----------------------------------------------------------------

# BIFF12 record types
ROW_HEADER, WS_DIM, MERGE_CELL, BUNDLE_SHEET = 0x0000, 0x0094, 0x00B0, 0x009C
XLSB_CELLS = frozenset(range(0x0002, 0x000C))  # BrtCellRk .. BrtFmlaError (0x0001: blank)
XLSB_ERRORS = frozenset((0x0003, 0x000B))  # BrtCellError, BrtFmlaError
XLSB_FORMULAS = frozenset((0x0008, 0x0009, 0x000A, 0x000B))


def _varint(data: bytes, at: int, most: int) -> tuple[int, int]:
    """A BIFF12 header number: 7 bits a byte, the high bit saying another byte follows."""
    value = 0
    for index in range(most):
        if at >= len(data):
            raise Rejected("x.corrupt", detail="record header cut short")
        byte = data[at]
        at += 1
        value |= (byte & 0x7F) << (7 * index)
        if not byte & 0x80:
            break
    return value, at


def biff12_records(data: bytes, where: str):
    """(type, body) of each BIFF12 record: a type of 1-2 bytes, a size of 1-4, 7 bits each."""
    at, end = 0, len(data)
    while at < end:
        kind, at = _varint(data, at, 2)
        size, at = _varint(data, at, 4)
        if at + size > end:
            raise Rejected("x.unreadable", detail=f"record 0x{kind:04X} cut short", where=where)
        yield kind, data[at : at + size]
        at += size


def xlsb_sheets(workbook: bytes) -> list[tuple[str, str]]:
    """(sheet name, relationship id) of each BrtBundleSh record of ``xl/workbook.bin``."""
    sheets = []
    for kind, body in biff12_records(workbook, "xl/workbook.bin"):
        if kind != BUNDLE_SHEET:
            continue
        try:
            rel_id, at = _wide_string(body, 8)
            name, _ = _wide_string(body, at)
        except struct.error:
            raise Rejected("x.corrupt", detail="xl/workbook.bin: BrtBundleSh") from None
        sheets.append((name, rel_id))
    return sheets


def _wide_string(body: bytes, at: int) -> tuple[str, int]:
    (count,) = struct.unpack_from("<I", body, at)
    if count == 0xFFFFFFFF:
        return "", at + 4
    raw = body[at + 4 : at + 4 + 2 * count]
    if len(raw) < 2 * count:
        raise struct.error("string cut short")
    return raw.decode("utf-16-le", "replace"), at + 4 + 2 * count


def scan_xlsb_sheet(data: bytes, sheet: str) -> SheetScan:
    """One .xlsb sheet part: its cells' extent, formulas, error values, merged ranges and the
    dimension it declares (python-calamine reserves room for it)."""
    scan = SheetScan(sheet)
    row = 0
    for kind, body in biff12_records(data, sheet):
        if kind == ROW_HEADER and len(body) >= 4:
            row = struct.unpack_from("<I", body)[0] + 1
            note_cell(scan, row, 1)
        elif kind in XLSB_CELLS and len(body) >= 4:
            col = struct.unpack_from("<I", body)[0] + 1
            note_cell(scan, row, col)
            if kind in XLSB_FORMULAS:
                note_live(scan, row, col, "formula")
            elif kind in XLSB_ERRORS:
                note_live(scan, row, col, "error")
        elif kind == WS_DIM and len(body) >= 16:
            r1, r2, c1, c2 = struct.unpack_from("<IIII", body)
            if r2 >= r1 and c2 >= c1:
                check_extent(sheet, r2 - r1 + 1, c2 - c1 + 1)
        elif kind == MERGE_CELL and len(body) >= 16:
            r1, r2, c1, c2 = struct.unpack_from("<IIII", body)
            _merge(scan, r1 + 1, c1 + 1, r2 + 1, c2 + 1)
    return scan
