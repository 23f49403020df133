"""The numbers behind the results view and the printed report, each with how it was computed.

Every score comes from ``assessments.scoring``; this module only gathers them per dimension,
adds the rubric's next level for each gap, the city average and earlier rounds, and writes
an explanation (formula and inputs, Turkish and English) for every number, because users of
peer tools complain that scores are hard to understand.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace

from . import clock, formatting, profiles
from .profiles import city_answers
from .questionnaire import Dimension, Question, Questionnaire, Text
from .scoring import (
    BANDS,
    MAX_LEVEL,
    Answer,
    AssessmentScore,
    CityScore,
    DimensionScore,
    GroupScore,
    QuestionGap,
    city_score,
    gaps,
    group_scores,
    score_assessment,
)

LANGUAGES = ("tr", "en")
TOP_GAPS = 10
_LISTED_INPUTS = 8  # a tooltip lists at most this many inputs, then "…"

UnitAnswers = tuple[Mapping[str, Answer], Iterable[str]]  # (answers, out-of-scope dimensions)


def _bilingual(build) -> Text:
    """A Text with ``build(lang)`` for every language."""
    return Text({lang: build(lang) for lang in LANGUAGES})


def _pick(lang: str, tr: str, en: str) -> str:
    return tr if lang == "tr" else en


def _compact(value: float, lang: str) -> str:
    """A weight or level without trailing zeros: 1, 1,5 (tr) / 1.5 (en)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if lang == "tr" else text


def _sum_of(terms: list[str]) -> str:
    if len(terms) > _LISTED_INPUTS:
        terms = [*terms[:_LISTED_INPUTS], "…"]
    return " + ".join(terms)


# --- rows -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DimensionRow:
    """One dimension's scores, its name, the city mean and an explanation per number."""

    dimension: Dimension
    score: DimensionScore
    city_mean: float | None
    explanations: dict[str, Text]  # "current", "target", "gap", "percent", "city"

    @property
    def dimension_id(self) -> str:
        return self.dimension.id

    @property
    def name(self) -> Text:
        return self.dimension.name

    @property
    def in_scope(self) -> bool:
        return self.score.in_scope

    @property
    def current(self) -> float | None:
        return self.score.current

    @property
    def target(self) -> float | None:
        return self.score.target

    @property
    def gap(self) -> float | None:
        return self.score.gap

    @property
    def percent(self) -> float | None:
        return self.score.percent

    @property
    def applicable(self) -> int:
        return self.score.questions - self.score.not_applicable


@dataclass(frozen=True)
class GapRow:
    """A question whose target is above its current level, with the concrete next step: the
    rubric text of level current + 1."""

    gap: QuestionGap
    question: Question
    dimension: Dimension
    next_level_name: Text
    explanation: Text  # how the priority was computed

    @property
    def question_id(self) -> str:
        return self.question.id

    @property
    def current(self) -> int:
        return self.gap.current

    @property
    def target(self) -> int:
        return self.gap.target

    @property
    def size(self) -> int:
        return self.gap.gap

    @property
    def priority(self) -> float:
        return self.gap.priority

    @property
    def next_level(self) -> int:
        return self.gap.current + 1

    def next_step(self, lang: str) -> str:
        return self.question.level_text(self.next_level, lang)


@dataclass(frozen=True)
class NotApplicableRow:
    question: Question
    dimension: Dimension
    justification: str


@dataclass(frozen=True)
class RemarkRow:
    """What the unit wrote to one question: its note (the justification when N/A) and evidence."""

    question: Question
    dimension: Dimension
    note: str
    evidence: str
    not_applicable: bool


@dataclass(frozen=True)
class RoundPoint:
    """One round of the unit, for the trend."""

    round: str
    score: AssessmentScore
    is_current: bool  # the round these results are about


@dataclass(frozen=True)
class CityContext:
    """The mean dimension scores of the other units that assessed the same round."""

    round: str
    units: int  # other units counted
    score: CityScore
    explanations: dict[str, Text]  # dimension id -> how its mean was computed

    def mean(self, dimension_id: str) -> float | None:
        return self.score.dimension(dimension_id).mean

    @property
    def means(self) -> dict[str, float | None]:
        return {d.dimension_id: d.mean for d in self.score.dimensions}


@dataclass(frozen=True)
class UnitResults:
    """Everything the results view and the report show for one unit and round."""

    questionnaire: Questionnaire
    score: AssessmentScore
    dimensions: tuple[DimensionRow, ...]
    gaps: tuple[GapRow, ...]  # every gap, highest priority first
    not_applicable: tuple[NotApplicableRow, ...]
    unanswered: tuple[Question, ...]  # in scope, neither answered nor N/A
    explanations: dict[str, Text]  # "current", "target", "gap", "percent", "band", "completeness"
    city: CityContext | None = None
    trend: tuple[RoundPoint, ...] = ()  # all rounds of the unit in order, this one included
    unit: str = ""
    round: str = ""
    respondent: str = ""
    status: str = ""
    updated_at: str = ""  # UTC ISO 8601
    out_of_scope: tuple[str, ...] = field(default=())
    remarks: tuple[RemarkRow, ...] = ()  # questions in scope with a note, evidence or N/A
    themes: tuple[GroupScore, ...] = ()  # scores by theme (green, digital, social, mobility)
    assets: tuple[GroupScore, ...] = ()  # scores by the Ministry's four assets
    not_asked: tuple[str, ...] = ()  # question ids the unit's profile does not ask
    planned: tuple = ()  # monitoring.unit_view.PlannedPractice: the plan's practices for the unit

    @property
    def compliance_gaps(self) -> tuple[GapRow, ...]:
        """Answers below their practice's legal minimum; ``gaps`` ranks them first."""
        return tuple(g for g in self.gaps if g.gap.compliance)

    def top_gaps(self, count: int = TOP_GAPS) -> tuple[GapRow, ...]:
        return self.gaps[:count]

    def dimension(self, dimension_id: str) -> DimensionRow:
        return next(d for d in self.dimensions if d.dimension_id == dimension_id)

    @property
    def has_trend(self) -> bool:
        return len(self.trend) > 1


# --- explanations -----------------------------------------------------------------------------


def _weighted(lang: str, kind: str, used: list, score: DimensionScore, counts: Text) -> str:
    """A dimension's score or target as its formula, with the numbers filled in."""
    level = (lambda a: a.current) if kind == "current" else (lambda a: a.effective_target)
    terms = [f"{_compact(q.weight, lang)}×{level(a)}" for q, a in used]
    total = sum(q.weight for q, _ in used)
    value = score.current if kind == "current" else score.target
    if kind == "current":
        name = _pick(
            lang,
            "Boyut puanı = Σ(ağırlık × mevcut düzey) / Σ ağırlık",
            "Dimension score = Σ(weight × current level) / Σ weight",
        )
    else:
        name = _pick(
            lang,
            "Boyut hedefi = Σ(ağırlık × hedef düzey) / Σ ağırlık",
            "Dimension target = Σ(weight × target level) / Σ weight",
        )
    line = (
        f"{name}\n= ({_sum_of(terms)}) / {_compact(total, lang)} "
        f"= {formatting.number(value, lang)}\n{counts.get(lang)}"
    )
    if kind == "target" and any(a.target is None for _, a in used):
        line += _pick(
            lang,
            "\nHedefi boş bırakılan soruda hedef = mevcut düzey.",
            "\nWhere no target is given, target = current level.",
        )
    return line


def _dimension_explanations(
    dim: Dimension, score: DimensionScore, answers: Mapping[str, Answer], city: CityContext | None
) -> dict[str, Text]:
    if not score.in_scope:
        reason = Text(
            {
                "tr": "Boyut kapsam dışı: puanlanmaz ve tamamlanmaya sayılmaz.",
                "en": "The dimension is out of scope: not scored, not counted in completeness.",
            }
        )
        return {
            "current": reason,
            "target": reason,
            "gap": reason,
            "percent": reason,
            "city": _city_explanation(dim.id, city),
        }
    used = [(q, answers[q.id]) for q in dim.questions if q.id in answers and answers[q.id].answered]
    counts = _bilingual(
        lambda lang: _pick(
            lang,
            f"{len(dim.questions)} sorudan {score.answered} tanesi yanıtlandı"
            + (
                f"; {score.not_applicable} soru kapsam dışı (N/A), hesaba katılmadı."
                if score.not_applicable
                else "."
            ),
            f"{score.answered} of {len(dim.questions)} questions answered"
            + (
                f"; {score.not_applicable} not applicable (N/A), left out."
                if score.not_applicable
                else "."
            ),
        )
    )
    if score.current is None:
        none = _bilingual(
            lambda lang: (
                _pick(
                    lang,
                    'Bu boyutta yanıtlanmış soru yok: puan yok ("-"), 0 sayılmaz.\n',
                    'No question in this dimension is answered: no score ("-"), not counted as '
                    "0.\n",
                )
                + counts.get(lang)
            )
        )
        return {
            "current": none,
            "target": none,
            "gap": none,
            "percent": none,
            "city": _city_explanation(dim.id, city),
        }

    return {
        "current": _bilingual(lambda lang: _weighted(lang, "current", used, score, counts)),
        "target": _bilingual(lambda lang: _weighted(lang, "target", used, score, counts)),
        "gap": _gap_explanation(score.target, score.current),
        "percent": _percent_explanation(score.current),
        "city": _city_explanation(dim.id, city),
    }


def _gap_explanation(target: float | None, current: float | None) -> Text:
    return _bilingual(
        lambda lang: (
            _pick(lang, "Fark = hedef − mevcut", "Gap = target − current")
            + f" = {formatting.number(target, lang)} − {formatting.number(current, lang)}"
            f" = {formatting.number(None if current is None else target - current, lang)}"
        )
    )


def _percent_explanation(current: float | None) -> Text:
    def build(lang: str) -> str:
        value = None if current is None else current / MAX_LEVEL * 100
        return (
            _pick(lang, "Yüzde = puan / 5 × 100", "Percent = score / 5 × 100")
            + f" = {formatting.number(current, lang)} / 5 × 100 = {formatting.percent(value, lang)}"
        )

    return _bilingual(build)


def _city_explanation(dimension_id: str, city: CityContext | None) -> Text:
    if city is None:
        return _bilingual(
            lambda lang: _pick(
                lang,
                "Bu dönem için başka birimin değerlendirmesi yok; kent ortalaması gösterilmiyor.",
                "No other unit has assessed this round; no city average is shown.",
            )
        )
    return city.explanations[dimension_id]


def _overall_explanations(questionnaire: Questionnaire, score: AssessmentScore) -> dict[str, Text]:
    scored = [
        (questionnaire.dimension(d.dimension_id), d)
        for d in score.dimensions
        if d.current is not None
    ]
    total = sum(dim.weight for dim, _ in scored)

    def overall(lang: str, kind: str) -> str:
        value = score.current if kind == "current" else score.target
        if not scored:
            return _pick(
                lang,
                'Hiçbir boyutta puan yok: genel puan yok ("-").',
                'No dimension has a score: no overall score ("-").',
            )
        terms = [
            f"{_compact(dim.weight, lang)}×{formatting.number(getattr(d, kind), lang)}"
            for dim, d in scored
        ]
        if kind == "current":
            name = _pick(
                lang,
                "Genel puan = Σ(boyut ağırlığı × boyut puanı) / Σ boyut ağırlığı",
                "Overall score = Σ(dimension weight × dimension score) / Σ dimension weight",
            )
        else:
            name = _pick(
                lang,
                "Genel hedef = Σ(boyut ağırlığı × boyut hedefi) / Σ boyut ağırlığı",
                "Overall target = Σ(dimension weight × dimension target) / Σ dimension weight",
            )
        skipped = len(score.dimensions) - len(scored)
        note = (
            _pick(
                lang,
                f"\nPuanı olmayan {skipped} boyut hesaba katılmadı.",
                f"\nDimensions without a score, left out: {skipped}.",
            )
            if skipped
            else ""
        )
        return (
            f"{name}\n= ({_sum_of(terms)}) / {_compact(total, lang)} "
            f"= {formatting.number(value, lang)}{note}"
        )

    def band(lang: str) -> str:
        found = score.band
        ranges = ", ".join(_band_range(b, lang) for b in BANDS)
        head = _pick(
            lang,
            f"Olgunluk bandı yüzdeye göre (%): {ranges}.",
            f"Maturity band by percent (%): {ranges}.",
        )
        if found is None:
            return head
        return head + f"\n{formatting.percent(score.percent, lang)} → {found.name(lang)}"

    def completeness(lang: str) -> str:
        in_scope = score.applicable + score.not_applicable
        return (
            _pick(
                lang,
                "Tamamlanma = yanıtlanan / (kapsamdaki soru − N/A)",
                "Completeness = answered / (questions in scope − N/A)",
            )
            + f"\n= {score.answered} / ({in_scope} − {score.not_applicable})"
            f" = {formatting.fraction(score.completeness, lang)}"
        )

    return {
        "current": _bilingual(lambda lang: overall(lang, "current")),
        "target": _bilingual(lambda lang: overall(lang, "target")),
        "gap": _gap_explanation(score.target, score.current),
        "percent": _percent_explanation(score.current),
        "band": _bilingual(band),
        "completeness": _bilingual(completeness),
    }


def _band_range(band, lang: str) -> str:
    """ "0–20 Yok"; the last band holds only 100, so it reads "100 Optimizasyon"."""
    if band.lower == band.upper:
        return f"{_compact(band.lower, lang)} {band.name(lang)}"
    return f"{_compact(band.lower, lang)}–{_compact(band.upper, lang)} {band.name(lang)}"


def _priority_explanation(gap: QuestionGap) -> Text:
    return _bilingual(
        lambda lang: (
            _pick(lang, "Öncelik = ağırlık × fark", "Priority = weight × gap")
            + f" = {_compact(gap.weight, lang)} × ({gap.target} − {gap.current})"
            f" = {_compact(gap.priority, lang)}"
        )
    )


# --- the city ---------------------------------------------------------------------------------


def city_from_units(
    questionnaire: Questionnaire, units: Sequence[UnitAnswers], round: str = ""
) -> CityContext | None:
    """The city average over other units' assessments; None when there is none to compare
    with (no other unit, or none has a single score)."""
    units = [(answers, tuple(scope)) for answers, scope in units]
    if not units:
        return None
    score = city_score(questionnaire, units)
    if all(d.mean is None for d in score.dimensions):
        return None
    each = [score_assessment(questionnaire, answers, scope) for answers, scope in units]
    explanations = {}
    for dim in score.dimensions:
        values = [s.dimension(dim.dimension_id).current for s in each]
        values = [v for v in values if v is not None]

        def build(lang: str, values=values, dim=dim) -> str:
            if not values:
                return _pick(
                    lang,
                    "Diğer birimlerin hiçbiri bu boyutu puanlamamış.",
                    "None of the other units has a score in this dimension.",
                )
            terms = [formatting.number(v, lang) for v in values]
            return (
                _pick(
                    lang,
                    f"Kent ortalaması = bu dönemde diğer {dim.units} birimin boyut puanlarının "
                    "ortalaması",
                    f"City average = mean of the dimension scores of the {dim.units} other units "
                    "this round",
                )
                + f"\n= ({_sum_of(terms)}) / {dim.units} = {formatting.number(dim.mean, lang)}"
            )

        explanations[dim.dimension_id] = _bilingual(build)
    return CityContext(round=round, units=len(units), score=score, explanations=explanations)


# --- building the results ---------------------------------------------------------------------


def _answer_rows(
    questionnaire: Questionnaire, answers: Mapping[str, Answer], out_of_scope, not_asked
):
    """The N/A justifications, the notes and evidence, and the questions still unanswered
    (never one the unit's profile does not ask)."""
    not_applicable = tuple(
        NotApplicableRow(
            question=q,
            dimension=questionnaire.dimension(q.dimension_id),
            justification=answers[q.id].note,
        )
        for q in questionnaire.questions
        if q.dimension_id not in out_of_scope and q.id in answers and answers[q.id].not_applicable
    )
    remarks = tuple(
        RemarkRow(
            question=q,
            dimension=questionnaire.dimension(q.dimension_id),
            note=a.note.strip(),
            evidence=a.evidence.strip(),
            not_applicable=a.not_applicable,
        )
        for q in questionnaire.questions
        if q.dimension_id not in out_of_scope
        and (a := answers.get(q.id)) is not None
        and (a.note.strip() or a.evidence.strip() or a.not_applicable)
    )
    unanswered = tuple(
        q
        for q in questionnaire.questions
        if q.dimension_id not in out_of_scope
        and q.id not in not_asked
        and not (q.id in answers and (answers[q.id].answered or answers[q.id].not_applicable))
    )
    return not_applicable, remarks, unanswered


def _trend(questionnaire: Questionnaire, score, other_rounds, round: str) -> tuple:
    """This round's score beside the unit's other rounds, in round order."""
    trend: tuple[RoundPoint, ...] = ()
    if other_rounds:
        points = [
            RoundPoint(label, score_assessment(questionnaire, given, scope), False)
            for label, given, scope in other_rounds
            if label != round
        ]
        points.append(RoundPoint(round, score, True))
        trend = tuple(sorted(points, key=lambda p: clock.round_key(p.round)))
    return trend


def build_results(
    questionnaire: Questionnaire,
    answers: Mapping[str, Answer],
    out_of_scope: Iterable[str] = (),
    *,
    city_units: Sequence[UnitAnswers] | None = None,
    other_rounds: Sequence[tuple[str, Mapping[str, Answer], Iterable[str]]] = (),
    unit: str = "",
    round: str = "",
    respondent: str = "",
    status: str = "",
    updated_at: str = "",
    not_asked: Iterable[str] = (),
) -> UnitResults:
    """The results of one unit's assessment.

    ``city_units`` are the other units' (answers, out-of-scope) of the same round, for the
    city average; ``other_rounds`` are this unit's other rounds as (round, answers, out-of-scope),
    for the trend. ``not_asked`` are the practices the unit's profile does not ask
    (``profiles.not_asked``): never unanswered, never a gap, outside every count.
    """
    out_of_scope = tuple(sorted(set(out_of_scope)))
    not_asked = frozenset(not_asked)
    score = score_assessment(questionnaire, answers, out_of_scope, excluded_questions=not_asked)
    city = city_from_units(questionnaire, city_units or (), round)
    rows = tuple(
        DimensionRow(
            dimension=dim,
            score=dim_score,
            city_mean=city.mean(dim.id) if city else None,
            explanations=_dimension_explanations(dim, dim_score, answers, city),
        )
        for dim, dim_score in zip(questionnaire.dimensions, score.dimensions, strict=True)
    )
    level_names = {
        level: _bilingual(lambda lang, level=level: questionnaire.level_name(level, lang))
        for level in range(1, MAX_LEVEL + 1)
    }
    gap_rows = tuple(
        GapRow(
            gap=g,
            question=questionnaire.question(g.question_id),
            dimension=questionnaire.dimension(g.dimension_id),
            next_level_name=level_names[g.current + 1],
            explanation=_priority_explanation(g),
        )
        for g in gaps(questionnaire, answers, out_of_scope, excluded_questions=not_asked)
    )
    not_applicable, remarks, unanswered = _answer_rows(
        questionnaire, answers, out_of_scope, not_asked
    )
    trend = _trend(questionnaire, score, other_rounds, round)
    return UnitResults(
        questionnaire=questionnaire,
        score=score,
        dimensions=rows,
        gaps=gap_rows,
        not_applicable=not_applicable,
        unanswered=unanswered,
        explanations=_overall_explanations(questionnaire, score),
        city=city,
        trend=trend,
        unit=unit,
        round=round,
        respondent=respondent,
        status=status,
        updated_at=updated_at,
        out_of_scope=out_of_scope,
        remarks=remarks,
        themes=group_scores(
            questionnaire, answers, out_of_scope, by="theme", excluded_questions=not_asked
        ),
        assets=group_scores(
            questionnaire, answers, out_of_scope, by="asset", excluded_questions=not_asked
        ),
        not_asked=tuple(q.id for q in questionnaire.questions if q.id in not_asked),
    )


# --- from the store ---------------------------------------------------------------------------


def _other_units(
    store, questionnaire: Questionnaire, round: str, exclude_uuid: str | None
) -> list[UnitAnswers]:
    """Other units' answers of ``round`` made with the same questionnaire (any version: answers
    to questions it no longer has are ignored by scoring)."""
    excluded_unit = store.assessment(exclude_uuid).unit if exclude_uuid else None
    infos = [
        info
        for info in store.assessments(round)
        if info.uuid != exclude_uuid
        and info.unit != excluded_unit
        and info.questionnaire_id == questionnaire.id
    ]
    # An organisation-wide practice counts once, by its owner's answer (scoring.md section 16).
    counted = city_answers(questionnaire, {info.unit: store.answers(info.uuid) for info in infos})
    return [(counted.units[info.unit], info.out_of_scope) for info in infos]


def city_context(
    store, questionnaire: Questionnaire, round: str, exclude_uuid: str | None = None
) -> CityContext | None:
    """Per-dimension means of the other units' assessments of ``round`` in the database (the
    coordinator's PC holds them); None when no other unit has one."""
    return city_from_units(
        questionnaire, _other_units(store, questionnaire, round, exclude_uuid), round
    )


def load_results(
    store,
    questionnaire: Questionnaire,
    uuid: str,
    *,
    with_city: bool = True,
    with_trend: bool = True,
) -> UnitResults:
    """The results of the assessment ``uuid`` with the city average and the unit's other rounds."""
    info = store.assessment(uuid)
    other_rounds = []
    if with_trend:
        other_rounds = [
            (other.round, store.answers(other.uuid), other.out_of_scope)
            for other in store.assessments()
            if other.unit == info.unit
            and other.uuid != uuid
            and other.questionnaire_id == questionnaire.id
        ]
    answers = store.answers(uuid)
    results = build_results(
        questionnaire,
        answers,
        info.out_of_scope,
        city_units=_other_units(store, questionnaire, info.round, uuid) if with_city else None,
        other_rounds=other_rounds,
        unit=info.unit,
        round=info.round,
        respondent=info.respondent,
        status=info.status,
        updated_at=info.updated_at,
        not_asked=profiles.not_asked(questionnaire, info),
    )
    planned = _planned(store, questionnaire, info, answers, other_rounds)
    return replace(results, planned=planned) if planned else results


def _planned(store, questionnaire: Questionnaire, info, answers, other_rounds) -> tuple:
    """The action plan's practices for this unit, earlier round beside this one."""
    from .monitoring.unit_view import planned_practices
    from .store.plans import PlanRepository

    plan = PlanRepository(store).load()
    return planned_practices(plan, questionnaire, info.unit, info.round, answers, other_rounds)
