"""The questionnaire model: dimensions of questions, each with a rubric text per level 0..5.

Texts are kept per language (``{"tr": ..., "en": ...}``); ``Text.get(lang)`` falls back to the
questionnaire's first language so a missing translation never shows as a blank.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

LEVELS = range(0, 6)  # 0 = not present, 1..5 = ITU-T Y.4904's planning .. optimisation


class Text(dict):
    """A text in several languages."""

    def get(self, lang: str, default: str = "") -> str:  # type: ignore[override]
        if lang in self:
            return self[lang]
        return next(iter(self.values()), default)


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

    def as_dict(self) -> dict:
        """The canonical, JSON-ready form (also what the fingerprint is computed over)."""
        return {
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
                        for q in d.questions
                    ],
                }
                for d in self.dimensions
            ],
        }
