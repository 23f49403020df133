"""Keep what the coordinator typed when the consolidated workbook is written again.

The action-plan sheet has five columns for the coordinator (action, responsible unit, deadline,
budget, indicator). Writing the workbook again to the same path carries them over by question
no.; nothing typed is lost (docs/merging.md, section 6).
"""

from __future__ import annotations

import contextlib
import logging
import shutil
from pathlib import Path

from ..exchange.workbook_safety import CONSOLIDATED_FILE, SafeBook, open_workbook
from ..messages import ValidationError
from .words import WORDS

logger = logging.getLogger(__name__)

COORDINATOR_KEYS = ("action", "responsible", "deadline", "budget", "indicator")
INPUT_LOOKS = ("input", "input", "input_date", "input_money", "input")


def coordinator_entries(path: Path, round: str) -> dict[str, tuple]:
    """What the coordinator typed into the action-plan columns of an earlier workbook of the
    same round at ``path`` (question id -> the five values), so that writing the workbook again
    keeps it. Columns are found by their headings in either language. {} when there is no such
    file or nothing typed. An earlier file that cannot be read, or one of another round with
    entries, is first copied beside it (``<name>.previous.xlsx``): nothing typed is lost."""
    if not path.is_file():
        return {}
    try:
        book = open_workbook(path, CONSOLIDATED_FILE)  # the checks every workbook read passes
        names = [n for n in book.sheet_names if n in WORDS["actions"]]
        if not names:
            return {}
        rows, _ = book.read(names[0], skip_empty_area=True)
        found = _entries(rows)
        if found and _round_of(book) != round:
            _keep_copy(path)
            return {}
        return found
    except (KeyboardInterrupt, SystemExit):
        raise
    except BaseException as exc:  # damaged, foreign or refused (a calamine panic included)
        logger.warning(
            "Could not read the coordinator's entries from %s (%s); keeping a copy",
            path,
            _reason(exc),
        )
        _keep_copy(path)
        return {}


def _entries(rows: list[list]) -> dict[str, tuple]:
    header = [str(v).strip() if v is not None else "" for v in rows[0]] if rows else []
    columns = {key: _column(header, key) for key in ("question_id", *COORDINATOR_KEYS)}
    if columns["question_id"] is None:
        raise ValueError("no question column")
    found = {}
    for row in rows[1:]:
        values = tuple(_cell(row, columns[key]) for key in COORDINATOR_KEYS)
        qid = _cell(row, columns["question_id"])
        if qid and any(v not in (None, "") for v in values):
            found[str(qid)] = values
    return found


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


def _keep_copy(path: Path) -> None:
    with contextlib.suppress(OSError):
        shutil.copy2(path, path.with_name(f"{path.stem}.previous{path.suffix}"))


def _column(header: list[str], key: str) -> int | None:
    labels = {label.casefold() for label in WORDS[key]}
    return next((i for i, text in enumerate(header) if text.casefold() in labels), None)


def _cell(row: list, column: int | None):
    if column is None or column >= len(row):
        return None
    value = row[column]
    return None if value == "" else value
