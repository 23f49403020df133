"""Read an export or a filled template into answers, without touching any database.

``read_workbook`` never raises for a bad file: it returns a ParsedWorkbook whose ``problems``
list every fault found, each naming the file, the cell (``Yanıtlar!D14``) and what is wrong, so
a unit can fix them all in one pass. Columns are found by their stable keys and rows by their
question ids, so sorting, filtering, added columns and re-saving in Excel or LibreOffice do not
matter. python-calamine reads only the two or three sheets needed (a merge reads thousands),
each after the safety check of its XML (``workbook_safety.SafeBook``). The file may be .xlsx,
.xlsm, .xlsb, .ods or .xls (told by its content): a unit's export or template re-saved by Excel
or LibreOffice in any of them reads as the original, hidden ``_meta`` sheet included.

``other_versions=True`` (the merge) also reads a file of another version of the same
questionnaire, matching questions by id; ``ParsedWorkbook.differences`` then says what differs.
"""

from __future__ import annotations

import contextlib
import json
import re
import uuid as uuidlib
import zipfile
import zlib
from dataclasses import dataclass, field
from pathlib import Path

from .. import clock, legacy, turkish
from ..messages import Problem, ValidationError
from ..questionnaire import Questionnaire
from ..scoring import Answer
from .canonical import answers_sha256, content_sha256
from .layout import (
    COLUMN_LABELS,
    FORM_KEYS,
    FORMAT_VERSION,
    KEY_COLUMNS,
    KINDS,
    MAX_NAME,
    MAX_REVISION,
    MAX_ROUND,
    META_SHEET,
    QUESTION_ID,
    SCOPE_KEY,
    SCOPE_LABELS,
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
    shown,
)
from .workbook_safety import SafeBook, SheetScan, check_workbook, first_unparsable_part

# Templates that carry no uuid get one derived from what they answer, so a unit's corrected
# template is recognised as the same assessment when it comes back.
TEMPLATE_NAMESPACE = uuidlib.UUID("6f1d3c52-8a43-4c1e-9a0e-5b2f4c7d9e10")
_SHA256 = re.compile(r"[0-9a-f]{64}")
_HEADER_WORDS = {turkish.fold(word) for pair in COLUMN_LABELS.values() for word in pair} | {
    QUESTION_ID
}
_TIMES = ("created_at", "updated_at", "exported_at")


@dataclass(frozen=True)
class VersionDifferences:
    """A file of another version of the coordinator's questionnaire (``other_versions``)."""

    found: str  # the file's questionnaire, id@version
    unknown_ids: tuple[str, ...] = ()  # question ids of the file this questionnaire lacks
    missing_ids: tuple[str, ...] = ()  # questions of this questionnaire the file lacks
    unknown_dimensions: tuple[str, ...] = ()  # out-of-scope dimensions this questionnaire lacks


@dataclass
class ParsedWorkbook:
    """What a workbook says, and everything wrong with it. Store it only when ``ok``."""

    file_name: str
    file_sha256: str = ""
    format_version: int = 0
    kind: str = ""  # export | template
    unit: str = ""
    round: str = ""
    respondent: str = ""
    status: str = "draft"
    assessment_uuid: str = ""
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
    profile: str | None = None  # the unit profile the file was made for; None: none (1.x)
    declared_sha256: str = ""  # from the machine sheet (format 1: answers; 2: identity + answers)
    computed_sha256: str = ""  # the same over what was read
    answers: dict[str, Answer] = field(default_factory=dict)
    rows: dict[str, str] = field(default_factory=dict)  # question id -> its row, "Yanıtlar!B14"
    meta: dict[str, str] = field(default_factory=dict)
    differences: VersionDifferences | None = None  # another questionnaire version was read
    review: dict[str, str] = field(default_factory=dict)  # 1.x file: 2.0 id -> its 1.x id
    notices: list[Problem] = field(default_factory=list)  # warnings: the file is still read
    problems: list[Problem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    @property
    def modified(self) -> bool:
        """An export whose content (format 2: also its identity) changed after it was written."""
        return self.kind == "export" and self.declared_sha256 != self.computed_sha256

    def raise_if_invalid(self) -> None:
        if self.problems:
            raise ValidationError(self.problems, code="x.invalid_file")


def read_workbook(
    path: str | Path, questionnaire: Questionnaire, *, other_versions: bool = False
) -> ParsedWorkbook:
    """Read and validate one export or filled template. Never raises for a bad file: look at
    ``.problems`` (or call ``.raise_if_invalid()``). ``other_versions``: accept a file of
    another version of the same questionnaire, matching questions by id (docs/merging.md);
    answers to ids this version lacks are read (and checksummed) too, and ``.differences``
    lists what differs."""
    return _Reader(Path(path), questionnaire, other_versions).read()


class _Stop(Exception):
    """A problem after which nothing more of the file can be read."""


@dataclass
class _AnswersSheet:
    name: str
    rows: list[list]
    key_index: int  # the key row's index in rows
    scan: SheetScan
    columns: dict[str, int] = field(default_factory=dict)  # key -> 0-based column


class _Reader:
    def __init__(self, path: Path, questionnaire: Questionnaire, other_versions: bool):
        self.path = path
        self.q = questionnaire
        self.other_versions = other_versions
        self.other_version = False  # the file is of another version of the questionnaire
        self.read_q = questionnaire  # the questionnaire the file's rows are read with
        self.legacy = False  # a 1.x file, read with 1.0.0 and mapped onto this version
        self.unknown_ids: list[str] = []
        self.unknown_dimensions: list[str] = []
        self.parsed = ParsedWorkbook(file_name=path.name)
        self.meta_where: dict[str, str] = {}
        self.form_sheet: str | None = None
        self.rejected_rows = 0

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
        self.reading = ""  # the sheet calamine is reading, for the place of its errors
        self.parsed.file_sha256 = checked.sha256
        self.parsed.saved_at = clock.iso(checked.saved_at) or ""
        from python_calamine import CalamineError, PasswordError

        try:
            self.book = SafeBook(checked)
            self._read_meta()
            sheet = self._read_answers()
            if self.parsed.kind == "template":
                self._read_form(sheet.name)
        except ValidationError as exc:  # the XML check of a sheet refused it
            self.parsed.problems.extend(exc.problems)
            raise _Stop from None
        except PasswordError:  # encrypted in a way the check did not see
            self.stop("x.password")
        # A damaged sheet inside a sound zip: calamine's errors, or zip/zlib ones from our scan.
        except (
            CalamineError,
            zipfile.BadZipFile,
            zlib.error,
            OSError,
            EOFError,
            ValueError,
        ) as exc:
            where = self.reading or first_unparsable_part(checked) or "zip"
            self.stop("x.unreadable", where, detail=str(exc)[:300] or type(exc).__name__)
        except BaseException as exc:
            if not _is_panic(exc):
                raise
            self.stop("x.unreadable", self.reading or "zip", detail=str(exc)[:300])
        self._identity()
        self._checksum()
        if self.legacy:
            self._map_legacy()

    def _rows(self, sheet: str) -> tuple[list[list], SheetScan]:
        self.reading = sheet
        rows, scan = self.book.read(sheet)
        self.reading = ""
        return rows, scan

    def _refuse_live(
        self, scan: SheetScan, columns: set[int] | None = None, field_of=lambda row, col: ""
    ) -> bool:
        """Report the formulas and error values in ``columns`` (1-based; None: all); True when
        there were any. calamine reads only cached values, absent or misleading for them."""
        found = False
        for (row, col), kind in sorted(scan.live.items()):
            if columns is None or col in columns:
                where = cell_ref(scan.sheet, row, col)
                self.problem(
                    "x.formula" if kind == "formula" else "x.error_value",
                    where,
                    field=field_of(row, col) or where,
                )
                found = True
        return found

    # -- the machine sheet ----------------------------------------------------------------

    def _read_meta(self) -> None:
        if META_SHEET not in self.book.sheet_names:
            self.stop("x.no_meta", sheet=META_SHEET)
        rows, scan = self._rows(META_SHEET)
        meta, where = {}, {}
        for number, row in enumerate(rows, start=1):
            if len(row) < 2 or not isinstance(row[0], str) or row[0].strip() in meta:
                continue
            key = row[0].strip()
            meta[key] = parse_text(row[1]).strip()
            where[key] = cell_ref(META_SHEET, number, 2)
        self.meta_where = where
        self.parsed.meta = meta

        def key_of(row, col):
            cell = rows[row - 1][0] if row - 1 < len(rows) and rows[row - 1] else ""
            return shown(cell) if cell else ""

        if self._refuse_live(scan, {1, 2}, key_of):
            raise _Stop
        self._meta_header()
        self._meta_identity()

    def _meta_header(self) -> None:
        p, meta, where = self.parsed, self.parsed.meta, self.meta_where
        version = self._meta_int("format_version", fatal=True)
        if version > FORMAT_VERSION:
            self.stop(
                "x.format_newer", where["format_version"], found=version, known=FORMAT_VERSION
            )
        p.format_version = version
        p.kind = self._meta_required("kind", fatal=True)
        if p.kind not in KINDS:
            self.stop("x.meta_bad_value", where["kind"], key="kind", value=shown(p.kind))
        p.questionnaire_id = self._meta_required("questionnaire_id", fatal=True)
        p.questionnaire_version = meta.get("questionnaire_version", "")
        p.questionnaire_fingerprint = meta.get("questionnaire_fingerprint", "")
        if p.questionnaire_id == self.q.id and p.questionnaire_fingerprint == self.q.fingerprint:
            return
        if p.questionnaire_id == self.q.id and self._legacy_questionnaire():
            return
        if self.other_versions and p.questionnaire_id == self.q.id:
            self.other_version = True  # the same questionnaire in another version: by id
            return
        self.stop(
            "x.questionnaire_mismatch",
            where["questionnaire_id"],
            found=shown(f"{p.questionnaire_id}@{p.questionnaire_version or '?'}"),
            found_fp=p.questionnaire_fingerprint[:12],
            expected=self.q.label,
            expected_fp=self.q.fingerprint[:12],
        )

    def _legacy_questionnaire(self) -> bool:
        """A file of questionnaire 1.0.0 read by a later major version: its rows are read
        with 1.0.0 (ids, level names) and its answers mapped afterwards (``legacy``)."""
        p = self.parsed
        if legacy.needs_mapping(self.q.version) or not legacy.needs_mapping(
            p.questionnaire_version
        ):
            return False
        previous = legacy.previous_questionnaire()
        if p.questionnaire_fingerprint != previous.fingerprint:
            return False
        self.read_q, self.legacy = previous, True
        return True

    def _meta_identity(self) -> None:
        p, meta, where = self.parsed, self.parsed.meta, self.meta_where
        is_export = p.kind == "export"
        p.unit = self._bounded("unit", " ".join(meta.get("unit", "").split()), MAX_NAME)
        p.round = self._bounded("round", meta.get("round", "").strip(), MAX_ROUND)
        p.respondent = self._bounded("respondent", meta.get("respondent", ""), MAX_NAME)
        p.app_version = meta.get("app_version", "")[:100]
        p.assessment_uuid = meta.get("assessment_uuid", "")
        if (p.assessment_uuid or is_export) and self._meta_required("assessment_uuid"):
            try:
                p.assessment_uuid = str(uuidlib.UUID(p.assessment_uuid))
            except ValueError:
                self.problem(
                    "x.meta_bad_value",
                    where["assessment_uuid"],
                    key="assessment_uuid",
                    value=shown(p.assessment_uuid),
                )
        if is_export:
            p.revision = self._meta_int("revision", maximum=MAX_REVISION)
            p.status = meta.get("status", "draft")
            if p.status not in ("draft", "final"):
                self.problem(
                    "x.meta_bad_value", where["status"], key="status", value=shown(p.status)
                )
            hash_key = "content_sha256" if p.format_version >= 2 else "answers_sha256"
            p.declared_sha256 = self._meta_required(hash_key)
            if p.declared_sha256 and not _SHA256.fullmatch(p.declared_sha256):
                self.problem(
                    "x.meta_bad_value",
                    where[hash_key],
                    key=hash_key,
                    value=shown(p.declared_sha256),
                )
        else:
            p.status = "final"  # a filled template is the unit's submission
        p.out_of_scope = self._meta_scope()
        p.profile = self._meta_profile()
        for key in _TIMES:
            setattr(p, key, self._meta_time(key))

    def _meta_profile(self) -> str | None:
        """The file's unit profile: it decides which practices count, so an id the
        questionnaire does not know is refused, naming the cell, not silently dropped."""
        profile = self.parsed.meta.get("profile", "").strip()
        if not profile:
            return None
        if profile not in self.read_q.profiles and profile not in self.q.profiles:
            where = self.meta_where["profile"]
            self.problem("x.meta_bad_value", where, key="profile", value=shown(profile))
            return None
        return profile if profile in self.q.profiles else None

    def _bounded(self, key: str, value: str, limit: int) -> str:
        if len(value) > limit:
            where = self.meta_where.get(key, cell_ref(META_SHEET, 1, 1))
            self.problem("x.value_too_long", where, key=key, length=len(value), limit=limit)
            return value[:limit]
        return value

    def _meta_time(self, key: str) -> str:
        value = self.parsed.meta.get(key, "")
        stamp = clock.iso(value)
        where = self.meta_where.get(key, META_SHEET)
        if value and stamp is None:
            self.problem("x.meta_bad_value", where, key=key, value=shown(value))
        elif stamp and clock.in_future(stamp):
            self.problem("x.time_in_future", where, key=key, value=shown(value))
        return stamp or ""

    def _meta_required(self, key: str, fatal: bool = False) -> str:
        value = self.parsed.meta.get(key, "")
        if not value:
            (self.stop if fatal else self.problem)(
                "x.meta_missing", cell_ref(META_SHEET, 1, 1), key=key
            )
        return value

    def _meta_int(self, key: str, fatal: bool = False, maximum: int = 10**6) -> int:
        value = self._meta_required(key, fatal)
        if not value:
            return 0
        if value.isascii() and value.isdigit() and len(value) <= 20 and int(value) <= maximum:
            return int(value)
        (self.stop if fatal else self.problem)(
            "x.meta_bad_value", self.meta_where[key], key=key, value=shown(value)
        )
        return 0

    def _meta_scope(self) -> tuple[str, ...]:
        raw = self.parsed.meta.get("out_of_scope", "")
        if not raw:
            return ()
        where = self.meta_where["out_of_scope"]
        try:
            scope = json.loads(raw)
            if not isinstance(scope, list) or not all(isinstance(d, str) for d in scope):
                raise ValueError(raw)
        except (ValueError, RecursionError):  # json.loads recurses into "[[[[...": bounded
            self.problem("x.meta_bad_value", where, key="out_of_scope", value=shown(raw))
            return ()
        known = {d.id for d in self.read_q.dimensions}
        unknown = sorted(set(scope) - known)
        if self.other_version:
            self.unknown_dimensions = unknown
        else:
            for dim in unknown:
                self.problem("x.meta_bad_value", where, key="out_of_scope", value=shown(dim))
        return tuple(sorted(set(scope) & known))

    # -- the Answers sheet ------------------------------------------------------------------

    def _find_answers(self) -> _AnswersSheet:
        """The sheet holding the key row, its rows, and the key row's index."""
        names = self.book.sheet_names
        known = [n for n in SHEETS["answers"] if n in names]
        others = [n for n in names if n not in known and n != META_SHEET]
        for name in known + others:
            rows, scan = self._rows(name)
            for index, row in enumerate(rows):
                if any(isinstance(v, str) and v.strip().lower() == QUESTION_ID for v in row):
                    return _AnswersSheet(name, rows, index, scan)
        self.stop("x.no_answers_sheet", key=QUESTION_ID)

    def _find_columns(self, sheet: _AnswersSheet) -> None:
        key_row = sheet.key_index + 1
        for col, value in enumerate(sheet.rows[sheet.key_index]):
            key = value.strip().lower() if isinstance(value, str) else ""
            if key not in KEY_COLUMNS:
                continue
            if key in sheet.columns:
                self.problem(
                    "x.duplicate_column",
                    cell_ref(sheet.name, key_row, col + 1),
                    key=key,
                    first=cell_ref(sheet.name, key_row, sheet.columns[key] + 1),
                )
            else:
                sheet.columns[key] = col
        missing = [k for k in KEY_COLUMNS if k not in sheet.columns]
        for key in missing:
            self.problem("x.missing_column", cell_ref(sheet.name, key_row, 1), key=key, row=key_row)
        if missing:
            raise _Stop

    def _question_ids(self, sheet: _AnswersSheet) -> dict[str, str]:
        """Folded question id -> id, for the rows to read: this questionnaire's, and with
        ``other_versions`` also the file's ids this version lacks (read, not scored)."""
        ids = {q.id.casefold(): q.id for q in self.read_q.questions}
        if self.other_version:
            column = sheet.columns[QUESTION_ID]
            extra: dict[str, str] = {}
            for row in sheet.rows[sheet.key_index + 1 :]:
                raw = parse_text(row[column]).strip() if column < len(row) else ""
                if raw and raw.casefold() not in ids and turkish.fold(raw) not in _HEADER_WORDS:
                    extra.setdefault(raw.casefold(), raw)
            self.unknown_ids = list(extra.values())
            ids.update(extra)
        return ids

    def _read_answers(self) -> _AnswersSheet:
        sheet = self._find_answers()
        self._find_columns(sheet)
        columns = sheet.columns
        key_columns = {columns[k] + 1 for k in KEY_COLUMNS}
        live = {cell: kind for cell, kind in sheet.scan.live.items() if cell[1] in key_columns}
        names = level_names_index(self.read_q)
        ids = self._question_ids(sheet)
        answers, first_row, answer_rows = {}, {}, set()
        for index, row in enumerate(sheet.rows):
            if index == sheet.key_index:
                continue
            number = index + 1

            def value(key, row=row):
                col = columns[key]
                return row[col] if col < len(row) else ""

            def ref(key, number=number):
                return cell_ref(sheet.name, number, columns[key] + 1)

            raw_id = parse_text(value(QUESTION_ID)).strip()
            if not raw_id:
                if any(value(k) not in ("", None) for k in KEY_COLUMNS):
                    self.problem("x.row_without_id", ref(QUESTION_ID), row=number)
                continue
            qid = ids.get(raw_id.casefold())
            if qid is None:
                # Rows above the key row are headings (also after a sort that moved them).
                if index > sheet.key_index and turkish.fold(raw_id) not in _HEADER_WORDS:
                    self.problem("x.unknown_question", ref(QUESTION_ID), value=shown(raw_id))
                continue
            if qid in first_row:
                self.problem(
                    "x.duplicate_question", ref(QUESTION_ID), value=shown(qid), first=first_row[qid]
                )
                continue
            first_row[qid] = ref(QUESTION_ID)
            answer_rows.add(number)
            before = len(self.parsed.problems)
            answer = self._answer(qid, value, ref, names, live, number, columns)
            if answer is not None:
                answers[qid] = answer
            self.rejected_rows += len(self.parsed.problems) > before
        self._refuse_merged(sheet, answer_rows)
        self.parsed.answers = answers
        self.parsed.rows = first_row
        return sheet

    def _refuse_merged(self, sheet: _AnswersSheet, answer_rows: set[int]) -> None:
        """A range merged over answer cells: calamine gives its first cell the value and the
        others none, so a level merged over three questions would answer one, silently."""
        key_row = sheet.key_index + 1
        key_columns = {sheet.columns[k] + 1 for k in KEY_COLUMNS}
        for r1, c1, r2, c2 in sheet.scan.merged:
            if (r1, c1) == (r2, c2) or not any(c1 <= col <= c2 for col in key_columns):
                continue
            if r2 > key_row or any(r1 <= row <= r2 for row in answer_rows):
                self.problem(
                    "x.merged_cells",
                    cell_ref(sheet.name, r1, c1),
                    range=f"{cell_ref(sheet.name, r1, c1)}:"
                    f"{cell_ref(sheet.name, r2, c2).rsplit('!', 1)[1]}",
                )

    def _answer(self, qid, value, ref, names, live, number, columns) -> Answer | None:
        ok = True
        for key in KEY_COLUMNS:
            kind = live.get((number, columns[key] + 1))
            if kind:
                self.problem(
                    "x.formula" if kind == "formula" else "x.error_value", ref(key), field=key
                )
                ok = False
        levels = {}
        for key in ("current_level", "target_level"):
            level = parse_level(value(key), names)
            if level is INVALID:
                tr, en = COLUMN_LABELS[key]
                self.problem(
                    "x.level",
                    ref(key),
                    field=key,
                    label_tr=tr,
                    label_en=en,
                    value=shown(value(key)),
                )
                ok = False
            levels[key] = level
        na = parse_not_applicable(value("not_applicable"))
        if na is INVALID:
            self.problem(
                "x.not_applicable", ref("not_applicable"), value=shown(value("not_applicable"))
            )
            ok = False
        if not ok:
            return None
        answer = Answer(
            qid,
            current=levels["current_level"],
            target=levels["target_level"],
            not_applicable=na,
            note=parse_text(value("note")),
            evidence=parse_text(value("evidence")),
        )
        problems = answer_problems(answer, ref, self.path.name)
        self.parsed.problems.extend(problems)
        return None if problems or answer.is_blank else answer

    # -- a template's form, the identity and the checksum ----------------------------------

    def _read_form(self, answers_sheet: str) -> None:
        """The form (unit, round, respondent) on the instructions sheet: its keys stand in a
        hidden column, the value two columns to the right. A renamed sheet is found by them."""
        names = self.book.sheet_names
        known = [n for n in SHEETS["instructions"] if n in names]
        others = [n for n in names if n not in known and n not in (META_SHEET, answers_sheet)]
        for name in known + others:
            rows, scan = self._rows(name)
            form, scope = {}, {}
            for number, row in enumerate(rows, start=1):
                for col, cell in enumerate(row):
                    key = cell.strip().lower() if isinstance(cell, str) else ""
                    value = row[col + 2] if col + 2 < len(row) else ""
                    if key in FORM_KEYS and key not in form and col + 2 < len(row):
                        form[key] = parse_text(value).strip()
                    elif key.startswith(SCOPE_KEY) and key not in scope:
                        scope[key] = (value, cell_ref(name, number, col + 3))
            if form or scope or name in known:
                self.form_sheet = name
                self._refuse_live(scan)
                self._take_form(form)
                self._take_scope(scope)
                return

    def _take_form(self, form: dict[str, str]) -> None:
        p = self.parsed
        p.unit = self._bounded("unit", " ".join(form.get("unit", "").split()), MAX_NAME) or p.unit
        p.round = self._bounded("round", form.get("round", ""), MAX_ROUND) or p.round
        p.respondent = (
            self._bounded("respondent", form.get("respondent", ""), MAX_NAME) or p.respondent
        )

    def _take_scope(self, scope: dict[str, tuple[object, str]]) -> None:
        """The dimensions the unit marked out of scope on the form (``out_of_scope:<id>``
        cells: Yes/No, empty is No), added to the machine sheet's. Answers given in such a
        dimension are kept, as the app keeps them, but do not count: a notice says so."""
        p = self.parsed
        dimensions = {d.id.casefold(): d for d in self.read_q.dimensions}
        marked = set(p.out_of_scope)
        for key, (value, where) in scope.items():
            dim = dimensions.get(key[len(SCOPE_KEY) :].strip().casefold())
            if dim is None:
                continue  # a dimension of another questionnaire version: nothing to count
            chosen = parse_not_applicable(value)
            if chosen is INVALID:
                (tr, en) = SCOPE_LABELS["out_of_scope"]
                self.problem(
                    "x.scope_value",
                    where,
                    label_tr=tr,
                    label_en=en,
                    dimension_tr=dim.name.get("tr"),
                    dimension_en=dim.name.get("en"),
                    value=shown(value),
                )
            elif chosen:
                marked.add(dim.id)
        p.out_of_scope = tuple(sorted(marked))
        for dim_id in p.out_of_scope:
            dim = self.read_q.dimension(dim_id)
            given = [q.id for q in dim.questions if q.id in p.answers]
            if given:
                p.notices.append(
                    Problem(
                        "x.scope_answers",
                        {
                            "dimension_tr": dim.name.get("tr"),
                            "dimension_en": dim.name.get("en"),
                            "count": len(given),
                        },
                        self.path.name,
                        p.rows.get(given[0], ""),
                    )
                )

    def _identity(self) -> None:
        p = self.parsed
        for key in ("unit", "round"):
            if getattr(p, key):
                continue
            if p.kind == "template" and self.form_sheet is None:
                self.problem(
                    "x.no_form_sheet",
                    key=key,
                    tr=SHEETS["instructions"][0],
                    en=SHEETS["instructions"][1],
                )
            else:
                where = (
                    self.form_sheet
                    if p.kind == "template"
                    else self.meta_where.get(key, META_SHEET)
                )
                self.problem(f"x.{key}_missing", where)
        if p.kind == "template":
            if not p.answers and not self.rejected_rows:
                self.problem("x.no_answers")
            if p.saved_at and clock.in_future(p.saved_at):
                self.problem(
                    "x.time_in_future",
                    "docProps/core.xml",
                    key="dcterms:modified",
                    value=p.saved_at,
                )
            # A filled template was last changed when the unit saved it, not when the
            # template was written: "Güncellendi" / "Updated" shows that time.
            p.exported_at = p.saved_at or p.exported_at
            p.updated_at = p.saved_at or p.updated_at
            if not p.assessment_uuid and p.unit and p.round:
                p.assessment_uuid = str(
                    uuidlib.uuid5(
                        TEMPLATE_NAMESPACE, f"{p.questionnaire_id}|{turkish.fold(p.unit)}|{p.round}"
                    )
                )
        if self.other_version:
            present = {qid.casefold() for qid in p.rows}
            p.differences = VersionDifferences(
                found=f"{p.questionnaire_id}@{p.questionnaire_version or '?'}",
                unknown_ids=tuple(self.unknown_ids),
                missing_ids=tuple(q.id for q in self.q.questions if q.id.casefold() not in present),
                unknown_dimensions=tuple(self.unknown_dimensions),
            )

    def _map_legacy(self) -> None:
        """Carry a 1.x file's answers onto this version (the checksum covers them as read):
        split and reworded questions are flagged for review; unknown and missing ones are
        reported as for another version (``differences``)."""
        p = self.parsed
        mapped = legacy.map_answers(p.answers, self.q)
        rows = legacy.map_answers({qid: Answer(qid) for qid in p.rows}, self.q)
        where = {new: p.rows[old] for new, old in _targets(p.rows, rows.answers)}
        p.answers = mapped.answers
        p.rows = where
        p.review = dict(mapped.flagged)
        for new, old in mapped.flagged.items():
            p.notices.append(
                Problem(
                    "x.review_carried", {"id": new, "old": old}, self.path.name, where.get(new, "")
                )
            )
        known = {d.id for d in self.q.dimensions}
        p.out_of_scope = tuple(d for d in p.out_of_scope if d in known)
        p.differences = VersionDifferences(
            found=f"{p.questionnaire_id}@{p.questionnaire_version or '?'}",
            unknown_ids=rows.unknown,
            missing_ids=rows.missing,
            unknown_dimensions=tuple(self.unknown_dimensions),
        )

    def _checksum(self) -> None:
        """Format 2 covers the identity on the machine sheet as well as the answers (a file
        claiming another unit, uuid or revision is "modified"); format 1 the answers only."""
        p = self.parsed
        if p.format_version >= 2:
            p.computed_sha256 = content_sha256(p.meta, p.answers.values())
        else:
            p.computed_sha256 = answers_sha256(p.answers.values())


def _targets(old_rows, new_answers):
    """(2.0 id, 1.x id) for every 2.0 question a 1.x row reached, by the shipped mapping."""
    mapping = legacy.bundled_mapping()
    for new in new_answers:
        old = next(
            (o for o, parts in mapping.split.items() if new in parts and o in old_rows), None
        )
        old = old or next(
            (o for o, n in mapping.renamed.items() if n == new and o in old_rows), new
        )
        if old in old_rows:
            yield new, old


def _is_panic(exc: BaseException) -> bool:
    """A panic inside calamine (e.g. a date cell far out of range) reaches Python as pyo3's
    PanicException, which derives from BaseException, not Exception."""
    return type(exc).__name__ == "PanicException"
