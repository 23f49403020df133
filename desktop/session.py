"""The open database and the assessment being worked on: the one way data flows.

A view calls the session (``commit`` an answer, ``set_status``...), the session calls the core
(``Store``), the store commits, and the session's signals tell every view to refresh. Views
never write to the store themselves, and never hold it: work on the background thread goes
through ``run``/``task`` too, and a writing task (``writes=True``: an import, a merge) ends
with the session reloading what it caches if the open assessment was touched, then ONE
``changed`` signal naming what changed (``Change``). The store is opened by ``open()``, after
the window's first paint, because importing and opening it costs start-up time.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assessments.messages import MaturityError

from . import workers
from .commands import SetAnswerCommand
from .qt import QObject, QUndoStack, QWidget, Signal

if TYPE_CHECKING:  # the core's modules load with the database, after the first paint
    from assessments.questionnaire import Question, Questionnaire
    from assessments.scoring import Answer, AssessmentScore
    from assessments.store import AssessmentInfo, Store

log = logging.getLogger(__name__)

# Refusals after which the change stays on screen, unsaved, instead of the stored answer: the
# database file is gone or was replaced, so what is stored is no longer the user's truth.
KEEP_ON_SCREEN = frozenset({"s.database_gone"})


@dataclass(frozen=True)
class Change:
    """What one write changed, for the views that show lists or figures of many assessments.

    ``assessments``: uuids created, changed or removed; ``units``: the unit list changed;
    ``import_log``: rows were added to the import log; ``kinds``: what happened ("answer",
    "details", "status", "created", "import", "merge")."""

    assessments: frozenset[str] = frozenset()
    units: bool = False
    import_log: bool = False
    kinds: frozenset[str] = frozenset()

    def touches(self, uuid: str | None) -> bool:
        return uuid is not None and uuid in self.assessments


class Session(QObject):
    ready = Signal()  # the database is open and the questionnaire loaded
    assessmentChanged = Signal()  # another assessment is open (or none), or its details changed
    answerChanged = Signal(str)  # question id
    saved = Signal(str)  # local time of the last commit, "15:42:07"
    failed = Signal(object)  # a MaturityError for the user
    revealRequested = Signal(str)  # undo/redo changed this question: show it
    unsavedChanged = Signal()  # a change is on screen but not in the database (or no more)
    changed = Signal(object)  # a Change: after every write, foreground or background

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.store: Store | None = None
        self.questionnaire: Questionnaire | None = None
        self.info: AssessmentInfo | None = None
        self._answers: dict[str, Answer] = {}
        self._not_asked: frozenset[str] = frozenset()  # by the open assessment's profile
        self._unsaved: dict[str, Answer] = {}  # refused writes kept on screen (KEEP_ON_SCREEN)
        self._score: AssessmentScore | None = None
        self._known: dict[str, AssessmentInfo] = {}  # every assessment as last seen
        self._units: list[str] = []
        self.undo_stack = QUndoStack(self)
        self._plans = None  # the action plan's part (desktop/plan/editing.py), made on first use

    # -- database -------------------------------------------------------------------------

    def open(self) -> None:
        """Open the database and load the questionnaire; raises MaturityError."""
        from assessments.loader import bundled_questionnaire
        from assessments.store import Store

        self.questionnaire = bundled_questionnaire()
        self.store = Store(self.db_path)
        log.info("database open: %s", self.db_path)
        self._known = {info.uuid: info for info in self.store.assessments()}
        self._units = self.unit_names()
        self.ready.emit()

    def network_warning(self) -> MaturityError | None:
        """A warning when the open database sits on a network drive (see docs/it-guide.md)."""
        kind = self.store.network_kind if self.store is not None else None
        if not kind:
            return None
        from assessments.store import network_warning  # loaded with the database already

        return network_warning(kind, self.db_path)

    @property
    def is_open(self) -> bool:
        return self.store is not None

    @property
    def plans(self):
        """The action plan's edits: stored through the core, undone on their own stack."""
        if self._plans is None:
            from .plan.editing import PlanEditing

            self._plans = PlanEditing(self)
        return self._plans

    def progress_reports(self, plan_key: str, period: str | None = None):
        """The units' current monitoring reports of the plan (of one period)."""
        return self.store.monitoring.current(plan_key, period)

    def backup_on_close(self):
        """The close backup (recovery.backup_on_close); the backup written, if any."""
        from .recovery import backup_on_close

        return backup_on_close(self.store)

    def read(self, fn: Callable[[Store], Any]) -> Any:
        """``fn(store)`` on this (the UI) thread, for a quick read-only look."""
        return fn(self.store)

    # -- work on the background thread ------------------------------------------------------

    def task(
        self, work: Callable[..., Any], *, writes: bool = False, kinds: Iterable[str] = ()
    ) -> workers.Task:
        """A not yet started task running ``work(state, store)`` on the background thread with
        a Store of its own. ``writes=True``: when it ends (done, failed or cancelled: a merge
        keeps what it stored), the session reloads what it caches and emits ``changed``."""
        after = (lambda: self.reload_after_write(kinds)) if writes else None
        return workers.Task(work, self.db_path, after=after)

    def run(
        self,
        work: Callable[..., Any],
        *,
        writes: bool = False,
        kinds: Iterable[str] = (),
        progress: tuple[QWidget, str] | None = None,
        on_success: Callable[[Any], None] | None = None,
        on_failure: Callable[[BaseException], Any] | None = None,
    ) -> workers.Task:
        """``task(...)`` started; with ``progress=(parent, title)`` behind a progress dialog
        (``workers.run_with_progress``: errors shown unless ``on_failure`` returns True)."""
        task = self.task(work, writes=writes, kinds=kinds)
        if progress is not None:
            parent, title = progress
            return workers.run_with_progress(
                parent, title, task=task, on_success=on_success, on_failure=on_failure
            )
        if on_success is not None:
            task.succeeded.connect(on_success)
        if on_failure is not None:
            task.failed.connect(on_failure)
        return task.start()

    def reload_after_write(self, kinds: Iterable[str] = ()) -> Change | None:
        """After a write by another connection (a worker): find what changed, reload the open
        assessment if it was touched, emit one ``changed``."""
        if self.store is None:
            return None
        now = {info.uuid: info for info in self.store.assessments()}
        touched = frozenset(
            uuid
            for uuid in self._known.keys() | now.keys()
            if self._known.get(uuid) != now.get(uuid)
        )
        self._known = now
        units = self.unit_names()
        units_changed, self._units = units != self._units, units
        kinds = frozenset(kinds)
        change = Change(touched, units_changed, bool(kinds & {"import", "merge"}), kinds)
        if self.info is not None and change.touches(self.info.uuid):
            self._reload_open(now.get(self.info.uuid))
        self.changed.emit(change)
        return change

    def _reload_open(self, info: AssessmentInfo | None) -> None:
        """The open assessment was rewritten (or removed) by another connection: no stale
        answers, no undo into what is no longer there."""
        self.info = info
        self._answers = self.store.answers(info.uuid) if info is not None else {}
        self._not_asked = self._profile_exclusions()
        self._unsaved = {}
        self._score = None
        self.undo_stack.clear()
        log.info(
            "open assessment reloaded after a background write: %s",
            info.uuid if info else "removed",
        )
        self.assessmentChanged.emit()

    def _wrote(self, info: AssessmentInfo, *kinds: str, units: bool = False) -> None:
        """A foreground write: remember the row as written (not a change seen later) and
        tell the views."""
        self._known[info.uuid] = info
        if units:
            self._units = self.unit_names()
        self.changed.emit(Change(frozenset({info.uuid}), units, False, frozenset(kinds)))

    def close(self) -> None:
        self.undo_stack.clear()
        if self._plans is not None:
            self._plans.close()
        if self.store is not None:
            self.store.close()
            self.store = None

    def assessments(self) -> list[AssessmentInfo]:
        return self.store.assessments() if self.store else []

    def unit_names(self) -> list[str]:
        return [u.name for u in self.store.units()] if self.store else []

    # -- the unit register (assessments.unit_register, store.registry) ---------------------

    def units(self):
        """The units on file (named records with code, profile, contact, e-mail)."""
        return self.store.units() if self.store else []

    def unit_choices(self):
        """The units a new assessment can be for: on file, then the shipped register's."""
        from assessments.unit_register import choices

        return choices(self.store) if self.store else []

    def add_unit(self, name: str, **details: str):
        unit = self.store.add_unit(name, **details)
        self.reload_after_write({"units"})
        return unit

    def update_unit(self, name: str, **details: str):
        unit = self.store.registry.update(name, **details)
        self.reload_after_write({"units"})
        return unit

    def rename_unit(self, old: str, new: str):
        unit = self.store.registry.rename(old, new)
        self.reload_after_write({"units"})
        return unit

    def merge_units(self, source: str, target: str) -> int:
        moved = self.store.registry.merge(source, target)
        self.reload_after_write({"units"})
        return moved

    def remove_unit(self, name: str) -> None:
        self.store.registry.remove(name)
        self.reload_after_write({"units"})

    def load_units(self, path=None):
        """Load a unit list (the shipped register when ``path`` is None), whole or nothing."""
        from assessments.unit_register import load_file

        result = load_file(self.store, self.questionnaire, path)
        self.reload_after_write({"units"})
        return result

    def close_round(self, round: str):
        """Close a data-collection round (its board stays readable)."""
        closed = self.store.collection.close(round)
        self.reload_after_write({"round"})
        return closed

    def overview(self, info: AssessmentInfo) -> AssessmentScore:
        """The score of any assessment in the database (for the start page)."""
        from assessments.profiles import not_asked
        from assessments.scoring import score_assessment

        answers = self.store.answers(info.uuid)
        return score_assessment(
            self.questionnaire,
            answers,
            info.out_of_scope,
            excluded_questions=not_asked(self.questionnaire, info),
        )

    # -- the current assessment -----------------------------------------------------------

    @property
    def has_assessment(self) -> bool:
        return self.info is not None

    @property
    def editable(self) -> bool:
        return self.info is not None and not self.info.is_final and not self.info.read_only

    def create_assessment(
        self,
        unit: str,
        round: str,
        respondent: str,
        out_of_scope: list[str],
        profile: str | None = None,
    ) -> AssessmentInfo:
        from assessments.unit_register import ensure_registered

        ensure_registered(self.store, unit)  # a unit of the shipped register keeps its code
        info = self.store.create_assessment(
            unit,
            round,
            self.questionnaire,
            respondent=respondent,
            out_of_scope=out_of_scope,
            profile=profile,
        )
        log.info("assessment created: %s %s (%s)", info.unit, info.round, info.uuid)
        self._wrote(info, "created", units=unit not in self._units)
        self.open_assessment(info.uuid)
        return info

    def open_assessment(self, uuid: str) -> None:
        self.info = self.store.assessment(uuid)
        self._answers = self.store.answers(uuid)
        self._not_asked = self._profile_exclusions()
        self._unsaved = {}
        self._score = None
        self.undo_stack.clear()
        self.assessmentChanged.emit()

    def update_details(self, respondent: str, out_of_scope: list[str]) -> None:
        self.info = self.store.update_assessment(
            self.info.uuid,
            questionnaire=self.questionnaire,
            respondent=respondent,
            out_of_scope=out_of_scope,
        )
        self._score = None
        self._saved()
        self.assessmentChanged.emit()
        self._wrote(self.info, "details")

    def set_status(self, status: str) -> None:
        """ "final" or "draft". Not undoable: the undo history ends here."""
        self.info = self.store.update_assessment(self.info.uuid, status=status)
        self.undo_stack.clear()
        self._saved()
        self.assessmentChanged.emit()
        self._wrote(self.info, "status")

    def set_position(self, question_id: str | None) -> None:
        if self.info is None or self.info.position == question_id:
            return
        try:
            self.store.set_position(self.info.uuid, question_id)
            self.info = self._known[self.info.uuid] = self.store.assessment(self.info.uuid)
        except MaturityError as exc:  # only where the user was: the answers say what failed
            log.warning("position not stored: %s", exc.code)

    # -- answers --------------------------------------------------------------------------

    def answer(self, question_id: str) -> Answer:
        """The answer as shown: a change the database refused (``unsaved``), else the stored."""
        from assessments.scoring import Answer

        return (
            self._unsaved.get(question_id) or self._answers.get(question_id) or Answer(question_id)
        )

    @property
    def unsaved(self) -> dict[str, Answer]:
        """Changes on screen that are not in the database (the file went missing)."""
        return dict(self._unsaved)

    @property
    def answers(self) -> dict[str, Answer]:
        return dict(self._answers)

    def score(self) -> AssessmentScore:
        if self._score is None:
            from assessments.scoring import score_assessment

            self._score = score_assessment(
                self.questionnaire,
                self._answers,
                self.info.out_of_scope if self.info else (),
                excluded_questions=self._not_asked,
            )
        return self._score

    def _profile_exclusions(self) -> frozenset[str]:
        """The practices the open assessment's profile does not ask of its unit."""
        if self.info is None or self.questionnaire is None:
            return frozenset()
        from assessments.profiles import not_asked

        return not_asked(self.questionnaire, self.info)

    def in_scope(self, question: Question) -> bool:
        return (
            self.info is not None
            and question.dimension_id not in self.info.out_of_scope
            and question.id not in self._not_asked
        )

    def questions(self) -> list[Question]:
        """The questions to walk through: those of the dimensions in scope, in order."""
        if self.questionnaire is None:
            return []
        return [q for q in self.questionnaire.questions if self.in_scope(q)]

    def commit(self, new: Answer, text: str, merge_key: tuple[str, str] | None = None) -> bool:
        """Write a changed answer now and make it undoable; False (and ``failed``) if refused.
        A stored change is announced by ``answerChanged`` (a page need not refresh itself
        then); after a refusal the page shows what is stored again itself."""
        old = self.answer(new.question_id)
        if new == old:
            return True
        try:
            self.write_answer(new)
        except MaturityError as exc:
            if exc.code in KEEP_ON_SCREEN:  # shown as it was picked or typed, marked unsaved
                self._unsaved[new.question_id] = new
                self.unsavedChanged.emit()
                self.answerChanged.emit(new.question_id)
            self.failed.emit(exc)
            return False
        self.undo_stack.push(SetAnswerCommand(self, old, new, text, merge_key))
        return True

    def write_answer(self, answer: Answer, reveal: bool = False) -> None:
        """Store one answer through the core; raises MaturityError. Used by the commands."""
        self.info = self.store.set_answer(self.info.uuid, answer, self.questionnaire)
        if answer.is_blank:
            self._answers.pop(answer.question_id, None)
        else:
            self._answers[answer.question_id] = answer
        self._score = None
        if self._unsaved.pop(answer.question_id, None) is not None:
            self.unsavedChanged.emit()
        self._saved()
        if reveal:
            self.revealRequested.emit(answer.question_id)
        self.answerChanged.emit(answer.question_id)
        self._wrote(self.info, "answer")

    def _saved(self) -> None:
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
