"""Commit a text field shortly after the last keystroke, and whenever it loses focus.

Typing into notes does not write the database at every key, yet nothing typed is lost: the
text is committed 400 ms after typing stops, when focus leaves the field, and on ``flush()``
(the page calls it before showing another question and when the window closes).
"""

from __future__ import annotations

from collections.abc import Callable

from .qt import QEvent, QObject, QPlainTextEdit, QTimer

DEBOUNCE_MS = 400


class TextAutosave(QObject):
    def __init__(
        self,
        editor: QPlainTextEdit,
        commit: Callable[[str], bool | None],
        delay_ms: int = DEBOUNCE_MS,
    ):
        super().__init__(editor)
        self.editor = editor
        self._commit = commit
        self._dirty = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        editor.textChanged.connect(self._changed)
        editor.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return self._dirty

    def load(self, text: str) -> None:
        """Show stored text without treating it as an edit (keeps the cursor if unchanged)."""
        self._timer.stop()
        self._dirty = False
        if self.editor.toPlainText() == text:
            return
        self._loading = True
        try:
            self.editor.setPlainText(text)
        finally:
            self._loading = False

    def flush(self) -> None:
        self._timer.stop()
        if self._dirty:
            self._dirty = False
            if self._commit(self.editor.toPlainText()) is False:
                # Refused (disk full, read-only...): the text stays pending, so the next
                # keystroke, focus change or the close retries it; typed text is never dropped.
                self._dirty = True

    def _changed(self) -> None:
        if self._loading:
            return
        self._dirty = True
        self._timer.start()

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.FocusOut:
            self.flush()
        return False
