"""What a unit reports for a period, as named records (stored by ``store.monitoring``)."""

from __future__ import annotations

from dataclasses import dataclass

from .. import turkish
from ..plan.model import Action, Indicator, Plan, Target

# Action status on the monitoring form (the plan's own ``Action.status`` is the plan's intent).
STATUSES = ("not-started", "in-progress", "completed", "delayed", "cancelled")


@dataclass(frozen=True)
class ActionProgress:
    action_key: str
    action_code: str
    status: str | None  # None: the unit left the row empty
    percent: float | None  # 0..100
    explanation: str = ""


@dataclass(frozen=True)
class IndicatorActual:
    indicator_key: str
    indicator_code: str
    actual: float | None
    explanation: str = ""


@dataclass(frozen=True)
class ProgressReport:
    """One unit's form for one period, as collected."""

    plan_key: str
    period: str
    unit: str
    actions: tuple[ActionProgress, ...]
    indicators: tuple[IndicatorActual, ...]
    file_name: str = ""
    sha256: str = ""
    saved_at: str = ""  # when the unit's office program saved it (docProps/core.xml)
    collected_at: str = ""
    modified: bool = False  # the fixed cells were edited after issue and it was accepted


# -- who reports what: a unit reports the actions and the targets' indicators it is responsible for


def form_units(plan: Plan) -> list[str]:
    """The units a form goes to: responsible for an action or for a target, Turkish order."""
    units = {a.responsible_unit for _g, _t, a in plan.actions() if a.responsible_unit}
    units |= {t.responsible_unit for _g, t in plan.targets() if t.responsible_unit}
    return sorted(units, key=turkish.sort_key)


def unit_actions(plan: Plan, unit: str) -> list[tuple[Target, Action]]:
    return [(t, a) for _g, t, a in plan.actions() if a.responsible_unit == unit]


def unit_indicators(plan: Plan, unit: str) -> list[tuple[Target, Indicator]]:
    return [(t, i) for _g, t in plan.targets() if t.responsible_unit == unit for i in t.indicators]
