"""A header row that wraps onto a second line when the window is too narrow for it.

At 150 % scaling on a 1366x768 laptop the window is 910 logical pixels wide: the assessment
header (unit, round and respondent, progress, the details button) no longer fits on one line
and Qt would clip the labels. This widget lays the same widgets out on one row while they fit
and on two rows (the title and its buttons first, the details below) when they do not, so no
text is ever cut.
"""

from __future__ import annotations

from .qt import QHBoxLayout, QVBoxLayout, QWidget

MARGIN_X, MARGIN_Y, SPACING = 14, 6, 10


class ReflowRow(QWidget):
    """``first`` widgets lead the top row, ``trailing`` end it; ``second`` widgets join the
    top row when everything fits (the first of them stretches) and form a row below when not."""

    def __init__(self, first, second, trailing, parent=None):
        super().__init__(parent)
        self._first, self._second, self._trailing = list(first), list(second), list(trailing)
        self._rows = [QHBoxLayout(), QHBoxLayout()]
        outer = QVBoxLayout(self)
        outer.setContentsMargins(MARGIN_X, MARGIN_Y, MARGIN_X, MARGIN_Y)
        outer.setSpacing(4)
        for row in self._rows:
            row.setContentsMargins(0, 0, 0, 0)
            row.setSpacing(SPACING)
            outer.addLayout(row)
        self._two_rows: bool | None = None
        self._arrange(False)

    @property
    def wrapped(self) -> bool:
        return bool(self._two_rows)

    def one_row_width(self) -> int:
        """The width all the widgets need side by side, with margins and spacing."""
        widgets = [w for w in self._first + self._second + self._trailing if not w.isHidden()]
        hints = sum(w.sizeHint().width() for w in widgets)
        return hints + SPACING * max(len(widgets) - 1, 0) + 2 * MARGIN_X

    def reflow(self) -> None:
        """Call after a label's text changed: it may now fit, or no longer fit, on one row."""
        self._arrange(self.one_row_width() > self.width())

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        self.reflow()

    def _arrange(self, two_rows: bool) -> None:
        if two_rows == self._two_rows:
            return
        self._two_rows = two_rows
        for row in self._rows:
            while row.count():
                row.takeAt(0)  # the widgets stay ours; only their places are cleared
        top, bottom = self._rows
        for widget in self._first:
            top.addWidget(widget)
        if two_rows:
            top.addStretch(1)
            for index, widget in enumerate(self._second):
                bottom.addWidget(widget, 1 if index == 0 else 0)
        else:
            for index, widget in enumerate(self._second):
                top.addWidget(widget, 1 if index == 0 else 0)
        for widget in self._trailing:
            top.addWidget(widget)
        self.updateGeometry()


def grid_columns(widths: list[int], available: int, spacing: int) -> int:
    """The most columns a row-major grid of items this wide can have within ``available``
    pixels (each column as wide as its widest item); at least one."""
    for columns in range(len(widths), 1, -1):
        column_widths = [max(widths[i::columns]) for i in range(columns)]
        if sum(column_widths) + spacing * (columns - 1) <= available:
            return columns
    return 1


def place_in_grid(grid, widgets, columns: int) -> None:
    """Put ``widgets`` row by row into ``grid`` with ``columns`` per row (moving them if they
    already sit elsewhere in it), the columns sharing the width equally."""
    for widget in widgets:
        grid.removeWidget(widget)
    for index, widget in enumerate(widgets):
        grid.addWidget(widget, index // columns, index % columns)
    for column in range(max(len(widgets), grid.columnCount())):
        grid.setColumnStretch(column, 1 if column < columns else 0)
