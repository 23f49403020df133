"""``read_form``: one filled monitoring form, read whole or refused with every problem named
(file, sheet, cell, field). Sheets are found by the keys on their row 2 and columns by key, so
a form saved in another language or with moved columns still reads."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from ..exchange.validate import cell_ref, parse_number, parse_text, shown
from ..exchange.workbook_safety import open_workbook
from ..messages import Problem, ValidationError
from ..plan.model import Plan
from . import layout
from .model import ActionProgress, IndicatorActual, ProgressReport
from .words import STATUS_LABELS, label, status_from_text


@dataclass
class _Sheet:
    name: str
    rows: list[list]
    columns: dict[str, int]  # key -> 0-based column


class _Form:
    def __init__(self, path: Path, source: str):
        self.source = source
        self.book = open_workbook(path)  # a damaged or hostile file: one clear reason
        self.problems: list[Problem] = []
        self._rows: dict[str, list[list]] = {}

    def problem(self, code: str, where: str = "", **params) -> None:
        self.problems.append(Problem(code, params, self.source, where))

    def identity(self) -> dict[str, str]:
        if layout.IDENTITY_SHEET not in self.book.sheet_names:
            raise self.refused("mon.not_a_form", sheet=layout.IDENTITY_SHEET)
        rows, _scan = self.book.read(layout.IDENTITY_SHEET)
        values = {str(r[0]).strip(): parse_text(r[1]) for r in rows if len(r) >= 2 and r[0]}
        if values.get("kind") != layout.FORM_KIND or any(
            k not in values for k in layout.IDENTITY_KEYS
        ):
            raise self.refused("mon.not_a_form", sheet=layout.IDENTITY_SHEET)
        return values

    def refused(self, code: str, **params) -> ValidationError:
        return ValidationError([Problem(code, params, self.source)], code="mon.invalid_form")

    def rows(self, name: str) -> list[list]:
        """A sheet's rows, read once (each sheet is looked at for both tables)."""
        if name not in self._rows:
            self._rows[name] = self.book.read(name)[0]
        return self._rows[name]

    def sheet_with(self, key: str, role_name: str) -> _Sheet | None:
        for name in self.book.sheet_names:
            if name == layout.IDENTITY_SHEET:
                continue
            rows = self.rows(name)
            if len(rows) >= 2 and key in [str(v).strip() for v in rows[1]]:
                columns = {str(v).strip(): i for i, v in enumerate(rows[1]) if v}
                return _Sheet(name, rows, columns)
        self.problem("mon.missing_sheet", sheet=role_name, key=key)
        return None


def _cell(sheet: _Sheet, row: list, key: str):
    col = sheet.columns.get(key)
    return row[col] if col is not None and col < len(row) else None


def _ref(sheet: _Sheet, index: int, key: str, lang: str) -> str:
    col = sheet.columns.get(key, 0)
    return f"{cell_ref(sheet.name, index + 1, col + 1)} ({label(key, lang)})"


def _rows(form: _Form, sheet: _Sheet, code_key: str, keys: dict[str, str]):
    """(row index, code, row) for every filled row; unknown and missing codes are problems."""
    seen = set()
    for index in range(layout.FIRST_ROW - 1, len(sheet.rows)):
        row = sheet.rows[index]
        if all(v in (None, "") for v in row):
            continue
        code = parse_text(_cell(sheet, row, code_key)).strip()
        if code not in keys:
            form.problem("mon.unknown_row", cell_ref(sheet.name, index + 1, 1), code=code)
            continue
        seen.add(code)
        yield index, code, row
    for code in keys:
        if code not in seen:
            form.problem("mon.missing_row", sheet.name, code=code)


def _percent(form: _Form, value, where: str) -> float | None:
    try:
        number = parse_number(value)
    except ValueError:
        number = -1.0
    if number is not None and not 0 <= number <= 100:
        form.problem("mon.bad_percent", where, value=shown(value))
        return None
    return number


def _action(form: _Form, sheet: _Sheet, index: int, code: str, row, key: str, lang: str):
    raw = _cell(sheet, row, "status")
    status = None
    if raw not in (None, ""):
        status = status_from_text(parse_text(raw))
        if status is None:
            allowed = ", ".join(p[0 if lang == "tr" else 1] for p in STATUS_LABELS.values())
            form.problem(
                "mon.bad_status",
                _ref(sheet, index, "status", lang),
                value=shown(raw),
                allowed=allowed,
            )
    where = _ref(sheet, index, "progress_percent", lang)
    percent = _percent(form, _cell(sheet, row, "progress_percent"), where)
    if status == "completed" and percent is not None and percent != 100:
        form.problem("m.completed_not_100", where, value=percent)
    if status == "not-started" and percent:
        form.problem("mon.not_started_with_progress", where, value=percent)
    if status == "completed" and percent is None:
        percent = 100.0
    explanation = parse_text(_cell(sheet, row, "explanation")).strip()
    return ActionProgress(key, code, status, percent, explanation)


def _indicator(form: _Form, sheet: _Sheet, index: int, code: str, row, key: str, lang: str):
    raw = _cell(sheet, row, "actual_value")
    try:
        actual = parse_number(raw)
    except ValueError:
        form.problem("mon.bad_number", _ref(sheet, index, "actual_value", lang), value=shown(raw))
        actual = None
    explanation = parse_text(_cell(sheet, row, "explanation")).strip()
    return IndicatorActual(key, code, actual, explanation)


def read_form(path: str | Path, plan: Plan, accept_modified: bool = False) -> ProgressReport:
    """The unit's report in the form at ``path``; ValidationError naming every problem."""
    path = Path(path)
    form = _Form(path, path.name)
    identity = form.identity()
    if identity["plan_key"] != plan.key:
        raise form.refused("mon.other_plan", key=identity["plan_key"], expected=plan.key)
    lang = identity.get("lang") or "tr"
    action_keys = json.loads(identity["action_keys"] or "{}")
    indicator_keys = json.loads(identity["indicator_keys"] or "{}")
    actions, indicators, fixed_actions, fixed_indicators = [], [], [], []
    action_sheet = form.sheet_with("action_code", label("action_code", lang))
    if action_sheet is not None:
        fixed = layout.fixed_columns(layout.ACTION_COLUMNS, layout.ACTION_INPUTS)
        for index, code, row in _rows(form, action_sheet, "action_code", action_keys):
            fixed_actions.append([_cell(action_sheet, row, k) for k in fixed])
            actions.append(_action(form, action_sheet, index, code, row, action_keys[code], lang))
    indicator_sheet = form.sheet_with("indicator_code", label("indicator_code", lang))
    if indicator_sheet is not None:
        fixed = layout.fixed_columns(layout.INDICATOR_COLUMNS, layout.INDICATOR_INPUTS)
        for index, code, row in _rows(form, indicator_sheet, "indicator_code", indicator_keys):
            fixed_indicators.append([_cell(indicator_sheet, row, k) for k in fixed])
            key = indicator_keys[code]
            indicators.append(_indicator(form, indicator_sheet, index, code, row, key, lang))
    modified = layout.fixed_digest(fixed_actions, fixed_indicators) != identity["fixed_sha256"]
    if modified and not accept_modified and not form.problems:
        form.problem("mon.modified")
    filled = [a for a in actions if a.status or a.percent is not None]
    filled += [i for i in indicators if i.actual is not None]
    if not filled and not form.problems:
        form.problem("mon.empty_form")
    if form.problems:
        raise ValidationError(form.problems, code="mon.invalid_form")
    return ProgressReport(
        plan_key=plan.key,
        period=identity["period"],
        unit=identity["unit"],
        actions=tuple(actions),
        indicators=tuple(indicators),
        file_name=path.name,
        sha256=form.book.checked.sha256,
        saved_at=form.book.checked.saved_at or identity["issued_at"],
        modified=modified,
    )
