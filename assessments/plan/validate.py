"""Every rule a plan must satisfy, as Problems with a place ("E1.1.2.end"): an empty list means
the plan can be saved. Saving is all-or-nothing: ``check`` raises with every problem at once."""

from __future__ import annotations

from collections.abc import Iterable

from .. import turkish
from ..messages import Problem, ValidationError
from . import words  # noqa: F401  (registers the p.* messages)
from .model import (
    ACTION_STATUSES,
    FREQUENCIES,
    FUNDING,
    PLAN_STATUSES,
    PRIORITIES,
    Action,
    Indicator,
    Plan,
    Target,
)

EFFECT_TOLERANCE = 0.01  # effects typed as 33.33 + 33.33 + 33.34 still sum to 100
MAX_YEARS = 10


class _Found:
    def __init__(self, source: str):
        self.source = source
        self.problems: list[Problem] = []

    def add(self, code: str, where: str, **params) -> None:
        self.problems.append(Problem(code, params, self.source, where))

    def choice(self, value: str, allowed: tuple[str, ...], where: str) -> None:
        if value not in allowed:
            self.add("p.bad_choice", where, value=value, allowed=", ".join(allowed))


def validate_plan(
    plan: Plan, units: Iterable[str] | None = None, question_ids=None, source: str = ""
) -> list[Problem]:
    """``units``: the unit register (names matched under Turkish case rules); None: not
    checked. ``question_ids``: the questionnaire's ids; None: not checked."""
    found = _Found(source)
    register = None if units is None else {turkish.fold(u) for u in units}
    if not plan.title.strip():
        found.add("p.empty", "title", field="title")
    found.choice(plan.status, PLAN_STATUSES, "status")
    if plan.start_year > plan.end_year or plan.end_year - plan.start_year >= MAX_YEARS:
        found.add("p.bad_period", "period", start=plan.start_year, end=plan.end_year)
    codes: dict[str, int] = {}
    keys: dict[str, int] = {}
    for goal in plan.goals:
        _count(codes, goal.code), _count(keys, goal.key)
        if not goal.title.strip():
            found.add("p.empty", f"{goal.code}.title", field="title")
        for target in goal.targets:
            _count(codes, target.code), _count(keys, target.key)
            _target(found, plan, target, register)
            for action in target.actions:
                _count(codes, action.code), _count(keys, action.key)
                _action(found, plan, action, register, question_ids)
    for code, n in codes.items():
        if n > 1:
            found.add("p.duplicate_code", code, code=code)
    for key, n in keys.items():
        if n > 1:
            found.add("p.duplicate_key", key, key=key)
    return found.problems


def check(plan: Plan, units=None, question_ids=None, source: str = "") -> Plan:
    problems = validate_plan(plan, units, question_ids, source)
    if problems:
        raise ValidationError(problems, code="p.invalid")
    return plan


def _count(counter: dict[str, int], value: str) -> None:
    counter[value] = counter.get(value, 0) + 1


def _unit(found: _Found, register, unit: str, where: str) -> None:
    if register is not None and unit and turkish.fold(unit) not in register:
        found.add("p.unknown_unit", where, unit=unit)


def _target(found: _Found, plan: Plan, target: Target, register) -> None:
    where = target.code
    if not target.title.strip():
        found.add("p.empty", f"{where}.title", field="title")
    _unit(found, register, target.responsible_unit, f"{where}.responsible_unit")
    for unit in target.collaborating_units:
        _unit(found, register, unit, f"{where}.collaborating_units")
    if target.cost_estimate is not None and target.cost_estimate < 0:
        found.add("p.negative_cost", f"{where}.cost_estimate", year="-", value=target.cost_estimate)
    for indicator in target.indicators:
        _indicator(found, plan, indicator, f"{where}.{indicator.code}")
    if target.indicators:
        total = sum(i.effect_percent for i in target.indicators)
        if abs(total - 100) > EFFECT_TOLERANCE:
            found.add("p.effects_sum", f"{where}.indicators", total=f"{total:g}")


def _indicator(found: _Found, plan: Plan, indicator: Indicator, where: str) -> None:
    if not indicator.name.strip():
        found.add("p.empty", f"{where}.name", field="name")
    if not 0 <= indicator.effect_percent <= 100:
        found.add("p.effect_range", f"{where}.effect_percent", value=indicator.effect_percent)
    found.choice(indicator.monitoring, FREQUENCIES, f"{where}.monitoring")
    found.choice(indicator.reporting, FREQUENCIES, f"{where}.reporting")
    for year in indicator.targets:
        if year not in plan.years:
            found.add(
                "p.outside_period",
                f"{where}.targets",
                field=str(year),
                value=year,
                start=plan.start_year,
                end=plan.end_year,
            )


def _action(found: _Found, plan: Plan, action: Action, register, question_ids) -> None:
    where = action.code
    if not action.title.strip():
        found.add("p.empty", f"{where}.title", field="title")
    found.choice(action.funding, FUNDING, f"{where}.funding")
    found.choice(action.status, ACTION_STATUSES, f"{where}.status")
    found.choice(action.priority, PRIORITIES, f"{where}.priority")
    _unit(found, register, action.responsible_unit, f"{where}.responsible_unit")
    for unit in action.collaborating_units:
        _unit(found, register, unit, f"{where}.collaborating_units")
    for name, quarter in (("start", action.start), ("end", action.end)):
        if quarter is not None and quarter.year not in plan.years:
            found.add(
                "p.outside_period",
                f"{where}.{name}",
                field=name,
                value=str(quarter),
                start=plan.start_year,
                end=plan.end_year,
            )
    if action.start and action.end and action.end < action.start:
        found.add(
            "p.end_before_start", f"{where}.end", start=str(action.start), end=str(action.end)
        )
    for year, cost in action.costs.items():
        if cost < 0:
            found.add("p.negative_cost", f"{where}.costs.{year}", year=year, value=cost)
        if year not in plan.years:
            found.add(
                "p.outside_period",
                f"{where}.costs",
                field=str(year),
                value=year,
                start=plan.start_year,
                end=plan.end_year,
            )
    for step in action.questions:
        if question_ids is not None and step.id not in question_ids:
            found.add("p.unknown_question", f"{where}.questions", value=step.id)
        if not (0 <= step.from_level < step.to_level <= 5):
            found.add(
                "p.bad_level",
                f"{where}.questions",
                value=f"{step.id} {step.from_level}→{step.to_level}",
            )
        for unit in step.units:
            _unit(found, register, unit, f"{where}.questions.{step.id}")
