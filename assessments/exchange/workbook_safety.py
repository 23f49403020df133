"""Is this file a sane workbook before any spreadsheet library opens it?

Files arrive by e-mail from dozens of units, in whatever format their office program wrote:
.xlsx and .xlsm (Office Open XML), .xlsb (Excel's binary workbook), .ods (OpenDocument, from
LibreOffice) and .xls (Excel 97-2003). The format is told by the file's content, not its name.
Some files will be password-protected, carry macros, be half-copied, of an old format (Excel
5.0/95, OpenOffice.org 1.x) or simply something else renamed (a Word document, a PDF). Each
gets one clear problem instead of a library's exception, and a zip bomb is refused by its
declared sizes before it is unpacked. The few small XML parts read here are parsed with
defusedxml (no entity expansion).

Every sheet a reader reads passes ``scan_sheet`` first (through ``SafeBook``): its XML (or, for
.xlsb and .xls, its records: ``binary_sheets``; for .ods, ``content.xml``: ``ods``) is parsed,
streamed, with defusedxml's guards, so quoting, case and spacing cannot hide a far cell (whose
17-billion-cell grid aborts python-calamine), a formula or an error value.
"""

from __future__ import annotations

import hashlib
import io
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from ..messages import Problem, ValidationError

MAX_FILE_BYTES = 50 * 1024 * 1024  # an export is ~50 KB; anything near this is not ours
MAX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_PARTS = 2_000
MAX_RATIO = 200  # sheet XML packs 10-30:1; zip bombs 1000:1 and more
RATIO_CHECKED_FROM = 1024 * 1024  # small parts may pack well without harm

OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # encrypted .xlsx and old .xls alike
ZIP_SIGNATURE = b"PK\x03\x04"
CONTENT_TYPES = "[Content_Types].xml"
WORKBOOK_TYPES = (
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml",
    "application/vnd.ms-excel.sheet.macroenabled.main+xml",  # .xlsm (compared in lower case)
    "application/vnd.ms-excel.template.macroenabled.main+xml",  # .xltm
)
BINARY_WORKBOOK_TYPE = "application/vnd.ms-excel.sheet.binary.macroenabled.main"  # .xlsb
BINARY_WORKBOOK_PART = "xl/workbook.bin"  # where python-calamine reads it, whatever the types say
# Parts that hold macros (VBA, Excel 4.0 macro sheets): refused. A macro-enabled format without
# them (an .xlsm saved from a plain workbook) is read; calamine never runs a macro either way.
MACRO_PART_ENDS = ("vbaproject.bin",)
MACRO_TYPES = ("vbaproject", "macrosheet")
# Office Open XML documents that are not workbooks: main part type -> (Turkish, English)
OTHER_OOXML = {
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml": (
        "Word belgesi (.docx)",
        "Word document (.docx)",
    ),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml": (
        "PowerPoint sunusu (.pptx)",
        "PowerPoint presentation (.pptx)",
    ),
}
# Files that are not workbooks at all, by their first bytes: -> (Turkish, English)
OTHER_SIGNATURES = (
    (b"%PDF", ("PDF belgesi", "PDF document")),
    (b"\xff\xd8\xff", ("JPEG resmi", "JPEG image")),
    (b"\x89PNG", ("PNG resmi", "PNG image")),
    (b"{\\rtf", ("RTF belgesi", "RTF document")),
)
# Spreadsheets of formats nobody writes any more, by their first bytes
LEGACY_SIGNATURES = (
    (b"\x09\x00\x04\x00", "Excel 2.x (.xls)"),  # BIFF2 BOF
    (b"\x09\x02\x06\x00", "Excel 3.0 (.xls)"),  # BIFF3 BOF
    (b"\x09\x04\x06\x00", "Excel 4.0 (.xls)"),  # BIFF4 BOF
    (b"\x00\x00\x02\x00", "Lotus 1-2-3 (.wk1)"),
    (b"\x00\x00\x1a\x00", "Lotus 1-2-3 (.wk3/.wk4)"),
)
ODF_MIMETYPE = "mimetype"
MEGABYTE = 1024 * 1024
MAX_SHEET_PART_BYTES = 16 * MEGABYTE  # an answers sheet is ~50 KB; a 5 MB note is refused later
MAX_STRINGS = 5_000_000  # shared strings a workbook may declare
CHUNK = 64 * 1024
WHOLE = 1024 * 1024  # parts up to this size are parsed in one call
XML_SUFFIXES = (".xml", ".rels", ".vml")
PROLOG_BYTES = 8192  # a DTD stands in the prolog, before the root element
DTD_MARKERS = tuple(
    marker.encode(codec)
    for marker in ("<!DOCTYPE", "<!ENTITY")
    for codec in ("ascii", "utf-16-le", "utf-16-be")
)


@dataclass
class CheckedWorkbook:
    """A file that passed the checks: its bytes, digest and where each sheet lives."""

    path: Path
    data: bytes
    sha256: str
    # sheet name -> its zip members, e.g. ("xl/worksheets/sheet2.xml",); two sheets may share a
    # name, and a part the zip lacks is "" (refused when the sheet is read)
    sheet_parts: dict[str, tuple[str, ...]]
    saved_at: str  # dcterms:modified from docProps/core.xml ("" when absent)
    _zip: zipfile.ZipFile | None = field(repr=False, default=None)  # None for .xls
    format: str = "xlsx"  # xlsx (also .xlsm), xlsb, ods or xls: what the content is
    # ods and xls: every sheet scanned at the check (python-calamine parses all when it opens)
    scans: dict[str, SheetScan] = field(default_factory=dict)

    def read_part(self, name: str) -> bytes:
        return read_member(self._zip, name)

    def member(self, name: str) -> zipfile.ZipInfo:
        return self._zip.getinfo(name)

    def open_part(self, name: str):
        return self._zip.open(self._zip.getinfo(name))


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's bytes, unpacked no further than its declared (checked) size: a member that
    holds more fails its CRC check instead of filling the memory."""
    try:
        info = archive.getinfo(name)
    except KeyError:  # the workbook's relationships name a part the zip lacks
        raise zipfile.BadZipFile(f"'{name}' is missing") from None
    with archive.open(info) as part:
        return part.read(info.file_size)


class Rejected(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code, self.params = code, params


@dataclass(frozen=True)
class Limits:
    file_bytes: int
    unpacked_bytes: int


# The consolidated workbook is the app's own, and its long table grows with the units (5,000
# units: ~250 MB of sheet XML, never unpacked here: only its small sheets are read back).
CONSOLIDATED_FILE = Limits(file_bytes=1024 * MEGABYTE, unpacked_bytes=8192 * MEGABYTE)


def check_workbook(path: str | Path, limits: Limits | None = None) -> CheckedWorkbook:
    """Check ``path`` and return its contents; raise ValidationError naming the one reason the
    file cannot be read as a workbook. ``limits``: by default those of a unit's file."""
    path = Path(path)
    try:
        return _check(path, limits or Limits(MAX_FILE_BYTES, MAX_UNPACKED_BYTES))
    except Rejected as rejected:
        where = rejected.params.pop("where", "")
        problem = Problem(rejected.code, rejected.params, path.name, where)
        raise ValidationError([problem], code="x.invalid_file") from None


class SafeBook:
    """The one door to python-calamine for every workbook the app reads (exports, templates,
    an earlier consolidated workbook): a sheet's XML passes ``scan_sheet`` before calamine
    reads the sheet, so nothing it allocates comes from an unchecked part."""

    def __init__(self, checked: CheckedWorkbook):
        from python_calamine import CalamineWorkbook

        self.checked = checked
        self._book = CalamineWorkbook.from_filelike(io.BytesIO(checked.data))
        self.sheet_names: list[str] = list(self._book.sheet_names)

    def read(self, sheet: str, *, skip_empty_area: bool = False) -> tuple[list[list], SheetScan]:
        """The sheet's rows (calamine's cached values) and what its XML holds besides."""
        scan = scan_sheet(self.checked, sheet)
        rows = self._book.get_sheet_by_name(sheet).to_python(skip_empty_area=skip_empty_area)
        return rows, scan


def open_workbook(path: str | Path, limits: Limits | None = None) -> SafeBook:
    """``check_workbook`` then ``SafeBook``; raises ValidationError (or calamine's errors for
    a workbook damaged beyond what the checks see)."""
    return SafeBook(check_workbook(path, limits))


def _read_file(path: Path, limits: Limits) -> bytes:
    if path.is_dir():
        raise Rejected("x.is_folder")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise Rejected("x.not_found") from None
    except OSError as exc:
        raise Rejected("x.unreadable", detail=exc.strerror or str(exc)) from None
    if size == 0:
        raise Rejected("x.empty_file")
    if size > limits.file_bytes:
        raise Rejected("x.too_large", size=_mb(size), limit=_mb(limits.file_bytes))
    try:
        return path.read_bytes()
    except OSError as exc:
        raise Rejected("x.unreadable", detail=exc.strerror or str(exc)) from None


def _check(path: Path, limits: Limits) -> CheckedWorkbook:
    data = _read_file(path, limits)
    if data.startswith(OLE2_SIGNATURE):  # .xls, a password-protected workbook, a .doc...
        from .binary_sheets import check_compound

        return check_compound(path, data)
    if not data.startswith(ZIP_SIGNATURE):
        _refuse_other(data)
    archive, members = _open_zip(data)
    _check_sizes(members, limits)
    names = _unique_names(members)
    if ODF_MIMETYPE in names and CONTENT_TYPES.lower() not in names:
        from .ods import check_ods

        return check_ods(path, data, archive, names)
    if any(name.lower().endswith(MACRO_PART_ENDS) for name in names):
        raise Rejected("x.macros")
    types = {part.lower(): kind.lower() for part, kind in _content_types(archive, names).items()}
    if any(marker in t for t in types.values() for marker in MACRO_TYPES):
        raise Rejected("x.macros")
    main = next((part for part, t in types.items() if t in WORKBOOK_TYPES), None)
    binary = next((part for part, t in types.items() if t == BINARY_WORKBOOK_TYPE), None)
    if main is None and binary is None:
        _refuse_other_ooxml(types, names)
    _refuse_two_readings(names, binary is not None)
    if binary is not None and (main is not None or binary != BINARY_WORKBOOK_PART):
        raise Rejected("x.corrupt", detail=f"{binary}: {main or 'not ' + BINARY_WORKBOOK_PART}")
    workbook_part = names.get(main or binary)
    if workbook_part is None:
        raise Rejected("x.missing_part", part=main or binary)
    sheet_parts = _sheets(archive, names, workbook_part)
    # The sheets are parsed whole, defused, when read (scan_sheet): the prolog scan skips them.
    sheets = {part for parts in sheet_parts.values() for part in parts}
    refuse_dtds(archive, [m for m in members if m.filename not in sheets])
    _check_shared_strings(archive, members)
    return CheckedWorkbook(
        path=path,
        data=data,
        sha256=hashlib.sha256(data).hexdigest(),
        sheet_parts=sheet_parts,
        saved_at=_saved_at(archive, names),
        _zip=archive,
        format="xlsx" if binary is None else "xlsb",
    )


def _refuse_other(data: bytes):
    """Not a zip and not a compound file: say what it is when it can be told."""
    for signature, (tr, en) in OTHER_SIGNATURES:
        if data.startswith(signature):
            raise Rejected("x.wrong_document", kind_tr=tr, kind_en=en)
    for signature, name in LEGACY_SIGNATURES:
        if data.startswith(signature):
            raise Rejected("x.legacy_format", format=name)
    raise Rejected("x.not_xlsx")


def _refuse_other_ooxml(types: dict[str, str], names: dict[str, str]):
    """An Office Open XML package without a workbook: a Word or PowerPoint file, or a part
    missing."""
    for kind, (tr, en) in OTHER_OOXML.items():
        if kind in types.values():
            raise Rejected("x.wrong_document", kind_tr=tr, kind_en=en)
    raise Rejected("x.missing_part", part="xl/workbook.xml")


def _refuse_two_readings(names: dict[str, str], binary: bool) -> None:
    """python-calamine tries .xlsx, then .xlsb, then .ods on a zip: one holding the parts of
    two of them could be read as another than the one checked here."""
    others = (ODF_MIMETYPE, "xl/workbook.xml" if binary else BINARY_WORKBOOK_PART)
    found = [names[name] for name in others if name in names]
    if found:
        raise Rejected("x.corrupt", detail=", ".join(found))


def _open_zip(data: bytes) -> tuple[zipfile.ZipFile, list[zipfile.ZipInfo]]:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        EOFError,
        NotImplementedError,
    ) as exc:
        raise Rejected("x.corrupt", detail=str(exc)) from None
    return archive, members


def _unique_names(members: list[zipfile.ZipInfo]) -> dict[str, str]:
    """Lower-case member name -> member name. python-calamine finds parts case-insensitively
    (the first match), so two members differing only in case could make it read another part
    than the one checked here: such a zip is refused."""
    names: dict[str, str] = {}
    for member in members:
        key = member.filename.lower()
        if key in names:
            raise Rejected("x.corrupt", detail=f"{names[key]} / {member.filename}")
        names[key] = member.filename
    return names


def _mb(size: int) -> str:
    return f"{size / MEGABYTE:.1f}"


def _check_sizes(members: list[zipfile.ZipInfo], limits: Limits) -> None:
    if len(members) > MAX_PARTS:
        raise Rejected("x.too_many_parts", count=len(members), limit=MAX_PARTS)
    if any(m.flag_bits & 0x1 for m in members):
        raise Rejected("x.password")  # a zip with encrypted members
    total = sum(m.file_size for m in members)
    if total > limits.unpacked_bytes:
        raise Rejected("x.unpacked_too_large", size=_mb(total), limit=_mb(limits.unpacked_bytes))
    for m in members:
        if m.file_size >= RATIO_CHECKED_FROM and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise Rejected(
                "x.bomb_ratio", part=m.filename, ratio=m.file_size // max(m.compress_size, 1)
            )


def refuse_dtds(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """Workbooks carry no DTD (the Open Packaging Conventions forbid them, ECMA-376 Part 2
    M1.18); one that does is an entity attack (external entities, billion laughs), refused
    here whichever parser would read the part later."""
    for member in members:
        if not member.filename.lower().endswith(XML_SUFFIXES):
            continue
        try:
            with archive.open(member) as part:
                head = part.read(PROLOG_BYTES)
        except Exception as exc:  # a damaged member: zlib.error, BadZipFile, unknown method
            raise Rejected("x.corrupt", detail=f"{member.filename}: {exc}") from None
        if any(marker in head for marker in DTD_MARKERS):
            raise Rejected("x.unsafe_xml", part=member.filename, detail="DTD")


def first_unparsable_part(checked: CheckedWorkbook) -> str:
    """The first XML part that does not parse, or "": the place of a failure to open."""
    if checked._zip is None:
        return ""
    for name in checked._zip.namelist():
        if name.lower().endswith(XML_SUFFIXES):
            try:
                parse_part(checked._zip, name)
            except Rejected:
                return name
    return ""


def parse_part(archive: zipfile.ZipFile, name: str):
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(read_member(archive, name))
    except DefusedXmlException as exc:
        raise Rejected("x.unsafe_xml", part=name, detail=type(exc).__name__) from None
    except Exception as exc:  # bad XML, or a damaged member: zlib.error, BadZipFile, CRC mismatch
        raise Rejected("x.corrupt", detail=f"{name}: {exc}") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _content_types(archive: zipfile.ZipFile, names: dict[str, str]) -> dict[str, str]:
    """Part -> its content type, as Overrides name them. A Default types every member of its
    extension that no Override names; it is taken for the binary workbook (Excel types an
    .xlsb's xl/workbook.bin so, and python-calamine reads that path whatever the types say)
    and for macros, never for the .xlsx workbook part (calamine would read another than the
    one checked)."""
    if CONTENT_TYPES.lower() not in names:
        raise Rejected("x.missing_part", part=CONTENT_TYPES)
    root = parse_part(archive, names[CONTENT_TYPES.lower()])
    types, defaults = {}, {}
    for element in root:
        if _local(element.tag) == "Override":
            types[element.get("PartName", "").lstrip("/")] = element.get("ContentType", "")
        elif _local(element.tag) == "Default":
            defaults[element.get("Extension", "").lower()] = element.get("ContentType", "")
    overridden = {part.lower() for part in types}
    for key, name in names.items():
        extension = key.rpartition(".")[2]
        kind = defaults.get(extension, "") if key not in overridden else ""
        if kind.lower() == BINARY_WORKBOOK_TYPE or any(m in kind.lower() for m in MACRO_TYPES):
            types[name] = kind
    return types


def _sheets(archive: zipfile.ZipFile, names: dict[str, str], workbook_part: str):
    """Sheet name -> its parts, resolved as python-calamine resolves them (case-insensitively)."""
    folder, base = posixpath.split(workbook_part)
    rels_part = names.get(posixpath.join(folder, "_rels", f"{base}.rels").lower())
    if rels_part is None:
        raise Rejected("x.missing_part", part=posixpath.join(folder, "_rels", f"{base}.rels"))
    targets = {}
    for rel in parse_part(archive, rels_part):
        target = rel.get("Target", "")
        if target.startswith("/"):
            target = target.lstrip("/")
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        targets[rel.get("Id")] = names.get(target.lower(), "")
    parts: dict[str, tuple[str, ...]] = {}
    for name, rel_id in _sheet_entries(archive, workbook_part):
        parts[name] = (*parts.get(name, ()), targets.get(rel_id, ""))
    return parts


def _sheet_entries(archive: zipfile.ZipFile, workbook_part: str):
    """(name, relationship id) of each sheet the workbook part lists."""
    if workbook_part.lower().endswith(".bin"):
        from .binary_sheets import xlsb_sheets

        try:
            data = read_member(archive, workbook_part)
        except Exception as exc:  # a damaged member: zlib.error, BadZipFile, CRC mismatch
            raise Rejected("x.corrupt", detail=f"{workbook_part}: {exc}") from None
        yield from xlsb_sheets(data)
        return
    for element in parse_part(archive, workbook_part).iter():
        if _local(element.tag) == "sheet":
            rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
            yield element.get("name", ""), rel_id


def _saved_at(archive: zipfile.ZipFile, names: dict[str, str]) -> str:
    if "docprops/core.xml" not in names:
        return ""
    for element in parse_part(archive, names["docprops/core.xml"]):
        if _local(element.tag) == "modified" and element.text:
            return element.text.strip()
    return ""


def _check_shared_strings(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
    """python-calamine reserves memory for the count of strings the shared-strings part
    declares (``uniqueCount``) when it opens the workbook: four billion abort the process.
    A part cannot hold more strings than a few bytes each (``<si/>`` is five)."""
    for member in members:
        if not member.filename.lower().endswith("sharedstrings.xml"):
            continue
        root = _first_element(archive, member)
        for key in ("uniqueCount", "count"):
            value = root.get(key, "0") if root else "0"
            declared = int(value) if value.isascii() and value.isdigit() and len(value) < 12 else -1
            if declared < 0 or declared > member.file_size // 5 + 1 or declared > MAX_STRINGS:
                raise Rejected("x.unsafe_xml", part=member.filename, detail=f"{key}={value[:20]}")


class _Enough(Exception):
    """The part has told what was needed: stop parsing it."""


def _first_element(archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> dict[str, str] | None:
    """The attributes of the part's root element, read with a defused parser."""
    found: list[dict[str, str]] = []

    def start(tag, attrs):
        found.append(attrs)
        raise _Enough

    stream_part(archive, member, start, member.filename)
    return found[0] if found else None


def defused_expat(start):
    """An expat parser with defusedxml's guards (no DTD, no entity declarations, no external
    references) calling ``start(tag, attributes)`` for each element and nothing else: the
    cheapest real parse, without namespace processing (prefixes are stripped by the caller)."""
    from xml.parsers import expat

    from defusedxml.ElementTree import DefusedXMLParser

    guards = DefusedXMLParser(forbid_dtd=True)
    parser = expat.ParserCreate()
    parser.StartDoctypeDeclHandler = guards.defused_start_doctype_decl
    parser.EntityDeclHandler = guards.defused_entity_decl
    parser.UnparsedEntityDeclHandler = guards.defused_unparsed_entity_decl
    parser.ExternalEntityRefHandler = guards.defused_external_entity_ref_handler
    parser.StartElementHandler = start
    return parser


def stream_part(
    archive: zipfile.ZipFile, member: zipfile.ZipInfo, start, where: str, end=None
) -> None:
    """Feed the member to a defused parser in chunks, never past its declared size (a member
    holding more fails its CRC check). Raises Rejected for unsafe, broken or damaged XML.
    ``end(tag)``, if given, is called at the end of each element."""
    from defusedxml import DefusedXmlException

    parser = defused_expat(start)
    if end is not None:
        parser.EndElementHandler = end
    try:
        with archive.open(member) as part:
            if member.file_size <= WHOLE:  # the usual case: one call is cheaper than chunks
                parser.Parse(part.read(member.file_size), True)
                return
            left = member.file_size
            while left > 0:
                chunk = part.read(min(CHUNK, left))
                if not chunk:
                    break
                left -= len(chunk)
                parser.Parse(chunk, False)
            parser.Parse(b"", True)
    except _Enough:
        return
    except DefusedXmlException as exc:
        raise Rejected("x.unsafe_xml", part=member.filename, detail=type(exc).__name__) from None
    except Rejected:
        raise
    except Exception as exc:  # bad XML, or a damaged member: zlib.error, BadZipFile, CRC
        raise Rejected("x.unreadable", detail=f"{member.filename}: {exc}", where=where) from None


# -- the sheets ----------------------------------------------------------------------------------


@dataclass
class SheetScan:
    """What a sheet's XML holds beyond the values python-calamine reads: its extent, the cells
    holding a formula or an error value (calamine reads only their cached values) and the
    merged ranges (calamine gives the first cell of a range its value, the others none)."""

    sheet: str
    rows: int = 0
    cols: int = 0
    live: dict[tuple[int, int], str] = field(default_factory=dict)  # (row, col) -> formula|error
    merged: list[tuple[int, int, int, int]] = field(default_factory=list)  # r1, c1, r2, c2

    def add(self, other: SheetScan) -> None:
        self.rows, self.cols = max(self.rows, other.rows), max(self.cols, other.cols)
        self.live.update(other.live)
        self.merged.extend(other.merged)


def note_cell(scan: SheetScan, row: int, col: int) -> None:
    """A cell at (row, col), 1-based, for the scanners of the other formats (.xlsb, .xls,
    .ods): the grid grows to it, or a grid too large to allocate is refused."""
    if row > scan.rows or col > scan.cols:
        scan.rows, scan.cols = max(scan.rows, row), max(scan.cols, col)
        check_extent(scan.sheet, scan.rows, scan.cols)


def check_extent(sheet: str, rows: int, cols: int) -> None:
    """Refuse a grid of ``rows`` x ``cols`` that python-calamine could not allocate."""
    if rows > MAX_ROW or cols > MAX_COL or rows * cols > MAX_SHEET_CELLS:
        _refuse_far(sheet, rows, cols)


def note_live(scan: SheetScan, row: int, col: int, kind: str) -> None:
    """A formula or an error value at (row, col); past MAX_LIVE_CELLS the sheet is refused."""
    if len(scan.live) >= MAX_LIVE_CELLS and (row, col) not in scan.live:
        where = _ref(scan.sheet, row, col)
        code = "x.formula" if kind == "formula" else "x.error_value"
        raise Rejected(code, field=where, where=where)
    scan.live[(row, col)] = kind


def scan_sheet(checked: CheckedWorkbook, sheet: str) -> SheetScan:
    """The one safety check of a sheet's XML, run before python-calamine reads the sheet: every
    part of that name is parsed (defused, streamed). Raises ValidationError naming the cell
    for a grid too large to allocate (a far cell, a huge dimension), the part for an over-size
    or unsafe part, the sheet for a part that is missing or does not parse."""
    if checked.format in ("ods", "xls"):  # scanned whole by the check
        return checked.scans.get(sheet) or SheetScan(sheet)
    scan = SheetScan(sheet)
    try:
        parts = checked.sheet_parts.get(sheet) or ("",)
        for part in parts:
            scan.add(_scan_part(checked, sheet, part))
    except Rejected as rejected:
        where = rejected.params.pop("where", sheet)
        problem = Problem(rejected.code, rejected.params, checked.path.name, where)
        raise ValidationError([problem], code="x.invalid_file") from None
    return scan


def _scan_part(checked: CheckedWorkbook, sheet: str, part: str) -> SheetScan:
    if not part:
        raise Rejected("x.unreadable", detail=f"'{sheet}': part missing", where=sheet)
    member = checked.member(part)
    if member.file_size > MAX_SHEET_PART_BYTES:
        raise Rejected(
            "x.part_too_large",
            part=part,
            sheet=sheet,
            size=_mb(member.file_size),
            limit=_mb(MAX_SHEET_PART_BYTES),
            where=sheet,
        )
    if checked.format == "xlsb":
        from .binary_sheets import scan_xlsb_sheet

        try:
            data = read_member(checked._zip, part)
        except Exception as exc:  # a damaged member: zlib.error, BadZipFile, CRC mismatch
            raise Rejected("x.unreadable", detail=f"{part}: {exc}", where=sheet) from None
        return scan_xlsb_sheet(data, sheet)
    start, scan = _sheet_handler(sheet)
    stream_part(checked._zip, member, start, sheet)
    return scan


MAX_ROW, MAX_COL = 1_048_576, 16_384  # Excel's grid
MAX_SHEET_CELLS = 2_000_000  # rows x columns; an answers sheet has ~60 x 11
MAX_LIVE_CELLS = 10_000  # formulas and error values noted per sheet
MAX_MERGED = 10_000
_DIGITS = "0123456789"
_CONTENT = frozenset(("v", "is", "t", "r", "rPr"))  # a cell's content: nothing to check


def _sheet_handler(sheet: str):
    """The start-element handler of one sheet part, and the SheetScan it fills: positions as
    python-calamine computes them (a cell or row without ``r`` follows the one before), by
    local name. A closure over plain variables: it runs for every element of every sheet a
    merge reads, and this is about a third faster than a method on an object."""
    scan = SheetScan(sheet)
    columns: dict[str, int] = {}  # column letters seen -> number
    row = col = max_col = 0
    row_text = ""  # the current row's r, as written

    def note(at_row: int, at_col: int) -> None:
        nonlocal max_col
        if at_row > scan.rows or at_col > scan.cols:
            scan.rows, scan.cols = max(scan.rows, at_row), max(scan.cols, at_col)
            max_col = scan.cols
            if at_row > MAX_ROW or at_col > MAX_COL or scan.rows * scan.cols > MAX_SHEET_CELLS:
                _refuse_far(sheet, at_row, at_col)

    def live(kind: str) -> None:
        if len(scan.live) >= MAX_LIVE_CELLS:
            where = _ref(sheet, row, col)
            code = "x.formula" if kind == "formula" else "x.error_value"
            raise Rejected(code, field=where, where=where)
        scan.live[(row, col)] = kind

    def new_row(attrs) -> None:
        nonlocal row, col, row_text
        ref = attrs.get("r")
        row_text, col = "", 0
        if ref is None:
            row += 1
        elif ref.isascii() and ref.isdigit() and len(ref) <= 7:
            row, row_text = int(ref), ref
        else:
            raise Rejected("x.unreadable", detail=f"row '{ref[:20]}'", where=sheet)
        note(row, 1)

    def cell(attrs) -> None:
        nonlocal row, col, row_text
        ref = attrs.get("r")
        if ref is None:
            col += 1
        else:
            row, col = _position(sheet, ref, columns)
            row_text = str(row)  # the fast path in start() trusts it
        note(row, col)
        if attrs.get("t") == "e":
            live("error")

    handlers = {
        "row": new_row,
        "f": lambda attrs: live("formula"),
        "dimension": lambda attrs: _dimension(sheet, attrs, columns),
        "mergeCell": lambda attrs: _merged(scan, attrs, columns),
    }

    def start(tag: str, attrs: dict[str, str]) -> None:
        nonlocal col
        if tag == "c":  # the common case first, inline
            ref = attrs.get("r")
            if ref is not None:
                letters = ref.rstrip(_DIGITS)
                known = columns.get(letters)
                if known is not None and ref[len(letters) :] == row_text:
                    col = known
                    if known > max_col:
                        note(row, known)
                    if attrs.get("t") == "e":
                        live("error")
                    return
            cell(attrs)
        elif tag not in _CONTENT:
            handler = handlers.get(tag.rpartition(":")[2])
            if handler is not None:
                handler(attrs)

    return start, scan


def _refuse_far(sheet: str, row: int, col: int):
    raise Rejected(
        "x.sheet_too_large",
        sheet=sheet,
        cells=f"{row * col:,}",
        limit=f"{MAX_SHEET_CELLS:,}",
        where=_ref(sheet, row, col),
    )


def _position(sheet: str, ref: str, columns: dict[str, int]) -> tuple[int, int]:
    """(row, column) of a reference such as ``D14`` (python-calamine also reads ``d14``)."""
    letters = ref.rstrip(_DIGITS)
    digits = ref[len(letters) :]
    if not (letters.isascii() and letters.isalpha() and digits):
        raise Rejected("x.unreadable", detail=f"'{ref[:20]}'", where=sheet)
    if len(letters) > 3 or len(digits) > 7:
        _refuse_far(sheet, MAX_ROW + 1, MAX_COL + 1)
    col = 0
    for ch in letters.upper():
        col = col * 26 + ord(ch) - 64
    columns[letters] = col
    return int(digits), col


def _dimension(sheet: str, attrs, columns: dict[str, int]) -> None:
    """The used range the file declares: a lie of a 17-billion-cell grid is refused too."""
    for end in attrs.get("ref", "").split(":"):
        if end:
            row, col = _position(sheet, end, columns)
            if row > MAX_ROW or col > MAX_COL or row * col > MAX_SHEET_CELLS:
                _refuse_far(sheet, row, col)


def _merged(scan: SheetScan, attrs, columns: dict[str, int]) -> None:
    first, _, last = attrs.get("ref", "").partition(":")
    if not first or not last:
        return
    (r1, c1), (r2, c2) = _position(scan.sheet, first, columns), _position(scan.sheet, last, columns)
    if len(scan.merged) >= MAX_MERGED:
        raise Rejected("x.unreadable", detail=f"> {MAX_MERGED} merged ranges", where=scan.sheet)
    scan.merged.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))


def _ref(sheet: str, row: int, col: int) -> str:
    from .validate import cell_ref

    return cell_ref(sheet, row, col)
