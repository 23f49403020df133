"""The unit register (issue 15, item 1): the city's units as data, each with a short code (file
names), the questionnaire profile it answers and whom to write to.

The program ships Balıkesir's departments as an editable starting list
(``resources/units/balikesir.toml``); the coordinator loads it, or the city's own list: a
workbook (a header row with "Birim", "Kod", "Profil", "İlgili kişi", "E-posta", any order; or
names alone in the first column), a text file (one unit a line, optionally
"Ad;Kod;Profil;İlgili kişi;E-posta"; UTF-8 or Windows Turkish) or a TOML file like the shipped
one. A list is checked whole before anything is stored: every problem is named with its file and
row, and a list with a problem stores nothing. Loading never overwrites what the office already
set: a unit on file only gets the fields it lacks.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import turkish
from .messages import MaturityError, Problem, ValidationError
from .store import names

TEXT_SUFFIXES = (".txt", ".csv", ".tsv")
TITLES = {  # a column title, folded (turkish.ascii_key), -> the field
    "birim": "name",
    "birim adi": "name",
    "ad": "name",
    "adi": "name",
    "unit": "name",
    "name": "name",
    "kod": "code",
    "birim kodu": "code",
    "code": "code",
    "profil": "profile",
    "profile": "profile",
    "ilgili kisi": "contact",
    "kisi": "contact",
    "iletisim kisisi": "contact",
    "contact": "contact",
    "e-posta": "email",
    "eposta": "email",
    "e posta": "email",
    "email": "email",
    "e-mail": "email",
}
ORDER = ("name", "code", "profile", "contact", "email")  # a text line's fields


@dataclass(frozen=True)
class RegisterEntry:
    name: str
    code: str = ""
    profile: str = ""
    contact: str = ""
    email: str = ""
    where: str = ""  # "birimler.xlsx: Sayfa1!A5", "birimler.txt:5": for messages

    def details(self) -> dict[str, str]:
        return {key: getattr(self, key) for key in ORDER[1:]}


@dataclass(frozen=True)
class LoadResult:
    added: tuple[str, ...]
    completed: tuple[str, ...]  # units on file that got a field they lacked
    unchanged: tuple[str, ...]


def shipped_register_path() -> Path:
    from .paths import resources_dir

    return resources_dir() / "units" / "balikesir.toml"


def shipped_register() -> list[RegisterEntry]:
    return read_unit_list(shipped_register_path())


def read_unit_list(path: str | Path) -> list[RegisterEntry]:
    """The entries of a unit list file; ValidationError naming the file when it is unusable."""
    path = Path(path)
    suffix = path.suffix.lower()
    if not path.is_file():
        raise ValidationError([Problem("x.not_found", {}, path.name)], code="ur.invalid")
    if suffix == ".toml":
        entries = _from_toml(path)
    elif suffix in TEXT_SUFFIXES:
        entries = _from_text(path)
    else:
        entries = _from_workbook(path)
    entries = [e for e in entries if e.name]
    if not entries:
        raise ValidationError([Problem("ur.empty", {}, path.name)], code="ur.invalid")
    return entries


def _entry(values: dict, where: str) -> RegisterEntry:
    known = {k: turkish.clean(str(values.get(k) or "")) for k in ORDER}
    return RegisterEntry(**known, where=where)


def _from_toml(path: Path) -> list[RegisterEntry]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        problem = Problem("ur.unreadable", {"detail": str(exc)}, path.name)
        raise ValidationError([problem], code="ur.invalid") from None
    units = data.get("unit", [])
    if not isinstance(units, list) or not all(isinstance(u, dict) for u in units):
        raise ValidationError([Problem("ur.empty", {}, path.name)], code="ur.invalid")
    return [_entry(u, f"{path.name}: unit[{i}]") for i, u in enumerate(units, 1)]


def _from_text(path: Path) -> list[RegisterEntry]:
    raw = path.read_bytes()
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError:  # saved by Notepad or Excel on Turkish Windows
        content = raw.decode("cp1254", errors="replace")
    entries = []
    for number, line in enumerate(content.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        separator = next((s for s in (";", "\t") if s in line), None)
        if separator is None and path.suffix.lower() == ".csv":
            separator = ","
        parts = line.split(separator) if separator else [line]
        if number == 1 and _titles(parts):  # a header line
            continue
        entries.append(_entry(dict(zip(ORDER, parts, strict=False)), f"{path.name}:{number}"))
    return entries


def _titles(cells) -> dict[int, str]:
    """Column index -> field, when ``cells`` is a header row naming the unit column."""
    found = {}
    for index, cell in enumerate(cells):
        key = TITLES.get(turkish.ascii_key(str(cell or "")).strip())
        if key and key not in found.values():
            found[index] = key
    return found if "name" in found.values() else {}


def _from_workbook(path: Path) -> list[RegisterEntry]:
    from openpyxl.utils import get_column_letter

    from .exchange.workbook_safety import open_workbook

    try:
        book = open_workbook(path)
        sheet = book.sheet_names[0]
        rows, _scan = book.read(sheet)
    except ValidationError as exc:
        raise ValidationError(exc.problems, code="ur.invalid") from None
    except Exception as exc:  # calamine: damaged beyond what the checks see
        problem = Problem("ur.unreadable", {"detail": str(exc)[:200]}, path.name)
        raise ValidationError([problem], code="ur.invalid") from None
    header = next((i for i, row in enumerate(rows[:10]) if _titles(row)), None)
    columns = _titles(rows[header]) if header is not None else {0: "name"}
    start = header + 1 if header is not None else 0
    name_column = next(i for i, key in columns.items() if key == "name")
    entries = []
    for number, row in enumerate(rows[start:], start + 1):
        values = {key: row[i] if i < len(row) else "" for i, key in columns.items()}
        where = f"{path.name}: {sheet}!{get_column_letter(name_column + 1)}{number}"
        entries.append(_entry(values, where))
    return entries


def check_entries(store, questionnaire, entries: list[RegisterEntry]) -> list[Problem]:
    """Every problem of a list against the units on file (and within itself), nothing stored."""
    problems: list[Problem] = []
    seen_names: dict[str, RegisterEntry] = {}
    seen_codes: dict[str, str] = {}
    profiles = set(questionnaire.profiles) if questionnaire is not None else set()

    def refuse(entry: RegisterEntry, code: str, **params) -> None:
        problems.append(Problem(code, params, entry.where))

    for entry in entries:
        try:
            name = names.unit_name(entry.name)
            existing = store.find_unit(name)
            if existing is None:
                store.registry.check_new(name)
            ascii_name = turkish.ascii_key(name)
            if ascii_name in seen_names:
                refuse(entry, "ur.twice", name=name, other=seen_names[ascii_name].where)
                continue
            seen_names[ascii_name] = entry
            merged = _completed(existing, entry) if existing else entry.details()
            cleaned = store.registry.clean_details(name, merged, existing.id if existing else 0)
        except MaturityError as exc:
            refuse(entry, exc.code, **exc.params)
            continue
        if cleaned["profile"] and profiles and cleaned["profile"] not in profiles:
            known = ", ".join(sorted(profiles))
            refuse(
                entry, "s.unit_profile_unknown", name=name, value=cleaned["profile"], known=known
            )
        code = cleaned["code"]
        if code and code in seen_codes:
            refuse(entry, "s.unit_code_taken", taken=code, other=seen_codes[code])
        elif code:
            seen_codes[code] = name
    return problems


def _completed(unit, entry: RegisterEntry) -> dict[str, str]:
    """A unit's fields with the list's values where the unit has none."""
    return {k: getattr(unit, k) or v for k, v in entry.details().items()}


def load_entries(store, questionnaire, entries: list[RegisterEntry]) -> LoadResult:
    """Store a list whole (one transaction), or nothing: ValidationError naming every
    problem with its file and row."""
    problems = check_entries(store, questionnaire, entries)
    if problems:
        raise ValidationError(problems, code="ur.invalid")
    added, completed, unchanged = [], [], []
    rows = []
    for entry in entries:
        existing = store.find_unit(entry.name)
        if existing is None:
            rows.append((entry.name, entry.details()))
            added.append(names.unit_name(entry.name))
            continue
        wanted = _completed(existing, entry)
        if any(getattr(existing, k) != v for k, v in wanted.items()):
            rows.append((existing.name, wanted))
            completed.append(existing.name)
        else:
            unchanged.append(existing.name)
    store.registry.load(rows)
    return LoadResult(tuple(added), tuple(completed), tuple(unchanged))


def load_file(store, questionnaire, path: str | Path | None = None) -> LoadResult:
    """Load a unit list file (the shipped register when ``path`` is None)."""
    return load_entries(store, questionnaire, read_unit_list(path or shipped_register_path()))


def choices(store) -> list[RegisterEntry]:
    """The units a new assessment can be for: those on file, then the shipped register's
    that are not (a unit manager's own database starts empty), in Turkish order."""
    on_file = [RegisterEntry(u.name, u.code, u.profile, u.contact, u.email) for u in store.units()]
    known = {names.unit_key(e.name) for e in on_file}
    try:
        shipped = shipped_register()
    except ValidationError:  # a build without the register still lists the units on file
        shipped = []
    extra = [e for e in shipped if names.unit_key(e.name) not in known]
    return sorted([*on_file, *extra], key=lambda e: turkish.sort_key(e.name))


def entry_for(store, name: str) -> RegisterEntry | None:
    """The register's entry of ``name`` (on file, or shipped), None for a unit it does not
    know; MaturityError "did you mean" for a typo of a unit on file."""
    key = names.unit_key(name)
    found = next((e for e in choices(store) if names.unit_key(e.name) == key), None)
    if found is None:
        store.registry.check_new(name)
    return found


def ensure_registered(store, name: str) -> None:
    """Add a unit of the shipped register, with its code and profile, the first time an
    assessment is made for it; any other name is left to ``Store.ensure_unit``."""
    if store.find_unit(name) is not None:
        return
    key = names.unit_key(name)
    entry = next((e for e in choices(store) if names.unit_key(e.name) == key), None)
    if entry is not None:
        store.add_unit(entry.name, **entry.details())
