"""Keep what the coordinator typed when the consolidated workbook is written again.

The action-plan sheet has five columns for the coordinator (action, responsible unit, deadline,
budget, indicator). Writing the workbook again to the same path carries them over by question
no.; nothing typed is lost (docs/merging.md, section 6).
"""

from __future__ import annotations

import logging
import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from ..clock import moment
from ..exchange.workbook_safety import CONSOLIDATED_FILE, SafeBook, open_workbook
from ..messages import ValidationError
from .words import WORDS

logger = logging.getLogger(__name__)


COORDINATOR_KEYS = ("action", "responsible", "deadline", "budget", "indicator")
INPUT_LOOKS = ("input", "input", "input_date", "input_money", "input")


@dataclass(frozen=True)
class CoordinatorEntries:
    """What the coordinator typed into an earlier workbook's action-plan sheet."""

    values: dict[str, tuple] = field(default_factory=dict)  # question id -> the five values
    extra_headers: tuple[str, ...] = ()  # columns the coordinator added, by their heading
    extra: dict[str, tuple] = field(default_factory=dict)  # question id -> their values
    unusable: bool = False  # unreadable, or typed for another round: keep a copy of the file

    def __bool__(self) -> bool:
        return bool(self.values or self.extra)


def coordinator_entries(path: Path, round: str) -> CoordinatorEntries:
    """What the coordinator typed into the action-plan columns of an earlier workbook of the
    same round at ``path`` (the five yellow columns, and any column they added, by heading and
    question id), so that writing the workbook again keeps it. Columns are found by their
    headings in either language. Empty when there is no such file or nothing typed;
    ``unusable`` when it cannot be read or holds entries for another round (``keep_previous``
    then keeps a copy of it)."""
    if not path.is_file():
        return CoordinatorEntries()
    try:
        book = open_workbook(path, CONSOLIDATED_FILE)  # the checks every workbook read passes
        names = [n for n in book.sheet_names if n in WORDS["actions"]]
        if not names:
            return CoordinatorEntries()
        rows, _ = book.read(names[0], skip_empty_area=True)
        found = _entries(rows)
        if found and _round_of(book) != round:
            return CoordinatorEntries(unusable=True)
        return found
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # damaged, foreign or refused (a calamine panic included)
        logger.warning(
            "Could not read the coordinator's entries from %s (%s); keeping a copy",
            path,
            _reason(exc),
        )
        return CoordinatorEntries(unusable=True)


def _known_headings() -> set[str]:
    """Every heading the app writes on the action-plan sheet, in both languages."""
    from .consolidated import ACTION_KEYS

    return {label.casefold() for key in ACTION_KEYS for label in WORDS[key]}


def _entries(rows: list[list]) -> CoordinatorEntries:
    header = [str(v).strip() if v is not None else "" for v in rows[0]] if rows else []
    columns = {key: _column(header, key) for key in ("question_id", *COORDINATOR_KEYS)}
    if columns["question_id"] is None:
        raise ValueError("no question column")
    known = _known_headings()
    added = [(i, text) for i, text in enumerate(header) if text and text.casefold() not in known]
    found, extra = {}, {}
    for row in rows[1:]:
        qid = _cell(row, columns["question_id"])
        if not qid:
            continue
        values = tuple(_cell(row, columns[key]) for key in COORDINATOR_KEYS)
        if any(v not in (None, "") for v in values):
            found[str(qid)] = values
        more = tuple(_cell(row, i) for i, _text in added)
        if any(v not in (None, "") for v in more):
            extra[str(qid)] = more
    headers = tuple(text for _i, text in added) if extra else ()
    return CoordinatorEntries(found, headers, extra)


def _reason(exc: BaseException) -> str:
    if isinstance(exc, ValidationError):
        return "; ".join(problem.message("en") for problem in exc.problems)
    return f"{type(exc).__name__}: {exc}"[:300]


def _round_of(book: SafeBook) -> str | None:
    """The round an earlier consolidated workbook is about (its Overview), if it says."""
    names = [n for n in book.sheet_names if n in WORDS["overview"]]
    if not names:
        return None
    labels = set(WORDS["round"])
    rows, _ = book.read(names[0], skip_empty_area=True)
    for row in rows:
        if len(row) > 1 and row[0] in labels:
            return str(row[1]).strip()
    return None


def _keep_copy(path: Path) -> Path | None:
    """A copy of ``path`` beside it, named by the date and time: ``konsolide.2026-12-06-0105.xlsx``
    (a second copy in the same minute gets a number)."""
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M")
    for number in range(1, 100):
        suffix = stamp if number == 1 else f"{stamp}-{number}"
        copy = path.with_name(f"{path.stem}.{suffix}{path.suffix}")
        if not copy.exists():
            break
    try:
        shutil.copy2(path, copy)
    except OSError:
        logger.warning("Could not keep a copy of %s", path, exc_info=True)
        return None
    return copy


WRITER = "Akıllı Şehir Olgunluk"  # the consolidated workbook's lastModifiedBy, as written
OURS = {"creator", "title", "created", "modified", "lastModifiedBy"}  # what the app writes
EDITED_AFTER_S = 120  # openpyxl stamps created = modified; a person's save moves "modified"
CORE_LIMIT = 256 * 1024


def edited_by_a_person(path: Path) -> bool:
    """Was the workbook at ``path`` saved by an office program after the app wrote it? The
    app writes ``WRITER`` as lastModifiedBy and created = modified; an office program's save
    puts the user's name (or none) there and moves "modified". A file that cannot be read
    counts as edited, so a copy is kept."""
    import zipfile

    from defusedxml import ElementTree

    try:
        with zipfile.ZipFile(path) as archive:
            info = archive.getinfo("docProps/core.xml")
            if info.file_size > CORE_LIMIT:
                return True
            root = ElementTree.fromstring(archive.read(info))
    except Exception:  # not a zip, no core part, bad XML: not ours as written
        return True
    stamps = {el.tag.rsplit("}", 1)[-1]: (el.text or "").strip() for el in root}
    if stamps.get("lastModifiedBy") != WRITER:  # Excel and LibreOffice put the user's name
        return True
    if set(stamps) - OURS:  # LibreOffice adds its revision count and language on any save
        return True
    created, modified = moment(stamps.get("created")), moment(stamps.get("modified"))
    if created is None or modified is None:
        return True
    return (modified - created).total_seconds() > EDITED_AFTER_S


def keep_previous(path: Path, entries: CoordinatorEntries) -> Path | None:
    """Before the workbook at ``path`` is written again: a dated copy of it when a person
    edited it (whatever they changed, beyond the columns carried over), or when its entries
    could not be carried over; the copy's path, or None when nothing needed keeping."""
    if not path.is_file():
        return None
    if entries.unusable or edited_by_a_person(path):
        return _keep_copy(path)
    return None


def _column(header: list[str], key: str) -> int | None:
    labels = {label.casefold() for label in WORDS[key]}
    return next((i for i, text in enumerate(header) if text.casefold() in labels), None)


def _cell(row: list, column: int | None):
    if column is None or column >= len(row):
        return None
    value = row[column]
    return None if value == "" else value
