"""Layout helpers of the coordinator's list tabs (units, the data-collection round): a
read-only table of records selected by row, and a dialog's OK/Cancel buttons."""

from __future__ import annotations

from ..qt import QAbstractItemView, QDialogButtonBox, QHeaderView, QTableWidget


def record_table(columns: int, stretch: int) -> QTableWidget:
    """A read-only table, one record a row, one row selected at a time; ``stretch``: the
    column that takes the free width, the others as wide as their contents."""
    table = QTableWidget(0, columns)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def selected_record(table: QTableWidget, records: list):
    """The record of the selected row, or None."""
    rows = {index.row() for index in table.selectedIndexes()}
    return records[min(rows)] if rows and min(rows) < len(records) else None


def dialog_buttons(dialog, ok=QDialogButtonBox.StandardButton.Ok) -> QDialogButtonBox:
    """``ok`` and Cancel (Qt's own words, translated), wired to accept and reject."""
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons
