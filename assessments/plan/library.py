"""The action library (resources/action-library/): suggested actions per practice and level
step, bilingual, checked against the questionnaire so that every practice and every level step
has at least one suggestion.

A step k brings a practice from level k-1 to k. An entry ``covers = [first, last]`` serves the
steps first..last; the level a step reaches is described by the questionnaire's rubric, which
the draft shows as the step's "done when" (the library does not repeat it).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from ..messages import Problem, ValidationError
from ..paths import resources_dir
from ..questionnaire import Questionnaire, Text
from . import words  # noqa: F401  (registers the p.* messages)

STEPS = range(1, 6)
LANGS = ("tr", "en")


@dataclass(frozen=True)
class CostClass:
    id: str
    total: float  # TRY, a rough total for planning
    name: Text


@dataclass(frozen=True)
class Suggestion:
    practice: str
    first: int  # first level step served
    last: int
    owner: str  # a unit name, or "owner": the practice's owner unit
    months: int
    cost: str
    title: Text
    steps: dict[str, tuple[str, ...]]
    indicator_name: Text
    indicator_unit: str
    indicator_formula: Text
    partners: tuple[str, ...] = ()

    def serves(self, from_level: int, to_level: int) -> bool:
        return self.first <= from_level + 1 and to_level <= self.last

    def steps_in(self, lang: str) -> tuple[str, ...]:
        return self.steps.get(lang) or self.steps.get("tr", ())


@dataclass(frozen=True)
class Library:
    id: str
    version: str
    costs: dict[str, CostClass]
    suggestions: tuple[Suggestion, ...]

    def for_practice(self, practice: str) -> list[Suggestion]:
        return [s for s in self.suggestions if s.practice == practice]

    def best(self, practice: str, from_level: int, to_level: int) -> Suggestion | None:
        """The narrowest suggestion serving the whole step range, else the one serving its
        first step (a range no single entry spans gets the nearest)."""
        found = self.for_practice(practice)
        whole = [s for s in found if s.serves(from_level, to_level)]
        if whole:
            return min(whole, key=lambda s: (s.last - s.first, s.first))
        first = [s for s in found if s.first <= from_level + 1 <= s.last]
        return first[0] if first else (found[0] if found else None)


def _text(raw, where: str, source: str, problems: list[Problem]) -> Text:
    if not isinstance(raw, dict):
        problems.append(Problem("q.missing", {"key": where}, source, where))
        return Text()
    for lang in LANGS:
        if not str(raw.get(lang, "")).strip():
            problems.append(Problem("q.missing_translation", {"lang": lang}, source, where))
    return Text({k: str(v) for k, v in raw.items()})


def _suggestion(raw: dict, where: str, source: str, costs, problems) -> Suggestion | None:
    before = len(problems)
    try:
        first, last = (int(x) for x in raw["covers"])
        practice, owner, months = str(raw["practice"]), str(raw["owner"]), int(raw["months"])
        cost = str(raw["cost"])
        indicator = raw["indicator"]
        steps = {lang: tuple(raw["steps"][lang]) for lang in LANGS}
    except (KeyError, TypeError, ValueError) as exc:
        problems.append(Problem("q.missing", {"key": str(exc).strip("'")}, source, where))
        return None
    if not (1 <= first <= last <= 5):
        problems.append(
            Problem("q.legal_level", {"value": f"{first}-{last}"}, source, f"{where}.covers")
        )
    if cost not in costs:
        problems.append(
            Problem(
                "q.bad_scope", {"value": cost, "allowed": ", ".join(costs)}, source, f"{where}.cost"
            )
        )
    if not all(steps[lang] for lang in LANGS):
        problems.append(Problem("q.empty_list", {}, source, f"{where}.steps"))
    item = Suggestion(
        practice,
        first,
        last,
        owner,
        months,
        cost,
        _text(raw.get("title"), f"{where}.title", source, problems),
        steps,
        _text(indicator.get("name"), f"{where}.indicator.name", source, problems),
        str(indicator.get("unit", "")),
        _text(indicator.get("formula"), f"{where}.indicator.formula", source, problems),
        tuple(raw.get("partners", ())),
    )
    return item if len(problems) == before else None


def _coverage(items: list[Suggestion], questionnaire: Questionnaire, source: str) -> list[Problem]:
    problems = []
    known = {q.id for q in questionnaire.questions}
    for item in items:
        if item.practice not in known:
            problems.append(
                Problem("q.unknown_question", {"value": item.practice}, source, item.practice)
            )
    for q in questionnaire.questions:
        served = {k for s in items if s.practice == q.id for k in range(s.first, s.last + 1)}
        for step in STEPS:
            if step not in served:
                problems.append(
                    Problem(
                        "p.library_missing",
                        {"value": q.id, "step": f"{step - 1}→{step}"},
                        source,
                        q.id,
                    )
                )
    return problems


def load_library(folder: str | Path, questionnaire: Questionnaire | None = None) -> Library:
    """Read and check the library; ValidationError("p.library_invalid") lists every problem."""
    folder = Path(folder)
    problems: list[Problem] = []
    try:
        head = tomllib.loads((folder / "library.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ValidationError(
            [Problem("q.toml_syntax", {"detail": str(exc)}, "library.toml")],
            code="p.library_invalid",
        ) from exc
    costs = {
        k: CostClass(k, float(v["total"]), Text({"tr": v["tr"], "en": v["en"]}))
        for k, v in head.get("costs", {}).items()
    }
    items: list[Suggestion] = []
    for name in head.get("files", ()):
        try:
            raw = tomllib.loads((folder / name).read_text(encoding="utf-8"))
        except (OSError, tomllib.TOMLDecodeError) as exc:
            problems.append(Problem("q.toml_syntax", {"detail": str(exc)}, name))
            continue
        for i, entry in enumerate(raw.get("actions", ())):
            item = _suggestion(
                entry, f"actions[{i}] ({entry.get('practice', '?')})", name, costs, problems
            )
            if item is not None:
                items.append(item)
    if questionnaire is not None:
        problems += _coverage(items, questionnaire, folder.name)
    if problems:
        raise ValidationError(problems, code="p.library_invalid")
    return Library(str(head.get("id", "")), str(head.get("version", "")), costs, tuple(items))


@lru_cache(maxsize=2)
def _bundled(questionnaire: Questionnaire) -> Library:
    return load_library(resources_dir() / "action-library", questionnaire)


def bundled_library(questionnaire: Questionnaire | None = None) -> Library:
    """The shipped library, checked against ``questionnaire`` (default: the bundled one)."""
    if questionnaire is None:
        from ..loader import bundled_questionnaire

        questionnaire = bundled_questionnaire()
    return _bundled(questionnaire)
