"""The open assessment: a header (unit, round, progress), the dimension navigator on the left
and, on the right, tabs for the questions, the summary and the results.

Navigation lives here: previous/next, next unanswered, digit-and-advance. The position is
stored after every move, so the assessment reopens where the user left it.
"""

from __future__ import annotations

from assessments import formatting

from . import i18n
from .navigator import Navigator
from .qt import (
    QEvent,
    QLabel,
    QProgressBar,
    QPushButton,
    QSplitter,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .question_page import QuestionPage
from .reflow_row import ReflowRow
from .results_page import ResultsPage
from .summary_page import SummaryPage

QUESTIONS_TAB, SUMMARY_TAB, RESULTS_TAB = range(3)
NAVIGATOR_WIDTH = 360


class AssessmentView(QWidget):
    detailsRequested = Signal()
    finalRequested = Signal(bool)
    notice = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._uuid: str | None = None
        self.unit = QLabel(objectName="sectionTitle")
        self.details = QLabel(objectName="muted")
        self.progress = QProgressBar()
        self.progress.setFixedWidth(150)
        self.progress.setFixedHeight(10)
        self.progress.setTextVisible(False)
        self.progress_text = QLabel(objectName="muted")
        self.details_button = QPushButton()
        self.details_button.clicked.connect(self.detailsRequested)
        self.header = ReflowRow(
            first=[self.unit],
            second=[self.details, self.progress_text, self.progress],
            trailing=[self.details_button],
        )

        self.navigator = Navigator(session)
        self.question_page = QuestionPage(session)
        self.summary_page = SummaryPage(session)
        self.results_page = ResultsPage(session)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.question_page, "")
        self.tabs.addTab(self.summary_page, "")
        self.tabs.addTab(self.results_page, "")
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.navigator)
        self.splitter.addWidget(self.tabs)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([NAVIGATOR_WIDTH, 1000])
        self.splitter.setChildrenCollapsible(False)
        self.navigator.setMinimumWidth(220)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.header)
        layout.addWidget(self.splitter, 1)

        self.navigator.questionActivated.connect(self.go_to)
        self.summary_page.questionActivated.connect(self.go_to)
        self.summary_page.finalRequested.connect(self.finalRequested)
        self.question_page.previousRequested.connect(self.go_previous)
        self.question_page.nextRequested.connect(self.go_next)
        self.question_page.nextUnansweredRequested.connect(self.go_next_unanswered)
        self.question_page.notice.connect(self.notice)
        self.tabs.currentChanged.connect(self._tab_changed)
        session.assessmentChanged.connect(self._assessment_changed)
        session.answerChanged.connect(lambda _id: self._show_header())
        session.revealRequested.connect(self.go_to)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(QUESTIONS_TAB, self.tr("Questions"))
        self.tabs.setTabText(SUMMARY_TAB, self.tr("Summary"))
        self.tabs.setTabText(RESULTS_TAB, self.tr("Results"))
        self.details_button.setText(self.tr("Details..."))
        self.details_button.setToolTip(self.tr("Respondent and dimensions in scope"))
        self.progress.setAccessibleName(self.tr("Progress"))
        self._show_header()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ----------------------------------------------------------------------------

    @property
    def current_question_id(self) -> str | None:
        return self.question_page.question_id

    def _assessment_changed(self) -> None:
        info = self.session.info
        if info is None:
            self._uuid = None
            return
        self._show_header()
        ids = [q.id for q in self.session.questions()]
        if info.uuid != self._uuid:  # another assessment: reopen where the user left it
            self._uuid = info.uuid
            self.question_page.question_id = None
            start = info.position if info.position in ids else self._first_open(ids)
            self.tabs.setCurrentIndex(QUESTIONS_TAB)
            if start:
                self.go_to(start)
        elif self.current_question_id not in ids and ids:  # its dimension left the scope
            self.go_to(self._first_open(ids))

    def _first_open(self, ids: list[str]) -> str | None:
        for question_id in ids:
            answer = self.session.answer(question_id)
            if not answer.answered and not answer.not_applicable:
                return question_id
        return ids[0] if ids else None

    def _show_header(self) -> None:
        info = self.session.info
        if info is None:
            return
        lang = i18n.current()
        self.unit.setText(info.unit)
        status = (
            self.tr("imported, read-only")
            if info.read_only
            else self.tr("final")
            if info.is_final
            else self.tr("draft")
        )
        parts = [self.tr("Round {round}").format(round=info.round)]
        if info.respondent:
            parts.append(self.tr("Respondent: {name}").format(name=info.respondent))
        parts.append(status)
        self.details.setText(" · ".join(parts))
        self.details_button.setEnabled(self.session.editable)
        score = self.session.score()
        self.progress.setRange(0, max(score.applicable, 1))
        self.progress.setValue(score.answered)
        text = self.tr("{answered} of {applicable} answered ({percent})").format(
            answered=score.answered,
            applicable=score.applicable,
            percent=formatting.fraction(score.completeness, lang),
        )
        self.progress_text.setText(text)
        self.progress.setAccessibleDescription(text)
        self.header.reflow()

    # -- navigation -----------------------------------------------------------------------

    def go_to(self, question_id: str) -> None:
        ids = [q.id for q in self.session.questions()]
        if question_id not in ids:
            return
        self.tabs.setCurrentIndex(QUESTIONS_TAB)
        if question_id != self.current_question_id:
            self.question_page.show_question(question_id)
        self.question_page.set_position_text(ids.index(question_id) + 1, len(ids))
        self.navigator.select_question(question_id)
        self.session.set_position(question_id)

    def _step(self, delta: int) -> None:
        ids = [q.id for q in self.session.questions()]
        if not ids:
            return
        if self.tabs.currentIndex() != QUESTIONS_TAB:
            if delta < 0 and self.tabs.currentIndex() == SUMMARY_TAB:
                self.go_to(ids[-1])
            return
        index = ids.index(self.current_question_id) if self.current_question_id in ids else -1
        target = index + delta
        if target >= len(ids):
            self.show_summary()
        elif target >= 0:
            self.go_to(ids[target])

    def go_next(self) -> None:
        self._step(1)

    def go_previous(self) -> None:
        self._step(-1)

    def go_next_unanswered(self) -> None:
        self.question_page.flush()
        ids = [q.id for q in self.session.questions()]
        if not ids:
            return
        start = ids.index(self.current_question_id) + 1 if self.current_question_id in ids else 0
        for question_id in ids[start:] + ids[:start]:
            answer = self.session.answer(question_id)
            if not answer.answered and not answer.not_applicable:
                self.go_to(question_id)
                return
        self.show_summary()
        self.notice.emit(self.tr("Every applicable question is answered."))

    def answer_and_advance(self, level: int) -> bool:
        """The digit keys: set the current level, then move to the next question."""
        if self.tabs.currentIndex() != QUESTIONS_TAB or self.current_question_id is None:
            return False
        if self.question_page.choose_level(level):
            self.go_next()
            return True
        return False

    def set_target(self, level: int) -> bool:
        if self.tabs.currentIndex() != QUESTIONS_TAB:
            return False
        return self.question_page.choose_target(level)

    def show_summary(self) -> None:
        self.question_page.flush()
        self.tabs.setCurrentIndex(SUMMARY_TAB)

    def show_results(self) -> None:
        self.question_page.flush()
        self.tabs.setCurrentIndex(RESULTS_TAB)

    def show_questions(self) -> None:
        self.tabs.setCurrentIndex(QUESTIONS_TAB)

    def _tab_changed(self, index: int) -> None:
        if index != QUESTIONS_TAB:
            self.question_page.flush()
        elif self.current_question_id is None:
            ids = [q.id for q in self.session.questions()]
            if ids:
                self.go_to(self._first_open(ids))

    def flush(self) -> None:
        self.question_page.flush()
