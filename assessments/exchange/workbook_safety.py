"""Is this file a sane .xlsx before any spreadsheet library opens it?

Files arrive by e-mail from dozens of units; some will be old .xls files, password-protected,
macro-enabled, half-copied or simply something else renamed. Each gets one clear problem
instead of a library's exception, and a zip bomb is refused by its declared sizes before it is
unpacked. The few small XML parts read here are parsed with defusedxml (no entity expansion).
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
)
MEGABYTE = 1024 * 1024
XML_SUFFIXES = (".xml", ".rels", ".vml")
PROLOG_BYTES = 8192  # a DTD stands in the prolog, before the root element
DTD_MARKERS = tuple(marker.encode(codec) for marker in ("<!DOCTYPE", "<!ENTITY")
                    for codec in ("ascii", "utf-16-le", "utf-16-be"))


@dataclass
class CheckedWorkbook:
    """A file that passed the checks: its bytes, digest and where each sheet lives."""

    path: Path
    data: bytes
    sha256: str
    sheet_parts: dict[str, str]  # sheet name -> zip member, e.g. "xl/worksheets/sheet2.xml"
    sheet_states: dict[str, str]  # sheet name -> visible | hidden | veryHidden
    saved_at: str  # dcterms:modified from docProps/core.xml ("" when absent)
    _zip: zipfile.ZipFile = field(repr=False, default=None)

    def read_part(self, name: str) -> bytes:
        return read_member(self._zip, name)


def read_member(archive: zipfile.ZipFile, name: str) -> bytes:
    """A member's bytes, unpacked no further than its declared (checked) size: a member that
    holds more fails its CRC check instead of filling the memory."""
    try:
        info = archive.getinfo(name)
    except KeyError:  # the workbook's relationships name a part the zip lacks
        raise zipfile.BadZipFile(f"'{name}' is missing") from None
    with archive.open(info) as part:
        return part.read(info.file_size)


class _Rejected(Exception):
    def __init__(self, code: str, **params):
        super().__init__(code)
        self.code, self.params = code, params


def check_workbook(path: str | Path) -> CheckedWorkbook:
    """Check ``path`` and return its contents; raise ValidationError naming the one reason the
    file cannot be read as a workbook."""
    path = Path(path)
    try:
        return _check(path)
    except _Rejected as rejected:
        raise ValidationError([Problem(rejected.code, rejected.params, path.name)], code="x.invalid_file") from None


def _check(path: Path) -> CheckedWorkbook:
    if path.is_dir():
        raise _Rejected("x.is_folder")
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise _Rejected("x.not_found") from None
    except OSError as exc:
        raise _Rejected("x.unreadable", detail=exc.strerror or str(exc)) from None
    if size == 0:
        raise _Rejected("x.empty_file")
    if size > MAX_FILE_BYTES:
        raise _Rejected("x.too_large", size=_mb(size), limit=_mb(MAX_FILE_BYTES))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise _Rejected("x.unreadable", detail=exc.strerror or str(exc)) from None
    if data.startswith(OLE2_SIGNATURE):
        raise _Rejected("x.ole2")
    if not data.startswith(ZIP_SIGNATURE):
        raise _Rejected("x.not_xlsx")
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, NotImplementedError) as exc:
        raise _Rejected("x.corrupt", detail=str(exc)) from None
    _check_sizes(members)
    names = {m.filename for m in members}
    if any(name.lower().endswith("vbaproject.bin") for name in names):
        raise _Rejected("x.macros")
    _refuse_dtds(archive, members)
    types = _content_types(archive, names)
    if any("macroenabled" in t.lower() or "vba" in t.lower() for t in types.values()):
        raise _Rejected("x.macros")
    workbook_part = next((part for part, t in types.items() if t in WORKBOOK_TYPES), None)
    if workbook_part is None or workbook_part not in names:
        raise _Rejected("x.missing_part", part="xl/workbook.xml")
    sheet_parts, states = _sheets(archive, names, workbook_part)
    return CheckedWorkbook(
        path=path, data=data, sha256=hashlib.sha256(data).hexdigest(), sheet_parts=sheet_parts,
        sheet_states=states, saved_at=_saved_at(archive, names), _zip=archive,
    )


def _mb(size: int) -> str:
    return f"{size / MEGABYTE:.1f}"


def _check_sizes(members: list[zipfile.ZipInfo]) -> None:
    if len(members) > MAX_PARTS:
        raise _Rejected("x.too_many_parts", count=len(members), limit=MAX_PARTS)
    if any(m.flag_bits & 0x1 for m in members):
        raise _Rejected("x.ole2")  # a zip with encrypted members: password protected
    total = sum(m.file_size for m in members)
    if total > MAX_UNPACKED_BYTES:
        raise _Rejected("x.unpacked_too_large", size=_mb(total), limit=_mb(MAX_UNPACKED_BYTES))
    for m in members:
        if m.file_size >= RATIO_CHECKED_FROM and m.file_size > MAX_RATIO * max(m.compress_size, 1):
            raise _Rejected("x.bomb_ratio", part=m.filename, ratio=m.file_size // max(m.compress_size, 1))


def _refuse_dtds(archive: zipfile.ZipFile, members: list[zipfile.ZipInfo]) -> None:
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
            raise _Rejected("x.corrupt", detail=f"{member.filename}: {exc}") from None
        if any(marker in head for marker in DTD_MARKERS):
            raise _Rejected("x.unsafe_xml", part=member.filename, detail="DTD")


def first_unparsable_part(checked: CheckedWorkbook) -> str:
    """The first XML part that does not parse, or "": the place of a failure to open."""
    for name in checked._zip.namelist():
        if name.lower().endswith(XML_SUFFIXES):
            try:
                _parse(checked._zip, name)
            except _Rejected:
                return name
    return ""


def _parse(archive: zipfile.ZipFile, name: str):
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import fromstring

    try:
        return fromstring(read_member(archive, name))
    except DefusedXmlException as exc:
        raise _Rejected("x.unsafe_xml", part=name, detail=type(exc).__name__) from None
    except Exception as exc:  # bad XML, or a damaged member: zlib.error, BadZipFile, CRC mismatch
        raise _Rejected("x.corrupt", detail=f"{name}: {exc}") from None


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _content_types(archive: zipfile.ZipFile, names: set[str]) -> dict[str, str]:
    if CONTENT_TYPES not in names:
        raise _Rejected("x.missing_part", part=CONTENT_TYPES)
    root = _parse(archive, CONTENT_TYPES)
    types = {}
    for element in root:
        if _local(element.tag) == "Override":
            types[element.get("PartName", "").lstrip("/")] = element.get("ContentType", "")
    return types


def _sheets(archive: zipfile.ZipFile, names: set[str], workbook_part: str):
    folder, base = posixpath.split(workbook_part)
    rels_part = posixpath.join(folder, "_rels", f"{base}.rels")
    if rels_part not in names:
        raise _Rejected("x.missing_part", part=rels_part)
    targets = {}
    for rel in _parse(archive, rels_part):
        target = rel.get("Target", "")
        if target.startswith("/"):
            target = target.lstrip("/")
        else:
            target = posixpath.normpath(posixpath.join(folder, target))
        targets[rel.get("Id")] = target
    parts, states = {}, {}
    for element in _parse(archive, workbook_part).iter():
        if _local(element.tag) != "sheet":
            continue
        rel_id = next((v for k, v in element.attrib.items() if _local(k) == "id"), None)
        name = element.get("name", "")
        parts[name] = targets.get(rel_id, "")
        states[name] = element.get("state", "visible")
    return parts, states


def _saved_at(archive: zipfile.ZipFile, names: set[str]) -> str:
    if "docProps/core.xml" not in names:
        return ""
    for element in _parse(archive, "docProps/core.xml"):
        if _local(element.tag) == "modified" and element.text:
            return element.text.strip()
    return ""
