"""The numbers of the consolidated workbook, from the database, all by ``assessments.scoring``.

``consolidate(store, questionnaire, round)`` gathers every assessment of a round made with the
questionnaire (any version: questions are matched by id, docs/merging.md) and computes each
unit's scores (``score_assessment``), the city (``city_score``) and the action-plan candidates
(one per question, by city priority). It holds only levels, not notes, and shares one Answer
object per distinct answer, so 5,000 units fit in a few MB; ``answer_rows`` streams the long
Answers table (with notes) straight from the database.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ..clock import round_key
from ..messages import MaturityError
from ..profiles import city_answers
from ..questionnaire import Dimension, Question, Questionnaire
from ..scoring import (
    Answer,
    AssessmentScore,
    CityQuestion,
    CityScore,
    GroupScore,
    city_group_scores,
    city_priorities,
    city_score,
    score_assessment,
)
from ..store import RoundAssessment, Store

LARGEST_GAPS = 5  # units named per action-plan candidate


@dataclass(frozen=True)
class UnitRow(RoundAssessment):
    """One unit's assessment of the round and its scores."""

    score: AssessmentScore

    @property
    def assessment_id(self) -> int:
        return self.id


@dataclass(frozen=True)
class UnitGap:
    unit: str
    current: int
    target: int

    @property
    def gap(self) -> int:
        return self.target - self.current


@dataclass(frozen=True)
class ActionCandidate:
    """A question as a candidate for the action plan, with the city's numbers for it."""

    rank: int
    question: Question
    dimension: Dimension
    city: CityQuestion
    largest: tuple[UnitGap, ...]  # units with the largest gaps (gap > 0), largest first
    more: int  # further units with a gap > 0


@dataclass(frozen=True)
class Consolidation:
    questionnaire: Questionnaire
    round: str
    units: tuple[UnitRow, ...]  # in Turkish alphabetical order
    city: CityScore
    candidates: tuple[ActionCandidate, ...]  # compliance gaps first, then by city priority
    rounds: tuple[str, ...]  # every round in the database, in natural order
    themes: tuple[GroupScore, ...] = ()  # the city by theme (green, digital, social, mobility)
    assets: tuple[GroupScore, ...] = ()  # the city by the Ministry's four assets
    not_counted: dict[str, tuple[str, ...]] | None = None  # wide question -> units not counted
    final_only: bool = False  # drafts left out of the figures
    drafts_left_out: tuple[str, ...] = ()  # their units

    @property
    def compliance(self) -> tuple[ActionCandidate, ...]:
        """Candidates where some unit is below the practice's legal minimum."""
        return tuple(c for c in self.candidates if c.city.units_below_minimum)

    @property
    def answered(self) -> int:
        return sum(u.score.answered for u in self.units)

    @property
    def applicable(self) -> int:
        return sum(u.score.applicable for u in self.units)

    @property
    def completeness(self) -> float | None:
        """Σ answered / Σ (questions in scope − N/A) over the units: the unit formula of
        docs/scoring.md applied to all units' questions together."""
        return None if self.applicable == 0 else self.answered / self.applicable


def rounds(store: Store, questionnaire: Questionnaire) -> list[str]:
    """Rounds with assessments of this questionnaire, in natural order."""
    return store.rounds.labels(questionnaire.id)


def choose_round(store: Store, questionnaire: Questionnaire, preferred=()) -> str | None:
    """The round to consolidate: the last of ``preferred`` (e.g. the rounds just merged) in
    natural order, else the latest round in the database; None when there is none."""
    preferred = sorted({r for r in preferred if r}, key=round_key)
    if preferred:
        return preferred[-1]
    found = rounds(store, questionnaire)
    return found[-1] if found else None


def consolidate(
    store: Store, questionnaire: Questionnaire, round: str | None = None, final_only: bool = False
) -> Consolidation:
    """The consolidated numbers of ``round`` (default: the latest round); ``final_only``: the
    drafts are left out of every figure (and named). Raises MaturityError when the database
    holds no assessment of it (no final one, with ``final_only``)."""
    all_rounds = tuple(rounds(store, questionnaire))
    round = round if round is not None else choose_round(store, questionnaire)
    rows = store.rounds.assessments(round, questionnaire.id) if round is not None else []
    if not rows:
        raise MaturityError("m.no_assessments", round=round or "-")
    left_out = tuple(r.unit for r in rows if final_only and r.status != "final")
    if final_only:
        rows = [r for r in rows if r.status == "final"]
        if not rows:
            raise MaturityError("m.no_final_assessments", round=round, drafts=len(left_out))
    shared: dict[tuple, Answer] = {}  # one object per distinct answer
    known = {q.id for q in questionnaire.questions}
    units, by_unit = [], {}
    for row in rows:
        answers = {}
        for level in store.rounds.levels(row.id):
            qid, current, target, na = (
                level.question_id,
                level.current,
                level.target,
                level.not_applicable,
            )
            if qid not in known:
                continue  # another version's question: matched by id, so not scored
            key = (qid, current, target, bool(na))
            answer = shared.get(key)
            if answer is None:
                answer = shared[key] = Answer(qid, current, target, bool(na))
            answers[qid] = answer
        units.append(
            UnitRow(**vars(row), score=score_assessment(questionnaire, answers, row.out_of_scope))
        )
        by_unit[row.unit] = answers
    # The city counts an organisation-wide practice once: its owner's answer (scoring.md 16).
    counted = city_answers(questionnaire, by_unit)
    given = [(counted.units[u.unit], u.out_of_scope) for u in units]
    city = city_score(questionnaire, given)
    unit_order = {row.unit: i for i, row in enumerate(units)}  # already in Turkish order
    candidates = _candidates(
        questionnaire, city, _unit_gaps(questionnaire, units, counted.units), unit_order
    )
    return Consolidation(
        questionnaire,
        round,
        tuple(units),
        city,
        candidates,
        all_rounds,
        themes=city_group_scores(questionnaire, given, by="theme"),
        assets=city_group_scores(questionnaire, given, by="asset"),
        not_counted=counted.not_counted,
        final_only=final_only,
        drafts_left_out=left_out,
    )


def _unit_gaps(questionnaire: Questionnaire, units, counted) -> dict[str, list]:
    """Question id -> (gap, unit, current, target) of the counted answers with a gap > 0."""
    gaps: dict[str, list[tuple[int, str, int, int]]] = {q.id: [] for q in questionnaire.questions}
    dimension_of = {q.id: q.dimension_id for q in questionnaire.questions}
    for unit in units:
        for qid, answer in counted[unit.unit].items():
            if answer.answered and answer.gap > 0 and dimension_of[qid] not in unit.out_of_scope:
                gaps[qid].append((answer.gap, unit.unit, answer.current, answer.effective_target))
    return gaps


def _candidates(
    questionnaire: Questionnaire, city: CityScore, gaps, unit_order: dict[str, int]
) -> tuple[ActionCandidate, ...]:
    # Compliance gaps first, then by city priority (scoring.city_priorities); the questions no
    # unit answered follow in questionnaire order, so every question stays a candidate.
    ranked = city_priorities(city)
    ranked += [c for c in city.questions if not c.units_answered]
    found = []
    for rank, c in enumerate(ranked, start=1):
        units = sorted(gaps[c.question_id], key=lambda g: (-g[0], unit_order[g[1]]))
        found.append(
            ActionCandidate(
                rank=rank,
                question=questionnaire.question(c.question_id),
                dimension=questionnaire.dimension(c.dimension_id),
                city=c,
                largest=tuple(
                    UnitGap(unit, current, target)
                    for _, unit, current, target in units[:LARGEST_GAPS]
                ),
                more=max(0, len(units) - LARGEST_GAPS),
            )
        )
    return tuple(found)


@dataclass(frozen=True)
class AnswerRow:
    """One unit × question row of the long Answers table."""

    unit: str
    round: str
    question: Question
    answer: Answer | None  # None: not answered
    out_of_scope: bool  # the unit declared the question's dimension out of scope
    source_file: str
    source: str


def answer_rows(store: Store, data: Consolidation) -> Iterator[AnswerRow]:
    """Every unit × question of the questionnaire, read from the database as it is written."""
    questions = data.questionnaire.questions
    for unit in data.units:
        answers = store.rounds.answers(unit.assessment_id)
        scope = set(unit.out_of_scope)
        for q in questions:
            yield AnswerRow(
                unit.unit,
                unit.round,
                q,
                answers.get(q.id),
                q.dimension_id in scope,
                unit.source_file,
                unit.source,
            )
