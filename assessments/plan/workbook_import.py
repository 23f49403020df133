"""Read the coordinator's edits back from the action-plan workbook: all or nothing.

The editable sheets (Amaçlar, Hedefler, Göstergeler, Eylemler, or their English names) are found
by name and their columns by the stable keys on row 2, so columns may be moved. A row with a key
updates that item, a row without one adds an item, a missing row removes the item. Every bad
cell is named (sheet, cell, field); if there is any problem nothing is imported.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from .. import turkish
from ..exchange.validate import parse_number
from ..exchange.workbook_safety import check_workbook
from ..messages import MaturityError, Problem, ValidationError
from ..questionnaire import Questionnaire
from . import layout
from .codec import plan_to_json
from .model import (
    ACTION_STATUSES,
    FREQUENCIES,
    FUNDING,
    PRIORITIES,
    Action,
    Goal,
    Indicator,
    Plan,
    Quarter,
    QuestionStep,
    Target,
    new_key,
)
from .validate import validate_plan
from .words import choice_from_label

_STEP = re.compile(
    r"^\s*([A-Za-zÇĞİÖŞÜçğıöşü0-9-]+)\s+(\d)\s*(?:→|->|-|>|–)\s*(\d)\s*(?::\s*(.*))?$"
)
EXPECTED = {
    "number": ("sayı", "a number"),
    "quarter": ("çeyrek, ör. 2026-Ç1", "a quarter, e.g. 2026-Q1"),
    "choice": ("listeden bir değer", "a value from the list"),
    "step": (
        "'VERI-01 2→4: birim; birim' biçiminde satırlar",
        "lines like 'VERI-01 2→4: unit; unit'",
    ),
}


@dataclass(frozen=True)
class ImportResult:
    plan: Plan
    changed: int
    added: int
    removed: int


class _Row:
    """One sheet row: cells by key, with problems named by sheet and cell."""

    def __init__(
        self, sheet: str, row: int, cells: dict, letters: dict, problems: list, source: str
    ):
        self.sheet, self.row, self.cells, self.letters = sheet, row, cells, letters
        self.problems, self.source = problems, source

    def where(self, key: str) -> str:
        return f"{self.sheet}!{self.letters.get(key, '?')}{self.row} ({key})"

    def bad(self, key: str, value, kind: str) -> None:
        tr, en = EXPECTED[kind]
        self.problems.append(
            Problem(
                "p.bad_cell",
                {"value": value, "expected_tr": tr, "expected_en": en},
                self.source,
                self.where(key),
            )
        )

    def text(self, key: str) -> str:
        value = self.cells.get(key)
        if value is None:
            return ""
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        return str(value).strip()

    def lines(self, key: str, sep: str = "\n") -> tuple[str, ...]:
        return tuple(part.strip() for part in self.text(key).split(sep) if part.strip())

    def number(self, key: str) -> float | None:
        value = self.cells.get(key)
        try:
            return parse_number(value)
        except ValueError:
            self.bad(key, value, "number")
            return None

    def choice(self, key: str, choices: tuple[str, ...], default: str) -> str:
        text = self.text(key)
        if not text:
            return default
        found = choice_from_label(text, choices)
        if found is None:
            self.bad(key, text, "choice")
            return default
        return found

    def quarter(self, key: str) -> Quarter | None:
        text = self.text(key)
        if not text:
            return None
        try:
            return Quarter.parse(text)
        except ValueError:
            self.bad(key, text, "quarter")
            return None

    def steps(self, key: str) -> tuple[QuestionStep, ...]:
        found = []
        for line in self.lines(key):
            match = _STEP.match(line)
            if not match:
                self.bad(key, line, "step")
                continue
            qid, start, end, units = match.groups()
            found.append(
                QuestionStep(
                    qid.upper(),
                    int(start),
                    int(end),
                    tuple(u.strip() for u in (units or "").split(";") if u.strip()),
                )
            )
        return tuple(found)


def _sheet(wb, sheet: str):
    for name in layout.SHEETS[sheet]:
        if name in wb.sheetnames:
            return wb[name]
    raise ValidationError(
        [Problem("p.not_plan_workbook", {"sheet": layout.SHEETS[sheet][0]})],
        code="p.import_invalid",
    )


def _rows(wb, sheet: str, source: str, problems: list) -> list[_Row]:
    from openpyxl.utils import get_column_letter

    ws = _sheet(wb, sheet)
    found, keys = [], {}
    for number, values in enumerate(ws.iter_rows(values_only=True), start=1):
        if number == 2:
            keys = {col: str(v).strip() for col, v in enumerate(values) if v not in (None, "")}
        if number < layout.FIRST_ROW:
            continue
        cells = {keys[c]: v for c, v in enumerate(values) if c in keys}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in cells.values()):
            continue  # an empty row
        letters = {key: get_column_letter(c + 1) for c, key in keys.items()}
        found.append(_Row(ws.title, number, cells, letters, problems, source))
    return found


def _vocab_id(vocab: dict, text: str) -> str:
    wanted = turkish.fold(text)
    for key, names in vocab.items():
        if wanted in (turkish.fold(n) for n in names if n):
            return key
    return text


def _key(row: _Row, known: set[str], prefix: str) -> str:
    key = row.text("key")
    if not key:
        return new_key(prefix)
    if key not in known:
        row.problems.append(Problem("p.unknown_key", {"key": key}, row.source, row.where("key")))
    return key


def _action(row: _Row, plan: Plan, known: set, qn) -> Action:
    years = plan.years
    costs = {y: c for y in years if (c := row.number(f"cost_{y}")) is not None}
    comps, tags = layout.vocabulary(qn, "component"), layout.vocabulary(qn, "tag")
    return Action(
        code=row.text("code"),
        title=row.text("title"),
        key=_key(row, known, "a"),
        description=row.text("description"),
        steps=row.lines("steps"),
        output=row.text("output"),
        questions=row.steps("questions"),
        responsible_unit=row.text("responsible_unit"),
        collaborating_units=row.lines("collaborating_units"),
        partners=row.lines("partners"),
        start=row.quarter("start"),
        end=row.quarter("end"),
        costs=costs,
        funding=row.choice("funding", FUNDING, "own-budget"),
        funding_note=row.text("funding_note"),
        component=_vocab_id(comps, row.text("component")) if row.text("component") else "",
        mission_area=row.text("mission_area"),
        themes=tuple(_vocab_id(tags, t) for t in row.lines("themes", ",")),
        priority=row.choice("priority", PRIORITIES, "medium"),
        status=row.choice("status", ACTION_STATUSES, "planned"),
        indicator=row.text("indicator"),
    )


def _indicator(row: _Row, plan: Plan, known: set) -> Indicator:
    targets = {y: v for y in plan.years if (v := row.number(f"target_{y}")) is not None}
    effect = row.number("effect_percent")
    return Indicator(
        code=row.text("code"),
        name=row.text("name"),
        unit=row.text("unit"),
        formula=row.text("formula"),
        source=row.text("source"),
        effect_percent=100.0 if effect is None else effect,
        baseline=row.number("baseline"),
        targets=targets,
        monitoring=row.choice("monitoring", FREQUENCIES, "6-months"),
        reporting=row.choice("reporting", FREQUENCIES, "6-months"),
        key=_key(row, known, "i"),
    )


def _target(row: _Row, known: set) -> Target:
    return Target(
        code=row.text("code"),
        title=row.text("title"),
        key=_key(row, known, "t"),
        responsible_unit=row.text("responsible_unit"),
        collaborating_units=row.lines("collaborating_units"),
        risks=row.lines("risks"),
        strategies=row.lines("strategies"),
        cost_estimate=row.number("cost_estimate"),
        findings=row.lines("findings"),
        needs=row.lines("needs"),
    )


def _attach(children: list[tuple[_Row, object]], parents: dict[str, list], parent_key: str) -> None:
    for row, item in children:
        code = row.text(parent_key)
        if code not in parents:
            row.problems.append(
                Problem(
                    "p.unknown_parent", {"code": code or "-"}, row.source, row.where(parent_key)
                )
            )
            continue
        parents[code].append(item)


def _check_meta(wb, plan: Plan, source: str) -> None:
    if layout.META_SHEET not in wb.sheetnames:
        raise ValidationError(
            [Problem("p.not_plan_workbook", {"sheet": layout.META_SHEET}, source)],
            code="p.import_invalid",
        )
    meta = {str(a): str(b) for a, b in wb[layout.META_SHEET].iter_rows(values_only=True, max_col=2)}
    if meta.get("plan_key") != plan.key:
        raise MaturityError("p.other_plan", found=meta.get("plan_key", "-"), expected=plan.key)


def _keys(plan: Plan) -> set[str]:
    found = set()
    for g in plan.goals:
        found.add(g.key)
        for t in g.targets:
            found |= {t.key, *(a.key for a in t.actions), *(i.key for i in t.indicators)}
    return found


def _counts(old: Plan, new: Plan) -> tuple[int, int, int]:
    before, after = _keys(old), _keys(new)
    changed = sum(1 for key in before & after if _item(old, key) != _item(new, key))
    return changed, len(after - before), len(before - after)


def _item(plan: Plan, key: str):
    from .repository import item_json

    return item_json(plan, key, shallow=True)


def read_plan_workbook(
    path: str | Path, plan: Plan, questionnaire: Questionnaire | None = None, units=None
) -> ImportResult:
    """The plan as the workbook has it; ValidationError("p.import_invalid") with every problem,
    or MaturityError when the workbook belongs to another plan. ``plan`` is not changed."""
    from openpyxl import load_workbook

    path = Path(path)
    checked = check_workbook(path)  # a damaged or hostile file is refused with one clear reason
    if checked.format != "xlsx":  # openpyxl reads Office Open XML only
        problem = Problem("x.xlsx_needed", {"format": f".{checked.format}"}, path.name)
        raise ValidationError([problem], code="x.invalid_file")
    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        _check_meta(wb, plan, path.name)
        problems: list[Problem] = []
        known = _keys(plan)
        rows = {s: _rows(wb, s, path.name, problems) for s in layout.SHEETS}
    finally:
        wb.close()
    goals = [
        (
            row,
            Goal(
                row.text("code"),
                row.text("title"),
                key=_key(row, known, "g"),
                description=row.text("description"),
            ),
        )
        for row in rows["goals"]
    ]
    targets = [(row, _target(row, known)) for row in rows["targets"]]
    indicators = [(row, _indicator(row, plan, known)) for row in rows["indicators"]]
    actions = [(row, _action(row, plan, known, questionnaire)) for row in rows["actions"]]
    per_target_i: dict[str, list] = {t.code: [] for _, t in targets}
    per_target_a: dict[str, list] = {t.code: [] for _, t in targets}
    per_goal: dict[str, list] = {g.code: [] for _, g in goals}
    _attach(indicators, per_target_i, "target")
    _attach(actions, per_target_a, "target")
    built = [
        (
            row,
            _replace(
                t, indicators=tuple(per_target_i[t.code]), actions=tuple(per_target_a[t.code])
            ),
        )
        for row, t in targets
    ]
    _attach(built, per_goal, "goal")
    new = _replace(
        plan, goals=tuple(_replace(g, targets=tuple(per_goal[g.code])) for _, g in goals)
    )
    problems += validate_plan(
        new,
        units,
        None if questionnaire is None else {q.id for q in questionnaire.questions},
        path.name,
    )
    if problems:
        raise ValidationError(problems, code="p.import_invalid")
    return ImportResult(new, *_counts(plan, new))


def _replace(item, **changes):
    from dataclasses import replace

    return replace(item, **changes)


def plan_json_equal(a: Plan, b: Plan) -> bool:
    """Same content (ignoring version and time): what a round trip must keep."""

    def strip(plan: Plan) -> dict:
        return {k: v for k, v in plan_to_json(plan).items() if k not in ("version", "updated")}

    return strip(a) == strip(b)
