"""The import log as a Qt table model: one row per file with its status (a coloured mark and the
word, so colour is never the only cue), the reason in the user's language, unit, round and a
short SHA-256; and the proxy that sorts it (Turkish alphabetical order) and filters it by status
and by a Turkish-aware search in file and unit names.

Rows are the core's ``FileOutcome`` (a merge just run) or ``LogEntry`` (the log kept in the
database): both have path, status, reasons, sha256, unit and round. Texts are made when shown,
so a language switch only needs ``retranslate()``.
"""

from __future__ import annotations

from pathlib import PurePath

from assessments import turkish

from . import i18n
from .qt import (
    QAbstractTableModel,
    QColor,
    QIcon,
    QModelIndex,
    QPainter,
    QPen,
    QPixmap,
    QPoint,
    QRectF,
    QSortFilterProxyModel,
    QStyledItemDelegate,
    Qt,
)

FILE, STATUS, UNIT, ROUND, REASON, SHA = range(6)  # reason next to the stretch
COLUMNS = 6
SHA_SHOWN = 12  # hex digits in the table; the tooltip has all 64
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
STATUS_ROLE = Qt.ItemDataRole.UserRole + 2

# In the order the core lists them (outcome.STATUSES); colours readable on white and on the
# row tints below.
STATUS_COLOURS = {
    "accepted": "#1e7b34",
    "flagged": "#9a4a00",
    "duplicate": "#5f6b7a",
    "superseded": "#5f6b7a",
    "conflict": "#b35900",
    "rejected": "#b3261e",
}
ROW_TINTS = {"rejected": "#fdeceb", "conflict": "#fff4e0", "flagged": "#fff4e0"}
PROBLEMS = frozenset({"rejected", "conflict", "flagged"})  # what the coordinator must look at


def _statuses() -> tuple[str, ...]:
    from assessments.merge.outcome import STATUSES

    return STATUSES


def status_text(status: str, lang: str | None = None) -> str:
    from assessments.merge.outcome import status_label

    return status_label(status, lang or i18n.current())


def reason_lines(row, lang: str | None = None) -> list[str]:
    from assessments.merge.outcome import reason_text

    lang = lang or i18n.current()
    return [reason_text(problem, lang) for problem in row.reasons]


_icons: dict[str, QIcon] = {}


def status_icon(status: str) -> QIcon:
    """A small coloured disc with a white mark: a tick, "!", "=", a dash or a cross."""
    if status not in _icons:
        size = 16
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(STATUS_COLOURS.get(status, "#5f6b7a")))
        painter.drawEllipse(QRectF(1, 1, size - 2, size - 2))
        pen = QPen(QColor("white"), 1.8)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        painter.setPen(pen)
        if status == "accepted":
            painter.drawPolyline([QPoint(4, 8), QPoint(7, 11), QPoint(12, 5)])
        elif status in ("flagged", "conflict"):
            painter.drawLine(8, 4, 8, 9)
            painter.drawPoint(8, 12)
        elif status == "duplicate":
            painter.drawLine(5, 6, 11, 6)
            painter.drawLine(5, 10, 11, 10)
        elif status == "superseded":
            painter.drawLine(5, 8, 11, 8)
        else:
            painter.drawLine(5, 5, 11, 11)
            painter.drawLine(11, 5, 5, 11)
        painter.end()
        _icons[status] = QIcon(pixmap)
    return _icons[status]


class ImportLogModel(QAbstractTableModel):
    """The files of a merge (or of the database's log) with their outcome."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []
        self._ranks: list[list[int]] = [[] for _ in range(COLUMNS)]  # sort position per column

    # -- content ------------------------------------------------------------------------------

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self._rank()
        self.endResetModel()

    def row(self, index: int):
        return self._rows[index]

    @property
    def rows(self) -> list:
        return list(self._rows)

    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(_statuses(), 0)
        for row in self._rows:
            found[row.status] = found.get(row.status, 0) + 1
        return found

    def retranslate(self) -> None:
        """Texts in the new language (the order by reason changes with it)."""
        self.layoutAboutToBeChanged.emit()
        self._rank()
        self.layoutChanged.emit()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, COLUMNS - 1)

    def _rank(self) -> None:
        """Sort keys as plain ints, so the proxy sorts in C++ by Turkish order."""
        from assessments.clock import round_key

        order = {status: n for n, status in enumerate(_statuses())}
        keys = {
            FILE: lambda r: turkish.sort_key(PurePath(r.path).name),
            STATUS: lambda r: order.get(r.status, len(order)),
            REASON: lambda r: turkish.sort_key(" ".join(reason_lines(r))),
            UNIT: lambda r: turkish.sort_key(r.unit or "\uffff"),  # no unit: last
            ROUND: lambda r: round_key(r.round),
            SHA: lambda r: r.sha256,
        }
        for column, key in keys.items():
            ranks = [0] * len(self._rows)
            ordered = sorted(range(len(self._rows)), key=lambda i, k=key: (k(self._rows[i]), i))
            for position, index in enumerate(ordered):
                ranks[index] = position
            self._ranks[column] = ranks

    # -- Qt's model interface --------------------------------------------------------------------

    def rowCount(self, parent=QModelIndex()):  # noqa: N802, B008 (Qt's name and default)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()):  # noqa: N802, B008
        return 0 if parent.isValid() else COLUMNS

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("File"),
            self.tr("Status"),
            self.tr("Unit"),
            self.tr("Round"),
            self.tr("Reason"),
            self.tr("SHA-256"),
        )[section]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == SORT_ROLE:
            return self._ranks[column][index.row()]
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.DecorationRole and column == STATUS:
            return status_icon(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            return QColor(STATUS_COLOURS.get(row.status, "#1d2530"))
        if role == Qt.ItemDataRole.BackgroundRole and row.status in ROW_TINTS:
            return QColor(ROW_TINTS[row.status])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (ROUND, SHA):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row, column: int) -> str:
        if column == FILE:
            return PurePath(row.path).name
        if column == STATUS:
            return status_text(row.status)
        if column == REASON:
            return "; ".join(line.replace("\n", " ") for line in reason_lines(row))
        if column == UNIT:
            return row.unit
        if column == ROUND:
            return row.round
        return row.sha256[:SHA_SHOWN]

    def _tooltip(self, row, column: int) -> str | None:
        if column == FILE:
            return row.path
        if column == REASON:
            return "\n".join(reason_lines(row)) or None
        if column == SHA:
            return row.sha256 or None
        return None


class ImportLogFilter(QSortFilterProxyModel):
    """Sorting by the model's ranks; filtering by status (None: all) and by a search text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self._statuses: frozenset[str] | None = None
        self._needle = ""

    def set_statuses(self, statuses) -> None:
        self._refilter(
            lambda: setattr(self, "_statuses", None if statuses is None else frozenset(statuses))
        )

    def set_text(self, needle: str) -> None:
        self._refilter(lambda: setattr(self, "_needle", needle.strip()))

    def _refilter(self, change) -> None:
        if hasattr(
            self, "beginFilterChange"
        ):  # Qt >= 6.9; invalidateRowsFilter is deprecated there
            self.beginFilterChange()
            change()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            change()
            self.invalidateRowsFilter()

    def filterAcceptsRow(self, source_row, source_parent):  # noqa: N802 (Qt's name)
        row = self.sourceModel().row(source_row)
        if self._statuses is not None and row.status not in self._statuses:
            return False
        if self._needle:
            return turkish.contains(PurePath(row.path).name, self._needle) or turkish.contains(
                row.unit, self._needle
            )
        return True


class MiddleElided(QStyledItemDelegate):
    """File names of unit exports differ in the middle and end ("Olgunluk - <unit> - 2026.xlsx"):
    elide in the middle so the end stays visible."""

    def initStyleOption(self, option, index):  # noqa: N802 (Qt's name)
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideMiddle
