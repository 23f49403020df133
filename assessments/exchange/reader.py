"""Read an export or a filled template into answers, without touching any database.

``read_workbook`` never raises for a bad file: it returns a ParsedWorkbook whose ``problems``
list every fault found, each naming the file, the cell (``Yanıtlar!D14``) and what is wrong, so
a unit can fix them all in one pass. Columns are found by their stable keys and rows by their
question ids, so sorting, filtering, added columns and re-saving in Excel or LibreOffice do not
matter. python-calamine reads only the two or three sheets needed (a merge reads thousands).
"""

from __future__ import annotations

import contextlib
import io
import json
import re
import uuid as uuidlib
import zipfile
import zlib
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from .. import turkish
from ..messages import Problem, ValidationError
from ..questionnaire import Questionnaire
from ..scoring import Answer
from .canonical import answers_sha256
from .layout import (
    COLUMN_LABELS,
    FORM_KEYS,
    FORMAT_VERSION,
    KEY_COLUMNS,
    KINDS,
    META_SHEET,
    QUESTION_ID,
    SHEETS,
)
from .validate import (
    INVALID,
    answer_problems,
    cell_ref,
    level_names_index,
    parse_level,
    parse_not_applicable,
    parse_text,
)
from .workbook_safety import check_workbook, first_unparsable_part

# Templates that carry no uuid get one derived from what they answer, so a unit's corrected
# template is recognised as the same assessment when it comes back.
TEMPLATE_NAMESPACE = uuidlib.UUID("6f1d3c52-8a43-4c1e-9a0e-5b2f4c7d9e10")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_HEADER_WORDS = {turkish.fold(word) for pair in COLUMN_LABELS.values() for word in pair} | {QUESTION_ID}


@dataclass
class ParsedWorkbook:
    """What a workbook says, and everything wrong with it. Store it only when ``ok``."""

    file_name: str
    file_sha256: str = ""
    kind: str = ""  # export | template
    unit: str = ""
    round: str = ""
    respondent: str = ""
    status: str = "draft"
    assessment_uuid: str = ""
    uuid_derived: bool = False  # a template without a uuid: derived from questionnaire+unit+round
    revision: int = 0
    out_of_scope: tuple[str, ...] = ()
    created_at: str = ""
    updated_at: str = ""
    exported_at: str = ""
    saved_at: str = ""  # when the file was last saved (docProps/core.xml)
    questionnaire_id: str = ""
    questionnaire_version: str = ""
    questionnaire_fingerprint: str = ""
    app_version: str = ""
    declared_sha256: str = ""  # from the machine sheet
    computed_sha256: str = ""  # over the answers as read
    answers: dict[str, Answer] = field(default_factory=dict)
    rows: dict[str, str] = field(default_factory=dict)  # question id -> its row, e.g. "Yanıtlar!B14"
    meta: dict[str, str] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def modified(self) -> bool:
        """An export whose answers were changed after it was written."""
        return self.kind == "export" and self.declared_sha256 != self.computed_sha256

    def raise_if_invalid(self) -> None:
        if self.problems:
            raise ValidationError(self.problems, code="x.invalid_file")


class _Stop(Exception):
    """A problem after which nothing more of the file can be read."""


class _Reader:
    def __init__(self, path: Path, questionnaire: Questionnaire):
        self.path = path
        self.q = questionnaire
        self.parsed = ParsedWorkbook(file_name=path.name)

    def problem(self, code: str, where: str = "", **params) -> None:
        self.parsed.problems.append(Problem(code, params, self.path.name, where))

    def stop(self, code: str, where: str = "", **params):
        self.problem(code, where, **params)
        raise _Stop

    # -- the whole file -------------------------------------------------------------------

    def read(self) -> ParsedWorkbook:
        with contextlib.suppress(_Stop):
            self._read()
        return self.parsed

    def _read(self) -> None:
        try:
            checked = check_workbook(self.path)
        except ValidationError as exc:
            self.parsed.problems.extend(exc.problems)
            raise _Stop from None
        self.checked = checked
        self.reading = ""  # the sheet calamine is reading, for the place of its errors
        self.parsed.file_sha256 = checked.sha256
        self.parsed.saved_at = _iso(checked.saved_at) or ""
        from python_calamine import CalamineError, CalamineWorkbook

        try:
            self.book = CalamineWorkbook.from_filelike(io.BytesIO(checked.data))
            self._read_meta()
            self._read_answers()
            if self.parsed.kind == "template":
                self._read_form()
        # A damaged sheet inside a sound zip: calamine's errors, or zip/zlib ones from our scan.
        except (CalamineError, zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError) as exc:
            where = self.reading or first_unparsable_part(checked) or "zip"
            self.stop("x.unreadable", where, detail=str(exc) or type(exc).__name__)
        except BaseException as exc:
            if not _is_panic(exc):
                raise
            self.stop("x.unreadable", self.reading or "zip", detail=str(exc))
        self._identity()

    def _rows(self, sheet: str) -> list[list]:
        self.reading = sheet
        self._check_extent(sheet)
        rows = self.book.get_sheet_by_name(sheet).to_python(skip_empty_area=False)
        self.reading = ""
        return rows

    def _check_extent(self, sheet: str) -> None:
        """Refuse a sheet whose grid is too large before calamine allocates it: one value in
        cell XFD1048576 makes a 17-billion-cell grid, which aborts the whole process."""
        part = self.checked.sheet_parts.get(sheet)
        if not part:
            return
        positions = _POSITION.findall(self.checked.read_part(part))
        # One pass in C (findall), then the maxima over the distinct values only: this runs
        # for every file of a merge.
        rows = max((int(digits) for digits in {d for _, d in positions}), default=0)
        cols = max((_column_number(letters.decode()) for letters in {c for c, _ in positions} if letters),
                   default=0)
        if rows * max(cols, 1) > MAX_SHEET_CELLS:
            self.stop("x.sheet_too_large", cell_ref(sheet, rows, max(cols, 1)), sheet=sheet,
                      cells=rows * max(cols, 1), limit=MAX_SHEET_CELLS)

    # -- the machine sheet ----------------------------------------------------------------

    def _read_meta(self) -> None:
        if META_SHEET not in self.book.sheet_names:
            self.stop("x.no_meta", sheet=META_SHEET)
        meta, where = {}, {}
        for number, row in enumerate(self._rows(META_SHEET), start=1):
            if len(row) < 2 or not isinstance(row[0], str) or row[0].strip() in meta:
                continue
            key = row[0].strip()
            meta[key] = parse_text(row[1]).strip()
            where[key] = cell_ref(META_SHEET, number, 2)
        self.meta_where = where
        p = self.parsed
        p.meta = meta

        version = self._meta_int("format_version", fatal=True)
        if version > FORMAT_VERSION:
            self.stop("x.format_newer", where["format_version"], found=version, known=FORMAT_VERSION)
        p.kind = self._meta_required("kind", fatal=True)
        if p.kind not in KINDS:
            self.stop("x.meta_bad_value", where["kind"], key="kind", value=p.kind)
        p.questionnaire_id = self._meta_required("questionnaire_id", fatal=True)
        p.questionnaire_version = meta.get("questionnaire_version", "")
        p.questionnaire_fingerprint = meta.get("questionnaire_fingerprint", "")
        if p.questionnaire_id != self.q.id or p.questionnaire_fingerprint != self.q.fingerprint:
            self.stop("x.questionnaire_mismatch", where["questionnaire_id"],
                      found=f"{p.questionnaire_id}@{p.questionnaire_version or '?'}",
                      found_fp=p.questionnaire_fingerprint[:12], expected=self.q.label,
                      expected_fp=self.q.fingerprint[:12])

        is_export = p.kind == "export"
        p.unit = " ".join(meta.get("unit", "").split())
        p.round = meta.get("round", "").strip()
        p.respondent = meta.get("respondent", "")
        p.app_version = meta.get("app_version", "")
        p.assessment_uuid = meta.get("assessment_uuid", "")
        if (p.assessment_uuid or is_export) and self._meta_required("assessment_uuid"):
            try:
                p.assessment_uuid = str(uuidlib.UUID(p.assessment_uuid))
            except ValueError:
                self.problem("x.meta_bad_value", where["assessment_uuid"], key="assessment_uuid",
                             value=p.assessment_uuid)
        if is_export:
            p.revision = self._meta_int("revision")
            p.status = meta.get("status", "draft")
            if p.status not in ("draft", "final"):
                self.problem("x.meta_bad_value", where["status"], key="status", value=p.status)
            p.declared_sha256 = self._meta_required("answers_sha256")
            if p.declared_sha256 and not _SHA256.fullmatch(p.declared_sha256):
                self.problem("x.meta_bad_value", where["answers_sha256"], key="answers_sha256",
                             value=p.declared_sha256)
        else:
            p.status = "final"  # a filled template is the unit's submission
        p.out_of_scope = self._meta_scope()
        for key in ("created_at", "updated_at", "exported_at"):
            value = meta.get(key, "")
            stamp = _iso(value)
            if value and stamp is None:
                self.problem("x.meta_bad_value", where[key], key=key, value=value)
            setattr(p, key, stamp or "")

    def _meta_required(self, key: str, fatal: bool = False) -> str:
        value = self.parsed.meta.get(key, "")
        if not value:
            (self.stop if fatal else self.problem)("x.meta_missing", cell_ref(META_SHEET, 1, 1), key=key)
        return value

    def _meta_int(self, key: str, fatal: bool = False) -> int:
        value = self._meta_required(key, fatal)
        if not value:
            return 0
        try:
            number = int(value)
            if number < 0:
                raise ValueError(value)
            return number
        except ValueError:
            (self.stop if fatal else self.problem)("x.meta_bad_value", self.meta_where[key], key=key, value=value)
            return 0

    def _meta_scope(self) -> tuple[str, ...]:
        raw = self.parsed.meta.get("out_of_scope", "")
        if not raw:
            return ()
        try:
            scope = json.loads(raw)
            if not isinstance(scope, list) or not all(isinstance(d, str) for d in scope):
                raise ValueError(raw)
        except ValueError:
            self.problem("x.meta_bad_value", self.meta_where["out_of_scope"], key="out_of_scope", value=raw)
            return ()
        known = {d.id for d in self.q.dimensions}
        for dim in scope:
            if dim not in known:
                self.problem("x.meta_bad_value", self.meta_where["out_of_scope"], key="out_of_scope", value=dim)
        return tuple(sorted(set(scope) & known))

    # -- the Answers sheet ------------------------------------------------------------------

    def _find_answers(self) -> tuple[str, list[list], int]:
        """The sheet holding the key row, its rows, and the key row's index."""
        names = self.book.sheet_names
        known = [n for n in SHEETS["answers"] if n in names]
        others = [n for n in names if n not in known and n != META_SHEET]
        for name in known + others:
            rows = self._rows(name)
            for index, row in enumerate(rows):
                if any(isinstance(v, str) and v.strip().lower() == QUESTION_ID for v in row):
                    return name, rows, index
        self.stop("x.no_answers_sheet", key=QUESTION_ID)

    def _read_answers(self) -> None:
        sheet, rows, key_index = self._find_answers()
        columns: dict[str, int] = {}
        for col, value in enumerate(rows[key_index]):
            key = value.strip().lower() if isinstance(value, str) else ""
            if key not in KEY_COLUMNS:
                continue
            if key in columns:
                self.problem("x.duplicate_column", cell_ref(sheet, key_index + 1, col + 1), key=key,
                             first=cell_ref(sheet, key_index + 1, columns[key] + 1))
            else:
                columns[key] = col
        missing = [k for k in KEY_COLUMNS if k not in columns]
        for key in missing:
            self.problem("x.missing_column", cell_ref(sheet, key_index + 1, 1), key=key, row=key_index + 1)
        if missing:
            raise _Stop
        live = self._live_cells(sheet, set(columns.values()))
        names = level_names_index(self.q)
        ids = {q.id.casefold(): q.id for q in self.q.questions}
        answers, first_row = {}, {}
        self.rejected_rows = 0
        for index, row in enumerate(rows):
            if index == key_index:
                continue
            number = index + 1

            def value(key, row=row):
                col = columns[key]
                return row[col] if col < len(row) else ""

            def ref(key, number=number):
                return cell_ref(sheet, number, columns[key] + 1)

            raw_id = parse_text(value(QUESTION_ID)).strip()
            if not raw_id:
                if any(value(k) not in ("", None) for k in KEY_COLUMNS):
                    self.problem("x.row_without_id", ref(QUESTION_ID), row=number)
                continue
            qid = ids.get(raw_id.casefold())
            if qid is None:
                # Rows above the key row are headings (also after a sort that moved them).
                if index > key_index and turkish.fold(raw_id) not in _HEADER_WORDS:
                    self.problem("x.unknown_question", ref(QUESTION_ID), value=raw_id)
                continue
            if qid in first_row:
                self.problem("x.duplicate_question", ref(QUESTION_ID), value=qid, first=first_row[qid])
                continue
            first_row[qid] = ref(QUESTION_ID)
            before = len(self.parsed.problems)
            answer = self._answer(qid, value, ref, names, live, number, columns)
            if answer is not None:
                answers[qid] = answer
            self.rejected_rows += len(self.parsed.problems) > before
        self.parsed.answers = answers
        self.parsed.rows = first_row
        self.parsed.computed_sha256 = answers_sha256(answers.values())

    def _answer(self, qid, value, ref, names, live, number, columns) -> Answer | None:
        ok = True
        for key in KEY_COLUMNS:
            kind = live.get((number, columns[key] + 1))
            if kind:
                self.problem("x.formula" if kind == "formula" else "x.error_value", ref(key), field=key)
                ok = False
        levels = {}
        for key in ("current_level", "target_level"):
            level = parse_level(value(key), names)
            if level is INVALID:
                tr, en = COLUMN_LABELS[key]
                self.problem("x.level", ref(key), field=key, label_tr=tr, label_en=en,
                             value=_shown(value(key)))
                ok = False
            levels[key] = level
        na = parse_not_applicable(value("not_applicable"))
        if na is INVALID:
            self.problem("x.not_applicable", ref("not_applicable"), value=_shown(value("not_applicable")))
            ok = False
        if not ok:
            return None
        answer = Answer(qid, current=levels["current_level"], target=levels["target_level"],
                        not_applicable=na, note=parse_text(value("note")),
                        evidence=parse_text(value("evidence")))
        problems = answer_problems(answer, ref, self.path.name)
        self.parsed.problems.extend(problems)
        return None if problems or answer.is_blank else answer

    def _live_cells(self, sheet: str, columns: set[int]) -> dict[tuple[int, int], str]:
        """Cells of the key columns holding a formula or an error value: calamine reads only
        cached values, which for such cells are absent or misleading."""
        part = self.checked.sheet_parts.get(sheet)
        if not part:
            return {}
        xml = self.checked.read_part(part)
        if not _FORMULA.search(xml) and b't="e"' not in xml:  # the usual case: one quick scan
            return {}
        found = {}
        for match in _CELL.finditer(xml):
            attrs, body = match.group(1), match.group(2) or b""
            kind = "formula" if _FORMULA.search(body) else "error" if b't="e"' in attrs else None
            where = _REF.search(attrs) if kind else None
            if where:
                col = _column_number(where.group(1).decode())
                if col - 1 in columns:
                    found[(int(where.group(2)), col)] = kind
        return found

    # -- a template's form and the identity ----------------------------------------------

    def _read_form(self) -> None:
        names = [n for n in SHEETS["instructions"] if n in self.book.sheet_names]
        if not names:
            return
        form = {}
        for row in self._rows(names[0]):
            for col, cell in enumerate(row):
                key = cell.strip().lower() if isinstance(cell, str) else ""
                if key in FORM_KEYS and key not in form and col + 2 < len(row):
                    form[key] = parse_text(row[col + 2]).strip()
        p = self.parsed
        p.unit = " ".join(form.get("unit", "").split()) or p.unit
        p.round = form.get("round", "") or p.round
        p.respondent = form.get("respondent", "") or p.respondent

    def _identity(self) -> None:
        p = self.parsed
        form_sheet = next((n for n in SHEETS["instructions"] if n in self.book.sheet_names), META_SHEET)
        for key in ("unit", "round"):
            if not getattr(p, key):
                where = form_sheet if p.kind == "template" else self.meta_where.get(key, META_SHEET)
                self.problem(f"x.{key}_missing", where)
        if p.kind == "template":
            if not p.answers and not self.rejected_rows:
                self.problem("x.no_answers")
            p.exported_at = p.saved_at or p.exported_at
            if not p.assessment_uuid and p.unit and p.round:
                p.assessment_uuid = str(uuidlib.uuid5(
                    TEMPLATE_NAMESPACE, f"{p.questionnaire_id}|{turkish.fold(p.unit)}|{p.round}"))
                p.uuid_derived = True


MAX_SHEET_CELLS = 2_000_000  # rows x columns; an answers sheet has ~60 x 11
_POSITION = re.compile(rb'<(?:\w+:)?(?:c|row)\s[^>]*?\br="([A-Z]{0,3})([0-9]{1,7})"')
_CELL = re.compile(rb"<(?:\w+:)?c\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?c>)", re.S)
_FORMULA = re.compile(rb"<(?:\w+:)?f[\s>/]")
_REF = re.compile(rb'\br="([A-Z]+)([0-9]+)"')


def _is_panic(exc: BaseException) -> bool:
    """A panic inside calamine (e.g. a date cell far out of range) reaches Python as pyo3's
    PanicException, which derives from BaseException, not Exception."""
    return type(exc).__name__ == "PanicException"


def _column_number(letters: str) -> int:
    number = 0
    for ch in letters:
        number = number * 26 + ord(ch) - 64
    return number


def _shown(value) -> str:
    """A cell value as the message shows it: 2.5, TRUE, üç."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip() if not isinstance(value, bool) else ("TRUE" if value else "FALSE")


def _iso(value: str) -> str | None:
    """A timestamp as UTC ISO 8601 with milliseconds and ``Z``; None when unreadable."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def read_workbook(path: str | Path, questionnaire: Questionnaire) -> ParsedWorkbook:
    """Read and validate one export or filled template. Never raises for a bad file: look at
    ``.problems`` (or call ``.raise_if_invalid()``)."""
    return _Reader(Path(path), questionnaire).read()
