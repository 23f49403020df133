"""Where plans are kept: the operations the store implements (``assessments/store/plans.py``),
and two implementations without SQL: in memory (tests, the desktop's undo tests) and a JSON
file (a plan kept outside a database, e.g. for a test or a hand-over).

The contract: every operation validates the whole resulting plan and commits it at once or not
at all (ValidationError, nothing changed); each committed change adds a ``PlanChange`` to the
history with the item's JSON before and after, like the answers' history; the version counts
commits.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path
from typing import Protocol

from ..atomic import write_atomically
from ..messages import MaturityError
from . import edit
from .codec import plan_from_json, plan_to_json
from .model import Action, Goal, Plan, Target
from .validate import check


@dataclass(frozen=True)
class PlanChange:
    """One committed change: which item, what it was and what it became (JSON text, None for
    "did not exist")."""

    stamp: str
    plan_key: str
    item_key: str
    kind: str  # plan | goal | target | action | delete | move | import
    before: str | None
    after: str | None
    who: str = ""


class PlanRepository(Protocol):
    def plans(self) -> list[Plan]: ...
    def load(self, plan_key: str | None = None) -> Plan | None: ...
    def save_plan(self, plan: Plan, who: str = "", kind: str = "plan") -> Plan: ...
    def save_goal(self, plan_key: str, goal: Goal, position: int | None = None) -> Plan: ...
    def save_target(
        self, plan_key: str, goal_key: str, target: Target, position: int | None = None
    ) -> Plan: ...
    def save_action(
        self, plan_key: str, target_key: str, action: Action, position: int | None = None
    ) -> Plan: ...
    def delete(self, plan_key: str, item_key: str) -> Plan: ...
    def move_action(
        self, plan_key: str, action_key: str, target_key: str, position: int | None = None
    ) -> Plan: ...
    def history(self, plan_key: str) -> list[PlanChange]: ...


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


CHILDREN = ("goals", "targets", "actions", "indicators")


def item_json(plan: Plan, key: str, shallow: bool = False) -> str | None:
    """The item's JSON inside the plan's JSON (None when absent): the history's before/after,
    with what it holds (the whole plan for a plan); ``shallow``: its own fields only."""

    def walk(node):
        if isinstance(node, dict):
            if node.get("key") == key:
                return node
            node = list(node.values())
        if isinstance(node, list):
            for child in node:
                if (hit := walk(child)) is not None:
                    return hit
        return None

    found = walk(plan_to_json(plan))
    if found is not None and shallow:
        found = {k: v for k, v in found.items() if k not in CHILDREN}
    return None if found is None else json.dumps(found, ensure_ascii=False, sort_keys=True)


class MemoryRepository:
    """The contract in memory. ``units``/``question_ids`` as in ``validate_plan``."""

    def __init__(self, units=None, question_ids=None):
        self.units = units
        self.question_ids = question_ids
        self._plans: dict[str, Plan] = {}
        self._history: list[PlanChange] = []

    def plans(self) -> list[Plan]:
        return list(self._plans.values())

    def load(self, plan_key: str | None = None) -> Plan | None:
        if plan_key is None:
            return next(iter(self._plans.values()), None)
        return self._plans.get(plan_key)

    def _existing(self, plan_key: str) -> Plan:
        plan = self._plans.get(plan_key)
        if plan is None:
            raise MaturityError("p.not_found", key=plan_key)
        return plan

    def _commit(self, old: Plan | None, new: Plan, item_key: str, kind: str, who: str = "") -> Plan:
        check(new, self.units, self.question_ids)
        stamp = _now()
        new = replace(new, version=(old.version + 1) if old else new.version, updated=stamp)
        before = item_json(old, item_key) if old else None
        change = PlanChange(stamp, new.key, item_key, kind, before, item_json(new, item_key), who)
        self._write(new, change)
        return new

    def _write(self, plan: Plan, change: PlanChange) -> None:
        self._plans[plan.key] = plan
        self._history.append(change)

    def save_plan(self, plan: Plan, who: str = "", kind: str = "plan") -> Plan:
        """Save a whole plan (a draft, an import). It must carry the version it was read at:
        a plan changed meanwhile elsewhere is refused, never overwritten."""
        old = self.load(plan.key)
        if old is not None and plan.version != old.version:
            raise MaturityError("p.changed_elsewhere", version=old.version)
        return self._commit(old, plan, plan.key, kind, who)

    def save_goal(self, plan_key, goal, position=None) -> Plan:
        old = self._existing(plan_key)
        return self._commit(old, edit.put_goal(old, goal, position), goal.key, "goal")

    def save_target(self, plan_key, goal_key, target, position=None) -> Plan:
        old = self._existing(plan_key)
        return self._commit(
            old, edit.put_target(old, goal_key, target, position), target.key, "target"
        )

    def save_action(self, plan_key, target_key, action, position=None) -> Plan:
        old = self._existing(plan_key)
        return self._commit(
            old, edit.put_action(old, target_key, action, position), action.key, "action"
        )

    def delete(self, plan_key, item_key) -> Plan:
        old = self._existing(plan_key)
        return self._commit(old, edit.delete(old, item_key), item_key, "delete")

    def move_action(self, plan_key, action_key, target_key, position=None) -> Plan:
        old = self._existing(plan_key)
        return self._commit(
            old, edit.move_action(old, action_key, target_key, position), action_key, "move"
        )

    def history(self, plan_key: str) -> list[PlanChange]:
        return [c for c in self._history if c.plan_key == plan_key]


class JsonFileRepository(MemoryRepository):
    """One JSON file holding the plans and their history, rewritten atomically per commit."""

    def __init__(self, path: str | Path, units=None, question_ids=None):
        super().__init__(units, question_ids)
        self.path = Path(path)
        if self.path.exists():
            try:
                data = json.loads(self.path.read_text(encoding="utf-8"))
            except (OSError, ValueError) as exc:
                raise MaturityError("p.bad_json", detail=f"{self.path}: {exc}") from exc
            for raw in data.get("plans", ()):
                plan = plan_from_json(raw)
                self._plans[plan.key] = plan
            self._history = [PlanChange(**c) for c in data.get("history", ())]

    def _write(self, plan: Plan, change: PlanChange) -> None:
        plans = dict(self._plans) | {plan.key: plan}
        data = {
            "plans": [plan_to_json(p) for p in plans.values()],
            "history": [c.__dict__ for c in (*self._history, change)],
        }
        body = json.dumps(data, ensure_ascii=False, indent=1)
        write_atomically(self.path, lambda temp: temp.write_text(body, encoding="utf-8"))
        super()._write(plan, change)  # only once the file holds it
