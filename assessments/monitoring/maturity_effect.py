"""Maturity meets the plan: when a later assessment round is in the database, how the levels
of the practices each action addresses changed in the units concerned, against the step the
action planned (``QuestionStep``: from level -> to level, for some units or all).

Per step: the mean current level of the units concerned in the plan's round (before) and in
the later round (after), only over units that answered in both (so a unit joining or leaving
does not move the mean); the change; whether the planned level was reached. An action moved
its practices when any of its steps rose.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..plan.model import Action, Plan


@dataclass(frozen=True)
class StepEffect:
    question_id: str
    planned_from: int
    planned_to: int
    units: tuple[str, ...]  # the units compared (answered in both rounds)
    before: float | None
    after: float | None

    @property
    def change(self) -> float | None:
        if self.before is None or self.after is None:
            return None
        return self.after - self.before

    @property
    def reached(self) -> bool | None:
        return None if self.after is None else self.after >= self.planned_to


@dataclass(frozen=True)
class ActionEffect:
    action: Action
    steps: tuple[StepEffect, ...]

    @property
    def moved(self) -> bool | None:
        """Any practice rose (True), none did (False), nothing to compare (None)."""
        changes = [s.change for s in self.steps if s.change is not None]
        return any(c > 0 for c in changes) if changes else None


def round_levels(store, questionnaire, round: str) -> dict[tuple[str, str], int]:
    """(unit, question id) -> current level in the round, from the assessments the city
    figures count (one per unit)."""
    from ..merge.city_figures import answer_rows, consolidate

    data = consolidate(store, questionnaire, round)
    return {
        (row.unit, row.question.id): row.answer.current
        for row in answer_rows(store, data)
        if row.answer is not None and row.answer.answered and not row.out_of_scope
    }


def _mean(values: list[int]) -> float | None:
    return sum(values) / len(values) if values else None


def step_effect(step, before: dict, after: dict) -> StepEffect:
    wanted = set(step.units)
    units = sorted(
        unit
        for unit, qid in before
        if qid == step.id and (not wanted or unit in wanted) and (unit, qid) in after
    )
    return StepEffect(
        step.id,
        step.from_level,
        step.to_level,
        tuple(units),
        _mean([before[(u, step.id)] for u in units]),
        _mean([after[(u, step.id)] for u in units]),
    )


def action_effects(plan: Plan, before: dict, after: dict) -> list[ActionEffect]:
    """Every action of the plan with the effect on each practice it addresses."""
    return [
        ActionEffect(a, tuple(step_effect(s, before, after) for s in a.questions))
        for _g, _t, a in plan.actions()
    ]


def later_round(store, questionnaire, plan: Plan) -> str | None:
    """The latest round after the plan's own, if the database has one."""
    from ..clock import round_key

    rounds = store.rounds.labels(questionnaire.id)
    later = [r for r in rounds if plan.round and round_key(r) > round_key(plan.round)]
    return later[-1] if later else None
