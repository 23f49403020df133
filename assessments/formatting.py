"""Numbers and dates as a Turkish or English reader expects them.

Turkish writes a decimal comma and puts the percent sign first ("%62,5"); a missing score is
shown as "-", never as 0.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal

from . import clock

MISSING = "-"


def rounded(value: float, digits: int) -> Decimal:
    """Round half up from the shortest decimal form of ``value``, as a person does by hand
    (2,125 -> 2,13; 2,675 -> 2,68), not half-to-even on the binary value."""
    return Decimal(repr(float(value))).quantize(Decimal(1).scaleb(-digits), rounding=ROUND_HALF_UP)


def number(value: float | None, lang: str, digits: int = 2) -> str:
    if value is None:
        return MISSING
    text = f"{rounded(value, digits):.{digits}f}"
    if text.startswith("-") and rounded(value, digits) == 0:
        text = text[1:]  # never "-0,00"
    return text.replace(".", ",") if lang == "tr" else text


def percent(value: float | None, lang: str, digits: int = 1) -> str:
    if value is None:
        return MISSING
    body = number(abs(value), lang, digits)
    sign = "-" if value < 0 and body.strip("0,.") else ""
    return f"{sign}%{body}" if lang == "tr" else f"{sign}{body}%"


def fraction(value: float | None, lang: str) -> str:
    """A 0..1 share as a percent (completeness)."""
    return percent(None if value is None else value * 100, lang, 0)


def timestamp(iso: str, lang: str) -> str:
    """A stored UTC timestamp in local time: 25.11.2026 15:24 (tr) or 2026-11-25 15:24 (en)."""
    moment = clock.local_time(iso)
    if moment is None:
        return MISSING
    return moment.strftime("%d.%m.%Y %H:%M" if lang == "tr" else "%Y-%m-%d %H:%M")


def cell_number(value: float, lang: str) -> str:
    """A number read from a cell as the user's spreadsheet shows it: 2,5 in Turkish, 2.5 in
    English; a whole number without decimals (3, not 3.0)."""
    if value == int(value) and abs(value) < 1e15:
        return str(int(value))
    shown = repr(float(value))
    return shown.replace(".", ",") if lang == "tr" else shown


class CellDate(str):
    """An ISO date or date-time read from a cell (a str, so it stays JSON in a merge log);
    messages show it as the user's locale writes dates: 05.01.2026 (tr), 2026-01-05 (en)."""


def cell_date(value: str | date, lang: str) -> str:
    moment = (
        value
        if isinstance(value, date)
        else datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    )
    has_time = isinstance(moment, datetime) and (moment.hour, moment.minute, moment.second) != (
        0,
        0,
        0,
    )
    if lang == "tr":
        return moment.strftime("%d.%m.%Y %H:%M" if has_time else "%d.%m.%Y")
    return moment.strftime("%Y-%m-%d %H:%M" if has_time else "%Y-%m-%d")


class Moment(str):
    """A stored UTC ISO timestamp in a message (a str: JSON in a merge log); shown in local
    time as the user's locale writes it, like ``timestamp``: 25.11.2026 15:24 (tr)."""


class Count(int):
    """A count in a message: ``{n:file|files}`` gives "1 file" / "2 files" (English needs the
    plural, Turkish does not: "1 dosya", "2 dosya"); other formats as for an int."""

    def __format__(self, spec: str) -> str:
        if "|" in spec:
            one, many = spec.split("|", 1)
            return f"{int(self)} {one if self == 1 else many}"
        return int(self).__format__(spec)


STATUS_WORDS = {"draft": ("taslak", "draft"), "final": ("kesin", "final")}


def shown_params(params: dict, lang: str) -> dict:
    """Message parameters as the user reads them: counts that agree with their noun, a column
    key (``field``) as its title in the workbook, numbers and dates from cells in the locale's
    way (the value as the user typed it in Excel or LibreOffice, not as the program read it)."""
    shown = {}
    for name, value in params.items():
        if isinstance(value, bool):
            shown[name] = value
        elif isinstance(value, int):
            shown[name] = Count(value)
        elif isinstance(value, float) and value == value and abs(value) != float("inf"):
            shown[name] = cell_number(value, lang)
        elif isinstance(value, Moment):
            try:
                shown[name] = timestamp(value, lang)
            except ValueError:
                shown[name] = str(value)
        elif isinstance(value, CellDate | date):
            try:
                shown[name] = cell_date(value, lang)
            except ValueError:
                shown[name] = str(value)
        elif name == "field" and isinstance(value, str):
            shown[name] = _column_title(value, lang)
        elif name.endswith("status") and value in STATUS_WORDS:  # draft, final: in words
            shown[name] = STATUS_WORDS[value][0 if lang == "tr" else 1]
        else:
            shown[name] = value
    return shown


def _column_title(key: str, lang: str) -> str:
    from .exchange.layout import COLUMN_LABELS

    titles = COLUMN_LABELS.get(key)
    return key if titles is None else titles[0 if lang == "tr" else 1]
