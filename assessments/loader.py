"""Load and validate questionnaires from TOML.

A questionnaire is a head file (identity, level names, vocabularies) that lists its dimension
files, or one file holding ``[[dimensions]]`` with their ``[[dimensions.questions]]`` inline.
Validation collects every problem, each naming the file and the path inside it, before
refusing the questionnaire, so an editor can fix them all in one pass.
"""

from __future__ import annotations

import hashlib
import json
import re
import tomllib
from functools import lru_cache
from pathlib import Path

from .messages import Problem, ValidationError
from .questionnaire import (
    ASSETS,
    DEFAULT_SCOPE,
    LEVELS,
    SCOPES,
    Dimension,
    LegalMinimum,
    Profile,
    Question,
    Questionnaire,
    Text,
)

HEAD_FILE = "questionnaire.toml"
_ID = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")
_SEMVER = re.compile(r"^\d+\.\d+\.\d+(?:[-+][0-9A-Za-z.-]+)?$")

_HEAD_KEYS = {
    "id",
    "version",
    "languages",
    "title",
    "description",
    "level_names",
    "components",
    "tags",
    "dimension_files",
    "dimensions",
    "themes",
    "assets",
    "profiles",
    "level_rules",
    "evidence_from_level",
    "usage_item",
}
_DIMENSION_KEYS = {"id", "weight", "name", "description", "questions"}
_QUESTION_KEYS = {
    "id",
    "weight",
    "component",
    "tags",
    "text",
    "guidance",
    "levels",
    "components",
    "scope",
    "owner_unit",
    "legal_minimum",
    "asset",
    "mission_areas",
}
_QUESTION_REQUIRED = {"id", "text", "guidance", "levels"}  # and component or components
_PROFILE_KEYS = {"name", "description", "dimensions", "scopes", "include", "exclude"}

_TYPES = {
    str: ("Metin", "a text"),
    list: ("Liste", "a list"),
    dict: ("Tablo", "a table"),
    float: ("Sayı", "a number"),
}


class _Checker:
    """Collects problems while walking the parsed TOML."""

    def __init__(self):
        self.problems: list[Problem] = []

    def add(self, source: Path, where: str, code: str, **params) -> None:
        self.problems.append(Problem(code, params, source.name, where))

    def typed(self, source, where, value, kind):
        ok = (
            isinstance(value, (int, float)) and not isinstance(value, bool)
            if kind is float
            else isinstance(value, kind)
        )
        if not ok:
            tr, en = _TYPES[kind]
            self.add(source, where, "q.type", expected_tr=tr, expected_en=en)
        return ok

    def keys(self, source, where, table: dict, allowed: set, required: set) -> None:
        for key in table:
            if key not in allowed:
                self.add(source, _join(where, key), "q.unknown_key", key=key)
        for key in sorted(required - table.keys()):
            self.add(source, where, "q.missing", key=key)

    def ident(self, source, where, value) -> bool:
        if not self.typed(source, where, value, str):
            return False
        if not _ID.match(value):
            self.add(source, where, "q.bad_id", value=value)
            return False
        return True

    def weight(self, source, where, value) -> float:
        if not self.typed(source, where, value, float):
            return 1.0
        if value <= 0:
            self.add(source, where, "q.weight", value=value)
        return float(value)

    def text(self, source, where, value, languages) -> Text:
        if value is None:  # a missing key, reported once by keys()
            return Text()
        if not self.typed(source, where, value, dict):
            return Text()
        result = Text()
        for lang in languages:
            item = value.get(lang)
            if item is None:
                self.add(source, where, "q.missing_translation", lang=lang)
            elif self.typed(source, f"{where}.{lang}", item, str):
                if not item.strip():
                    self.add(source, f"{where}.{lang}", "q.empty_text")
                result[lang] = item.strip()
        return result

    def six_texts(self, source, where, value, languages) -> dict[str, tuple[str, ...]]:
        if value is None:
            return {}
        if not self.typed(source, where, value, dict):
            return {}
        result = {}
        for lang in languages:
            texts = value.get(lang)
            here = f"{where}.{lang}"
            if texts is None:
                self.add(source, where, "q.missing_translation", lang=lang)
                continue
            if not self.typed(source, here, texts, list):
                continue
            if len(texts) != 6:
                self.add(source, here, "q.level_count", count=len(texts))
            clean = []
            for i, item in enumerate(texts):
                if self.typed(source, f"{here}[{i}]", item, str) and not item.strip():
                    self.add(source, f"{here}[{i}]", "q.empty_text")
                clean.append(item.strip() if isinstance(item, str) else "")
            result[lang] = tuple((clean + [""] * 6)[:6])
        return result


def _join(where: str, key: str) -> str:
    return f"{where}.{key}" if where else key


def _read_toml(path: Path, checker: _Checker) -> dict | None:
    try:
        with path.open("rb") as handle:
            return tomllib.load(handle)
    except FileNotFoundError:
        checker.add(path, "", "q.not_found")
    except IsADirectoryError:
        checker.add(path, "", "q.not_found")
    except tomllib.TOMLDecodeError as exc:
        checker.add(path, "", "q.toml_syntax", detail=str(exc))
    except UnicodeDecodeError as exc:
        checker.add(path, "", "q.toml_syntax", detail=str(exc))
    return None


def _question(raw, source, where, dimension_id, head, checker, seen_ids) -> Question | None:
    if not checker.typed(source, where, raw, dict):
        return None
    qid = raw.get("id")
    if isinstance(qid, str):
        where = f"{where} ({qid})"
    checker.keys(source, where, raw, _QUESTION_KEYS, _QUESTION_REQUIRED)
    if qid is not None and checker.ident(source, f"{where}.id", qid):
        if qid in seen_ids:
            checker.add(source, f"{where}.id", "q.duplicate_id", value=qid)
        seen_ids.add(qid)
    components = _components(raw, source, where, head, checker)
    tags = raw.get("tags", [])
    if checker.typed(source, f"{where}.tags", tags, list):
        for tag in tags:
            if tag not in head["tags"]:
                checker.add(source, f"{where}.tags", "q.unknown_tag", value=tag)
    tags = tuple(t for t in tags if isinstance(t, str)) if isinstance(tags, list) else ()
    languages = head["languages"]
    return Question(
        id=qid if isinstance(qid, str) else "",
        dimension_id=dimension_id,
        weight=checker.weight(source, f"{where}.weight", raw.get("weight", 1.0)),
        component=components[0] if components else "",
        tags=tags,
        text=checker.text(source, f"{where}.text", raw.get("text"), languages),
        guidance=checker.text(source, f"{where}.guidance", raw.get("guidance"), languages),
        levels=checker.six_texts(source, f"{where}.levels", raw.get("levels"), languages),
        components=components if "components" in raw else (),
        themes=tuple(t for t in tags if t in head["themes"]),
        **_practice_fields(raw, source, where, head, checker),
    )


def _components(raw, source, where, head, checker) -> tuple[str, ...]:
    """``components`` (a list, 2.0) or ``component`` (one, 1.x); exactly one of them."""
    if "component" in raw and "components" in raw:
        checker.add(source, f"{where}.components", "q.both_components")
    if "component" not in raw and "components" not in raw:
        checker.add(source, where, "q.missing", key="components")
        return ()
    key = "components" if "components" in raw else "component"
    value = raw[key]
    here = f"{where}.{key}"
    if key == "component":
        values = [value] if checker.typed(source, here, value, str) else []
    elif not checker.typed(source, here, value, list):
        values = []
    elif not value:
        checker.add(source, here, "q.empty_list")
        values = []
    else:
        values = value
    found = []
    for item in values:
        if not isinstance(item, str):
            checker.typed(source, here, item, str)
        elif item not in head["components"]:
            checker.add(source, here, "q.unknown_component", value=item)
        else:
            found.append(item)
    return tuple(found)


def _practice_fields(raw, source, where, head, checker) -> dict:
    """scope, owner_unit, legal_minimum, asset, mission_areas: checked, with 1.x defaults."""
    scope = raw.get("scope", DEFAULT_SCOPE)
    if checker.typed(source, f"{where}.scope", scope, str) and scope not in SCOPES:
        checker.add(source, f"{where}.scope", "q.bad_scope", value=scope, allowed=", ".join(SCOPES))
    owner = raw.get("owner_unit", "")
    if checker.typed(source, f"{where}.owner_unit", owner, str):
        owner = " ".join(owner.split())
        if scope == "organisation-wide" and not owner:
            checker.add(source, where, "q.owner_needed")
        elif owner and scope != "organisation-wide":
            checker.add(source, f"{where}.owner_unit", "q.owner_not_wide")
    asset = raw.get("asset", "")
    if (
        "asset" in raw
        and checker.typed(source, f"{where}.asset", asset, str)
        and asset not in ASSETS
    ):
        checker.add(source, f"{where}.asset", "q.bad_asset", value=asset, allowed=", ".join(ASSETS))
    missions = raw.get("mission_areas", [])
    if not checker.typed(source, f"{where}.mission_areas", missions, list):
        missions = []
    for item in missions:
        checker.typed(source, f"{where}.mission_areas", item, str)
    return {
        "scope": scope if scope in SCOPES else DEFAULT_SCOPE,
        "owner_unit": owner if isinstance(owner, str) else "",
        "legal_minimum": _legal_minimum(
            raw.get("legal_minimum"), source, f"{where}.legal_minimum", head, checker
        ),
        "asset": asset if asset in ASSETS else "",
        "mission_areas": tuple(m.strip() for m in missions if isinstance(m, str) and m.strip()),
    }


def _legal_minimum(value, source, where, head, checker) -> LegalMinimum | None:
    """``{ level = 2, basis = { tr = ..., en = ... } }``; absent means no legal minimum."""
    if value is None or not checker.typed(source, where, value, dict):
        return None
    checker.keys(source, where, value, {"level", "basis"}, {"level", "basis"})
    level = value.get("level")
    if "level" in value and (
        isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS or level == 0
    ):
        checker.add(source, f"{where}.level", "q.legal_level", value=level)
        level = None
    basis = checker.text(source, f"{where}.basis", value.get("basis"), head["languages"])
    return LegalMinimum(level, basis) if isinstance(level, int) else None


def _dimension(raw, questions_raw, source, where, head, checker, seen) -> Dimension | None:
    if not checker.typed(source, where, raw, dict):
        return None
    checker.keys(source, where, raw, _DIMENSION_KEYS, {"id", "name"})
    did = raw.get("id")
    if did is not None and checker.ident(source, f"{where}.id", did):
        if did in seen["dimensions"]:
            checker.add(source, f"{where}.id", "q.duplicate_id", value=did)
        seen["dimensions"].add(did)
    did = did if isinstance(did, str) else ""
    questions = []
    if not isinstance(questions_raw, list) or not questions_raw:
        checker.add(source, where, "q.no_questions")
    else:
        prefix = "questions" if "questions" not in raw else f"{where}.questions"
        for i, q in enumerate(questions_raw):
            question = _question(q, source, f"{prefix}[{i}]", did, head, checker, seen["questions"])
            if question:
                questions.append(question)
    languages = head["languages"]
    return Dimension(
        id=did,
        weight=checker.weight(source, f"{where}.weight", raw.get("weight", 1.0)),
        name=checker.text(source, f"{where}.name", raw.get("name"), languages),
        description=Text(raw["description"])
        if isinstance(raw.get("description"), dict)
        else Text(),
        questions=tuple(questions),
    )


def _vocabulary(raw, source, where, languages, checker) -> dict[str, Text]:
    if not checker.typed(source, where, raw, dict):
        return {}
    result = {}
    for key, value in raw.items():
        if isinstance(value, dict):  # a key written under a table by mistake is reported
            checker.keys(source, f"{where}.{key}", value, set(languages), set())
        result[key] = checker.text(source, f"{where}.{key}", value, languages)
    return result


def _themes(value, source, tags, checker) -> tuple[str, ...]:
    """The tag ids that outputs report as themes; each must be a declared tag."""
    if not checker.typed(source, "themes", value, list):
        return ()
    for item in value:
        if item not in tags:
            checker.add(source, "themes", "q.unknown_tag", value=item)
    return tuple(item for item in value if item in tags)


def _head_extras(raw, src, head, dimensions, checker) -> dict:
    """The head's 2.0 tables: assets, profiles, level rules, evidence level, usage item."""
    languages = head["languages"]
    assets = _vocabulary(raw.get("assets", {}), src, "assets", languages, checker)
    for key in assets:
        if key not in ASSETS:
            checker.add(src, f"assets.{key}", "q.bad_asset", value=key, allowed=", ".join(ASSETS))
    rules = {}
    raw_rules = raw.get("level_rules", {})
    if checker.typed(src, "level_rules", raw_rules, dict) and raw_rules:
        for lang in languages:
            lines = raw_rules.get(lang)
            if lines is None:
                checker.add(src, "level_rules", "q.missing_translation", lang=lang)
            elif checker.typed(src, f"level_rules.{lang}", lines, list):
                rules[lang] = tuple(str(line).strip() for line in lines)
    level = raw.get("evidence_from_level")
    if level is not None and (
        isinstance(level, bool) or not isinstance(level, int) or level not in LEVELS
    ):
        checker.add(src, "evidence_from_level", "q.legal_level", value=level)
        level = None
    usage = raw.get("usage_item")
    return {
        "assets": assets,
        "profiles": _profiles(raw.get("profiles", {}), src, head, dimensions, checker),
        "level_rules": rules,
        "evidence_from_level": level,
        "usage_item": checker.text(src, "usage_item", usage, languages) if usage else Text(),
    }


def _profiles(raw, src, head, dimensions, checker) -> dict[str, Profile]:
    if not checker.typed(src, "profiles", raw, dict):
        return {}
    dimension_ids = {d.id for d in dimensions}
    question_ids = {q.id for d in dimensions for q in d.questions}
    profiles = {}
    for pid, table in raw.items():
        where = f"profiles.{pid}"
        if not checker.ident(src, where, pid) or not checker.typed(src, where, table, dict):
            continue
        checker.keys(src, where, table, _PROFILE_KEYS, {"name", "scopes"})
        lists = {}
        for key, known, code in (
            ("dimensions", dimension_ids, "q.unknown_dimension"),
            ("scopes", set(SCOPES), "q.bad_scope"),
            ("include", question_ids, "q.unknown_question"),
            ("exclude", question_ids, "q.unknown_question"),
        ):
            value = table.get(key, [])
            if not checker.typed(src, f"{where}.{key}", value, list):
                value = []
            for item in value:
                if item not in known:
                    checker.add(src, f"{where}.{key}", code, value=item, allowed=", ".join(SCOPES))
            lists[key] = tuple(item for item in value if item in known)
        description = table.get("description")
        profiles[pid] = Profile(
            id=pid,
            name=checker.text(src, f"{where}.name", table.get("name"), head["languages"]),
            description=checker.text(src, f"{where}.description", description, head["languages"])
            if description
            else Text(),
            **lists,
        )
    return profiles


def _dimension_parts(raw: dict, src: Path, head_path: Path, checker: _Checker) -> list[tuple]:
    """(dimension table, its questions, the file it came from, path prefix) of every dimension,
    inline in the head or in its own file."""
    parts: list[tuple[dict, list, Path, str]] = []
    for i, dim in enumerate(
        raw.get("dimensions", []) if isinstance(raw.get("dimensions"), list) else []
    ):
        if isinstance(dim, dict):
            parts.append((dim, dim.get("questions"), src, f"dimensions[{i}]"))
    files = raw.get("dimension_files", [])
    if checker.typed(src, "dimension_files", files, list):
        for i, name in enumerate(files):
            if not checker.typed(src, f"dimension_files[{i}]", name, str):
                continue
            file_path = head_path.parent / name
            if not file_path.is_file():
                checker.add(src, f"dimension_files[{i}]", "q.dimension_file", value=name)
                continue
            data = _read_toml(file_path, checker)
            if data is None:
                continue
            checker.keys(
                file_path, "", data, {"dimension", "questions"}, {"dimension", "questions"}
            )
            parts.append((data.get("dimension", {}), data.get("questions"), file_path, "dimension"))
    return parts


def load_questionnaire(path: str | Path) -> Questionnaire:
    """Load a questionnaire from a head file or its folder; raise ValidationError listing
    every problem found."""
    path = Path(path)
    head_path = path / HEAD_FILE if path.is_dir() else path
    checker = _Checker()
    raw = _read_toml(head_path, checker)
    if raw is None:
        raise ValidationError(checker.problems)

    src = head_path
    checker.keys(src, "", raw, _HEAD_KEYS, {"id", "version", "languages", "title", "level_names"})
    qid, version = raw.get("id"), raw.get("version")
    if qid is not None:
        checker.ident(src, "id", qid)
    if (
        version is not None
        and checker.typed(src, "version", version, str)
        and not _SEMVER.match(version)
    ):
        checker.add(src, "version", "q.bad_version", value=version)
    languages = raw.get("languages", ["tr"])
    if not checker.typed(src, "languages", languages, list) or not languages:
        languages = ["tr"]
    head = {"languages": tuple(languages)}
    head["components"] = _vocabulary(
        raw.get("components", {}), src, "components", languages, checker
    )
    head["tags"] = _vocabulary(raw.get("tags", {}), src, "tags", languages, checker)
    head["themes"] = _themes(raw.get("themes", []), src, head["tags"], checker)

    parts = _dimension_parts(raw, src, head_path, checker)

    seen = {"dimensions": set(), "questions": set()}
    dimensions = []
    for dim, questions, source, where in parts:
        dimension = _dimension(dim, questions, source, where, head, checker, seen)
        if dimension:
            dimensions.append(dimension)
    if not parts:
        checker.add(src, "", "q.no_dimensions")

    level_names = checker.six_texts(src, "level_names", raw.get("level_names"), languages)
    title = checker.text(src, "title", raw.get("title"), languages)
    extras = _head_extras(raw, src, head, dimensions, checker)
    if checker.problems:
        raise ValidationError(checker.problems)

    questionnaire = Questionnaire(
        id=qid,
        version=version,
        languages=tuple(languages),
        title=title,
        description=Text(raw.get("description", {})),
        level_names=level_names,
        components=head["components"],
        tags=head["tags"],
        dimensions=tuple(dimensions),
        fingerprint="",
        themes=head["themes"],
        **extras,
    )
    object.__setattr__(questionnaire, "fingerprint", fingerprint(questionnaire.as_dict()))
    return questionnaire


def fingerprint(canonical: dict) -> str:
    """sha256 over the canonical JSON form: key order, spacing and file layout do not count."""
    blob = json.dumps(canonical, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(blob.encode("utf-8")).hexdigest()


@lru_cache(maxsize=1)
def bundled_questionnaire() -> Questionnaire:
    """The built-in smart-city maturity questionnaire (loaded once)."""
    from .paths import bundled_questionnaire_dir

    return load_questionnaire(bundled_questionnaire_dir())
