"""The coordinator's "Data-collection round" tab (issue 15, item 2): open a round for the
units expected to answer (a pre-filled template each, written on the background thread, named
by unit code), follow who has sent, whose file was rejected and why, who is late, write to a
unit with a ready e-mail, and close the round. The rules and words are
``assessments.collection``'s; the writes go through the session (``Session.run``)."""

from __future__ import annotations

from assessments import collection
from assessments.messages import MaturityError

from .. import errors, file_dialogs, i18n
from ..qt import (
    QComboBox,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QTableWidgetItem,
    QUrl,
    QVBoxLayout,
    QWidget,
)
from .record_table import dialog_buttons, record_table, selected_record

TEMPLATES = file_dialogs.Kind("round", (("xlsx", "Excel (*.xlsx)"),))


class OpenRoundDialog(QDialog):
    """The round's label, due date and expected units (the register's, all ticked)."""

    def __init__(self, units: list[str], round_label: str, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open a data-collection round"))
        self.setMinimumWidth(560)
        self.round = QLineEdit(round_label)
        self.due = QLineEdit()
        self.due.setPlaceholderText(self.tr("DD.MM.YYYY (optional)"))
        self.units = QListWidget()
        for name in units:
            item = QListWidgetItem(name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.units.addItem(item)
        self.error = QLabel(objectName="warning")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Rou&nd:"), self.round)
        form.addRow(self.tr("La&st day:"), self.due)
        form.addRow(self.tr("&Expected units:"), self.units)
        buttons = dialog_buttons(self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Open and write the templates...")
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def chosen_units(self) -> list[str]:
        items = (self.units.item(i) for i in range(self.units.count()))
        return [item.text() for item in items if item.checkState() == Qt.CheckState.Checked]

    def accept(self) -> None:
        try:
            self.due_date = collection.parse_due(self.due.text())
        except MaturityError as exc:
            self.error.setText(exc.message(i18n.current()))
            self.error.show()
            return
        if not self.round.text().strip() or not self.chosen_units():
            self.error.setText(self.tr("Give the round and tick at least one unit."))
            self.error.show()
            return
        super().accept()


class RoundBoard(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.found: list = []
        self.opened = None
        session.changed.connect(self._data_changed)
        self.round_label = QLabel()
        self.rounds = QComboBox()
        self.rounds.setMinimumContentsLength(8)
        self.rounds.currentIndexChanged.connect(lambda _i: self.show_status())
        self.round_label.setBuddy(self.rounds)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self.open_round)
        self.close_button = QPushButton()
        self.close_button.clicked.connect(self.close_round)
        self.mail_button = QPushButton()
        self.mail_button.clicked.connect(self.write_mail)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.table = record_table(3, stretch=2)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.write_mail())
        row = QHBoxLayout()
        row.addWidget(self.round_label)
        row.addWidget(self.rounds)
        row.addWidget(self.open_button)
        row.addWidget(self.close_button)
        row.addStretch(1)
        row.addWidget(self.mail_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.round_label.setText(self.tr("Collec&tion round:"))
        self.rounds.setAccessibleName(self.tr("Data-collection round"))
        self.open_button.setText(self.tr("Open &a round..."))
        self.close_button.setText(self.tr("Close the &round"))
        self.mail_button.setText(self.tr("Writ&e to the unit..."))
        self.mail_button.setToolTip(
            self.tr("Opens your e-mail program with a ready message to the unit")
        )
        titles = [self.tr("Unit"), self.tr("State"), self.tr("Details")]
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setAccessibleName(self.tr("Units of the round"))
        self.show_status()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _data_changed(self, change) -> None:
        if change.assessments or change.import_log or change.units or "round" in change.kinds:
            self.reload()

    def reload(self) -> None:
        """The rounds opened (the newest first) and the chosen one's board."""
        if not self.session.is_open:
            return
        wanted = self.rounds.currentData()
        opened = self.session.read(lambda store: store.collection.all())
        labels = sorted((r.round for r in opened), reverse=True)
        self.rounds.blockSignals(True)
        self.rounds.clear()
        for label in labels:
            self.rounds.addItem(label, label)
        index = self.rounds.findData(wanted)
        self.rounds.setCurrentIndex(index if index >= 0 else 0 if labels else -1)
        self.rounds.blockSignals(False)
        self.show_status()

    def show_status(self) -> None:
        """Each expected unit's state (a quick read: the round's rows and its import log)."""
        label = self.rounds.currentData()
        lang = i18n.current()
        self.opened, self.found = None, []
        if label and self.session.is_open:
            q = self.session.questionnaire
            self.opened, self.found = self.session.read(
                lambda store: collection.round_status(store, q, label, lang)
            )
        self._fill(lang)

    def _fill(self, lang: str) -> None:
        self.table.setRowCount(len(self.found))
        for row, unit in enumerate(self.found):
            cells = (unit.unit, unit.text(lang), unit.detail)
            for column, value in enumerate(cells):
                item = QTableWidgetItem(value)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        if self.opened is None:
            self.summary.setText(
                self.tr(
                    "No round is open. Open one for the units expected to answer: each gets a "
                    "template with its unit and round filled in."
                )
            )
        else:
            state = self.tr("open") if self.opened.is_open else self.tr("closed")
            due = collection.shown_due(self.opened.due, lang)
            line = self.tr("The round is {state}; due {due}.").format(state=state, due=due)
            self.summary.setText(f"{line} {collection.summary(self.opened, self.found, lang)}")
        self._update_buttons()

    def selected(self):
        return selected_record(self.table, self.found)

    def _update_buttons(self) -> None:
        chosen = self.selected()
        self.mail_button.setEnabled(chosen is not None and bool(chosen.mailto))
        self.close_button.setEnabled(self.opened is not None and self.opened.is_open)

    def write_mail(self) -> None:
        chosen = self.selected()
        if chosen is not None and chosen.mailto:
            QDesktopServices.openUrl(QUrl(chosen.mailto))

    def open_round(self) -> None:
        units = [u.name for u in self.session.units()]
        if not units:
            errors.show_error(self, MaturityError("r.no_units"))
            return
        dialog = OpenRoundDialog(units, self.rounds.currentData() or _this_year(), self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        folder = file_dialogs.open_folder(self, self.tr("Folder for the templates"), TEMPLATES)
        if folder:
            self.start_round(
                dialog.round.text().strip(), dialog.chosen_units(), folder, dialog.due_date
            )

    def start_round(self, label: str, units: list[str], folder: str, due: str):
        """Open the round and write its templates on the background thread."""
        questionnaire, lang = self.session.questionnaire, i18n.current()
        writing = self.tr("Writing the templates...")

        def work(state, store):
            state.progress(0, 0, writing)
            return collection.open_round(store, questionnaire, label, units, folder, due, lang)

        def done(result) -> None:
            opened, written = result
            index = self.rounds.findData(opened.round)
            if index < 0:
                self.rounds.addItem(opened.round, opened.round)
            self.rounds.setCurrentIndex(self.rounds.findData(opened.round))
            self.show_status()

        return self.session.run(
            work,
            writes=True,
            kinds={"round"},
            progress=(self, self.tr("Open a data-collection round")),
            on_success=done,
        )

    def close_round(self) -> None:
        if self.opened is None:
            return
        label = self.opened.round
        try:
            self.session.close_round(label)
        except MaturityError as exc:
            errors.show_error(self, exc)


def _this_year() -> str:
    import datetime as dt

    return str(dt.date.today().year)
