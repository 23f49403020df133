"""Filling monitoring forms as a unit would (openpyxl, by the keys on row 2), and an
independent recomputation of the realisation rates straight from the plan's JSON."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl


def fill(path: Path, actions: dict | None = None, indicators: dict | None = None, out=None):
    """``actions``: code -> (status text, percent, explanation); ``indicators``: code ->
    actual value. The file is saved in place (or to ``out``)."""
    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        keys = {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)}
        for row in range(3, ws.max_row + 1):
            if "action_code" in keys and actions:
                code = ws.cell(row, keys["action_code"]).value
                if code in actions:
                    status, percent, why = actions[code]
                    ws.cell(row, keys["status"]).value = status
                    ws.cell(row, keys["progress_percent"]).value = percent
                    ws.cell(row, keys["explanation"]).value = why
            if "indicator_code" in keys and indicators:
                code = ws.cell(row, keys["indicator_code"]).value
                if code in indicators:
                    ws.cell(row, keys["actual_value"]).value = indicators[code]
    book.save(out or path)
    return out or path


def form_codes(path: Path) -> tuple[list[str], list[str]]:
    """The action and indicator codes a form lists."""
    book = openpyxl.load_workbook(path)
    found = {"action_code": [], "indicator_code": []}
    for ws in book.worksheets:
        keys = {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)}
        for key, codes in found.items():
            if key in keys:
                codes += [
                    ws.cell(r, keys[key]).value
                    for r in range(3, ws.max_row + 1)
                    if ws.cell(r, keys[key]).value
                ]
    return found["action_code"], found["indicator_code"]


def expected_target_rates(plan_json: str, actuals: dict[str, float], year: int) -> dict:
    """target code -> effect-weighted realisation rate, by the guide's formula, or None."""
    plan = json.loads(plan_json)
    rates = {}
    for goal in plan["goals"]:
        for target in goal["targets"]:
            weighted, weights = 0.0, 0.0
            for ind in target["indicators"]:
                actual = actuals.get(ind["code"])
                base, goal_value = ind.get("baseline"), ind.get("targets", {}).get(str(year))
                if actual is None or base is None or goal_value is None or goal_value == base:
                    continue
                weighted += ind["effect_percent"] * (actual - base) / (goal_value - base) * 100
                weights += ind["effect_percent"]
            rates[target["code"]] = weighted / weights if weights else None
    return rates


def next_round(db: Path, plan, raised: str, by: int = 1) -> dict[str, tuple[int, int]]:
    """Round 2027: every unit's 2026 answers again, with ``raised`` up ``by`` levels (at most
    5). Returns unit -> (2026 level, 2027 level) of ``raised``."""
    from assessments.loader import bundled_questionnaire
    from assessments.scoring import Answer

    questionnaire = bundled_questionnaire()
    levels = {}
    from assessments.store import Store

    with Store(db) as store, store.batch():
        for row in store.rounds.assessments("2026", questionnaire.id):
            answers = store.rounds.answers(row.id)
            info = store.create_assessment(row.unit, "2027", questionnaire)
            for answer in answers.values():
                if answer.question_id == raised and answer.answered:
                    new = min(5, answer.current + by)
                    levels[row.unit] = (answer.current, new)
                    target = None if answer.target is None else max(answer.target, new)
                    answer = Answer(answer.question_id, new, target, note=answer.note)
                store.set_answer(info.uuid, answer, questionnaire)
            store.update_assessment(info.uuid, status="final")
    return levels
