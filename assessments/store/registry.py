"""``store.registry``: keeping the unit list clean (issue 15, item 1). A unit name that only
differs from an existing one by Turkish letters typed without them, case, spaces or
punctuation ("Bilgi Islem Dairesi Baskanligi" for "Bilgi İşlem Dairesi Başkanlığı") is a typo,
never a second unit: it is refused with "did you mean". Units can be renamed, merged (their
assessments follow, with their answers and history) and removed when they have no
assessment."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from .. import turkish
from ..clock import now_utc
from ..messages import MaturityError
from . import names

if TYPE_CHECKING:
    from .database import Store, Unit


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
