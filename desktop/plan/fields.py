"""The editors of the plan's forms: each shows one field of a plan item and says when the user
changed it (``edited``), never while it is being loaded."""

from __future__ import annotations

import re

from ..qt import QComboBox, QCompleter, QHBoxLayout, QLineEdit, QPlainTextEdit, QWidget, Signal


def parse_number(text: str) -> float | None:
    """``1.500.000``, ``1500000,5``, ``1 500 000`` or ``1500000.5``; "" is None; else
    ValueError. Turkish writes the thousands with dots and the decimals with a comma."""
    value = text.strip().replace(" ", "").replace("\u00a0", "")
    if not value:
        return None
    if "," in value:
        value = value.replace(".", "").replace(",", ".")
    elif re.fullmatch(r"-?\d{1,3}(\.\d{3})+", value):
        value = value.replace(".", "")
    return float(value)


def number_text(value: float | None) -> str:
    if value is None:
        return ""
    if float(value).is_integer():
        return f"{int(value):,}".replace(",", ".")
    return f"{value:,.2f}".replace(",", " ").replace(".", ",").replace(" ", ".")


class LineField(QLineEdit):
    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shown = ""
        self.editingFinished.connect(self._finished)

    def load(self, value) -> None:
        self._shown = "" if value is None else str(value)
        self.setText(self._shown)
        self.setCursorPosition(0)  # a long text shows its beginning

    def value(self) -> str:
        return self.text().strip()

    def _finished(self) -> None:
        if self.text() != self._shown:
            self._shown = self.text()
            self.edited.emit()


class ListField(LineField):
    """Several names in one line, separated by ";" (a unit name may hold a comma)."""

    def load(self, value) -> None:
        super().load("; ".join(value or ()))

    def value(self) -> tuple[str, ...]:
        return tuple(part.strip() for part in self.text().split(";") if part.strip())


class UnitField(LineField):
    """A unit of the register, completed as typed (free text stays: validation names it)."""

    def set_units(self, units: list[str]) -> None:
        completer = QCompleter(units, self)
        completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
        completer.setFilterMode(completer.filterMode().MatchContains)
        self.setCompleter(completer)


class TextField(QPlainTextEdit):
    """Several lines; the change is stored when the field loses the focus."""

    edited = Signal()

    def __init__(self, parent=None, lines: bool = False):
        super().__init__(parent)
        self.lines = lines
        self._shown = ""
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)

    def load(self, value) -> None:
        self._shown = "\n".join(value) if self.lines else (value or "")
        self.setPlainText(self._shown)

    def value(self):
        text = self.toPlainText()
        if self.lines:
            return tuple(line.strip() for line in text.splitlines() if line.strip())
        return text.strip()

    def focusOutEvent(self, event):  # noqa: N802 (Qt's name)
        super().focusOutEvent(event)
        if self.toPlainText() != self._shown:
            self._shown = self.toPlainText()
            self.edited.emit()


class ChoiceField(QComboBox):
    """A fixed list (ids shown by their labels), or quarters, or targets."""

    edited = Signal()

    def __init__(self, parent=None):
        super().__init__(parent)
        self._loading = False
        self.currentIndexChanged.connect(self._changed)

    def set_choices(self, choices: list[tuple[object, str]]) -> None:
        self._loading = True
        self.clear()
        for value, label in choices:
            self.addItem(label, value)
        self._loading = False

    def load(self, value) -> None:
        self._loading = True
        index = self.findData(value)
        self.setCurrentIndex(index if index >= 0 else 0)
        self._loading = False

    def value(self):
        return self.currentData()

    def _changed(self, _index: int) -> None:
        if not self._loading:
            self.edited.emit()


class YearsField(QWidget):
    """A number per plan year (cost per year, an indicator's targets)."""

    edited = Signal()
    invalid = Signal(str)  # the text that is not a number

    def __init__(self, parent=None):
        super().__init__(parent)
        self.row = QHBoxLayout(self)
        self.row.setContentsMargins(0, 0, 0, 0)
        self.edits: dict[int, LineField] = {}

    def set_years(self, years: range) -> None:
        if list(self.edits) == list(years):
            return
        for edit in self.edits.values():
            edit.deleteLater()
        self.edits = {}
        for year in years:
            edit = LineField(self)
            edit.setPlaceholderText(str(year))
            edit.setToolTip(str(year))
            edit.setAccessibleName(str(year))
            edit.edited.connect(self.edited)
            self.row.addWidget(edit)
            self.edits[year] = edit

    def load(self, values: dict[int, float]) -> None:
        for year, edit in self.edits.items():
            edit.load(number_text(values.get(year)))

    def value(self) -> dict[int, float] | None:
        """The numbers typed (empty years left out); None after ``invalid``."""
        found = {}
        for year, edit in self.edits.items():
            try:
                number = parse_number(edit.text())
            except ValueError:
                self.invalid.emit(edit.text())
                return None
            if number is not None:
                found[year] = number
        return found
