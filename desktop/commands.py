"""Undoable answer changes, and the rules the UI applies on top of the core's.

Each command holds the answer before and after; redo/undo write it through the session (and
so through ``Store.set_answer``). The core is strict (target >= current); the friendly rule
"raising the current level above the target lifts the target along" lives here, in the UI.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

from assessments.messages import MaturityError

from .qt import QUndoCommand

if TYPE_CHECKING:
    from assessments.scoring import Answer


class AnswerWriter(Protocol):
    """What a command needs of the session (which imports this module, not the reverse)."""

    failed: object  # a Signal(object)

    def write_answer(self, answer: Answer, reveal: bool = False) -> None: ...


TEXT_EDIT_ID = 1  # QUndoCommand.id() of text edits, which merge while typing


def with_current(answer: Answer, level: int | None) -> Answer:
    """``answer`` with a new current level: rating a question means it applies (no N/A), and
    a target below the new level is lifted to it."""
    target = answer.target
    if target is not None and level is not None and target < level:
        target = level
    return answer.with_changes(current=level, target=target, not_applicable=False)


def with_target(answer: Answer, level: int | None) -> Answer:
    return answer.with_changes(target=level)


def with_not_applicable(answer: Answer, flag: bool) -> Answer:
    """Marking N/A clears the levels (they would not count); undo brings them back."""
    if flag:
        return answer.with_changes(not_applicable=True, current=None, target=None)
    return answer.with_changes(not_applicable=False)


class SetAnswerCommand(QUndoCommand):
    """One change of one answer. Created after the change was written (``applied``), so the
    first ``redo`` that QUndoStack.push makes does nothing."""

    def __init__(
        self,
        session: AnswerWriter,
        old: Answer,
        new: Answer,
        text: str,
        merge_key: tuple[str, str] | None = None,
    ):
        super().__init__(text)
        self.session = session
        self.old = old
        self.new = new
        self.merge_key = merge_key
        self._applied = True

    def id(self) -> int:  # noqa: A003 (Qt's name)
        return TEXT_EDIT_ID if self.merge_key else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802
        if not isinstance(other, SetAnswerCommand) or other.merge_key != self.merge_key:
            return False
        self.new = other.new
        return True

    def redo(self) -> None:
        if self._applied:
            self._applied = False
            return
        self._write(self.new)

    def undo(self) -> None:
        self._write(self.old)

    def _write(self, answer: Answer) -> None:
        try:
            self.session.write_answer(answer, reveal=True)
        except MaturityError as exc:  # e.g. the assessment became final meanwhile
            self.session.failed.emit(exc)
