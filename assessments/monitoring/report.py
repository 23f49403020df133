"""The period's outputs from the database, one path for the CLI and the app: the plan
measured in a period, the trend so far, and the actions' effect on maturity when a later
assessment round is in the database."""

from __future__ import annotations

from pathlib import Path

from ..messages import MaturityError
from ..plan.model import Plan
from .periods import Period


def measure_period(store, plan: Plan, period: Period, lang: str):
    """The plan measured in ``period``; MaturityError when no form of it was collected."""
    from .rates import measure

    reports = store.monitoring.current(plan.key, str(period))
    if not reports:
        raise MaturityError("mon.no_reports", period=period.label(lang))
    return measure(plan, reports, period)


def effects_for(store, questionnaire, plan: Plan, round: str | None = None):
    """(action effects, (plan round, later round)) when a round after the plan's is in the
    database (or ``round`` is given); else None."""
    from .maturity_effect import action_effects, later_round, round_levels

    later = round or later_round(store, questionnaire, plan)
    if later is None or not plan.round:
        return None
    before = round_levels(store, questionnaire, plan.round)
    after = round_levels(store, questionnaire, later)
    return action_effects(plan, before, after), (plan.round, later)


def write_period_workbook(
    store, questionnaire, plan: Plan, period: Period, path: str | Path, lang: str
) -> Path:
    from .rates import trend
    from .workbook import write_monitor_workbook

    now = measure_period(store, plan, period, lang)
    history = [m for m in trend(plan, store.monitoring.current(plan.key)) if m.period <= period]
    effects = effects_for(store, questionnaire, plan)
    return write_monitor_workbook(now, history, path, lang, effects)
