"""The questionnaire model: dimensions of questions, each with a rubric text per level 0..5.

Texts are kept per language (``{"tr": ..., "en": ...}``); ``Text.get(lang)`` falls back to the
questionnaire's first language so a missing translation never shows as a blank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

LEVELS = range(0, 6)  # 0 = not present, 1..5 = level names adapted from ITU-T Y.4904

# Who answers a practice: one owner unit for the whole organisation, every unit, or only the
# units whose remit has it.
SCOPES = ("organisation-wide", "every-unit", "specialist")
DEFAULT_SCOPE = "every-unit"
# The Ministry's maturity model assesses these four capabilities ("insan, teknoloji, tesis,
# kurumlar").
ASSETS = ("people", "technology", "facilities", "institutions")


class Text(dict):
    """A text in several languages."""

    def get(self, lang: str, default: str = "") -> str:  # type: ignore[override]
        if lang in self:
            return self[lang]
        return next(iter(self.values()), default)


@dataclass(frozen=True)
class LegalMinimum:
    """The level that equals a legal obligation, and the law or rule it rests on."""

    level: int
    basis: Text

    def as_dict(self) -> dict:
        return {"level": self.level, "basis": dict(self.basis)}


@dataclass(frozen=True, eq=False)
class Profile:
    """A kind of unit: which dimensions and which practices (by scope) it answers."""

    id: str
    name: Text
    description: Text
    dimensions: tuple[str, ...]  # empty: every dimension
    scopes: tuple[str, ...]
    include: tuple[str, ...] = ()  # question ids answered besides the above
    exclude: tuple[str, ...] = ()

    def as_dict(self) -> dict:
        return {
            "id": self.id,
            "name": dict(self.name),
            "description": dict(self.description),
            "dimensions": list(self.dimensions),
            "scopes": list(self.scopes),
            "include": list(self.include),
            "exclude": list(self.exclude),
        }


@dataclass(frozen=True, eq=False)
class Question:
    id: str
    dimension_id: str
    weight: float
    component: str
    tags: tuple[str, ...]
    text: Text
    guidance: Text
    levels: dict[str, tuple[str, ...]]  # language -> six rubric texts, index = level
    # 2.0 fields; the defaults are what a 1.x file without them means.
    scope: str = DEFAULT_SCOPE
    owner_unit: str = ""  # organisation-wide practices only
    legal_minimum: LegalMinimum | None = None
    components: tuple[str, ...] = ()  # empty: just ``component``
    asset: str = ""
    themes: tuple[str, ...] = ()  # the tags that are themes of the questionnaire
    mission_areas: tuple[str, ...] = ()  # the 2030 plan's mission areas, where known

    @property
    def all_components(self) -> tuple[str, ...]:
        return self.components or ((self.component,) if self.component else ())

    @property
    def organisation_wide(self) -> bool:
        return self.scope == "organisation-wide"

    def level_text(self, level: int, lang: str) -> str:
        texts = self.levels.get(lang) or next(iter(self.levels.values()))
        return texts[level]


@dataclass(frozen=True, eq=False)
class Dimension:
    id: str
    weight: float
    name: Text
    description: Text
    questions: tuple[Question, ...]


@dataclass(frozen=True, eq=False)
class Questionnaire:
    id: str
    version: str
    languages: tuple[str, ...]
    title: Text
    description: Text
    level_names: dict[str, tuple[str, ...]]
    components: dict[str, Text]
    tags: dict[str, Text]
    dimensions: tuple[Dimension, ...]
    fingerprint: str  # sha256 of the canonical form: what exactly was answered
    themes: tuple[str, ...] = ()  # tag ids reported as themes (green, digital, social, mobility)
    assets: dict[str, Text] = field(default_factory=dict)
    profiles: dict[str, Profile] = field(default_factory=dict)
    level_rules: dict[str, tuple[str, ...]] = field(default_factory=dict)  # language -> rules
    evidence_from_level: int | None = None  # a gentle prompt for evidence from this level up
    usage_item: Text = field(default_factory=Text)  # "does your unit use it?" for non-owners

    @cached_property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for d in self.dimensions for q in d.questions)

    @cached_property
    def _questions_by_id(self) -> dict[str, Question]:
        return {q.id: q for q in self.questions}

    @cached_property
    def _dimensions_by_id(self) -> dict[str, Dimension]:
        return {d.id: d for d in self.dimensions}

    def question(self, question_id: str) -> Question:
        return self._questions_by_id[question_id]

    def has_question(self, question_id: str) -> bool:
        return question_id in self._questions_by_id

    def dimension(self, dimension_id: str) -> Dimension:
        return self._dimensions_by_id[dimension_id]

    def level_name(self, level: int, lang: str) -> str:
        names = self.level_names.get(lang) or next(iter(self.level_names.values()))
        return names[level]

    def index_of(self, question_id: str) -> int:
        return self.questions.index(self.question(question_id))

    @property
    def label(self) -> str:
        """``id@version``, how exports and logs name a questionnaire."""
        return f"{self.id}@{self.version}"

    def as_dict(self, complete: bool = False) -> dict:
        """The canonical, JSON-ready form (also what the fingerprint is computed over).

        The 2.0 fields appear only where set, so a 1.x questionnaire keeps the fingerprint its
        exports carry; ``complete`` gives every field, null where unset (``show --json``)."""
        head = _head_extras(self, complete)
        canonical = {
            "id": self.id,
            "version": self.version,
            "languages": list(self.languages),
            "title": dict(self.title),
            "description": dict(self.description),
            "level_names": {k: list(v) for k, v in self.level_names.items()},
            "components": {k: dict(v) for k, v in self.components.items()},
            "tags": {k: dict(v) for k, v in self.tags.items()},
            "dimensions": [
                {
                    "id": d.id,
                    "weight": d.weight,
                    "name": dict(d.name),
                    "description": dict(d.description),
                    "questions": [
                        {
                            "id": q.id,
                            "weight": q.weight,
                            "component": q.component,
                            "tags": list(q.tags),
                            "text": dict(q.text),
                            "guidance": dict(q.guidance),
                            "levels": {k: list(v) for k, v in q.levels.items()},
                        }
                        | _question_extras(q, complete)
                        for q in d.questions
                    ],
                }
                for d in self.dimensions
            ],
        }
        canonical.update(head)
        return canonical


def _question_extras(q: Question, complete: bool) -> dict:
    extras = {
        "scope": q.scope,
        "owner_unit": q.owner_unit or None,
        "legal_minimum": q.legal_minimum.as_dict() if q.legal_minimum else None,
        "components": list(q.all_components),
        "asset": q.asset or None,
        "themes": list(q.themes),
        "mission_areas": list(q.mission_areas),
    }
    if complete:
        return extras
    defaults = {"scope": DEFAULT_SCOPE, "components": [q.component] if q.component else []}
    return {k: v for k, v in extras.items() if v not in (None, []) and defaults.get(k) != v}


def _head_extras(qn: Questionnaire, complete: bool) -> dict:
    extras = {
        "themes": list(qn.themes),
        "assets": {k: dict(v) for k, v in qn.assets.items()},
        "profiles": [p.as_dict() for p in qn.profiles.values()],
        "level_rules": {k: list(v) for k, v in qn.level_rules.items()},
        "evidence_from_level": qn.evidence_from_level,
        "usage_item": dict(qn.usage_item),
    }
    return extras if complete else {k: v for k, v in extras.items() if v not in (None, [], {})}
