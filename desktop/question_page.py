"""The question page: the question, its guidance, the six levels to pick from, the target,
N/A with its justification, notes and evidence.

Every pick is committed at once through the session; text fields through ``TextAutosave``.
N/A always asks for a justification written for it (the note is only offered as a start);
unticking N/A gives back the levels it cleared. Moving to another question puts the keyboard
focus on the level choices, so a digit rates and never lands in a text field.
"""

from __future__ import annotations

import html
import re
from typing import NamedTuple

from assessments import scoring
from assessments.messages import text
from assessments.scoring import EXCEL_CELL_LIMIT

from . import i18n, justification_dialog
from .autosave import TextAutosave
from .commands import with_current, with_not_applicable, with_target
from .level_option import LevelOption
from .qt import (
    QBoxLayout,
    QButtonGroup,
    QCheckBox,
    QEvent,
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    Qt,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)

LEVELS = range(6)
URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)
SIDE_PANEL_WIDTH = 330
STACK_BELOW_WIDTH = 860  # narrower than this, the side panel goes below the levels
WIDGET_SIZE_MAX = (1 << 24) - 1  # Qt's QWIDGETSIZE_MAX: no maximum
NAV_GAP = 12  # between the navigation buttons, so "Next unanswered" never touches "Next >"


class ClearedLevels(NamedTuple):
    """The levels an N/A cleared, given back when N/A is unticked."""

    current: int | None
    target: int | None


def _is_undo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo) or _combo(event) == "Ctrl+Z"


def _is_redo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or _combo(event) in (
        "Ctrl+Y",
        "Ctrl+Shift+Z",
    )


def _combo(event) -> str:
    return QKeySequence(event.keyCombination()).toString(QKeySequence.SequenceFormat.PortableText)


class _TextField(QPlainTextEdit):
    """A text box that asks for little height, so the page fits at 768 px; it grows into any
    room the side panel has.

    Keys as in a word processor: Ctrl+Z / Ctrl+Y undo and redo the typing first; once the
    field has nothing left to undo, the same keys reach the app's undo (its answers). Esc
    leaves the field for the level choices."""

    escaped = Signal()

    def __init__(self, lines: int):
        super().__init__()
        self.setTabChangesFocus(True)
        self._lines = lines

    def event(self, event):  # noqa: D102
        if event.type() == QEvent.Type.ShortcutOverride:
            document = self.document()
            if _is_undo(event) or _is_redo(event):
                # accepted: the key is ours (typing to undo); ignored: the app's undo runs
                own = document.isUndoAvailable() if _is_undo(event) else document.isRedoAvailable()
                event.setAccepted(own and not self.isReadOnly())
                return True
        return super().event(event)

    def keyPressEvent(self, event):  # noqa: N802 (Qt's name)
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            self.escaped.emit()
            return
        if _is_undo(event) or _is_redo(event):
            self.undo() if _is_undo(event) else self.redo()
            return
        super().keyPressEvent(event)

    def sizeHint(self):  # noqa: N802 (Qt's name)
        hint = super().sizeHint()
        hint.setHeight(self.fontMetrics().lineSpacing() * self._lines + 12)
        return hint

    def minimumSizeHint(self):  # noqa: N802
        return self.sizeHint()


class _Content(QWidget):
    """The scrolled content; puts the side panel beside or below the levels by width. Below,
    the panel takes the whole width: a narrower panel than the layout reckons with would be
    taller than planned and squeeze the level cards (seen at 150 % on 1366x768)."""

    def __init__(self, columns: QBoxLayout, side_panel: QWidget):
        super().__init__()
        self.columns = columns
        self.side_panel = side_panel

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        wide = event.size().width() >= STACK_BELOW_WIDTH
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)
            self.side_panel.setMaximumWidth(SIDE_PANEL_WIDTH + 80 if wide else WIDGET_SIZE_MAX)
        super().resizeEvent(event)


def _section(name: str = "sectionTitle") -> QLabel:
    return QLabel(objectName=name)


def _wrapped(name: str) -> QLabel:
    label = QLabel(objectName=name)
    label.setWordWrap(True)
    return label


def _tool_button(slot) -> QToolButton:
    button = QToolButton()
    button.setAutoRaise(True)
    button.clicked.connect(slot)
    return button


def _column(*items, spacing: int = 6) -> QVBoxLayout:
    """A vertical layout of widgets, layouts, ``int`` gaps and (widget, stretch) pairs."""
    box = QVBoxLayout()
    box.setSpacing(spacing)
    for item in items:
        if isinstance(item, int):
            box.addSpacing(item)
        elif isinstance(item, tuple):
            box.addWidget(*item)
        elif isinstance(item, QBoxLayout):
            box.addLayout(item)
        else:
            box.addWidget(item)
    return box


class QuestionPage(QWidget):
    previousRequested = Signal()
    nextRequested = Signal()
    nextUnansweredRequested = Signal()
    notice = Signal(str)  # a short message for the status bar

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.question_id: str | None = None
        self._position: tuple[int, int] | None = None
        self._cleared: dict[str, ClearedLevels] = {}  # what N/A cleared, per question
        self.meta = _section("questionMeta")
        self.text = _wrapped("questionText")
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.banner = _wrapped("banner")
        self.banner.hide()
        self.legal_note = _wrapped("legalNote")  # the practice's legal minimum, and a gap below it
        self.legal_note.hide()
        columns = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        columns.setSpacing(18)
        columns.addLayout(self._build_levels(), 3)
        columns.addWidget(self._build_side_panel(), 2)
        content = _Content(columns, self.side_panel)
        body = QVBoxLayout(content)
        body.setContentsMargins(18, 10, 18, 12)
        body.setSpacing(6)
        for widget in (self.meta, self.text, self.legal_note, self.banner):
            body.addWidget(widget)
        body.addSpacing(4)
        body.addLayout(columns, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        line.setStyleSheet("color: #d5dbe3;")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(self.scroll, 1)
        outer.addWidget(line)
        outer.addLayout(self._build_navigation())
        session.answerChanged.connect(self._answer_changed)
        session.assessmentChanged.connect(self.refresh)
        self.retranslate()

    def _build_levels(self) -> QVBoxLayout:
        """The current level: a title row with "Clear", then the six rubric cards."""
        self.levels_title = _section()
        self.clear_level = _tool_button(lambda: self.choose_level(None))
        self.level_group = QButtonGroup(self)
        self.options: list[LevelOption] = []
        title_row = QHBoxLayout()
        title_row.addWidget(self.levels_title)
        title_row.addStretch(1)
        title_row.addWidget(self.clear_level)
        for level in LEVELS:
            option = LevelOption(level)
            self.level_group.addButton(option, level)
            self.options.append(option)
        self.level_group.idClicked.connect(self._level_clicked)
        self.level_rules = _wrapped("muted")  # how to choose a level, where it is chosen
        box = _column(title_row, self.level_rules, *self.options, spacing=5)
        box.addStretch(1)
        return box

    def _build_target_row(self) -> QHBoxLayout:
        self.target_group = QButtonGroup(self)
        self.target_buttons: list[QToolButton] = []
        row = QHBoxLayout()
        row.setSpacing(4)
        for level in LEVELS:
            button = QToolButton(objectName="targetLevel")
            button.setText(str(level))
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.target_group.addButton(button, level)
            self.target_buttons.append(button)
            row.addWidget(button)
        self.clear_target = _tool_button(lambda: self.choose_target(None))
        row.addWidget(self.clear_target)
        row.addStretch(1)
        self.target_group.idClicked.connect(self.choose_target)
        return row

    def _build_side_panel(self) -> QWidget:
        """Guidance, target, N/A, notes (or the N/A justification) and evidence."""
        self.guidance_title = _section()
        self.guidance = _wrapped("guidance")
        self.target_title = _section()
        target_row = self._build_target_row()
        self.target_hint = _wrapped("muted")
        self.not_applicable = QCheckBox()
        self.not_applicable.clicked.connect(self._not_applicable_clicked)
        self.note_label, self.note = _section(), _TextField(lines=4)
        self.note_warning = _wrapped("warning")
        self.note_warning.hide()
        self.evidence_label, self.evidence = _section(), _TextField(lines=2)
        self.evidence_prompt = _wrapped("muted")  # a gentle prompt from level 3 up, never a block
        self.evidence_prompt.hide()
        for label, field in ((self.note_label, self.note), (self.evidence_label, self.evidence)):
            label.setBuddy(field)
            field.escaped.connect(self.focus_levels)
        self.links = QLabel()
        self.links.setWordWrap(True)
        self.links.setOpenExternalLinks(True)
        self.links.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.note_autosave = TextAutosave(self.note, self._commit_note)
        self.evidence_autosave = TextAutosave(self.evidence, self._commit_evidence)
        self.side_panel = QWidget()
        self.side_panel.setLayout(
            _column(
                self.guidance_title,
                self.guidance,
                4,
                self.target_title,
                target_row,
                self.target_hint,
                6,
                self.not_applicable,
                4,
                self.note_label,
                (self.note, 3),
                self.note_warning,
                4,
                self.evidence_label,
                (self.evidence, 2),
                self.evidence_prompt,
                self.links,
            )
        )
        self.side_panel.setMaximumWidth(SIDE_PANEL_WIDTH + 80)
        self.side_panel.setMinimumWidth(260)
        self.side_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        return self.side_panel

    def _build_navigation(self) -> QHBoxLayout:
        self.previous_button = QPushButton()
        self.next_button = QPushButton(objectName="primary")
        self.unanswered_button = QPushButton()
        self.position = _section("muted")
        self.previous_button.clicked.connect(self._leave_then(self.previousRequested))
        self.next_button.clicked.connect(self._leave_then(self.nextRequested))
        self.unanswered_button.clicked.connect(self._leave_then(self.nextUnansweredRequested))
        nav = QHBoxLayout()
        nav.setContentsMargins(18, 6, 18, 6)
        nav.setSpacing(NAV_GAP)
        nav.addWidget(self.previous_button)
        nav.addWidget(self.position)
        nav.addStretch(1)
        nav.addWidget(self.unanswered_button)
        nav.addWidget(self.next_button)
        return nav

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.levels_title.setText(self.tr("Current level"))
        self.guidance_title.setText(self.tr("Where to look"))
        self.clear_level.setText(self.tr("Clear"))
        self.clear_level.setToolTip(
            self.tr("Remove the current level (the question becomes unanswered)")
        )
        self.clear_level.setAccessibleName(self.tr("Clear the current level"))
        self.target_title.setText(self.tr("Target level"))
        self.clear_target.setText(self.tr("Clear"))
        self.clear_target.setAccessibleName(self.tr("Clear the target level"))
        self.target_hint.setText(
            self.tr(
                "The level your unit aims to reach. Without a target, the current level counts as "
                "the target. Levels below the current one cannot be chosen."
            )
        )
        self.not_applicable.setText(self.tr("&Not applicable (N/A): not part of our unit's work"))
        self.not_applicable.setAccessibleDescription(
            self.tr(
                "A question marked N/A does not count in the scores and needs a written "
                "justification."
            )
        )
        self.evidence_label.setText(self.tr("Evidence (documents, lin&ks)"))
        self.evidence.setPlaceholderText(self.tr("e.g. Activity report 2025, p. 14 or https://..."))
        self.evidence.setAccessibleName(self.tr("Evidence"))
        self.previous_button.setText(self.tr("< Previous"))
        self.previous_button.setToolTip(self.tr("Previous question (Page Up)"))
        self.next_button.setText(self.tr("Next >"))
        self.next_button.setToolTip(self.tr("Next question (Page Down)"))
        self.unanswered_button.setText(self.tr("Next unanswered"))
        self.unanswered_button.setToolTip(self.tr("Next unanswered question (Ctrl+U)"))
        self.scroll.setAccessibleName(self.tr("Question"))
        if self._position:
            self.set_position_text(*self._position)
        self._show_texts()
        self.refresh()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _show_texts(self) -> None:
        q = self._question()
        if q is None:
            return
        lang = i18n.current()
        questionnaire = self.session.questionnaire
        dimension = questionnaire.dimension(q.dimension_id)
        self.meta.setText(f"{q.id} · {dimension.name.get(lang)}")
        self.text.setText(q.text.get(lang))
        guidance = q.guidance.get(lang)
        self.guidance.setText(guidance)
        self.guidance.setVisible(bool(guidance))
        self.guidance_title.setVisible(bool(guidance))
        self.text.setAccessibleName(q.text.get(lang))
        rules = questionnaire.level_rules.get(lang) or questionnaire.level_rules.get("en", ())
        self.level_rules.setText("\n".join(f"• {rule}" for rule in rules))
        self.level_rules.setVisible(bool(rules))
        for option in self.options:
            name = questionnaire.level_name(option.level, lang)
            option.set_texts(
                name,
                q.level_text(option.level, lang),
                self.tr("Level {level}: {name}").format(level=option.level, name=name),
            )
        for button in self.target_buttons:
            name = questionnaire.level_name(self.target_group.id(button), lang)
            text = self.tr("Target level {level}: {name}").format(
                level=self.target_group.id(button), name=name
            )
            button.setToolTip(text)
            button.setAccessibleName(text)

    # -- showing a question ---------------------------------------------------------------

    def _question(self):
        if self.question_id is None or self.session.questionnaire is None:
            return None
        return self.session.questionnaire.question(self.question_id)

    def show_question(self, question_id: str) -> None:
        self.flush()
        self.question_id = question_id
        self.note_warning.hide()
        self._show_texts()
        self.refresh()
        self.scroll.verticalScrollBar().setValue(0)
        if self.isVisible():
            # focus never stays in the previous question's text field: the next digit rates
            self.focus_levels()

    def focus_levels(self) -> None:
        """Keyboard focus on the chosen level (or level 0), where digits and arrows work."""
        checked = self.level_group.checkedButton()
        (checked or self.options[0]).setFocus(Qt.FocusReason.OtherFocusReason)

    def set_position_text(self, index: int, total: int) -> None:
        self._position = (index, total)
        self.position.setText(
            self.tr("Question {index} of {total}").format(index=index, total=total)
        )

    def refresh(self) -> None:
        q = self._question()
        if q is None or not self.session.has_assessment:
            return
        answer = self.session.answer(q.id)
        editable = self.session.editable
        self.level_group.setExclusive(False)
        for option in self.options:
            option.setChecked(answer.current == option.level)
            option.setEnabled(editable)
        self.level_group.setExclusive(True)
        self.clear_level.setEnabled(editable and answer.current is not None)
        self.target_group.setExclusive(False)
        for button in self.target_buttons:
            level = self.target_group.id(button)
            button.setChecked(answer.target == level)
            below = answer.current is not None and level < answer.current
            button.setEnabled(editable and not below and not answer.not_applicable)
        self.target_group.setExclusive(True)
        self.clear_target.setEnabled(editable and answer.target is not None)
        na = answer.not_applicable
        self.not_applicable.setChecked(na)
        self.not_applicable.setEnabled(editable)
        if na:
            self.note_label.setText(self.tr("Justificati&on (required for N/A)"))
            self.note.setPlaceholderText(self.tr("Why does this question not apply to your unit?"))
            self.note.setAccessibleName(self.tr("Justification for N/A"))
        else:
            self.note_label.setText(self.tr("N&otes"))
            self.note.setPlaceholderText(self.tr("Current situation, plans, who is responsible..."))
            self.note.setAccessibleName(self.tr("Notes"))
        if not self.note_autosave.pending:
            self.note_autosave.load(answer.note)
        if not self.evidence_autosave.pending:
            self.evidence_autosave.load(answer.evidence)
        self.note.setReadOnly(not editable)
        self.evidence.setReadOnly(not editable)
        self._show_links(self.evidence.toPlainText())
        self._show_banner()
        self._show_legal_and_evidence(q, answer)

    def _show_legal_and_evidence(self, q, answer) -> None:
        """The legal minimum of the practice (a compliance gap when the level is below it) and
        the gentle evidence prompt (scoring.needs_evidence_prompt)."""
        lang = i18n.current()
        questionnaire = self.session.questionnaire
        minimum = q.legal_minimum
        if minimum is None:
            self.legal_note.hide()
        else:
            lines = [
                text(
                    "a.legal_minimum",
                    lang,
                    level=minimum.level,
                    name=questionnaire.level_name(minimum.level, lang),
                    basis=minimum.basis.get(lang),
                )
            ]
            below = answer.answered and answer.current < minimum.level
            if below:
                lines.append(
                    text("a.below_legal_minimum", lang, current=answer.current, level=minimum.level)
                )
            self.legal_note.setText("\n".join(lines))
            self.legal_note.setProperty("gap", below)
            self.legal_note.style().unpolish(self.legal_note)
            self.legal_note.style().polish(self.legal_note)
            self.legal_note.show()
        prompt = scoring.needs_evidence_prompt(questionnaire, answer) and self.session.editable
        if prompt:
            self.evidence_prompt.setText(
                text("a.evidence_prompt", lang, level=questionnaire.evidence_from_level)
            )
        self.evidence_prompt.setVisible(prompt)

    def _show_banner(self) -> None:
        info = self.session.info
        if info is None:
            self.banner.hide()
        elif info.read_only:
            self.banner.setText(
                self.tr("This assessment was imported from a unit's file and is read-only.")
            )
            self.banner.show()
        elif info.is_final:
            self.banner.setText(
                self.tr(
                    "This assessment is final. To change answers, set it back to draft on the "
                    "Summary page."
                )
            )
            self.banner.show()
        else:
            self.banner.hide()

    def _show_links(self, text: str) -> None:
        urls = URL.findall(text)
        if not urls:
            self.links.hide()
            return
        anchors = ", ".join(f'<a href="{html.escape(u)}">{html.escape(u)}</a>' for u in urls)
        self.links.setText(self.tr("Links:") + " " + anchors)
        self.links.show()

    def _answer_changed(self, question_id: str) -> None:
        if question_id == self.question_id:
            self.refresh()

    # -- changes --------------------------------------------------------------------------

    def flush(self) -> None:
        """Commit typed text now (before leaving the question or closing)."""
        if self.question_id is None:
            return
        self.note_autosave.flush()
        self.evidence_autosave.flush()

    def _leave_then(self, signal):
        def handler() -> None:
            self.flush()
            signal.emit()

        return handler

    def _level_clicked(self, level: int) -> None:
        self.choose_level(level)

    def choose_level(self, level: int | None) -> bool:
        """Set the current level (None clears it); True when stored."""
        if self.question_id is None or not self.session.editable:
            return False
        self.flush()
        answer = self.session.answer(self.question_id)
        self._cleared.pop(self.question_id, None)
        text = self.tr("Clear level of {id}") if level is None else self.tr("Set level of {id}")
        new = with_current(answer, level)
        stored = self.session.commit(new, text.format(id=self.question_id))
        self._refresh_unless_announced(stored, new != answer)
        return stored

    def choose_target(self, level: int | None) -> bool:
        if self.question_id is None or not self.session.editable:
            return False
        answer = self.session.answer(self.question_id)
        if level is not None and answer.current is not None and level < answer.current:
            self.refresh()
            return False
        new = with_target(answer, level)
        stored = self.session.commit(new, self.tr("Set target of {id}").format(id=self.question_id))
        self._refresh_unless_announced(stored, new != answer)
        return stored

    def _refresh_unless_announced(self, stored: bool, changed: bool) -> None:
        """A stored change reaches the page through ``session.answerChanged``; refresh here only
        when nothing was announced (refused, or nothing changed), so the page redraws once."""
        if not (stored and changed):
            self.refresh()

    def _not_applicable_clicked(self, checked: bool) -> None:
        if self.question_id is None or not self.session.editable:
            return
        self.note_autosave.flush()
        answer = self.session.answer(self.question_id)
        if checked:
            self._mark_not_applicable(answer)
        elif answer.not_applicable:
            cleared = self._cleared.pop(self.question_id, None)
            restored = with_not_applicable(answer, False)
            if cleared is not None:  # give back the levels N/A took away
                restored = restored.with_changes(current=cleared.current, target=cleared.target)
            stored = self.session.commit(
                restored, self.tr("Unmark N/A of {id}").format(id=self.question_id)
            )
            self.note_warning.hide()
            self._refresh_unless_announced(stored, restored != answer)
            return
        self.note_warning.hide()
        self.refresh()

    def _mark_not_applicable(self, answer) -> None:
        """Ask for a justification written for the N/A (the note is only offered as a start)."""
        q = self._question()
        asked = f"{q.id} · {q.text.get(i18n.current())}"
        justification = justification_dialog.ask(self, asked, answer.note)
        if justification is None:
            return  # cancelled: refresh() unticks the box, nothing changed
        levels = ClearedLevels(answer.current, answer.target)
        stored = self.session.commit(
            with_not_applicable(answer.with_changes(note=justification), True),
            self.tr("Mark {id} as N/A").format(id=self.question_id),
        )
        if stored and levels != ClearedLevels(None, None):
            self._cleared[self.question_id] = levels

    def _too_long(self, text: str) -> bool:
        if len(text) <= EXCEL_CELL_LIMIT:
            return False
        self.note_warning.setText(
            self.tr("At most {limit} characters fit; the text was not saved.").format(
                limit=f"{EXCEL_CELL_LIMIT:,}".replace(",", ".")
            )
        )
        self.note_warning.show()
        return True

    def _commit_note(self, text: str) -> bool | None:
        if self.question_id is None or not self.session.editable or self._too_long(text):
            return
        answer = self.session.answer(self.question_id)
        if answer.not_applicable and not text.strip():
            self.note_warning.setText(
                self.tr(
                    "An N/A answer needs a justification; the previous one is kept. Untick N/A to "
                    "remove it."
                )
            )
            self.note_warning.show()
            return
        self.note_warning.hide()
        return self.session.commit(
            answer.with_changes(note=text),
            self.tr("Edit note of {id}").format(id=self.question_id),
            merge_key=(self.question_id, "note"),
        )

    def _commit_evidence(self, text: str) -> bool | None:
        self._show_links(text)
        if self.question_id is None or not self.session.editable or self._too_long(text):
            return
        answer = self.session.answer(self.question_id)
        return self.session.commit(
            answer.with_changes(evidence=text),
            self.tr("Edit evidence of {id}").format(id=self.question_id),
            merge_key=(self.question_id, "evidence"),
        )
