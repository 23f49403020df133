"""Time in one place: stamps (UTC, ISO 8601 with milliseconds and ``Z``), reading and comparing
stamps from files, the shown form of a stamp, and the natural order of round labels.

Stored and exchanged times are UTC strings; they are only turned into local time for display.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta

FUTURE_TOLERANCE = timedelta(days=1)  # clocks differ; beyond this a time is not plausible
LONGEST_STAMP = 40  # "2026-03-01T09:30:00.123456+05:30" is 32; longer is not a stamp


def now_utc() -> str:
    """Now, as the store and the exchange files write it: ``2026-03-01T09:30:00.123Z``."""
    return datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def moment(value: str | None) -> datetime | None:
    """A stamp as an aware datetime (UTC when it names no zone); None when missing or
    unreadable."""
    if not value or not isinstance(value, str) or len(value) > LONGEST_STAMP:
        return None
    try:
        found = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return found if found.tzinfo else found.replace(tzinfo=UTC)


def iso(value: str | None) -> str | None:
    """A stamp normalised to the stored form (UTC, milliseconds, ``Z``); None if unreadable."""
    found = moment(value)
    if found is None:
        return None
    try:
        found = found.astimezone(UTC)
    except OverflowError:  # 9999-12-31T23:00-05:00 is past year 9999 in UTC
        return None
    return found.isoformat(timespec="milliseconds").replace("+00:00", "Z")


def later(incoming: str, stored: str) -> bool:
    """Is ``incoming`` strictly later? A missing or unreadable stored time counts as older,
    a missing incoming one as not later."""
    new, old = moment(incoming), moment(stored)
    return new is not None and (old is None or new > old)


def in_future(value: str, now: datetime | None = None) -> bool:
    """Is the stamp beyond now plus FUTURE_TOLERANCE (a forged or broken clock)?"""
    found = moment(value)
    return found is not None and found > (now or datetime.now(UTC)) + FUTURE_TOLERANCE


def shown_time(value: str) -> str:
    """A stored UTC time as logs and messages show it, the same in both languages."""
    return f"{value[:16].replace('T', ' ')} UTC" if value else "-"


def local_time(value: str) -> datetime | None:
    """A stored UTC stamp as a naive local datetime (for a spreadsheet cell or a label)."""
    found = moment(value)
    return found.astimezone().replace(tzinfo=None) if found else None


def round_key(label: str) -> tuple:
    """Natural order of round labels: "2025" < "2026-1" < "2026-2" < "2026-10"."""
    return tuple(
        (0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
        for part in re.findall(r"\d+|\D+", label)
    )
