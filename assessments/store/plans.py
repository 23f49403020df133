"""``store.plans``: the action plan in the coordinator's database (schema version 4).

The contract is ``assessments.plan.repository``: every operation validates the whole resulting
plan and commits it at once or not at all, with one history row per change (the item's JSON
before and after, like the answers' history). A plan is one row holding its JSON because it is
always read, validated and written whole (effects summing to 100, unique codes); its history
rows name the item that changed. A change made meanwhile by another process is refused
(the version read must still be the stored one), never overwritten.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from ..messages import MaturityError
from ..plan.codec import plan_from_json, plan_to_json
from ..plan.model import Plan
from ..plan.repository import MemoryRepository, PlanChange

if TYPE_CHECKING:
    from .database import Store


class PlanRepository(MemoryRepository):
    """The plan repository on a ``Store``. ``units``/``question_ids`` as in validate_plan."""

    def __init__(self, store: Store, units=None, question_ids=None):
        super().__init__(units, question_ids)
        self._store = store

    def plans(self) -> list[Plan]:
        rows = self._store._query("SELECT body FROM plans ORDER BY id")
        return [plan_from_json(json.loads(r["body"])) for r in rows]

    def load(self, plan_key: str | None = None) -> Plan | None:
        if plan_key is None:
            row = self._store._one("SELECT body FROM plans ORDER BY id LIMIT 1")
        else:
            row = self._store._one("SELECT body FROM plans WHERE key = ?", [plan_key])
        return None if row is None else plan_from_json(json.loads(row["body"]))

    def _existing(self, plan_key: str) -> Plan:
        plan = self.load(plan_key)
        if plan is None:
            raise MaturityError("p.not_found", key=plan_key)
        return plan

    def _write(self, plan: Plan, change: PlanChange) -> None:
        body = json.dumps(plan_to_json(plan), ensure_ascii=False)
        with self._store.transaction():
            row = self._store._one("SELECT id, version FROM plans WHERE key = ?", [plan.key])
            if row is None:
                plan_id = self._store._run(
                    "INSERT INTO plans (key, version, updated_at, body) VALUES (?, ?, ?, ?)",
                    [plan.key, plan.version, plan.updated, body],
                ).lastrowid
            else:
                if change.before is not None and row["version"] != plan.version - 1:
                    raise MaturityError("p.changed_elsewhere", version=row["version"])
                plan_id = row["id"]
                self._store._run(
                    "UPDATE plans SET version = ?, updated_at = ?, body = ? WHERE id = ?",
                    [plan.version, plan.updated, body, plan_id],
                )
            self._store._run(
                "INSERT INTO plan_history (plan_id, item_key, kind, old_value, new_value, "
                "changed_at, who) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    plan_id,
                    change.item_key,
                    change.kind,
                    change.before,
                    change.after,
                    change.stamp,
                    change.who,
                ],
            )

    def history(self, plan_key: str) -> list[PlanChange]:
        rows = self._store._query(
            """SELECT h.changed_at, p.key, h.item_key, h.kind, h.old_value, h.new_value, h.who
               FROM plan_history h JOIN plans p ON p.id = h.plan_id
               WHERE p.key = ? ORDER BY h.id""",
            [plan_key],
        )
        return [
            PlanChange(
                r["changed_at"],
                r["key"],
                r["item_key"],
                r["kind"],
                r["old_value"],
                r["new_value"],
                r["who"],
            )
            for r in rows
        ]
