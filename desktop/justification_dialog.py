"""The N/A justification: asked every time N/A is ticked, never taken silently from the note.

An existing note is offered as the starting text (selected, so typing replaces it); OK stays
disabled until there is a word. Ctrl+Enter accepts, as Enter makes a new line in the text.
"""

from __future__ import annotations

from .qt import QDialog, QDialogButtonBox, QKeySequence, QLabel, QPlainTextEdit, QVBoxLayout


class JustificationDialog(QDialog):
    def __init__(self, question: str, start: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Not applicable (N/A): justification"))
        self.setMinimumWidth(min(520, _screen_width(parent) - 40))
        intro = QLabel(
            self.tr(
                "Why does this question not apply to your unit? An N/A question "
                "does not count in the scores; the justification is shown in the "
                "report and the workbooks."
            )
        )
        intro.setWordWrap(True)
        asked = QLabel(question, objectName="sectionTitle")
        asked.setWordWrap(True)
        self.text = QPlainTextEdit()
        self.text.setTabChangesFocus(True)
        self.text.setPlainText(start)
        self.text.selectAll()
        self.text.setAccessibleName(self.tr("Justification for N/A"))
        self.offered = QLabel(objectName="muted")
        self.offered.setWordWrap(True)
        self.offered.setText(
            self.tr(
                "The question's note is offered as a start: keep it only "
                "if it says why the question does not apply."
            )
            if start.strip()
            else ""
        )
        self.offered.setVisible(bool(start.strip()))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Mark as N/A"))
        self.ok.setShortcut(QKeySequence("Ctrl+Return"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.text.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        for widget in (intro, asked, self.text, self.offered, self.buttons):
            layout.addWidget(widget)
        self._changed()
        self.text.setFocus()

    def _changed(self) -> None:
        self.ok.setEnabled(bool(self.justification()))

    def justification(self) -> str:
        return self.text.toPlainText().strip()


def _screen_width(widget) -> int:
    screen = widget.screen() if widget is not None else None
    return screen.availableGeometry().width() if screen is not None else 1024


def ask(parent, question: str, start: str) -> str | None:
    """The justification the user wrote (stripped), or None when cancelled."""
    dialog = JustificationDialog(question, start, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or not dialog.justification():
        return None
    return dialog.justification()
