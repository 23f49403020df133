"""The completion summary: how much is answered, the scores per dimension and overall, what
is still open, and marking the assessment final (or back to draft)."""

from __future__ import annotations

from assessments import formatting

from . import i18n
from .qt import (
    QAbstractItemView,
    QBoxLayout,
    QEvent,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)

QUESTION_ROLE = Qt.ItemDataRole.UserRole


def _card(value: QLabel, caption: QLabel) -> QFrame:
    frame = QFrame(objectName="card")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(14, 10, 14, 10)
    layout.addWidget(value)
    layout.addWidget(caption)
    return frame


def confirm_final(parent, score) -> bool:
    """Ask once before marking final, saying what it changes (and what is still open)."""
    from .qt import QCoreApplication, QMessageBox

    lines = [
        QCoreApplication.translate("SummaryPage", "Marking the assessment final:"),
        "• "
        + QCoreApplication.translate(
            "SummaryPage", "its answers cannot be changed until it is set back to draft;"
        ),
        "• "
        + QCoreApplication.translate(
            "SummaryPage", "the report and the Excel export show it as final, not as a draft."
        ),
    ]
    open_count = score.applicable - score.answered
    if open_count > 0:
        lines += [
            "",
            QCoreApplication.translate(
                "SummaryPage",
                "{count} applicable questions are not answered yet; they stay "
                "unanswered in the scores.",
            ).format(count=open_count),
        ]
    lines += ["", QCoreApplication.translate("SummaryPage", "Mark it final?")]
    title = QCoreApplication.translate("SummaryPage", "Mark as final")
    answer = QMessageBox.question(parent, title, "\n".join(lines))
    return answer == QMessageBox.StandardButton.Yes


CARD_KEYS = ("answered", "score", "percent", "band", "target")
WIDE = 900  # narrower than this, the cards take two rows and the button goes below the status


class _Reflowing(QWidget):
    """The scrolled content: the cards and the final button reflow by width, so nothing is
    cut at 150 % on a 1366x768 screen (the page is about 560 px wide there)."""

    def __init__(self, cards: QGridLayout, final_row: QBoxLayout):
        super().__init__()
        self.cards = cards
        self.final_row = final_row
        self._widgets = [cards.itemAt(i).widget() for i in range(cards.count())]
        self._columns = len(self._widgets)

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        wide = event.size().width() >= WIDE
        columns = len(self._widgets) if wide else 3
        if columns != self._columns:
            self._columns = columns
            for widget in self._widgets:
                self.cards.removeWidget(widget)
            for index, widget in enumerate(self._widgets):
                self.cards.addWidget(widget, index // columns, index % columns)
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.final_row.direction() != direction:
            self.final_row.setDirection(direction)
        super().resizeEvent(event)


def _dimension_table() -> QTableWidget:
    """One read-only row per dimension, sized to its content: the page scrolls, not the table."""
    table = QTableWidget(0, 6)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
    table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    header = table.horizontalHeader()
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    for column in range(1, 6):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
    return table


class SummaryPage(QWidget):
    questionActivated = Signal(str)
    finalRequested = Signal(bool)  # True: mark final, False: back to draft

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._stale = True
        self.title = QLabel(objectName="pageTitle")
        self.status = QLabel()
        self.status.setWordWrap(True)

        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        cards = QGridLayout()
        cards.setSpacing(10)
        for column, key in enumerate(CARD_KEYS):
            self.values[key] = QLabel(objectName="bigNumber")
            self.captions[key] = QLabel(objectName="muted")
            self.captions[key].setWordWrap(True)
            cards.addWidget(_card(self.values[key], self.captions[key]), 0, column)

        self.table_title = QLabel(objectName="sectionTitle")
        self.table = _dimension_table()

        self.open_title = QLabel(objectName="sectionTitle")
        self.open_list = QListWidget()
        self.open_list.setWordWrap(False)
        self.open_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.open_list.setUniformItemSizes(True)
        self.open_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.open_list.itemActivated.connect(self._open_item)
        self.open_list.itemClicked.connect(self._open_item)
        self.all_done = QLabel()

        self.final_button = QPushButton(objectName="primary")
        self.final_button.clicked.connect(
            lambda: self.finalRequested.emit(not self.session.info.is_final)
        )
        self.final_hint = QLabel(objectName="muted")
        self.final_hint.setWordWrap(True)
        status_texts = QVBoxLayout()
        status_texts.setSpacing(2)
        status_texts.addWidget(self.status)
        status_texts.addWidget(self.final_hint)
        final_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        final_row.addLayout(status_texts, 1)
        final_row.addWidget(self.final_button, 0, Qt.AlignmentFlag.AlignLeft)

        content = _Reflowing(cards, final_row)
        body = QVBoxLayout(content)
        body.setContentsMargins(18, 14, 18, 14)
        body.setSpacing(10)
        body.addWidget(self.title)
        body.addLayout(final_row)
        body.addLayout(cards)
        body.addWidget(self.table_title)
        body.addWidget(self.table)
        body.addWidget(self.open_title)
        body.addWidget(self.all_done)
        body.addWidget(self.open_list)
        body.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)

        session.assessmentChanged.connect(self.refresh)
        session.answerChanged.connect(lambda _id: self.refresh())
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Summary"))
        self.captions["answered"].setText(self.tr("answered of the applicable questions"))
        self.captions["score"].setText(self.tr("overall score (0-5)"))
        self.captions["percent"].setText(self.tr("of the highest level"))
        self.captions["band"].setText(self.tr("maturity band"))
        self.captions["target"].setText(self.tr("target score (0-5)"))
        self.table_title.setText(self.tr("Dimensions"))
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Dimension"),
                self.tr("Answered"),
                self.tr("N/A"),
                self.tr("Current"),
                self.tr("Target"),
                self.tr("Gap"),
            ]
        )
        self.table.setAccessibleName(self.tr("Scores per dimension"))
        self.open_title.setText(self.tr("Unanswered questions"))
        self.open_list.setAccessibleName(self.tr("Unanswered questions"))
        self.all_done.setText(self.tr("Every applicable question is answered."))
        self.refresh()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def refresh(self) -> None:
        """Show the current numbers; while hidden, only remember to do it when shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if not self.session.has_assessment:
            return
        lang = i18n.current()
        score = self.session.score()
        info = self.session.info
        questionnaire = self.session.questionnaire
        self.values["answered"].setText(f"{score.answered} / {score.applicable}")
        self.values["score"].setText(formatting.number(score.current, lang))
        self.values["percent"].setText(formatting.percent(score.percent, lang))
        self.values["band"].setText(score.band.name(lang) if score.band else formatting.MISSING)
        self.values["target"].setText(formatting.number(score.target, lang))

        rows = [d for d in score.dimensions if d.in_scope]
        self.table.setRowCount(len(rows))
        for row, dim_score in enumerate(rows):
            name = questionnaire.dimension(dim_score.dimension_id).name.get(lang)
            cells = [
                name,
                f"{dim_score.answered}/{dim_score.questions - dim_score.not_applicable}",
                str(dim_score.not_applicable),
                formatting.number(dim_score.current, lang),
                formatting.number(dim_score.target, lang),
                formatting.number(dim_score.gap, lang),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        height = (
            self.table.horizontalHeader().height()
            + sum(self.table.rowHeight(r) for r in range(len(rows)))
            + 4
        )
        self.table.setFixedHeight(height)

        self.open_list.clear()
        open_questions = [
            q
            for q in self.session.questions()
            if not self.session.answer(q.id).answered
            and not self.session.answer(q.id).not_applicable
        ]
        for q in open_questions:
            item = QListWidgetItem(f"{q.id}  {q.text.get(lang)}")
            item.setToolTip(q.text.get(lang))
            item.setData(QUESTION_ROLE, q.id)
            self.open_list.addItem(item)
        self.open_list.setVisible(bool(open_questions))
        row_height = max(self.open_list.sizeHintForRow(0), 18)
        self.open_list.setFixedHeight(min(12, max(1, len(open_questions))) * row_height + 6)
        self.all_done.setVisible(not open_questions)

        if info.is_final:
            self.status.setText(
                self.tr("Status: final. Answers cannot be changed until it is set back to draft.")
            )
            self.final_button.setText(self.tr("Back to draft"))
            self.final_hint.setText(self.tr("Set it back to draft to change answers again."))
        else:
            self.status.setText(self.tr("Status: draft. Every change is saved as you go."))
            self.final_button.setText(self.tr("Mark as final"))
            self.final_hint.setText(
                self.tr("Mark the assessment final when the unit has agreed on its answers.")
            )
        self.final_button.setEnabled(not info.read_only)

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.questionActivated.emit(item.data(QUESTION_ROLE))
