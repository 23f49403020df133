"""The numbers of the consolidated workbook, from the database, all by ``assessments.scoring``.

``consolidate(store, questionnaire, round)`` gathers every assessment of a round made with the
questionnaire (any version: questions are matched by id, docs/merging.md) and computes each
unit's scores (``score_assessment``), the city (``city_score``) and the action-plan candidates
(one per question, by city priority). It holds only levels, not notes, and shares one Answer
object per distinct answer, so 5,000 units fit in a few MB; ``answer_rows`` streams the long
Answers table (with notes) straight from the database.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass

from .. import turkish
from ..messages import MaturityError
from ..questionnaire import Dimension, Question, Questionnaire
from ..scoring import Answer, AssessmentScore, CityQuestion, CityScore, city_score, score_assessment
from ..store import Store

LARGEST_GAPS = 5  # units named per action-plan candidate


@dataclass(frozen=True)
class UnitRow:
    """One unit's assessment of the round and its scores."""

    assessment_id: int
    uuid: str
    unit: str
    round: str
    source: str  # local | export | template
    status: str
    revision: int
    source_file: str
    exported_at: str
    questionnaire_version: str
    flags: tuple[str, ...]
    out_of_scope: tuple[str, ...]
    score: AssessmentScore


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
    candidates: tuple[ActionCandidate, ...]  # highest priority first
    rounds: tuple[str, ...]  # every round in the database, in natural order

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


def round_key(label: str) -> tuple:
    """Natural order of round labels: "2025" < "2026-1" < "2026-2" < "2026-10"."""
    return tuple((0, int(part), "") if part.isdigit() else (1, 0, part.casefold())
                 for part in re.findall(r"\d+|\D+", label))


def rounds(store: Store, questionnaire: Questionnaire) -> list[str]:
    """Rounds with assessments of this questionnaire, in natural order."""
    found = [r for (r,) in store.db.execute(
        "SELECT DISTINCT round FROM assessments WHERE questionnaire_id = ?", [questionnaire.id])]
    return sorted(found, key=round_key)


def choose_round(store: Store, questionnaire: Questionnaire, preferred=()) -> str | None:
    """The round to consolidate: the last of ``preferred`` (e.g. the rounds just merged) in
    natural order, else the latest round in the database; None when there is none."""
    preferred = sorted({r for r in preferred if r}, key=round_key)
    if preferred:
        return preferred[-1]
    found = rounds(store, questionnaire)
    return found[-1] if found else None


_UNIT_SELECT = """
    SELECT a.id, a.uuid, u.name, a.round, a.source, a.status, a.revision, a.source_file,
           a.exported_at, a.questionnaire_version, a.flags, a.out_of_scope
    FROM assessments a JOIN units u ON u.id = a.unit_id
    WHERE a.round = ? AND a.questionnaire_id = ?
"""


def _units(store: Store, questionnaire: Questionnaire, round: str) -> list[tuple]:
    rows = store.db.execute(_UNIT_SELECT, [round, questionnaire.id]).fetchall()
    return sorted(rows, key=lambda r: turkish.sort_key(r[2]))


def consolidate(store: Store, questionnaire: Questionnaire, round: str | None = None) -> Consolidation:
    """The consolidated numbers of ``round`` (default: the latest round). Raises MaturityError
    when the database holds no assessment of it."""
    all_rounds = tuple(rounds(store, questionnaire))
    round = round if round is not None else choose_round(store, questionnaire)
    rows = _units(store, questionnaire, round) if round is not None else []
    if not rows:
        raise MaturityError("m.no_assessments", round=round or "-")
    shared: dict[tuple, Answer] = {}  # one object per distinct answer
    known = {q.id for q in questionnaire.questions}
    units, given = [], []
    gaps: dict[str, list[tuple[int, str, int, int]]] = {q.id: [] for q in questionnaire.questions}
    dimension_of = {q.id: q.dimension_id for q in questionnaire.questions}
    for row in rows:
        assessment_id, unit = row[0], row[2]
        out_of_scope = tuple(json.loads(row[11]))
        answers = {}
        for qid, current, target, na in store.db.execute(
                "SELECT question_id, current_level, target_level, not_applicable FROM answers "
                "WHERE assessment_id = ?", [assessment_id]):
            if qid not in known:
                continue  # another version's question: matched by id, so not scored
            key = (qid, current, target, bool(na))
            answer = shared.get(key)
            if answer is None:
                answer = shared[key] = Answer(qid, current, target, bool(na))
            answers[qid] = answer
            if answer.answered and answer.gap > 0 and dimension_of[qid] not in out_of_scope:
                gaps[qid].append((answer.gap, unit, answer.current, answer.effective_target))
        score = score_assessment(questionnaire, answers, out_of_scope)
        units.append(UnitRow(assessment_id, row[1], unit, row[3], row[4], row[5], row[6], row[7], row[8],
                             row[9], tuple(json.loads(row[10])), out_of_scope, score))
        given.append((answers, out_of_scope))
    city = city_score(questionnaire, given)
    unit_order = {row.unit: i for i, row in enumerate(units)}  # already in Turkish order
    return Consolidation(questionnaire, round, tuple(units), city, _candidates(questionnaire, city, gaps, unit_order),
                         all_rounds)


def _candidates(questionnaire: Questionnaire, city: CityScore, gaps, unit_order: dict[str, int]) -> tuple[ActionCandidate, ...]:
    order = {q.id: i for i, q in enumerate(questionnaire.questions)}
    ranked = sorted(city.questions, key=lambda c: (
        -c.priority, -(c.mean_gap if c.mean_gap is not None else -1), order[c.question_id]))
    found = []
    for rank, c in enumerate(ranked, start=1):
        units = sorted(gaps[c.question_id], key=lambda g: (-g[0], unit_order[g[1]]))
        found.append(ActionCandidate(
            rank=rank, question=questionnaire.question(c.question_id),
            dimension=questionnaire.dimension(c.dimension_id), city=c,
            largest=tuple(UnitGap(unit, current, target) for _, unit, current, target in units[:LARGEST_GAPS]),
            more=max(0, len(units) - LARGEST_GAPS)))
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
        answers = {
            row[0]: Answer(row[0], row[1], row[2], bool(row[3]), row[4], row[5])
            for row in store.db.execute(
                "SELECT question_id, current_level, target_level, not_applicable, note, evidence "
                "FROM answers WHERE assessment_id = ?", [unit.assessment_id])
        }
        scope = set(unit.out_of_scope)
        for q in questions:
            yield AnswerRow(unit.unit, unit.round, q, answers.get(q.id), q.dimension_id in scope,
                            unit.source_file, unit.source)
