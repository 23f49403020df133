"""The plan as JSON-ready data and back: the shape of ``maturity plan show --json``.

Years are string keys ("2026") as JSON requires; quarters are "2026-Q1". ``plan_from_json``
reports a malformed document as MaturityError("p.bad_json"), never a KeyError.
"""

from __future__ import annotations

import json
from dataclasses import fields

from ..messages import MaturityError
from .model import Action, Goal, Indicator, Plan, Quarter, QuestionStep, Target

FORMAT = "balikesir-maturity/action-plan"
FORMAT_VERSION = 1


def _years(values: dict[int, float]) -> dict[str, float]:
    return {str(y): v for y, v in sorted(values.items())}


def _indicator(i: Indicator) -> dict:
    return {
        "key": i.key,
        "code": i.code,
        "name": i.name,
        "unit": i.unit,
        "formula": i.formula,
        "source": i.source,
        "effect_percent": i.effect_percent,
        "baseline": i.baseline,
        "targets": _years(i.targets),
        "monitoring": i.monitoring,
        "reporting": i.reporting,
    }


def _action(a: Action) -> dict:
    return {
        "key": a.key,
        "code": a.code,
        "title": a.title,
        "description": a.description,
        "steps": list(a.steps),
        "output": a.output,
        "questions": [
            {"id": s.id, "from": s.from_level, "to": s.to_level, "units": list(s.units)}
            for s in a.questions
        ],
        "responsible_unit": a.responsible_unit,
        "collaborating_units": list(a.collaborating_units),
        "partners": list(a.partners),
        "start": str(a.start) if a.start else None,
        "end": str(a.end) if a.end else None,
        "costs": _years(a.costs),
        "funding": a.funding,
        "funding_note": a.funding_note,
        "component": a.component,
        "mission_area": a.mission_area,
        "themes": list(a.themes),
        "priority": a.priority,
        "status": a.status,
        "indicator": a.indicator,
    }


def _target(t: Target) -> dict:
    return {
        "key": t.key,
        "code": t.code,
        "title": t.title,
        "responsible_unit": t.responsible_unit,
        "collaborating_units": list(t.collaborating_units),
        "indicators": [_indicator(i) for i in t.indicators],
        "risks": list(t.risks),
        "strategies": list(t.strategies),
        "cost_estimate": t.cost_estimate,
        "findings": list(t.findings),
        "needs": list(t.needs),
        "actions": [_action(a) for a in t.actions],
    }


def plan_to_json(plan: Plan) -> dict:
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "key": plan.key,
        "title": plan.title,
        "city": plan.city,
        "period": [plan.start_year, plan.end_year],
        "status": plan.status,
        "version": plan.version,
        "round": plan.round,
        "questionnaire": plan.questionnaire,
        "updated": plan.updated,
        "goals": [
            {
                "key": g.key,
                "code": g.code,
                "title": g.title,
                "description": g.description,
                "targets": [_target(t) for t in g.targets],
            }
            for g in plan.goals
        ],
    }


def _pick(cls, raw: dict, **converted):
    """The dataclass from the keys it knows; missing keys take the field's default."""
    names = {f.name for f in fields(cls)}
    values = {k: v for k, v in raw.items() if k in names and k not in converted}
    values.update(converted)
    return cls(**values)


def _quarter(value):
    return None if value in (None, "") else Quarter.parse(value)


def _by_year(raw) -> dict[int, float]:
    return {int(y): float(v) for y, v in (raw or {}).items() if v is not None}


def _action_from(raw: dict) -> Action:
    steps = tuple(
        QuestionStep(q["id"], int(q["from"]), int(q["to"]), tuple(q.get("units", ())))
        for q in raw.get("questions", ())
    )
    tuples = {
        k: tuple(raw.get(k, ())) for k in ("steps", "collaborating_units", "partners", "themes")
    }
    return _pick(
        Action,
        raw,
        questions=steps,
        start=_quarter(raw.get("start")),
        end=_quarter(raw.get("end")),
        costs=_by_year(raw.get("costs")),
        **tuples,
    )


def _target_from(raw: dict) -> Target:
    indicators = tuple(
        _pick(Indicator, i, targets=_by_year(i.get("targets"))) for i in raw.get("indicators", ())
    )
    tuples = {
        k: tuple(raw.get(k, ()))
        for k in ("collaborating_units", "risks", "strategies", "findings", "needs")
    }
    return _pick(
        Target,
        raw,
        indicators=indicators,
        actions=tuple(_action_from(a) for a in raw.get("actions", ())),
        **tuples,
    )


def plan_from_json(data: dict) -> Plan:
    try:
        goals = tuple(
            _pick(Goal, g, targets=tuple(_target_from(t) for t in g.get("targets", ())))
            for g in data.get("goals", ())
        )
        start, end = data.get("period", (2026, 2030))
        return _pick(Plan, data, start_year=int(start), end_year=int(end), goals=goals)
    except (KeyError, TypeError, ValueError, AttributeError) as exc:
        raise MaturityError("p.bad_json", detail=f"{type(exc).__name__}: {exc}") from exc


def dumps(plan: Plan) -> str:
    return json.dumps(plan_to_json(plan), ensure_ascii=False, indent=2)


def loads(text: str) -> Plan:
    try:
        return plan_from_json(json.loads(text))
    except json.JSONDecodeError as exc:
        raise MaturityError("p.bad_json", detail=str(exc)) from exc
