"""What a cell may hold: levels, "not applicable" and free text as Excel users actually enter
them, and the places (``Yanıtlar!D14``) that problems point at.

Levels arrive as numbers (2, 2.0), as text ("2", "2,0"), as the labels the export shows
("2 - Uyum") or as a level name alone ("Uyum"); anything else (2.5, -1, 6, "üç", a date, TRUE)
is refused. "Not applicable" accepts Evet/Hayır, Yes/No, X, 1/0 and TRUE/FALSE.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable

from .. import legacy, turkish
from ..messages import Problem
from ..questionnaire import LEVELS, Questionnaire
from ..scoring import Answer, validate_answer
from .canonical import clean_text
from .layout import NA_NO, NA_YES

INVALID = object()  # a cell value that cannot be read as the field requires

_DIGIT = re.compile(r"([0-5])(?:[.,]0+)?")
_DIGIT_AND_NAME = re.compile(r"([0-5])\s*[-–—:.)]\s*(.+)", re.S)


def column_letter(col: int) -> str:
    """1 -> A, 27 -> AA."""
    letters = ""
    while col > 0:
        col, rest = divmod(col - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def cell_ref(sheet: str, row: int, col: int) -> str:
    """An Excel reference with a 1-based row and column: ``Yanıtlar!D14``."""
    name = sheet if re.fullmatch(r"\w+", sheet) else "'" + sheet.replace("'", "''") + "'"
    return f"{name}!{column_letter(col)}{row}"


def level_names_index(questionnaire: Questionnaire) -> dict[str, int]:
    """Folded level name (any language) -> level; also the 1.x names a file may still carry
    (``legacy.legacy_level``: a bare "Uyum" reads as 2) where no current name is spelt so."""
    index = {}
    for names in questionnaire.level_names.values():
        for level, name in enumerate(names):
            index[turkish.fold(name)] = level
    for name, level in legacy.bundled_mapping().level_names.items():
        index.setdefault(name, level)
    return index


def parse_level(value, names: dict[str, int]):
    """A level 0..5, None for an empty cell, or INVALID."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return INVALID
    if isinstance(value, (int, float)):
        if isinstance(value, float) and not (math.isfinite(value) and value.is_integer()):
            return INVALID  # NaN, inf (1e400 reads as inf) or a fraction
        return int(value) if int(value) in LEVELS else INVALID
    if not isinstance(value, str):
        return INVALID
    text = value.strip()
    if not text:
        return None
    if match := _DIGIT.fullmatch(text):
        return int(match.group(1))
    if match := _DIGIT_AND_NAME.fullmatch(text):
        level = int(match.group(1))
        return level if names.get(turkish.fold(match.group(2))) == level else INVALID
    return names.get(turkish.fold(text), INVALID)


def parse_not_applicable(value):
    """True, False (also for an empty cell) or INVALID."""
    if value is None or value == "":
        return False
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return {1: True, 0: False}.get(value, INVALID) if value == value else INVALID
    if isinstance(value, str):
        word = turkish.fold(value)
        if not word:
            return False
        if word in NA_YES:
            return True
        if word in NA_NO:
            return False
    return INVALID


SHOWN_LIMIT = 80


def shown(value) -> str:
    """A cell value as a message shows it: 2.5, TRUE, üç; a long one cut, with its length."""
    if isinstance(value, bool):
        text = "TRUE" if value else "FALSE"
    elif isinstance(value, float) and math.isfinite(value) and value.is_integer():
        text = str(int(value))
    else:
        text = str(value).strip()
    if len(text) > SHOWN_LIMIT:
        return f"{text[:SHOWN_LIMIT]}… ({len(text):,})"
    return text


def parse_number(value) -> float | None:
    """A number as a user types it in any locale: 12,5 · 1.000.000,5 · 1,000,000.5 · %45 ·
    250 TL; None for an empty cell; ValueError for anything else (TRUE included)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise ValueError(value)
    if isinstance(value, (int, float)):
        if not math.isfinite(value):
            raise ValueError(value)
        return float(value)
    text = str(value).strip().replace(" ", "").replace("TL", "").replace("%", "")
    if re.fullmatch(r"-?\d{1,3}(\.\d{3})+(,\d+)?", text):  # 1.000.000,5 (Turkish)
        text = text.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(,\d{3})+(\.\d+)?", text):  # 1,000,000.5
        text = text.replace(",", "")
    number = float(text.replace(",", "."))
    if not math.isfinite(number):
        raise ValueError(value)
    return number


def parse_text(value) -> str:
    """Free text; a number or date someone typed into a note is kept as they would read it."""
    if value is None:
        return ""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and math.isfinite(value) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return (
            value.isoformat(sep=" ", timespec="minutes")
            if value.second == 0
            else value.isoformat(sep=" ")
        )
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def answer_problems(answer: Answer, ref: Callable[[str], str], source: str) -> list[Problem]:
    """The answer rules of ``scoring.validate_answer``, each pointed at the cell to fix.
    ``ref`` gives a column key's (note, target_level...) cell reference in the answer's row."""
    found = []
    for problem in validate_answer(answer, source=source):
        if problem.code == "a.target_below":
            where = ref("target_level")
        elif problem.code == "a.na_needs_note":
            where = ref("note")
        elif problem.code == "a.text_too_long":
            where = ref(problem.params["field"])
        else:
            where = ref("question_id")
        found.append(Problem(problem.code, problem.params, source, where))
    return found
