"""The plan seen from one unit's results: each practice an action of the plan addresses for
this unit, with the unit's level in its previous round beside this round's and the level the
action plans to reach (issue 18, item 6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from ..clock import round_key
from ..plan.model import Plan
from ..questionnaire import Question, Questionnaire
from ..scoring import Answer


@dataclass(frozen=True)
class PlannedPractice:
    question: Question
    actions: tuple[str, ...]  # action codes
    planned_to: int  # the highest level the actions plan for it
    earlier_round: str  # "" when the unit has no earlier round
    earlier: int | None  # the unit's current level then (None: not answered)
    now: int | None

    @property
    def change(self) -> int | None:
        return None if self.earlier is None or self.now is None else self.now - self.earlier


def _level(answers: Mapping[str, Answer], question_id: str) -> int | None:
    answer = answers.get(question_id)
    return answer.current if answer is not None and answer.answered else None


def planned_practices(
    plan: Plan | None,
    questionnaire: Questionnaire,
    unit: str,
    round: str,
    answers: Mapping[str, Answer],
    other_rounds,
) -> tuple[PlannedPractice, ...]:
    """``other_rounds``: the unit's other rounds as (round, answers, out-of-scope)."""
    if plan is None:
        return ()
    earlier = [r for r in other_rounds if round_key(r[0]) < round_key(round)]
    earlier_round, earlier_answers = ("", {})
    if earlier:
        earlier_round, earlier_answers, _scope = max(earlier, key=lambda r: round_key(r[0]))
    steps: dict[str, tuple[list[str], int]] = {}
    for _g, _t, action in plan.actions():
        for step in action.questions:
            if step.units and unit not in step.units:
                continue
            codes, to = steps.setdefault(step.id, ([], 0))
            codes.append(action.code)
            steps[step.id] = (codes, max(to, step.to_level))
    known = {q.id: q for q in questionnaire.questions}
    return tuple(
        PlannedPractice(
            known[qid],
            tuple(codes),
            to,
            earlier_round,
            _level(earlier_answers, qid),
            _level(answers, qid),
        )
        for qid, (codes, to) in steps.items()
        if qid in known
    )
