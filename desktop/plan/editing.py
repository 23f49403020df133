"""The session's plan part: every plan write of the desktop goes through here, into the core
(``assessments.plan.edit`` via ``store.plans``), committed at once, and onto an undo stack of
its own (the plan is not the open assessment: answer undo and plan undo never mix).

A command is pushed after its change was stored. Redo calls the same repository function
again; undo saves the plan as it was before (the history keeps both rows, nothing is lost).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace

from assessments.messages import MaturityError

from ..qt import QObject, QUndoCommand, QUndoStack, Signal

log = logging.getLogger(__name__)


class PlanCommand(QUndoCommand):
    """One stored plan change: ``apply(repo, plan_key)`` makes it, ``before`` undoes it."""

    def __init__(self, editing: PlanEditing, text: str, apply: Callable, before):
        super().__init__(text)
        self.editing = editing
        self.apply = apply
        self.before = before
        self._applied = True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self.editing._write(lambda repo, key: self.apply(repo, key))

    def undo(self) -> None:
        self.editing._restore(self.before)


class PlanEditing(QObject):
    planChanged = Signal()  # the stored plan is another one (an edit, undo, redo, a draft)

    def __init__(self, session, parent: QObject | None = None):
        super().__init__(parent or session)
        self.session = session
        self.undo_stack = QUndoStack(self)

    def close(self) -> None:
        """The database closes: no undo into it, and no signals from a stack being deleted."""
        self.undo_stack.clear()
        self.undo_stack.blockSignals(True)

    # -- reading ----------------------------------------------------------------------------

    def repository(self):
        from assessments.store.plans import PlanRepository

        store, qn = self.session.store, self.session.questionnaire
        units = [u.name for u in store.units()]
        units += [q.owner_unit for q in qn.questions if q.owner_unit]
        return PlanRepository(store, units=units, question_ids={q.id for q in qn.questions})

    def plan(self):
        return self.repository().load() if self.session.is_open else None

    def rounds(self) -> list[str]:
        return sorted({info.round for info in self.session.assessments()}, reverse=True)

    def round_state(self, round: str | None = None):
        """The round's gaps (``assessments.plan.state``), from the consolidation."""
        from assessments.merge.city_figures import answer_rows, consolidate
        from assessments.plan.state import from_consolidation

        store = self.session.store
        data = consolidate(store, self.session.questionnaire, round)
        return from_consolidation(data, answer_rows(store, data))

    def library(self):
        from assessments.plan.library import bundled_library

        return bundled_library(self.session.questionnaire)

    # -- writing ----------------------------------------------------------------------------

    def _write(self, change: Callable) -> bool:
        """``change(repo, plan_key)`` stored now; False (and ``session.failed``) if refused."""
        repo = self.repository()
        plan = repo.load()
        try:
            change(repo, plan.key if plan else None)
        except MaturityError as exc:
            self.session.failed.emit(exc)
            self.planChanged.emit()  # the forms show what is stored again
            return False
        self._announce()
        return True

    def _restore(self, before) -> None:
        def put_back(repo, _key):
            current = repo.load(before.key)
            return repo.save_plan(replace(before, version=current.version), kind="undo")

        self._write(put_back)

    def _announce(self) -> None:
        from ..session import Change

        self.session._saved()
        self.planChanged.emit()
        self.session.changed.emit(Change(kinds=frozenset({"plan"})))

    def edit(self, text: str, apply: Callable) -> bool:
        """Store ``apply(repo, plan_key)`` and make it undoable."""
        before = self.plan()
        if before is None or not self._write(apply):
            return False
        self.undo_stack.push(PlanCommand(self, text, apply, before))
        return True

    def draft(self, lang: str, round: str | None = None, top: int = 15):
        """A draft plan from the round, replacing the plan (its history goes on). The undo
        history ends here: what came before is in the plan's history."""
        from assessments.plan.draft import draft_plan

        state = self.round_state(round)
        plan = draft_plan(
            state,
            self.session.questionnaire,
            self.library(),
            lang=lang,
            top=top,
            units=self.session.unit_names(),
        )

        def save(repo, _key):
            old = repo.load()
            new = plan if old is None else replace(plan, key=old.key, version=old.version)
            return repo.save_plan(new, kind="draft")

        if self._write(save):
            self.undo_stack.clear()
        return self.plan()

    def start_plan(self, lang: str) -> bool:
        """An empty plan with one goal and one target, for a first action from a gap."""
        from assessments.plan.draft import default_title
        from assessments.plan.model import Goal, Plan, Target

        title = default_title(lang)
        goal = Goal("A1", title, targets=(Target("H1.1", title),))
        plan = Plan(title=title, city="Balıkesir", goals=(goal,))
        return self._write(lambda repo, _key: repo.save_plan(plan))

    def save_plan_fields(self, text: str, **fields) -> bool:
        def apply(repo, key):
            current = repo.load(key)
            return repo.save_plan(replace(current, **fields))

        return self.edit(text, apply)

    def save_goal(self, text: str, goal) -> bool:
        return self.edit(text, lambda repo, key: repo.save_goal(key, goal))

    def save_target(self, text: str, goal_key: str, target) -> bool:
        return self.edit(text, lambda repo, key: repo.save_target(key, goal_key, target))

    def save_action(self, text: str, target_key: str, action) -> bool:
        return self.edit(text, lambda repo, key: repo.save_action(key, target_key, action))

    def move_action(self, text: str, action_key: str, target_key: str) -> bool:
        return self.edit(text, lambda repo, key: repo.move_action(key, action_key, target_key))

    def delete(self, text: str, item_key: str) -> bool:
        return self.edit(text, lambda repo, key: repo.delete(key, item_key))

    def action_from_gap(self, gap, suggestion, lang: str):
        """A new action for ``gap`` (a PracticeGap) as the draft makes one, with ``suggestion``
        (a library Suggestion) instead of the best one where given."""
        from assessments import turkish
        from assessments.plan import draft

        qn = self.session.questionnaire
        register = {turkish.fold(u): u for u in self.session.unit_names()}
        plan = self.plan()
        period = (plan.start_year, plan.end_year)
        action = draft.action_for_gap(
            gap, qn, self.library(), register, lang, period, index=len(plan.actions())
        )
        if suggestion is not None:
            action = replace(
                action,
                title=suggestion.title.get(lang),
                steps=suggestion.steps_in(lang),
                indicator=suggestion.indicator_name.get(lang),
            )
        return action
