"""The safety check of an OpenDocument spreadsheet (.ods, LibreOffice's own format).

python-calamine parses every sheet of ``content.xml`` when it opens an .ods, so the whole part
is scanned here first, streamed with defusedxml's guards: cells repeated a billion times
(``table:number-columns-repeated``) or rows (``table:number-rows-repeated``) that would make a
grid too large to allocate are refused; formulas (``table:formula``) and merged ranges
(``table:number-columns-spanned``/``-rows-spanned``) are noted per sheet, as for .xlsx.
Elements are matched by their qualified names, as calamine matches them. A password-protected
file (``manifest:encryption-data``), one with macros (Basic modules, scripts), an OpenOffice.org
1.x file and an OpenDocument text or presentation each get their own reason.
"""

from __future__ import annotations

import hashlib
import zipfile

from .. import clock
from .workbook_safety import (
    MAX_MERGED,
    CheckedWorkbook,
    Rejected,
    SheetScan,
    check_extent,
    note_cell,
    note_live,
    parse_part,
    read_member,
    refuse_dtds,
    stream_part,
)

SPREADSHEETS = (
    "application/vnd.oasis.opendocument.spreadsheet",
    "application/vnd.oasis.opendocument.spreadsheet-template",
)
OTHER_DOCUMENTS = {
    "application/vnd.oasis.opendocument.text": (
        "OpenDocument metin belgesi (.odt)",
        "OpenDocument text document (.odt)",
    ),
    "application/vnd.oasis.opendocument.presentation": (
        "OpenDocument sunusu (.odp)",
        "OpenDocument presentation (.odp)",
    ),
    "application/vnd.oasis.opendocument.graphics": (
        "OpenDocument çizimi (.odg)",
        "OpenDocument drawing (.odg)",
    ),
}
OLD_CALC = "application/vnd.sun.xml.calc"  # OpenOffice.org 1.x, .sxc
CONTENT = "content.xml"
MANIFEST = "meta-inf/manifest.xml"
MAX_MIMETYPE = 200
MAX_REPEAT_DIGITS = 10
# Basic library containers and indexes hold no code; any other part under Basic/ is a module.
LIBRARY_INDEXES = ("script-lc.xml", "script-lb.xml", "dialog-lc.xml", "dialog-lb.xml")
CELLS = ("table:table-cell", "table:covered-table-cell")


def check_ods(path, data: bytes, archive: zipfile.ZipFile, names: dict[str, str]):
    """An OpenDocument spreadsheet that is safe to open, or the one reason it is not."""
    _check_mimetype(archive, names["mimetype"])
    if MANIFEST in names and _encrypted(archive, names[MANIFEST]):
        raise Rejected("x.password")
    if any(_is_macro(name) for name in names):
        raise Rejected("x.macros")
    if CONTENT not in names:
        raise Rejected("x.ods_damaged", detail=f"{CONTENT} missing")
    refuse_dtds(archive, archive.infolist())
    scans = scan_content(archive, archive.getinfo(names[CONTENT]))
    return CheckedWorkbook(
        path=path,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        sheet_parts={name: (names[CONTENT],) for name in scans},
        saved_at=_saved_at(archive, names),
        _zip=archive,
        format="ods",
        scans=scans,
    )


def _check_mimetype(archive: zipfile.ZipFile, member: str) -> None:
    try:
        raw = read_member(archive, member)[:MAX_MIMETYPE]
    except Exception as exc:  # a damaged member: zlib.error, BadZipFile, CRC mismatch
        raise Rejected("x.corrupt", detail=f"mimetype: {exc}") from None
    mimetype = raw.decode("ascii", "replace").strip()
    if mimetype in SPREADSHEETS:
        return
    if mimetype == OLD_CALC:
        raise Rejected("x.legacy_format", format="OpenOffice.org 1.x (.sxc)")
    if mimetype in OTHER_DOCUMENTS:
        tr, en = OTHER_DOCUMENTS[mimetype]
        raise Rejected("x.wrong_document", kind_tr=tr, kind_en=en)
    raise Rejected("x.ods_damaged", detail=f"mimetype '{mimetype[:60]}'")


def _encrypted(archive: zipfile.ZipFile, member: str) -> bool:
    """Does the manifest declare encrypted parts (LibreOffice's "Save with password")?"""
    found = []

    def start(tag, attrs):
        if tag.rpartition(":")[2] == "encryption-data":
            found.append(tag)

    stream_part(archive, archive.getinfo(member), start, member)
    return bool(found)


def _is_macro(name: str) -> bool:
    folder, _, rest = name.partition("/")
    if folder == "scripts" and rest and not rest.endswith("/"):
        return True
    return folder == "basic" and rest.endswith(".xml") and not rest.endswith(LIBRARY_INDEXES)


def _saved_at(archive: zipfile.ZipFile, names: dict[str, str]) -> str:
    """``dc:date`` from meta.xml (LibreOffice writes it without a zone: read as UTC)."""
    if "meta.xml" not in names:
        return ""
    for element in parse_part(archive, names["meta.xml"]).iter():
        if element.tag.rsplit("}", 1)[-1] == "date" and "purl.org/dc" in element.tag:
            return clock.iso((element.text or "").strip()) or ""
    return ""


def _repeat(attrs: dict[str, str], key: str, sheet: str) -> int:
    value = attrs.get(key)
    if value is None:
        return 1
    if not (value.isascii() and value.isdigit() and len(value) <= MAX_REPEAT_DIGITS):
        raise Rejected("x.unreadable", detail=f"{key}='{value[:20]}'", where=sheet)
    return max(int(value), 1)


class _ContentScan:
    """The handlers of one pass over content.xml, and the SheetScan of each table."""

    def __init__(self):
        self.scans: dict[str, SheetScan] = {}
        self.scan: SheetScan | None = None
        self.row = 0  # rows before the current one
        self.repeat = 1  # the current row's repeat count
        self.col = 0  # columns before the next cell
        self.cells: list[list] = []  # the current row: [first col, last col, content, attrs]
        self.in_cell = False

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        if self.in_cell:
            self.cells[-1][2] = True  # text (or anything) inside the cell: calamine reads it
        elif tag in CELLS and self.scan is not None:
            count = _repeat(attrs, "table:number-columns-repeated", self.scan.sheet)
            content = "office:value-type" in attrs or "table:formula" in attrs
            self.cells.append([self.col + 1, self.col + count, content, attrs])
            self.col += count
            self.in_cell = True
        elif tag == "table:table-row" and self.scan is not None:
            self.repeat = _repeat(attrs, "table:number-rows-repeated", self.scan.sheet)
            self.col, self.cells = 0, []
        elif tag == "table:table":
            self.scan = SheetScan(attrs.get("table:name", ""))
            self.row = 0

    def end(self, tag: str) -> None:
        if tag in CELLS:
            self.in_cell = False
        elif tag == "table:table-row" and self.scan is not None:
            self._row_done()
        elif tag == "table:table" and self.scan is not None:
            scan, self.scan = self.scan, None
            if scan.sheet in self.scans:
                self.scans[scan.sheet].add(scan)
            else:
                self.scans[scan.sheet] = scan

    def _row_done(self) -> None:
        scan, first, last = self.scan, self.row + 1, self.row + self.repeat
        for _c1, c2, content, _attrs in self.cells:
            if content:
                note_cell(scan, last, c2)
        for c1, c2, _content, attrs in self.cells:
            if "table:formula" in attrs:
                for row in range(first, last + 1):
                    for col in range(c1, c2 + 1):
                        note_live(scan, row, col, "formula")
            cols = _repeat(attrs, "table:number-columns-spanned", scan.sheet)
            rows = _repeat(attrs, "table:number-rows-spanned", scan.sheet)
            if cols > 1 or rows > 1:
                check_extent(scan.sheet, last + rows - 1, c1 + cols - 1)
                for row in range(first, last + 1):
                    if len(scan.merged) >= MAX_MERGED:
                        raise Rejected(
                            "x.unreadable", detail=f"> {MAX_MERGED} merged ranges", where=scan.sheet
                        )
                    scan.merged.append((row, c1, row + rows - 1, c1 + cols - 1))
        self.row = last
        self.cells = []


def scan_content(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> dict[str, SheetScan]:
    """Sheet name -> what content.xml holds for it beyond the values calamine reads."""
    scan = _ContentScan()
    stream_part(archive, member, scan.start, CONTENT, scan.end)
    return scan.scans
