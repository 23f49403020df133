"""``store.registry``: keeping the unit list clean (issue 15, item 1). A unit name that only
differs from an existing one by Turkish letters typed without them, case, spaces or
punctuation ("Bilgi Islem Dairesi Baskanligi" for "Bilgi İşlem Dairesi Başkanlığı") is a typo,
never a second unit: it is refused with "did you mean". Units can be renamed, merged (their
assessments follow, with their answers and history) and removed when they have no
assessment."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from .. import turkish
from ..clock import now_utc
from ..messages import MaturityError
from . import names

if TYPE_CHECKING:
    from .database import Store, Unit

DETAILS = ("code", "profile", "contact", "email")
_CODE = re.compile(r"^[A-Z0-9][A-Z0-9-]{0,11}$")  # file-name safe on every system: "BIDB", "ITF-1"
_PROFILE = re.compile(r"^[a-z0-9][a-z0-9-]{0,39}$")
_EMAIL = re.compile(r"^[^@\s,;<>]+@[^@\s,;<>]+\.[^@\s,;<>]+$")
CONTACT_MAX = 120


class UnitRegistry:
    def __init__(self, store: Store):
        self._store = store

    def similar(self, name: str) -> Unit | None:
        """An existing unit that ``name`` is a typo of (same ``turkish.ascii_key``, another
        name), or None (also when ``name`` is exactly an existing unit)."""
        if self._store.find_unit(name) is not None:
            return None
        key = turkish.ascii_key(name)
        return next((u for u in self._store.units() if turkish.ascii_key(u.name) == key), None)

    def check_new(self, name: str) -> None:
        """Raise "did you mean" when ``name`` is a typo of an existing unit."""
        found = self.similar(name)
        if found is not None:
            raise MaturityError(
                "s.unit_did_you_mean", name=turkish.clean(name), existing=found.name
            )

    def clean_details(self, name: str, details: dict[str, str], unit_id: int = 0) -> dict:
        """The register fields as stored: code upper case (Turkish letters folded), checked and
        one unit's only; profile an id; e-mail an address. Raise MaturityError naming the
        field otherwise. ``unit_id``: the unit being edited (its own code is no clash)."""
        unknown = set(details) - set(DETAILS)
        if unknown:
            raise ValueError(f"unknown unit fields: {sorted(unknown)}")
        fields = {key: turkish.clean(details.get(key) or "") for key in DETAILS}
        code = "-".join(turkish.ascii_upper(fields["code"]).split())
        if fields["code"] and not _CODE.match(code):
            raise MaturityError("s.unit_code_bad", name=name, value=fields["code"])
        fields["code"] = code if fields["code"] else ""
        if code:
            other = self._store._one(
                "SELECT name FROM units WHERE code = ? AND id <> ?", [code, unit_id]
            )
            if other is not None:
                raise MaturityError("s.unit_code_taken", taken=code, other=other["name"])
        if fields["profile"] and not _PROFILE.match(fields["profile"]):
            raise MaturityError("s.unit_profile_bad", name=name, value=fields["profile"])
        if fields["email"] and not _EMAIL.match(fields["email"]):
            raise MaturityError("s.unit_email_bad", name=name, value=fields["email"])
        if len(fields["contact"]) > CONTACT_MAX:
            raise MaturityError("s.unit_contact_long", name=name, limit=CONTACT_MAX)
        return fields

    def update(self, name: str, **details: str) -> Unit:
        """Set some of a unit's register fields (code, profile, contact, email); the others
        stay as they are."""
        unit = self._unit(name)
        current = {key: getattr(unit, key) for key in DETAILS}
        fields = self.clean_details(unit.name, {**current, **details}, unit.id)
        with self._store.transaction():
            self._store._run(
                "UPDATE units SET code = ?, profile = ?, contact = ?, email = ? WHERE id = ?",
                [*(fields[key] for key in DETAILS), unit.id],
            )
        return replace(unit, **fields)

    def load(self, rows: list[tuple[str, dict[str, str]]]) -> None:
        """Store a checked unit list in one transaction: (name, fields) each, a new unit or
        the fields of a unit on file (``unit_register.load_entries`` checks them first)."""
        with self._store.transaction():
            for name, details in rows:
                unit = self._store.find_unit(name)
                fields = self.clean_details(name, details, unit.id if unit else 0)
                values = [fields[key] for key in DETAILS]
                if unit is None:
                    stored = names.unit_name(name)
                    self._store._run(
                        "INSERT INTO units (name, name_key, created_at, code, profile, contact,"
                        " email) VALUES (?, ?, ?, ?, ?, ?, ?)",
                        [stored, names.unit_key(stored), now_utc(), *values],
                    )
                else:
                    self._store._run(
                        "UPDATE units SET code = ?, profile = ?, contact = ?, email = ?"
                        " WHERE id = ?",
                        [*values, unit.id],
                    )

    def _unit(self, name: str) -> Unit:
        unit = self._store.find_unit(name)
        if unit is None:
            raise MaturityError("s.unit_not_found", name=name)
        return unit

    def _count(self, unit_id: int) -> int:
        row = self._store._one("SELECT COUNT(*) AS n FROM assessments WHERE unit_id = ?", [unit_id])
        return row["n"]

    def rename(self, old: str, new: str) -> Unit:
        """Give a unit a new name (its assessments keep it); a name another unit has, or a
        typo of another unit, is refused."""
        unit = self._unit(old)
        new_name = names.unit_name(new)
        other = self._store.find_unit(new_name)
        if other is not None and other.id != unit.id:
            raise MaturityError("s.unit_exists", name=other.name)
        similar = self.similar(new_name)
        if similar is not None and similar.id != unit.id:
            raise MaturityError("s.unit_did_you_mean", name=new_name, existing=similar.name)
        with self._store.transaction():
            self._store._run(
                "UPDATE units SET name = ?, name_key = ? WHERE id = ?",
                [new_name, names.unit_key(new_name), unit.id],
            )
        return replace(unit, name=new_name)

    def merge(self, source: str, target: str) -> int:
        """Move every assessment of ``source`` to ``target`` and remove ``source``; the number
        moved. Refused, with nothing changed, when both have an assessment of one round."""
        src, dst = self._unit(source), self._unit(target)
        if src.id == dst.id:
            raise MaturityError("s.unit_merge_self")
        with self._store.transaction():
            clash = self._store._one(
                """SELECT a.round FROM assessments a JOIN assessments b
                   ON a.round = b.round AND a.questionnaire_id = b.questionnaire_id
                   WHERE a.unit_id = ? AND b.unit_id = ? LIMIT 1""",
                [src.id, dst.id],
            )
            if clash is not None:
                raise MaturityError(
                    "s.unit_merge_clash", source=src.name, target=dst.name, round=clash["round"]
                )
            moved = self._store._run(
                "UPDATE assessments SET unit_id = ?, updated_at = ? WHERE unit_id = ?",
                [dst.id, now_utc(), src.id],
            ).rowcount
            self._store._run("DELETE FROM units WHERE id = ?", [src.id])
        return moved

    def remove(self, name: str) -> None:
        """Remove a unit that has no assessment."""
        unit = self._unit(name)
        count = self._count(unit.id)
        if count:
            raise MaturityError("s.unit_not_empty", name=unit.name, count=count)
        with self._store.transaction():
            self._store._run("DELETE FROM units WHERE id = ?", [unit.id])
