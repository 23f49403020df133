"""The monitoring form's layout, shared by its writer (``forms``) and its reader (``collect``):
the stable keys on row 2 of each sheet, the yellow columns, the identity sheet, and the digest
of the fixed cells (what the unit must not change)."""

from __future__ import annotations

import hashlib
import json

from ..exchange.canonical import clean_text

IDENTITY_SHEET = "_izleme"
FORM_KIND = "monitoring-form"
FORMAT_VERSION = "1"
IDENTITY_KEYS = (
    "kind",
    "format_version",
    "plan_key",
    "plan_version",
    "period",
    "unit",
    "issued_at",
    "lang",
    "fixed_sha256",
    "action_keys",
    "indicator_keys",
)
ACTION_COLUMNS = (
    "action_code",
    "action_title",
    "target_code",
    "planned_start",
    "planned_end",
    "status",
    "progress_percent",
    "explanation",
)
INDICATOR_COLUMNS = (
    "indicator_code",
    "indicator_name",
    "target_code",
    "measure",
    "baseline",
    "target_value",
    "actual_value",
    "explanation",
)
ACTION_INPUTS = ("status", "progress_percent", "explanation")
INDICATOR_INPUTS = ("actual_value", "explanation")
ACTION_WIDTHS = (10, 48, 9, 13, 13, 16, 13, 48)
INDICATOR_WIDTHS = (10, 40, 9, 12, 12, 12, 14, 40)
FIRST_ROW = 3  # row 1: titles, row 2: keys


def fixed_value(value) -> str:
    """A fixed cell as text that survives a save in Excel or LibreOffice (numbers as numbers,
    whatever their type on reading; text without the characters XML forbids, trimmed)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float):
        return format(float(value), ".9g")
    text = clean_text(str(value)).strip()
    try:
        return format(float(text), ".9g") if text else ""
    except ValueError:
        return text


def fixed_digest(actions: list[list], indicators: list[list]) -> str:
    """The digest of every row's fixed cells, in order: an edited name, baseline or target
    after issue changes it."""
    body = json.dumps(
        [
            [[fixed_value(v) for v in row] for row in actions],
            [[fixed_value(v) for v in row] for row in indicators],
        ],
        ensure_ascii=False,
    )
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def fixed_columns(columns: tuple[str, ...], inputs: tuple[str, ...]) -> list[str]:
    return [c for c in columns if c not in inputs]
