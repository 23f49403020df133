"""A draft plan in one step, from the round's numbers (``state.RoundState``) and the library.

Rules (docs/action-plan.md): the practices below their legal minimum come first, then the
consolidated workbook's ranking, the first ``top`` of it; the compliance gaps make the first
goal, the others one goal per dimension (by their most urgent gap); one target and one action
per practice: an organisation-wide practice is one action owned by its owner unit (not one per
unit that reported it), a unit-level practice is one action naming every unit concerned.
Baselines are the round's numbers. Pure: no database, no clock.
"""

from __future__ import annotations

import math
import statistics

from .. import turkish
from ..formatting import number
from ..questionnaire import Question, Questionnaire
from .library import Library, Suggestion
from .model import DEFAULT_PERIOD, Action, Goal, Indicator, Plan, Quarter, QuestionStep, Target
from .state import PracticeGap, RoundState

DEFAULT_TOP = 15
FUNDING_BY_COST = {
    "low": "own-budget",
    "medium": "own-budget",
    "high": "development-agency",
    "very-high": "iller-bankasi",
}
EFFECTS = (60.0, 40.0)  # maturity level of the practice, the library's indicator

_W = {
    "title": ("Akıllı Şehir Eylem Planı", "Smart City Action Plan"),
    "goal": ("{dimension} alanında olgunluğu artırmak", "Raise maturity in {dimension}"),
    "goal_theme": ("{theme} temasında olgunluğu artırmak", "Raise maturity in the {theme} theme"),
    "goal_legal": (
        "Yasal asgari yükümlülükleri bütün birimlerde karşılamak",
        "Meet the legal minimum obligations in every unit",
    ),
    "goal_legal_text": (
        "Yasal asgarinin altında kalan uygulamalar (uyum açıkları) her öncelik "
        "sırasından önce gelir; dayanakları hedef kartlarının tespitlerinde yazılıdır.",
        "Practices below their legal minimum (compliance gaps) come before every "
        "other priority; their legal basis is given in the target cards' findings.",
    ),
    "target": (
        "{practice}: şehir ortalamasını {current} düzeyinden {target} düzeyine çıkarmak",
        "{practice}: raise the city mean from level {current} to {target}",
    ),
    "target_compliance": (
        "{practice}: yasal asgariyi (düzey {level}) sağlamak ve aşmak",
        "{practice}: meet and pass the legal minimum (level {level})",
    ),
    "level_indicator": (
        "{id} uygulamasının şehir ortalama olgunluk düzeyi",
        "City mean maturity level of practice {id}",
    ),
    "level_formula": (
        "Öz değerlendirme turunda birimlerin {id} mevcut düzeylerinin ortalaması (0-5)",
        "Mean of the units' current levels for {id} in the self-assessment round (0-5)",
    ),
    "source": ("Öz değerlendirme turu (maturity merge)", "Self-assessment round (maturity merge)"),
    "source_library": ("Sorumlu birimin kayıtları", "The responsible unit's records"),
    "milestone": (
        "Düzey {level} ({name}) için kanıt: {rubric}",
        "Evidence for level {level} ({name}): {rubric}",
    ),
    "output": (
        "Düzey {level} ({name}) ölçütü karşılanmış: {rubric}",
        "Level {level} ({name}) criterion met: {rubric}",
    ),
    "wide": (
        "Kurum geneli uygulama: tek eylem, sahip birim {owner}.",
        "Organisation-wide practice: one action, owner unit {owner}.",
    ),
    "units": (
        "{count} birimde fark var; eylem bu birimleri birlikte kapsar.",
        "{count} units have a gap; the action covers them together.",
    ),
    "suggested_owner": (
        "Kütüphanenin önerdiği sorumlu: {owner}.",
        "Owner suggested by the library: {owner}.",
    ),
    "finding": (
        "Şehir ortalaması {current}, hedef ortalaması {target}; {answered} birim yanıtladı, "
        "{gap_units} birimde fark var.",
        "City mean {current}, target mean {target}; {answered} units answered, {gap_units} have a "
        "gap.",
    ),
    "finding_legal": (
        "{count} birim yasal asgarinin (düzey {level}) altında: {basis}",
        "{count} units are below the legal minimum (level {level}): {basis}",
    ),
    "risk_load": (
        "Birimlerin iş yükü nedeniyle adımların gecikmesi",
        "Steps delayed by the units' workload",
    ),
    "risk_funding": (
        "Dış finansmanın zamanında sağlanamaması",
        "Outside funding not secured in time",
    ),
    "risk_partner": (
        "Dış paydaşlarla ({partners}) eşgüdüm eksikliği",
        "Weak coordination with outside partners ({partners})",
    ),
    "strategy_wide": (
        "Sahip birim kurum geneli için tek çözüm kurar; diğer birimler kullanıcıdır.",
        "The owner unit sets up one solution for the whole organisation; other units use it.",
    ),
    "strategy_units": (
        "Birimler ortak şablonla aynı adımları izler; sorumlu birim eşgüdümü sağlar.",
        "Units follow the same steps with a common template; the responsible unit coordinates.",
    ),
    "need_cost": ("Bütçe: {cost}", "Budget: {cost}"),
    "need_training": (
        "Sorumlu personele uygulamaya yönelik eğitim",
        "Training of the staff concerned",
    ),
}


def _w(key: str, lang: str, **params) -> str:
    tr, en = _W[key]
    return (tr if lang == "tr" else en).format(**params)


def choose_gaps(
    state: RoundState, questionnaire: Questionnaire, top: int = DEFAULT_TOP
) -> list[PracticeGap]:
    """Compliance gaps first (more units below the minimum first), then the consolidated
    ranking; the first ``top`` of the ranking are always in, every compliance gap too."""
    legal = {
        g.question_id: is_compliance(g, questionnaire.question(g.question_id)) for g in state.gaps
    }
    wanted = [g for g in state.gaps if (g.mean_gap or 0) > 0 or legal[g.question_id]]
    chosen = {g.question_id for g in wanted if legal[g.question_id]}
    chosen |= {g.question_id for g in wanted[:top]}
    picked = [g for g in wanted if g.question_id in chosen]
    return sorted(picked, key=lambda g: (not legal[g.question_id], -g.units_below_minimum, g.rank))


def _level(value: float | None) -> int:
    return 0 if value is None else max(0, min(5, math.floor(value + 1e-9)))


def _step(gap: PracticeGap, q: Question) -> QuestionStep:
    legal = q.legal_minimum.level if q.legal_minimum else 0
    if q.organisation_wide:
        if gap.owner is not None:
            start, end = gap.owner.current, max(gap.owner.target, legal)
        else:
            start, end = _level(gap.mean_current), max(math.ceil(gap.mean_target or 0), legal)
        return QuestionStep(
            q.id,
            start,
            max(end, start + 1) if start < 5 else 5,
            (q.owner_unit,) if q.owner_unit else (),
        )
    units = gap.units
    if units:  # the typical unit concerned: the median levels, not the extremes
        start = math.floor(statistics.median(u.current for u in units))
        end = math.ceil(statistics.median(u.target for u in units))
    else:
        start, end = _level(gap.mean_current), math.ceil(gap.mean_target or 0)
    end = max(end, legal, start + 1)
    return QuestionStep(q.id, min(start, 4), min(end, 5), tuple(u.unit for u in units))


def is_compliance(gap: PracticeGap, q: Question) -> bool:
    """Below the legal minimum: for an organisation-wide practice the owner's answer decides
    (others' answers are not counted, docs/scoring.md), else any unit below it."""
    if q.organisation_wide and gap.owner is not None and q.legal_minimum:
        return gap.owner.current < q.legal_minimum.level
    return gap.compliance


def _responsible(
    q: Question, suggestion: Suggestion, register: dict[str, str], step: QuestionStep
) -> str:
    if q.organisation_wide and q.owner_unit:
        return register.get(turkish.fold(q.owner_unit), q.owner_unit)
    if suggestion.owner != "owner" and turkish.fold(suggestion.owner) in register:
        return register[turkish.fold(suggestion.owner)]
    return step.units[0] if step.units else suggestion.owner


def _timing(index: int, months: int, compliance: bool, period: tuple[int, int]):
    """Compliance actions start at once; the others are spread over the first three years by
    rank; the end follows the library's duration, inside the period."""
    first = period[0] if compliance else period[0] + min(2, index // 5)
    start = Quarter(first, 1 if compliance else 1 + (index % 2))
    end_index = min(start.index + max(1, math.ceil(months / 3)) - 1, Quarter(period[1], 4).index)
    return start, Quarter(end_index // 4, end_index % 4 + 1)


def _costs(total: float, start: Quarter, end: Quarter) -> dict[int, float]:
    """The total spread evenly over the years, in thousands; the last year takes the rest."""
    years = list(range(start.year, end.year + 1))
    share = round(total / len(years) / 1000) * 1000
    costs = {y: float(share) for y in years}
    costs[years[-1]] = float(total - share * (len(years) - 1))
    return costs


def default_title(lang: str) -> str:
    """The plan's title before the coordinator writes one (also a new goal's and target's)."""
    return _w("title", lang)


def action_for_gap(
    gap: PracticeGap,
    questionnaire: Questionnaire,
    library: Library,
    register: dict[str, str],
    lang: str,
    period,
    index: int = 0,
) -> Action:
    """One action for ``gap`` as the draft makes it (the desktop's "add an action from a gap");
    ``register`` maps folded unit names to the register's spelling."""
    q = questionnaire.question(gap.question_id)
    return _action("", index, gap, q, questionnaire, library, register, lang, period)


def _level_steps(q: Question, qn: Questionnaire, step: QuestionStep, lang: str) -> list[str]:
    return [
        _w("milestone", lang, level=k, name=qn.level_name(k, lang), rubric=q.level_text(k, lang))
        for k in range(step.from_level + 1, step.to_level + 1)
    ]


def _action(
    code: str,
    index: int,
    gap: PracticeGap,
    q: Question,
    qn: Questionnaire,
    library: Library,
    register: dict[str, str],
    lang: str,
    period,
) -> Action:
    step = _step(gap, q)
    suggestion = library.best(q.id, step.from_level, step.to_level)
    responsible = _responsible(q, suggestion, register, step)
    compliance = is_compliance(gap, q)
    start, end = _timing(index, suggestion.months, compliance, period)
    cost = library.costs[suggestion.cost].total
    notes = [
        _w("wide", lang, owner=responsible)
        if q.organisation_wide
        else _w("units", lang, count=len(step.units) + gap.more_units)
    ]
    if suggestion.owner not in ("owner", responsible):
        notes.append(_w("suggested_owner", lang, owner=suggestion.owner))
    collaborating = tuple(u for u in step.units if turkish.fold(u) != turkish.fold(responsible))
    return Action(
        code=code,
        title=suggestion.title.get(lang),
        description=" ".join(notes),
        steps=(*suggestion.steps_in(lang), *_level_steps(q, qn, step, lang)),
        output=_w(
            "output",
            lang,
            level=step.to_level,
            name=qn.level_name(step.to_level, lang),
            rubric=q.level_text(step.to_level, lang),
        ),
        questions=(step,),
        responsible_unit=responsible,
        collaborating_units=() if q.organisation_wide else collaborating,
        partners=suggestion.partners,
        start=start,
        end=end,
        costs=_costs(cost, start, end),
        funding=FUNDING_BY_COST.get(suggestion.cost, "own-budget"),
        component=q.all_components[0] if q.all_components else "",
        mission_area=q.mission_areas[0] if q.mission_areas else "",
        themes=q.themes,
        priority="high" if compliance or index < 5 else ("medium" if index < 15 else "low"),
        indicator=suggestion.indicator_name.get(lang),
    )


def _yearly(baseline: float, target: float, years: range) -> dict[int, float]:
    """A straight line from the baseline to the target, reached in the last plan year."""
    n = len(years)
    return {y: round(baseline + (target - baseline) * (i + 1) / n, 2) for i, y in enumerate(years)}


def _target(
    code: str,
    gap: PracticeGap,
    q: Question,
    action: Action,
    suggestion: Suggestion,
    library: Library,
    years: range,
    lang: str,
) -> Target:
    step = action.questions[0]
    legal = q.legal_minimum.level if q.legal_minimum else None
    baseline = (
        round(gap.mean_current, 2) if gap.mean_current is not None else float(step.from_level)
    )
    goal_level = max(round(gap.mean_target or 0, 2), float(legal or 0), baseline)
    if q.organisation_wide:
        baseline, goal_level = float(step.from_level), float(step.to_level)
    compliance = is_compliance(gap, q)
    title = (
        _w("target_compliance", lang, practice=q.id, level=legal)
        if compliance
        else _w(
            "target",
            lang,
            practice=q.id,
            current=number(baseline, lang),
            target=number(goal_level, lang),
        )
    )
    return Target(
        code=code,
        title=title,
        indicators=_indicators(code, q, suggestion, baseline, goal_level, years, lang),
        responsible_unit=action.responsible_unit,
        collaborating_units=action.collaborating_units,
        risks=_risks(suggestion, action, lang),
        strategies=(_w("strategy_wide" if q.organisation_wide else "strategy_units", lang),),
        findings=_findings(gap, q, legal, compliance, lang),
        needs=(
            _w("need_cost", lang, cost=library.costs[suggestion.cost].name.get(lang)),
            _w("need_training", lang),
        ),
        actions=(action,),
    )


def _indicators(
    code: str,
    q: Question,
    suggestion: Suggestion,
    baseline: float,
    goal_level: float,
    years: range,
    lang: str,
) -> tuple[Indicator, ...]:
    """The target's two indicators: the practice level, and the library's own measure."""
    n = code[1:]
    return (
        Indicator(
            f"PG{n}.1",
            _w("level_indicator", lang, id=q.id),
            "0-5",
            _w("level_formula", lang, id=q.id),
            _w("source", lang),
            EFFECTS[0],
            baseline,
            _yearly(baseline, goal_level, years),
            "6-months",
            "6-months",
        ),
        Indicator(
            f"PG{n}.2",
            suggestion.indicator_name.get(lang),
            suggestion.indicator_unit,
            suggestion.indicator_formula.get(lang),
            _w("source_library", lang),
            EFFECTS[1],
            None,
            {},
            "6-months",
            "12-months",
        ),
    )


def _findings(
    gap: PracticeGap, q: Question, legal: int | None, compliance: bool, lang: str
) -> tuple[str, ...]:
    """What the round shows about the practice, and the legal minimum when it is not met."""
    found = [
        _w(
            "finding",
            lang,
            current=number(gap.mean_current, lang),
            target=number(gap.mean_target, lang),
            answered=gap.units_answered,
            gap_units=len(gap.units) + gap.more_units,
        )
    ]
    if compliance:
        found.append(
            _w(
                "finding_legal",
                lang,
                count=gap.units_below_minimum,
                level=legal,
                basis=q.legal_minimum.basis.get(lang),
            )
        )
    return tuple(found)


def _risks(suggestion: Suggestion, action: Action, lang: str) -> tuple[str, ...]:
    risks = [_w("risk_load", lang)]
    if suggestion.cost in ("high", "very-high"):
        risks.append(_w("risk_funding", lang))
    if action.partners:
        risks.append(_w("risk_partner", lang, partners=", ".join(action.partners)))
    return tuple(risks)


def _group(q: Question, by: str) -> str:
    if by == "theme":
        return f"theme:{q.themes[0]}" if q.themes else f"theme:{q.dimension_id}"
    return q.dimension_id


def _goal_words(qn: Questionnaire, group: str, lang: str) -> tuple[str, str]:
    """A goal's title and description: the legal obligations, a theme or a dimension."""
    if not group:
        return _w("goal_legal", lang), _w("goal_legal_text", lang)
    if group.startswith("theme:") and group[6:] in qn.tags:
        name = qn.tags[group[6:]].get(lang)
        return _w("goal_theme", lang, theme=name), ""
    dim = qn.dimension(group.removeprefix("theme:"))
    return _w("goal", lang, dimension=dim.name.get(lang)), dim.description.get(lang)


def draft_plan(
    state: RoundState,
    questionnaire: Questionnaire,
    library: Library,
    *,
    lang: str = "tr",
    top: int = DEFAULT_TOP,
    units=None,
    city: str = "Balıkesir",
    period: tuple[int, int] = DEFAULT_PERIOD,
    by: str = "dimension",
) -> Plan:
    """The draft. ``units``: the unit register (responsible units are taken from it where the
    library's typical owner is registered); default: the round's units. ``by``: goals per
    "dimension" or per "theme" (a practice's first theme of the questionnaire)."""
    register = {turkish.fold(u): u for u in (units if units is not None else state.units)}
    years = range(period[0], period[1] + 1)
    chosen = choose_gaps(state, questionnaire, top)
    # Compliance gaps make the first goal, so the plan leads with the legal obligations; the
    # other gaps make one goal per dimension, in the order of their most urgent gap.
    groups: dict[str, list[tuple[int, PracticeGap]]] = {}
    for index, gap in enumerate(chosen):
        legal = is_compliance(gap, questionnaire.question(gap.question_id))
        group = "" if legal else _group(questionnaire.question(gap.question_id), by)
        groups.setdefault(group, []).append((index, gap))
    goals = []
    for g, (group, items) in enumerate(groups.items(), start=1):
        targets = []
        for t, (index, gap) in enumerate(items, start=1):
            q = questionnaire.question(gap.question_id)
            action = _action(
                f"E{g}.{t}.1", index, gap, q, questionnaire, library, register, lang, period
            )
            step = action.questions[0]
            suggestion = library.best(q.id, step.from_level, step.to_level)
            targets.append(_target(f"H{g}.{t}", gap, q, action, suggestion, library, years, lang))
        title, description = _goal_words(questionnaire, group, lang)
        goals.append(Goal(f"A{g}", title, description=description, targets=tuple(targets)))
    return Plan(
        title=_w("title", lang),
        city=city,
        start_year=period[0],
        end_year=period[1],
        goals=tuple(goals),
        round=state.round,
        questionnaire=state.questionnaire,
    )
