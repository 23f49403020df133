"""Answers given to questionnaire 1.x, carried into 2.0.

The mapping is data (``resources/questionnaires/akilli-sehir/mapping-1.x.toml``): renamed
questions move to their new id; a split question's answer is copied to each of its parts and
flagged for review; a question kept under its id but reworded is kept and flagged; anything
else keeps its id. ``map_answers`` is pure: it reads nothing and writes nothing.

Contract for the reader (``assessments/exchange/reader.py``) and the merge: read a 1.x file
with the 1.x questionnaire it names (``previous_questionnaire()``: its fingerprint matches the
1.0.0 exports), then call
``map_answers(parsed.answers, questionnaire_2_0)``; store ``.answers``; show ``.flagged`` as
"review this answer (carried over from <old id>)"; report ``.unknown`` and ``.missing`` as the
reader reports unknown and missing questions today. ``needs_mapping(version)`` says when.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, replace
from functools import lru_cache
from pathlib import Path

from . import turkish
from .messages import Problem, ValidationError
from .questionnaire import Questionnaire
from .scoring import Answer

MAPPING_FILE = "mapping-1.x.toml"
PREVIOUS_DIR = "akilli-sehir-1.0.0"  # the 1.0.0 questionnaire, kept to read 1.x files
_KEYS = {"from_major", "to_version", "renamed", "split", "review", "level_names"}


@dataclass(frozen=True)
class LegacyMapping:
    from_major: int
    to_version: str
    renamed: dict[str, str]  # old id -> new id
    split: dict[str, tuple[str, ...]]  # old id -> its parts in 2.0
    review: tuple[str, ...]  # ids kept but reworded
    level_names: dict[str, int]  # folded 1.x level name -> level


@dataclass(frozen=True)
class MappedAnswers:
    answers: dict[str, Answer]  # by 2.0 question id
    flagged: dict[str, str]  # 2.0 id -> the 1.x id its answer came from, to review
    unknown: tuple[str, ...]  # 1.x ids neither in 2.0 nor in the mapping
    missing: tuple[str, ...]  # 2.0 ids no 1.x answer reached (new practices)


def needs_mapping(version: str, mapping: LegacyMapping | None = None) -> bool:
    """True for a file answered with a questionnaire version of the mapping's old major."""
    mapping = mapping or bundled_mapping()
    major = version.split(".", 1)[0]
    return major.isdigit() and int(major) == mapping.from_major


def _problem(path: Path, where: str, code: str, **params) -> Problem:
    return Problem(code, params, path.name, where)


def load_mapping(path: str | Path) -> LegacyMapping:
    """Read and check a mapping file; raise ValidationError naming file and place."""
    path = Path(path)
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ValidationError([_problem(path, "", "q.not_found")]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError([_problem(path, "", "q.toml_syntax", detail=str(exc))]) from None
    problems = [_problem(path, key, "q.unknown_key", key=key) for key in raw if key not in _KEYS]
    split = {}
    for old, parts in raw.get("split", {}).items():
        if (
            not isinstance(parts, list)
            or len(parts) < 2
            or not all(isinstance(p, str) for p in parts)
        ):
            problems.append(_problem(path, f"split.{old}", "q.split_parts"))
            continue
        split[old] = tuple(parts)
    renamed = {old: new for old, new in raw.get("renamed", {}).items() if isinstance(new, str)}
    levels = {
        turkish.fold(name): level
        for name, level in raw.get("level_names", {}).items()
        if isinstance(level, int) and 0 <= level <= 5
    }
    if problems:
        raise ValidationError(problems)
    return LegacyMapping(
        from_major=int(raw.get("from_major", 1)),
        to_version=str(raw.get("to_version", "")),
        renamed=renamed,
        split=split,
        review=tuple(raw.get("review", {}).get("ids", [])),
        level_names=levels,
    )


def check_mapping(mapping: LegacyMapping, questionnaire: Questionnaire) -> list[Problem]:
    """Every target exists in ``questionnaire`` and no 2.0 id is reached twice."""
    problems, reached = [], {}
    targets = [(f"renamed.{old}", old, (new,)) for old, new in mapping.renamed.items()]
    targets += [(f"split.{old}", old, parts) for old, parts in mapping.split.items()]
    targets += [(f"review.ids ({qid})", qid, (qid,)) for qid in mapping.review]
    for where, old, news in targets:
        for new in news:
            if not questionnaire.has_question(new):
                problems.append(Problem("q.unknown_question", {"value": new}, MAPPING_FILE, where))
            elif reached.setdefault(new, old) != old:
                problems.append(Problem("q.duplicate_id", {"value": new}, MAPPING_FILE, where))
    return problems


def map_answers(
    answers: Mapping[str, Answer],
    questionnaire: Questionnaire,
    mapping: LegacyMapping | None = None,
) -> MappedAnswers:
    """A 1.x answers dict (question id -> Answer) as 2.0 answers. Nothing typed is dropped:
    a split question's current and target levels, N/A, note and evidence go to every part."""
    mapping = mapping or bundled_mapping()
    mapped: dict[str, Answer] = {}
    flagged: dict[str, str] = {}
    unknown = []
    for old_id, answer in answers.items():
        if old_id in mapping.split:
            for part in mapping.split[old_id]:
                mapped[part] = replace(answer, question_id=part)
                flagged[part] = old_id
        elif old_id in mapping.renamed:
            new_id = mapping.renamed[old_id]
            mapped[new_id] = replace(answer, question_id=new_id)
        elif questionnaire.has_question(old_id):
            mapped[old_id] = answer
            if old_id in mapping.review:
                flagged[old_id] = old_id
        else:
            unknown.append(old_id)
    return MappedAnswers(
        answers=mapped,
        flagged=flagged,
        unknown=tuple(unknown),
        missing=tuple(q.id for q in questionnaire.questions if q.id not in mapped),
    )


def legacy_level(text: str, mapping: LegacyMapping | None = None) -> int | None:
    """The level a bare 1.x level name means (e.g. "Uyum" -> 2); None when it is not one.
    For the cell parser, beside the questionnaire's own level names."""
    mapping = mapping or bundled_mapping()
    return mapping.level_names.get(turkish.fold(" ".join(text.split())))


@lru_cache(maxsize=1)
def bundled_mapping() -> LegacyMapping:
    """The mapping shipped beside the bundled questionnaire (loaded once)."""
    from .paths import bundled_questionnaire_dir

    return load_mapping(bundled_questionnaire_dir() / MAPPING_FILE)


@lru_cache(maxsize=1)
def previous_questionnaire() -> Questionnaire:
    """Questionnaire 1.0.0 as it shipped, to read 1.x files before mapping their answers."""
    from .loader import load_questionnaire
    from .paths import resources_dir

    return load_questionnaire(resources_dir() / "questionnaires" / PREVIOUS_DIR)
