"""The round's numbers the plan needs, as a small record: the draft and the document read this,
never the database. ``from_consolidation`` builds it from what the merge computes
(``assessments.merge.city_figures``): the city and unit figures and the ranked candidates of
the consolidated workbook, plus every unit's gap per practice when the answer rows are given.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .. import turkish


@dataclass(frozen=True)
class UnitLevel:
    unit: str
    current: int
    target: int


@dataclass(frozen=True)
class PracticeGap:
    """One practice as the consolidated workbook ranks it, with the units concerned."""

    question_id: str
    dimension_id: str
    rank: int  # rank in the consolidated workbook's action-plan candidates (1 = first)
    mean_current: float | None
    mean_target: float | None
    priority: float
    units_answered: int
    units_below_minimum: int
    units: tuple[UnitLevel, ...]  # units with a gap or below the legal minimum, largest gap first
    more_units: int = 0  # further units with a gap not listed (when only the largest are known)
    owner: UnitLevel | None = None  # organisation-wide: the owner unit's own answer

    @property
    def mean_gap(self) -> float | None:
        if self.mean_current is None or self.mean_target is None:
            return None
        return self.mean_target - self.mean_current

    @property
    def compliance(self) -> bool:
        return self.units_below_minimum > 0


@dataclass(frozen=True)
class DimensionFigure:
    dimension_id: str
    mean: float | None
    target_mean: float | None
    minimum: float | None
    maximum: float | None
    units: int


@dataclass(frozen=True)
class RoundState:
    round: str
    questionnaire: str  # id@version
    units: tuple[str, ...]  # Turkish order
    completeness: float | None
    answered: int
    applicable: int
    city_current: float | None
    city_target: float | None
    dimensions: tuple[DimensionFigure, ...]
    gaps: tuple[PracticeGap, ...]  # the consolidated ranking, first = rank 1
    unit_scores: dict[str, dict[str, float | None]]  # unit -> dimension -> score

    def gap(self, question_id: str) -> PracticeGap | None:
        return next((g for g in self.gaps if g.question_id == question_id), None)


def _legal(question) -> int | None:
    return question.legal_minimum.level if question.legal_minimum else None


def _unit_levels(rows: Iterable) -> dict[str, list[UnitLevel]]:
    """Every unit's gap per question from the consolidation's answer rows."""
    found: dict[str, list[UnitLevel]] = {}
    for row in rows:
        a, q = row.answer, row.question
        if a is None or not a.answered or row.out_of_scope:
            continue
        legal = _legal(q)
        if a.gap > 0 or (legal is not None and a.current < legal):
            found.setdefault(q.id, []).append(UnitLevel(row.unit, a.current, a.effective_target))
    return found


def _owner_level(question, all_rows: dict) -> UnitLevel | None:
    if not question.organisation_wide:
        return None
    wanted = turkish.fold(question.owner_unit)
    for level in all_rows.get(question.id, ()):
        if turkish.fold(level.unit) == wanted:
            return level
    return None


def from_consolidation(data, answer_rows: Iterable | None = None) -> RoundState:
    """``data``: a ``merge.city_figures.Consolidation``; ``answer_rows``: its
    ``answer_rows(store, data)`` (every unit named), else only the largest gaps are known."""
    rows = list(answer_rows) if answer_rows is not None else None
    by_q = _unit_levels(rows) if rows is not None else {}
    answered_levels: dict[str, list[UnitLevel]] = {}
    for row in rows or ():
        if row.answer is not None and row.answer.answered:
            answered_levels.setdefault(row.question.id, []).append(
                UnitLevel(row.unit, row.answer.current, row.answer.effective_target)
            )
    order = {u.unit: i for i, u in enumerate(data.units)}
    gaps = []
    for c in data.candidates:
        if rows is not None:
            units = sorted(
                by_q.get(c.question.id, ()),
                key=lambda u: (-(u.target - u.current), order.get(u.unit, 0)),
            )
            more = 0
        else:
            units = [UnitLevel(g.unit, g.current, g.target) for g in c.largest]
            more = c.more
        gaps.append(
            PracticeGap(
                c.question.id,
                c.dimension.id,
                c.rank,
                c.city.mean_current,
                c.city.mean_target,
                c.city.priority,
                c.city.units_answered,
                c.city.units_below_minimum,
                tuple(units),
                more,
                _owner_level(c.question, answered_levels),
            )
        )
    dims = tuple(
        DimensionFigure(d.dimension_id, d.mean, d.target_mean, d.minimum, d.maximum, d.units)
        for d in data.city.dimensions
    )
    scores = {u.unit: {d.dimension_id: d.current for d in u.score.dimensions} for u in data.units}
    return RoundState(
        data.round,
        data.questionnaire.label,
        tuple(u.unit for u in data.units),
        data.completeness,
        data.answered,
        data.applicable,
        data.city.current,
        data.city.target,
        dims,
        tuple(gaps),
        scores,
    )
