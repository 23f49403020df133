"""The open database and the assessment being worked on: the one way data flows.

A view calls the session (``commit`` an answer, ``set_status``...), the session calls the core
(``Store``), the store commits, and the session's signals tell every view to refresh. Views
never write to the store themselves. The store is opened by ``open()``, after the window's
first paint, because importing and opening it costs start-up time.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assessments.messages import MaturityError

from .qt import QObject, QUndoStack, Signal

if TYPE_CHECKING:  # the core's modules load with the database, after the first paint
    from assessments.questionnaire import Question, Questionnaire
    from assessments.scoring import Answer, AssessmentScore
    from assessments.store import AssessmentInfo, Store

log = logging.getLogger(__name__)

# Refusals after which the change stays on screen, unsaved, instead of the stored answer: the
# database file is gone or was replaced, so what is stored is no longer the user's truth.
KEEP_ON_SCREEN = frozenset({"s.database_gone"})


class Session(QObject):
    ready = Signal()  # the database is open and the questionnaire loaded
    assessmentChanged = Signal()  # another assessment is open (or none), or its details changed
    answerChanged = Signal(str)  # question id
    saved = Signal(str)  # local time of the last commit, "15:42:07"
    failed = Signal(object)  # a MaturityError for the user
    revealRequested = Signal(str)  # undo/redo changed this question: show it
    unsavedChanged = Signal()  # a change is on screen but not in the database (or no more)

    def __init__(self, db_path: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.store: Store | None = None
        self.questionnaire: Questionnaire | None = None
        self.info: AssessmentInfo | None = None
        self._answers: dict[str, Answer] = {}
        self._unsaved: dict[str, Answer] = {}  # refused writes kept on screen (KEEP_ON_SCREEN)
        self._score: AssessmentScore | None = None
        self.undo_stack = QUndoStack(self)

    # -- database -------------------------------------------------------------------------

    def open(self) -> None:
        """Open the database and load the questionnaire; raises MaturityError."""
        from assessments.loader import bundled_questionnaire
        from assessments.store import Store

        self.questionnaire = bundled_questionnaire()
        self.store = Store(self.db_path)
        log.info("database open: %s", self.db_path)
        self.ready.emit()

    @property
    def is_open(self) -> bool:
        return self.store is not None

    def close(self) -> None:
        self.undo_stack.clear()
        if self.store is not None:
            self.store.close()
            self.store = None

    def assessments(self) -> list[AssessmentInfo]:
        return self.store.assessments() if self.store else []

    def unit_names(self) -> list[str]:
        return [u.name for u in self.store.units()] if self.store else []

    def overview(self, info: AssessmentInfo) -> AssessmentScore:
        """The score of any assessment in the database (for the start page)."""
        from assessments.scoring import score_assessment

        return score_assessment(self.questionnaire, self.store.answers(info.uuid), info.out_of_scope)

    # -- the current assessment -----------------------------------------------------------

    @property
    def has_assessment(self) -> bool:
        return self.info is not None

    @property
    def editable(self) -> bool:
        return self.info is not None and not self.info.is_final and not self.info.read_only

    def create_assessment(self, unit: str, round: str, respondent: str,
                          out_of_scope: list[str]) -> AssessmentInfo:
        info = self.store.create_assessment(unit, round, self.questionnaire, respondent=respondent,
                                            out_of_scope=out_of_scope)
        log.info("assessment created: %s %s (%s)", info.unit, info.round, info.uuid)
        self.open_assessment(info.uuid)
        return info

    def open_assessment(self, uuid: str) -> None:
        self.info = self.store.assessment(uuid)
        self._answers = self.store.answers(uuid)
        self._score = None
        self.undo_stack.clear()
        self.assessmentChanged.emit()

    def close_assessment(self) -> None:
        self.info = None
        self._answers = {}
        self._score = None
        self.undo_stack.clear()
        self.assessmentChanged.emit()

    def update_details(self, respondent: str, out_of_scope: list[str]) -> None:
        self.info = self.store.update_assessment(self.info.uuid, questionnaire=self.questionnaire,
                                                 respondent=respondent, out_of_scope=out_of_scope)
        self._score = None
        self._saved()
        self.assessmentChanged.emit()

    def set_status(self, status: str) -> None:
        """"final" or "draft". Not undoable: the undo history ends here."""
        self.info = self.store.update_assessment(self.info.uuid, status=status)
        self.undo_stack.clear()
        self._saved()
        self.assessmentChanged.emit()

    def set_position(self, question_id: str | None) -> None:
        if self.info is None or self.info.position == question_id:
            return
        self.store.set_position(self.info.uuid, question_id)
        self.info = self.store.assessment(self.info.uuid)

    # -- answers --------------------------------------------------------------------------

    def answer(self, question_id: str) -> Answer:
        """The answer as shown: a change the database refused (``unsaved``), else the stored."""
        from assessments.scoring import Answer

        return (self._unsaved.get(question_id) or self._answers.get(question_id)
                or Answer(question_id))

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

            self._score = score_assessment(self.questionnaire, self._answers,
                                           self.info.out_of_scope if self.info else ())
        return self._score

    def in_scope(self, question: Question) -> bool:
        return self.info is not None and question.dimension_id not in self.info.out_of_scope

    def questions(self) -> list[Question]:
        """The questions to walk through: those of the dimensions in scope, in order."""
        if self.questionnaire is None:
            return []
        return [q for q in self.questionnaire.questions if self.in_scope(q)]

    def commit(self, new: Answer, text: str, merge_key: tuple[str, str] | None = None) -> bool:
        """Write a changed answer now and make it undoable; False (and ``failed``) if refused."""
        old = self.answer(new.question_id)
        if new == old:
            return True
        try:
            self.write_answer(new)
        except MaturityError as exc:
            if exc.code in KEEP_ON_SCREEN:
                self._unsaved[new.question_id] = new
                self.unsavedChanged.emit()
                self.answerChanged.emit(new.question_id)
            self.failed.emit(exc)
            return False
        from .commands import SetAnswerCommand

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

    def _saved(self) -> None:
        self.saved.emit(datetime.now().strftime("%H:%M:%S"))
