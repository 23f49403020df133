"""Numbers and dates as a Turkish or English reader expects them.

Turkish writes a decimal comma and puts the percent sign first ("%62,5"); a missing score is
shown as "-", never as 0.
"""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal

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
    body = number(value, lang, digits)
    return f"%{body}" if lang == "tr" else f"{body}%"


def fraction(value: float | None, lang: str) -> str:
    """A 0..1 share as a percent (completeness)."""
    return percent(None if value is None else value * 100, lang, 0)


def timestamp(iso: str, lang: str) -> str:
    """A stored UTC timestamp in local time: 25.11.2026 15:24 (tr) or 2026-11-25 15:24 (en)."""
    if not iso:
        return MISSING
    moment = datetime.fromisoformat(iso.replace("Z", "+00:00")).astimezone()
    return moment.strftime("%d.%m.%Y %H:%M" if lang == "tr" else "%Y-%m-%d %H:%M")
