"""Unit profiles and organisation-wide practices: who answers what, and what the city counts.

A profile (``[profiles.*]`` in the questionnaire's head) pre-selects the dimensions and, by
scope, the practices a kind of unit answers. An organisation-wide practice (hosting, the
security guide, the mobile app ...) is answered by its owner unit; other units get at most a
"does your unit use it?" item that never scores. City figures count such a practice once: the
owner's answer (``city_answers``; ``docs/scoring.md`` section 16).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from . import turkish
from .messages import Problem, ValidationError
from .questionnaire import Questionnaire, Text
from .scoring import Answer

WHOLE_QUESTIONNAIRE = "tam"  # the 1.x behaviour: every question
OWNER_PROFILE = "kurum-geneli-sahibi"


def _profile(questionnaire: Questionnaire, profile_id: str):
    try:
        return questionnaire.profiles[profile_id]
    except KeyError:
        raise ValidationError([Problem("q.unknown_profile", {"value": profile_id})]) from None


def profile_questions(questionnaire: Questionnaire, profile_id: str) -> list[str]:
    """The ids of the questions a unit on this profile answers, in questionnaire order: those of
    the profile's dimensions (all when it names none) whose scope the profile takes, plus its
    ``include``, minus its ``exclude``. Raises ValidationError for an unknown profile."""
    profile = _profile(questionnaire, profile_id)
    dimensions = set(profile.dimensions)
    chosen = []
    for q in questionnaire.questions:
        picked = (not dimensions or q.dimension_id in dimensions) and q.scope in profile.scopes
        if (picked or q.id in profile.include) and q.id not in profile.exclude:
            chosen.append(q.id)
    return chosen


def profile_dimensions(questionnaire: Questionnaire, profile_id: str) -> list[str]:
    """The dimensions with at least one question of the profile; the others start out of scope."""
    asked = set(profile_questions(questionnaire, profile_id))
    return [d.id for d in questionnaire.dimensions if any(q.id in asked for q in d.questions)]


def usage_questions(questionnaire: Questionnaire, profile_id: str) -> list[str]:
    """Organisation-wide practices a unit on this profile does not answer: each gets the
    non-scoring usage item instead (in the profile's dimensions, all when it names none)."""
    profile = _profile(questionnaire, profile_id)
    asked = set(profile_questions(questionnaire, profile_id))
    dimensions = set(profile.dimensions)
    return [
        q.id
        for q in questionnaire.questions
        if q.organisation_wide
        and q.id not in asked
        and (not dimensions or q.dimension_id in dimensions)
    ]


def _unit_key(name: str) -> str:
    return turkish.fold(" ".join(name.split()))


def questions_for(
    questionnaire: Questionnaire, profile_id: str | None, unit_name: str = ""
) -> list[str]:
    """The ids of the questions a unit answers, in questionnaire order: the profile's questions
    minus the organisation-wide practices another unit owns (those get the usage item). No
    profile, or the whole questionnaire, asks everything, as in 1.x."""
    if profile_id is None or profile_id == WHOLE_QUESTIONNAIRE:
        return [q.id for q in questionnaire.questions]
    unit = _unit_key(unit_name)
    wide = {q.id: q.owner_unit for q in questionnaire.questions if q.organisation_wide}
    return [
        qid
        for qid in profile_questions(questionnaire, profile_id)
        if qid not in wide or _unit_key(wide[qid]) == unit
    ]


def excluded_questions(
    questionnaire: Questionnaire, profile_id: str | None, unit_name: str = ""
) -> frozenset[str]:
    """The questions a unit on this profile is not asked: out of scope for its scoring, so
    they never count as unanswered (``scoring.score_assessment``'s ``excluded_questions``)."""
    asked = set(questions_for(questionnaire, profile_id, unit_name))
    return frozenset(q.id for q in questionnaire.questions if q.id not in asked)


def not_asked(questionnaire: Questionnaire, info) -> frozenset[str]:
    """``excluded_questions`` of a stored assessment (``AssessmentInfo``: its profile and unit);
    empty for one made without a profile, or on a profile this questionnaire lacks."""
    profile = getattr(info, "profile", None)
    if profile is None or profile not in questionnaire.profiles:
        return frozenset()
    return excluded_questions(questionnaire, profile, info.unit)


@dataclass(frozen=True)
class UsageItem:
    """ "Does your unit use it?" for an organisation-wide practice; the answer never scores."""

    question_id: str
    owner_unit: str
    text: Text  # the questionnaire's usage item text
    practice: Text  # the practice's own question text, shown under it
    choices: tuple[str, ...] = ("yes", "no", "unknown")


def usage_item(questionnaire: Questionnaire, question_id: str) -> UsageItem:
    q = questionnaire.question(question_id)
    return UsageItem(
        question_id=q.id, owner_unit=q.owner_unit, text=questionnaire.usage_item, practice=q.text
    )


def owners(questionnaire: Questionnaire) -> dict[str, str]:
    """Organisation-wide question id -> its owner unit, as the questionnaire ships it."""
    return {q.id: q.owner_unit for q in questionnaire.questions if q.organisation_wide}


@dataclass(frozen=True)
class CityAnswers:
    """The answers the city figures count, per unit, and what was left out and why."""

    units: dict[str, dict[str, Answer]]  # unit -> answers, non-owners' wide answers removed
    not_counted: dict[str, tuple[str, ...]]  # wide question id -> units whose answer is ignored
    without_owner: tuple[str, ...]  # wide question ids whose owner gave no counted answer


def city_answers(
    questionnaire: Questionnaire,
    assessments_by_unit: Mapping[str, Mapping[str, Answer]],
    owner_units: Mapping[str, str] | None = None,
) -> CityAnswers:
    """Count every organisation-wide practice once, by its owner's answer.

    ``assessments_by_unit``: unit name -> that unit's answers (question id -> Answer).
    ``owner_units``: question id -> owner unit; default ``owners(questionnaire)``, so a
    coordinator whose register spells the owner differently can pass the real name. Unit names
    match ignoring case and spacing (Turkish rules). A unit's other answers pass unchanged;
    feed ``units`` to ``scoring.city_score`` in place of the raw answers."""
    owner_units = owners(questionnaire) if owner_units is None else dict(owner_units)
    wanted = {qid: _unit_key(unit) for qid, unit in owner_units.items()}
    units: dict[str, dict[str, Answer]] = {}
    not_counted: dict[str, list[str]] = {}
    owner_answered: set[str] = set()
    for unit, answers in assessments_by_unit.items():
        key = _unit_key(unit)
        kept = {}
        for qid, answer in answers.items():
            if qid not in wanted:
                kept[qid] = answer
            elif wanted[qid] == key:
                kept[qid] = answer
                if answer.answered:
                    owner_answered.add(qid)
            elif answer.answered or answer.not_applicable:
                not_counted.setdefault(qid, []).append(unit)
        units[unit] = kept
    return CityAnswers(
        units=units,
        not_counted={qid: tuple(names) for qid, names in not_counted.items()},
        without_owner=tuple(
            q.id for q in questionnaire.questions if q.id in wanted and q.id not in owner_answered
        ),
    )
