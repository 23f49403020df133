"""The start page: recent assessments (unit, round, status, completeness, last change), a
Turkish-aware filter by unit, "New assessment" and reopening any of them."""

from __future__ import annotations

from assessments import formatting, turkish

from . import i18n
from .qt import QEvent, QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget, Signal


def uuid_role():
    """The item data role that carries an assessment's uuid (Qt's ``UserRole``). A function,
    not a constant: the ``Qt`` namespace costs start-up time (see ``StartPage.table``)."""
    from .qt import Qt

    return Qt.ItemDataRole.UserRole


class StartPage(QWidget):
    newRequested = Signal()
    openRequested = Signal(str)  # assessment uuid

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self._rows: list[tuple] = []  # (info, score) of every assessment
        self.title = QLabel(objectName="pageTitle")
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.new_button = QPushButton(objectName="primary")
        self.new_button.clicked.connect(self.newRequested)
        self.continue_button = QPushButton()
        self.continue_button.hide()
        self.continue_button.clicked.connect(self._continue)
        self._continue_uuid: str | None = None

        self.list_title = QLabel(objectName="sectionTitle")
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._fill)
        self.search.returnPressed.connect(lambda: self._open_row(self._current_row()))
        self._table = None  # built after the first paint: it is hidden until there are rows
        self.open_button = QPushButton()
        self.open_button.setEnabled(False)
        self.open_button.clicked.connect(lambda: self._open_row(self.table.currentRow()))
        self.empty = QLabel(objectName="muted")
        self.empty.setWordWrap(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        list_head = QHBoxLayout()
        list_head.addWidget(self.list_title)
        list_head.addStretch(1)
        list_head.addWidget(self.search, 1)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.open_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addSpacing(12)
        layout.addLayout(list_head)
        layout.addWidget(self.empty)
        self._table_index = layout.count()  # where the table goes
        layout.addLayout(bottom)
        layout.addStretch(1)  # below the list, not inside it: no big empty table
        self.setTabOrder(self.new_button, self.continue_button)
        self.setTabOrder(self.continue_button, self.search)
        self.setTabOrder(self.search, self.open_button)
        self.retranslate()

    @property
    def table(self):
        """The assessments. Built on first use (``reload`` after the database opened), not
        before the first paint: it is hidden while there are no rows, and building it (with
        Qt's ``Qt`` namespace) costs start-up time."""
        if self._table is None:
            self._table = self._make_table()
            self._retranslate_table()
        return self._table

    def _make_table(self):
        from .qt import QAbstractItemView, QHeaderView, Qt, QTableWidget

        table = QTableWidget(0, 5)
        table.hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.verticalHeader().hide()
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        table.itemActivated.connect(lambda item: self._open_row(item.row()))
        table.itemDoubleClicked.connect(lambda item: self._open_row(item.row()))
        table.itemSelectionChanged.connect(self._selection_changed)
        self.layout().insertWidget(self._table_index, table, 1)
        self.setTabOrder(self.search, table)
        self.setTabOrder(table, self.open_button)
        return table

    def retranslate(self) -> None:
        lang = i18n.current()
        questionnaire = self.session.questionnaire
        self.title.setText(
            questionnaire.title.get(lang)
            if questionnaire
            else self.tr("Smart City Maturity Self-Assessment")
        )
        self.intro.setText(
            self.tr(
                "Rate how far your unit has come in each smart-city practice, from 0 (not "
                "present) to 5 (optimised), and set the level you aim for. Every answer is saved "
                "as you go; you can stop at any time and continue later."
            )
        )
        self.new_button.setText(self.tr("New assessment..."))
        self.new_button.setToolTip(self.tr("Start an assessment for a unit and round (Ctrl+N)"))
        self.list_title.setText(self.tr("Assessments"))
        self.search.setPlaceholderText(self.tr("Filter by unit..."))
        self.search.setAccessibleName(self.tr("Filter assessments by unit"))
        if self._table is not None:
            self._retranslate_table()
        self.open_button.setText(self.tr("Open"))
        self._fill()

    def _retranslate_table(self) -> None:
        self._table.setHorizontalHeaderLabels(
            [
                self.tr("Unit"),
                self.tr("Round"),
                self.tr("Status"),
                self.tr("Completed"),
                self.tr("Last change"),
            ]
        )
        self._table.setAccessibleName(self.tr("Assessments"))

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self, last_uuid: str | None = None) -> None:
        """Read the assessments again (after the database opened or something changed)."""
        if not self.session.is_open:
            return
        self._rows = [(info, self.session.overview(info)) for info in self.session.assessments()]
        known = {info.uuid: info for info, _ in self._rows}
        self._continue_uuid = last_uuid if last_uuid in known else None
        self.retranslate()
        if self._continue_uuid:
            info = known[self._continue_uuid]
            self.continue_button.setText(
                self.tr("Continue: {unit} · {round}").format(unit=info.unit, round=info.round)
            )
            self.continue_button.show()
        else:
            self.continue_button.hide()

    def _status_text(self, info) -> str:
        if info.read_only:
            return self.tr("imported")
        return self.tr("final") if info.is_final else self.tr("draft")

    def _fill(self) -> None:
        lang = i18n.current()
        needle = self.search.text()
        rows = [
            (info, score)
            for info, score in self._rows
            if not needle or turkish.contains(info.unit, needle)
        ]
        if self._rows or self._table is not None:
            self._fill_table(rows, lang)
        if not self._rows:
            self.empty.setText(self.tr('No assessments yet. Start with "New assessment...".'))
        elif not rows:
            self.empty.setText(self.tr('No unit matches "{text}".').format(text=needle))
        self.empty.setVisible(not rows)
        if self._table is not None:
            self._table.setVisible(bool(rows))
            self._fit_table_height()
            self._select_default()
        self._selection_changed()

    def _fill_table(self, rows: list[tuple], lang: str) -> None:
        from .qt import Qt, QTableWidgetItem

        role = uuid_role()
        self.table.setRowCount(len(rows))
        for row, (info, score) in enumerate(rows):
            cells = [
                info.unit,
                info.round,
                self._status_text(info),
                formatting.fraction(score.completeness, lang),
                formatting.timestamp(info.updated_at, lang),
            ]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(role, info.uuid)
                if column == 0:
                    item.setToolTip(info.unit)
                if column in (1, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                self.table.setItem(row, column, item)

    def _selection_changed(self) -> None:
        table = self._table
        self.open_button.setEnabled(
            table is not None and table.currentRow() >= 0 and bool(table.selectedItems())
        )

    def _fit_table_height(self) -> None:
        """As tall as its rows (it scrolls when they need more room than the page has)."""
        table = self._table
        table.resizeRowsToContents()
        rows = sum(table.rowHeight(row) for row in range(table.rowCount()))
        table.setMaximumHeight(
            table.horizontalHeader().sizeHint().height() + rows + 2 * table.frameWidth() + 2
        )

    def _current_row(self) -> int:
        return self._table.currentRow() if self._table is not None else -1

    def _select_default(self) -> None:
        """A row is always chosen (the one to continue, else the first), so Enter opens it."""
        table = self._table
        if table is None or table.rowCount() == 0 or table.currentRow() >= 0:
            return
        role = uuid_role()
        rows = [
            r for r in range(table.rowCount()) if table.item(r, 0).data(role) == self._continue_uuid
        ]
        table.setCurrentCell((rows or [0])[0], 0)

    def _open_row(self, row: int) -> None:
        item = self.table.item(row, 0) if row >= 0 else None
        if item is not None:
            self.openRequested.emit(item.data(uuid_role()))

    def _continue(self) -> None:
        if self._continue_uuid:
            self.openRequested.emit(self._continue_uuid)
