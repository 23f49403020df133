"""Pure edits of a plan: each returns a new plan and leaves the given one as it was, so a store
can apply one, validate the result and commit it (or nothing), and an undo stack can keep the
plan before. Items are found by their stable key; a missing key raises MaturityError."""

from __future__ import annotations

from dataclasses import replace

from ..messages import MaturityError
from .model import Action, Goal, Plan, Target


def _put(items: tuple, item, position: int | None) -> tuple:
    """Replace the item with the same key in place, or insert it at ``position`` (end)."""
    kept = list(items)
    for i, old in enumerate(kept):
        if old.key == item.key:
            kept[i] = item
            return tuple(kept)
    kept.insert(len(kept) if position is None else position, item)
    return tuple(kept)


def put_goal(plan: Plan, goal: Goal, position: int | None = None) -> Plan:
    return replace(plan, goals=_put(plan.goals, goal, position))


def _map_goal(plan: Plan, goal_key: str, change) -> Plan:
    if not any(g.key == goal_key for g in plan.goals):
        raise MaturityError("p.not_found", key=goal_key)
    return replace(plan, goals=tuple(change(g) if g.key == goal_key else g for g in plan.goals))


def _map_target(plan: Plan, target_key: str, change) -> Plan:
    if not any(t.key == target_key for _, t in plan.targets()):
        raise MaturityError("p.not_found", key=target_key)
    return replace(
        plan,
        goals=tuple(
            replace(g, targets=tuple(change(t) if t.key == target_key else t for t in g.targets))
            for g in plan.goals
        ),
    )


def put_target(plan: Plan, goal_key: str, target: Target, position: int | None = None) -> Plan:
    return _map_goal(
        plan, goal_key, lambda g: replace(g, targets=_put(g.targets, target, position))
    )


def put_action(plan: Plan, target_key: str, action: Action, position: int | None = None) -> Plan:
    return _map_target(
        plan, target_key, lambda t: replace(t, actions=_put(t.actions, action, position))
    )


def delete(plan: Plan, key: str) -> Plan:
    """Remove the goal, target, action or indicator with ``key`` (and what it holds)."""
    if plan.find(key) is None:
        raise MaturityError("p.not_found", key=key)

    def target(t: Target) -> Target:
        return replace(
            t,
            actions=tuple(a for a in t.actions if a.key != key),
            indicators=tuple(i for i in t.indicators if i.key != key),
        )

    goals = tuple(
        replace(g, targets=tuple(target(t) for t in g.targets if t.key != key))
        for g in plan.goals
        if g.key != key
    )
    return replace(plan, goals=goals)


def move_action(plan: Plan, action_key: str, target_key: str, position: int | None = None) -> Plan:
    """Move an action to another target (or another place in its own)."""
    action = plan.find(action_key)
    if not isinstance(action, Action):
        raise MaturityError("p.not_found", key=action_key)
    if not isinstance(plan.find(target_key), Target):
        raise MaturityError("p.not_found", key=target_key)
    return put_action(delete(plan, action_key), target_key, action, position)
