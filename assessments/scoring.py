"""Scoring: every number the app shows, computed in one place.

``docs/scoring.md`` defines each rule in words; the tests recompute its worked examples. In
short: a dimension's score is the weight-weighted mean of the current levels of its answered,
applicable questions; the overall score is the dimension-weight-weighted mean of the dimension
scores that exist; percent = score / 5 x 100; gap = target - current; priority = weight x gap.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace
from fractions import Fraction
from functools import lru_cache

from .formatting import rounded
from .messages import Problem
from .questionnaire import Questionnaire

MAX_LEVEL = 5
EXCEL_CELL_LIMIT = 32_767  # characters an Excel cell holds


@dataclass(frozen=True)
class Answer:
    """One question's answer. ``target`` None means "no ambition above current"."""

    question_id: str
    current: int | None = None
    target: int | None = None
    not_applicable: bool = False
    note: str = ""  # free notes; the written justification when N/A
    evidence: str = ""

    @property
    def answered(self) -> bool:
        """Counts toward scores: a current level was given and the question applies."""
        return self.current is not None and not self.not_applicable

    @property
    def effective_target(self) -> int | None:
        if not self.answered:
            return None
        return self.target if self.target is not None else self.current

    @property
    def gap(self) -> int | None:
        target = self.effective_target
        return None if target is None else target - self.current

    @property
    def is_blank(self) -> bool:
        return (
            self.current is None
            and self.target is None
            and not self.not_applicable
            and not self.note
            and not self.evidence
        )

    def with_changes(self, **changes) -> Answer:
        return replace(self, **changes)


def validate_answer(answer: Answer, where: str = "", source: str = "") -> list[Problem]:
    """Every rule an answer must satisfy; an empty list means valid."""
    problems = []
    for field, value in (("current_level", answer.current), ("target_level", answer.target)):
        if value is not None and (
            isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_LEVEL
        ):
            problems.append(
                Problem("a.level_range", {"field": field, "value": value}, source, where)
            )
    if (
        isinstance(answer.current, int)
        and isinstance(answer.target, int)
        and not answer.not_applicable
        and answer.target < answer.current
    ):
        problems.append(
            Problem(
                "a.target_below",
                {"target": answer.target, "current": answer.current},
                source,
                where,
            )
        )
    if answer.not_applicable and not answer.note.strip():
        problems.append(Problem("a.na_needs_note", {}, source, where))
    for field, value in (("note", answer.note), ("evidence", answer.evidence)):
        if len(value) > EXCEL_CELL_LIMIT:
            problems.append(
                Problem("a.text_too_long", {"field": field, "length": len(value)}, source, where)
            )
    return problems


# --- bands --------------------------------------------------------------------------------


@dataclass(frozen=True)
class Band:
    code: str
    lower: float  # percent, inclusive
    upper: float  # percent, exclusive (the last band includes 100)
    tr: str
    en: str

    def name(self, lang: str) -> str:
        return self.tr if lang == "tr" else self.en


# Named after the level scale (level names adapted from ITU-T Y.4904), so that a unit at level
# 3 everywhere reads "Gelişim" like its answers: score k <= s < k+1 takes level k's name, and
# only a score of exactly 5 is "Optimizasyon". 1.x used generic names ("Tanımlı/Defined") that
# clashed with the levels.
BANDS = (
    Band("yok", 0, 20, "Yok", "Not present"),
    Band("planlama", 20, 40, "Planlama", "Planning"),
    Band("uyumlastirma", 40, 60, "Uyumlaştırma", "Alignment"),
    Band("gelisim", 60, 80, "Gelişim", "Development"),
    Band("butunlesme", 80, 100, "Bütünleşme", "Integration"),
    Band("optimizasyon", 100, 100, "Optimizasyon", "Optimisation"),
)


def band_for(percent: float | None) -> Band | None:
    """The band of a percent as shown (one decimal, half up): what the user reads decides."""
    if percent is None:
        return None
    percent = float(rounded(percent, 1))
    for band in BANDS:
        if percent < band.upper:
            return band
    return BANDS[-1]


def percent_of(score: float | None) -> float | None:
    return None if score is None else score / MAX_LEVEL * 100


def _exact(value: float | Fraction) -> Fraction:
    """Weights like 1.5 or 0.1 as the decimals they were written as, so that sums are exact
    and a score of exactly 2 is never held as 1.9999999999999996."""
    return value if isinstance(value, Fraction) else _decimal_fraction(value)


@lru_cache(maxsize=4096)
def _decimal_fraction(value: float) -> Fraction:
    # Cached: a city of units repeats the same few levels and weights hundreds of thousands
    # of times, and parsing them dominated the consolidation.
    return Fraction(repr(float(value)))


def _weighted_mean(pairs: Iterable[tuple[float | Fraction, float | Fraction]]) -> Fraction | None:
    pairs = [(_exact(v), _exact(w)) for v, w in pairs]
    total = sum(w for _, w in pairs)
    if not pairs or total <= 0:
        return None
    return sum(v * w for v, w in pairs) / total


def _mean(values: list[Fraction]) -> Fraction | None:
    return sum(values) / len(values) if values else None


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


# --- one assessment -------------------------------------------------------------------------


@dataclass(frozen=True)
class DimensionScore:
    dimension_id: str
    in_scope: bool
    current: float | None  # None: nothing answered, shown as "-", never as 0
    target: float | None
    questions: int  # questions in the dimension
    not_applicable: int
    answered: int

    @property
    def gap(self) -> float | None:
        return None if self.current is None else self.target - self.current

    @property
    def percent(self) -> float | None:
        return percent_of(self.current)


@dataclass(frozen=True)
class AssessmentScore:
    dimensions: tuple[DimensionScore, ...]
    current: float | None
    target: float | None
    answered: int
    applicable: int  # questions in scope minus N/A
    not_applicable: int

    @property
    def percent(self) -> float | None:
        return percent_of(self.current)

    @property
    def target_percent(self) -> float | None:
        return percent_of(self.target)

    @property
    def band(self) -> Band | None:
        return band_for(self.percent)

    @property
    def completeness(self) -> float | None:
        """answered / (questions in scope - N/A); None when nothing is left to answer."""
        return None if self.applicable == 0 else self.answered / self.applicable

    @property
    def gap(self) -> float | None:
        return None if self.current is None else self.target - self.current

    def dimension(self, dimension_id: str) -> DimensionScore:
        return next(d for d in self.dimensions if d.dimension_id == dimension_id)


def _dimension_means(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    excluded: set[str],
    not_asked: frozenset[str] = frozenset(),
) -> dict[str, tuple[Fraction, Fraction] | None]:
    """Exact (current, target) weighted means per dimension; None where nothing counts."""
    means = {}
    for dim in questionnaire.dimensions:
        answered = [
            (answers[q.id], q.weight)
            for q in dim.questions
            if q.id in answers and answers[q.id].answered and q.id not in not_asked
        ]
        if dim.id in excluded or not answered:
            means[dim.id] = None
            continue
        means[dim.id] = (
            _weighted_mean((a.current, w) for a, w in answered),
            _weighted_mean((a.effective_target, w) for a, w in answered),
        )
    return means


def score_assessment(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    out_of_scope: Iterable[str] = (),
    *,
    excluded_questions: Iterable[str] = (),
) -> AssessmentScore:
    """Score one assessment. Answers to unknown questions are ignored; out-of-scope dimensions
    get no score and do not count toward completeness. ``excluded_questions`` are the practices
    the unit's profile does not ask (``profiles.excluded_questions``): likewise out of scope,
    one by one; a dimension's ``questions`` counts only those asked."""
    excluded = set(out_of_scope)
    not_asked = frozenset(excluded_questions)
    means = _dimension_means(questionnaire, answers, excluded, not_asked)
    dimension_scores = []
    for dim in questionnaire.dimensions:
        in_scope = dim.id not in excluded
        asked = [q for q in dim.questions if q.id not in not_asked]
        given = [answers.get(q.id) for q in asked]
        mean = means[dim.id]
        dimension_scores.append(
            DimensionScore(
                dimension_id=dim.id,
                in_scope=in_scope,
                current=_float(mean[0]) if mean else None,
                target=_float(mean[1]) if mean else None,
                questions=len(asked),
                not_applicable=sum(1 for a in given if a and a.not_applicable) if in_scope else 0,
                answered=sum(1 for a in given if a and a.answered) if in_scope else 0,
            )
        )
    scored = [(mean, dim.weight) for dim in questionnaire.dimensions if (mean := means[dim.id])]
    in_scope = [d for d in dimension_scores if d.in_scope]
    return AssessmentScore(
        dimensions=tuple(dimension_scores),
        current=_float(_weighted_mean((m[0], w) for m, w in scored)),
        target=_float(_weighted_mean((m[1], w) for m, w in scored)),
        answered=sum(d.answered for d in in_scope),
        applicable=sum(d.questions - d.not_applicable for d in in_scope),
        not_applicable=sum(d.not_applicable for d in in_scope),
    )


@dataclass(frozen=True)
class QuestionGap:
    question_id: str
    dimension_id: str
    current: int
    target: int
    weight: float
    legal_minimum: int | None = None  # the level equal to the legal obligation, if any

    @property
    def gap(self) -> int:
        return self.target - self.current

    @property
    def priority(self) -> float:
        return self.weight * self.gap

    @property
    def compliance(self) -> bool:
        """Below the legal minimum: a compliance gap, ranked before every weighted gap."""
        return self.legal_minimum is not None and self.current < self.legal_minimum

    @property
    def shortfall(self) -> int:
        """Levels missing to the legal minimum (0 when it is met or there is none)."""
        return self.legal_minimum - self.current if self.compliance else 0


def _legal_level(question) -> int | None:
    minimum = getattr(question, "legal_minimum", None)
    return minimum.level if minimum else None


def gap_rank_key(gap: QuestionGap, order: int) -> tuple:
    """Compliance gaps first (larger shortfall first), then the weighted gaps by priority, then
    larger gap, then questionnaire order: the one ranking every priority list uses."""
    return (not gap.compliance, -gap.shortfall, -gap.priority, -gap.gap, order)


def gaps(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    out_of_scope: Iterable[str] = (),
    *,
    excluded_questions: Iterable[str] = (),
) -> list[QuestionGap]:
    """Answered questions with a gap > 0 or below their legal minimum, ranked by
    ``gap_rank_key``: compliance gaps first, even where the target adds no gap. Questions of
    ``excluded_questions`` (not asked by the unit's profile) have none."""
    excluded = set(out_of_scope)
    not_asked = frozenset(excluded_questions)
    found = []
    for order, q in enumerate(questionnaire.questions):
        a = answers.get(q.id)
        if q.dimension_id in excluded or q.id in not_asked or not a or not a.answered:
            continue
        item = QuestionGap(
            q.id, q.dimension_id, a.current, a.effective_target, q.weight, _legal_level(q)
        )
        if item.gap > 0 or item.compliance:
            found.append((order, item))
    found.sort(key=lambda pair: gap_rank_key(pair[1], pair[0]))
    return [g for _, g in found]


def compliance_gaps(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    out_of_scope: Iterable[str] = (),
    *,
    excluded_questions: Iterable[str] = (),
) -> list[QuestionGap]:
    """Only the answers below their practice's legal minimum, in ranking order."""
    found = gaps(questionnaire, answers, out_of_scope, excluded_questions=excluded_questions)
    return [g for g in found if g.compliance]


def needs_evidence_prompt(questionnaire: Questionnaire, answer: Answer) -> bool:
    """A gentle prompt, never a block: a level at or above the questionnaire's evidence level
    was chosen and the evidence field is empty."""
    level = questionnaire.evidence_from_level
    return (
        level is not None
        and answer.answered
        and answer.current >= level
        and not answer.evidence.strip()
    )


# --- themes and assets -----------------------------------------------------------------------


@dataclass(frozen=True)
class GroupScore:
    """A score over the questions of one theme or one asset, across dimensions."""

    group_id: str
    current: float | None  # None: nothing answered
    target: float | None
    answered: int
    questions: int

    @property
    def percent(self) -> float | None:
        return percent_of(self.current)


def _groups_of(questionnaire: Questionnaire, by: str) -> dict[str, list]:
    if by not in ("theme", "asset"):
        raise ValueError(f"by must be 'theme' or 'asset', not {by!r}")
    keys = questionnaire.themes if by == "theme" else tuple(questionnaire.assets)
    groups: dict[str, list] = {key: [] for key in keys}
    for q in questionnaire.questions:
        for key in q.themes if by == "theme" else (q.asset,):
            if key in groups:
                groups[key].append(q)
    return groups


def _group_means(questionnaire, answers, excluded, by, not_asked=frozenset()) -> dict:
    means = {}
    for key, group in _groups_of(questionnaire, by).items():
        questions = [q for q in group if q.id not in not_asked]
        answered = [
            (answers[q.id], q.weight)
            for q in questions
            if q.dimension_id not in excluded and q.id in answers and answers[q.id].answered
        ]
        means[key] = (
            (
                _weighted_mean((a.current, w) for a, w in answered),
                _weighted_mean((a.effective_target, w) for a, w in answered),
                len(answered),
                len(questions),
            )
            if answered
            else (None, None, 0, len(questions))
        )
    return means


def group_scores(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    out_of_scope: Iterable[str] = (),
    by: str = "theme",
    *,
    excluded_questions: Iterable[str] = (),
) -> tuple[GroupScore, ...]:
    """Scores by theme (green, digital, social, mobility) or by the Ministry's asset (people,
    technology, facilities, institutions): the weight-weighted mean of the answered questions
    of the group, whatever their dimension; a question with two themes counts in both.
    ``excluded_questions`` (not asked by the unit's profile) are not in a group's count."""
    not_asked = frozenset(excluded_questions)
    means = _group_means(questionnaire, answers, set(out_of_scope), by, not_asked)
    return tuple(
        GroupScore(key, _float(c), _float(t), n, total) for key, (c, t, n, total) in means.items()
    )


def city_group_scores(
    questionnaire: Questionnaire,
    units: Iterable[tuple[Mapping[str, Answer], Iterable[str]]],
    by: str = "theme",
) -> tuple[GroupScore, ...]:
    """The city by theme or asset: the plain mean of the units' group scores (each unit once,
    as for dimensions); ``answered`` counts the units with a score in the group."""
    per_unit = [_group_means(questionnaire, answers, set(scope), by) for answers, scope in units]
    result = []
    for key, questions in _groups_of(questionnaire, by).items():
        present = [means[key] for means in per_unit if means[key][0] is not None]
        result.append(
            GroupScore(
                key,
                _float(_mean([m[0] for m in present])),
                _float(_mean([m[1] for m in present])),
                len(present),
                len(questions),
            )
        )
    return tuple(result)


# --- the city: many units --------------------------------------------------------------------


@dataclass(frozen=True)
class CityDimension:
    dimension_id: str
    mean: float | None
    minimum: float | None
    maximum: float | None
    target_mean: float | None
    units: int  # units with a score in this dimension


@dataclass(frozen=True)
class CityQuestion:
    question_id: str
    dimension_id: str
    weight: float
    units_answered: int
    mean_current: float | None
    mean_target: float | None
    units_gap_2: int  # units whose gap is 2 or more
    units_below_minimum: int = 0  # units whose answer is below the legal minimum

    @property
    def mean_gap(self) -> float | None:
        return None if self.mean_current is None else self.mean_target - self.mean_current

    @property
    def priority(self) -> float:
        return 0.0 if self.mean_gap is None else self.weight * self.mean_gap


@dataclass(frozen=True)
class CityScore:
    dimensions: tuple[CityDimension, ...]
    questions: tuple[CityQuestion, ...]
    current: float | None
    target: float | None
    units: int

    @property
    def percent(self) -> float | None:
        return percent_of(self.current)

    @property
    def band(self) -> Band | None:
        return band_for(self.percent)

    def dimension(self, dimension_id: str) -> CityDimension:
        return next(d for d in self.dimensions if d.dimension_id == dimension_id)


def city_score(
    questionnaire: Questionnaire, units: Iterable[tuple[Mapping[str, Answer], Iterable[str]]]
) -> CityScore:
    """Aggregate units, each given as (answers, out-of-scope dimensions)."""
    units = [(answers, set(scope)) for answers, scope in units]
    unit_means = [_dimension_means(questionnaire, answers, scope) for answers, scope in units]
    dims = []
    exact: list[tuple[Fraction, Fraction, float]] = []
    for dim in questionnaire.dimensions:
        present = [means[dim.id] for means in unit_means if means[dim.id]]
        mean = _mean([m[0] for m in present])
        target_mean = _mean([m[1] for m in present])
        if mean is not None:
            exact.append((mean, target_mean, dim.weight))
        dims.append(
            CityDimension(
                dimension_id=dim.id,
                mean=_float(mean),
                minimum=_float(min(m[0] for m in present)) if present else None,
                maximum=_float(max(m[0] for m in present)) if present else None,
                target_mean=_float(target_mean),
                units=len(present),
            )
        )
    questions = []
    for q in questionnaire.questions:
        given = [answers.get(q.id) for answers, scope in units if q.dimension_id not in scope]
        answered = [a for a in given if a and a.answered]
        questions.append(
            CityQuestion(
                question_id=q.id,
                dimension_id=q.dimension_id,
                weight=q.weight,
                units_answered=len(answered),
                mean_current=_float(_mean([Fraction(a.current) for a in answered])),
                mean_target=_float(_mean([Fraction(a.effective_target) for a in answered])),
                units_gap_2=sum(1 for a in answered if a.gap >= 2),
                units_below_minimum=sum(
                    1
                    for a in answered
                    if (level := _legal_level(q)) is not None and a.current < level
                ),
            )
        )
    return CityScore(
        dimensions=tuple(dims),
        questions=tuple(questions),
        current=_float(_weighted_mean((m, w) for m, _, w in exact)),
        target=_float(_weighted_mean((t, w) for _, t, w in exact)),
        units=len(units),
    )


def city_priorities(city: CityScore) -> list[CityQuestion]:
    """The city's questions ranked: those with a unit below the legal minimum first (more such
    units first), then by city priority; questions no unit answered are left out."""
    ranked = [(order, q) for order, q in enumerate(city.questions) if q.units_answered]
    ranked.sort(
        key=lambda pair: (
            pair[1].units_below_minimum == 0,
            -pair[1].units_below_minimum,
            -pair[1].priority,
            pair[0],
        )
    )
    return [q for _, q in ranked]
