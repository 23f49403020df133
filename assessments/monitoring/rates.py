"""The plan's numbers for a period, from the units' reports (docs/action-plan.md, "Izleme").

- Indicator realisation rate: ``(actual - baseline) / (target of the period's year - baseline)
  x 100`` (the strategic-planning guide's formula); unknown when the actual value, the
  baseline or the year's target is missing, or the target equals the baseline.
- Target rate: the indicators' rates weighted by their effect on the target; indicators
  without a rate are left out and the weights of the others are scaled to 100.
- Goal rate: the mean of its targets' rates; plan rate: the mean of its goals' rates.
- Action: the reported status and percent; delayed when reported so, or when its planned end
  is before the end of the period and it is neither completed nor cancelled.
- Traffic light of a rate: green from 85, amber from 50, red below.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..plan.model import Action, Goal, Indicator, Plan, Target
from .model import ActionProgress, IndicatorActual, ProgressReport, form_units
from .periods import Period

GREEN_FROM, AMBER_FROM = 85.0, 50.0


@dataclass(frozen=True)
class IndicatorRate:
    target: Target
    indicator: Indicator
    actual: float | None
    target_value: float | None
    rate: float | None
    light: str | None
    explanation: str = ""


@dataclass(frozen=True)
class TargetRate:
    goal: Goal
    target: Target
    rate: float | None
    light: str | None
    indicators: tuple[IndicatorRate, ...]


@dataclass(frozen=True)
class GoalRate:
    goal: Goal
    rate: float | None
    light: str | None


@dataclass(frozen=True)
class ActionState:
    target: Target
    action: Action
    status: str | None  # None: not reported
    percent: float | None
    delayed: bool
    explanation: str = ""


@dataclass(frozen=True)
class PeriodMeasure:
    """The plan measured in one period."""

    period: Period
    plan_title: str
    plan_rate: float | None
    goals: tuple[GoalRate, ...]
    targets: tuple[TargetRate, ...]
    actions: tuple[ActionState, ...]
    reported_units: tuple[str, ...]
    missing_units: tuple[str, ...]

    def status_counts(self) -> dict[str | None, int]:
        counts: dict[str | None, int] = {}
        for state in self.actions:
            counts[state.status] = counts.get(state.status, 0) + 1
        return counts


def light(rate: float | None) -> str | None:
    if rate is None:
        return None
    return "green" if rate >= GREEN_FROM else "amber" if rate >= AMBER_FROM else "red"


def realisation_rate(actual, baseline, target_value) -> float | None:
    if actual is None or baseline is None or target_value is None or target_value == baseline:
        return None
    return (actual - baseline) / (target_value - baseline) * 100


def weighted_rate(pairs: list[tuple[float, float | None]]) -> float | None:
    """(effect percent, rate) pairs -> the effect-weighted rate over the known rates."""
    known = [(w, r) for w, r in pairs if r is not None and w > 0]
    total = sum(w for w, _ in known)
    return sum(w * r for w, r in known) / total if total else None


def mean(values: list[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def _indicator(target, indicator, year, actuals) -> IndicatorRate:
    reported = actuals.get(indicator.key)
    actual = reported.actual if reported else None
    target_value = indicator.targets.get(year)
    rate = realisation_rate(actual, indicator.baseline, target_value)
    explanation = reported.explanation if reported else ""
    return IndicatorRate(target, indicator, actual, target_value, rate, light(rate), explanation)


def _action(target, action, period, progress: ActionProgress | None) -> ActionState:
    status = progress.status if progress else None
    finished = status in ("completed", "cancelled")
    late_by_plan = action.end is not None and action.end < period.last_quarter
    delayed = status == "delayed" or (late_by_plan and not finished)
    percent = progress.percent if progress else None
    explanation = progress.explanation if progress else ""
    return ActionState(target, action, status, percent, delayed, explanation)


def measure(plan: Plan, reports: list[ProgressReport], period: Period) -> PeriodMeasure:
    """The plan in ``period`` from the reports of that period (each unit's current one)."""
    mine = [r for r in reports if r.period == str(period)]
    actuals: dict[str, IndicatorActual] = {i.indicator_key: i for r in mine for i in r.indicators}
    progress: dict[str, ActionProgress] = {a.action_key: a for r in mine for a in r.actions}
    targets, goals = [], []
    for goal in plan.goals:
        rates = []
        for target in goal.targets:
            rows = tuple(_indicator(target, i, period.year, actuals) for i in target.indicators)
            rate = weighted_rate([(i.indicator.effect_percent, i.rate) for i in rows])
            targets.append(TargetRate(goal, target, rate, light(rate), rows))
            rates.append(rate)
        goal_rate = mean(rates)
        goals.append(GoalRate(goal, goal_rate, light(goal_rate)))
    actions = tuple(_action(t, a, period, progress.get(a.key)) for _g, t, a in plan.actions())
    reported = {r.unit for r in mine}
    units = form_units(plan)
    return PeriodMeasure(
        period=period,
        plan_title=plan.title,
        plan_rate=mean([g.rate for g in goals]),
        goals=tuple(goals),
        targets=tuple(targets),
        actions=actions,
        reported_units=tuple(u for u in units if u in reported),
        missing_units=tuple(u for u in units if u not in reported),
    )


def trend(plan: Plan, reports: list[ProgressReport]) -> list[PeriodMeasure]:
    """The plan measured in every period any unit reported for, in order."""
    periods = sorted({Period.parse(r.period) for r in reports})
    return [measure(plan, reports, p) for p in periods]
