"""The coordinator's "Units" tab: the city's unit register (issue 15, item 1).

A table of the units on file (code, name, profile, contact, e-mail) with what the office does
to the list: load the shipped Balıkesir starting list or the city's own list, add, edit,
rename, merge two units (the assessments follow) and remove an empty unit. Every write goes
through the session (``Session.add_unit``...); a refusal ("did you mean", a code taken) is
shown in words, nothing half done.
"""

from __future__ import annotations

from assessments.messages import MaturityError

from .. import errors, file_dialogs, i18n
from ..qt import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QEvent,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from ..reflow_row import ReflowRow
from .record_table import dialog_buttons, record_table, selected_record

COLUMNS = ("code", "name", "profile", "contact", "email")
UNIT_LISTS = file_dialogs.Kind(
    "units", (("xlsx", "Excel / LibreOffice / metin (*.xlsx *.xlsm *.xls *.ods *.txt *.csv)"),)
)


class UnitDialog(QDialog):
    """A unit's register fields; its name too when it is a new unit."""

    def __init__(self, session, unit=None, parent=None):
        super().__init__(parent)
        self.session = session
        self.unit = unit
        lang = i18n.current()
        self.name = QLineEdit(unit.name if unit else "")
        self.name.setEnabled(unit is None)  # a name changes with "Rename"
        self.code = QLineEdit(unit.code if unit else "")
        self.code.setMaxLength(12)
        self.profile = QComboBox()
        self.profile.addItem("", "")
        for profile in session.questionnaire.profiles.values():
            self.profile.addItem(profile.name.get(lang), profile.id)
        self.profile.setCurrentIndex(max(0, self.profile.findData(unit.profile if unit else "")))
        self.contact = QLineEdit(unit.contact if unit else "")
        self.email = QLineEdit(unit.email if unit else "")
        self.error = QLabel(objectName="warning")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        for label, field in (
            (self.tr("N&ame:"), self.name),
            (self.tr("C&ode:"), self.code),
            (self.tr("&Profile:"), self.profile),
            (self.tr("Con&tact person:"), self.contact),
            (self.tr("&E-mail:"), self.email),
        ):
            form.addRow(label, field)
        self.code.setPlaceholderText(self.tr("e.g. BIDB (used in file names)"))
        buttons = dialog_buttons(self, QDialogButtonBox.StandardButton.Save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setWindowTitle(self.tr("Unit") if unit else self.tr("New unit"))
        self.setMinimumWidth(520)

    def details(self) -> dict[str, str]:
        return {
            "code": self.code.text(),
            "profile": self.profile.currentData() or "",
            "contact": self.contact.text(),
            "email": self.email.text(),
        }

    def accept(self) -> None:
        try:
            if self.unit is None:
                self.session.add_unit(self.name.text(), **self.details())
            else:
                self.session.update_unit(self.unit.name, **self.details())
        except MaturityError as exc:
            self.error.setText(exc.message(i18n.current()))
            self.error.show()
            return
        super().accept()


class UnitsTab(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.units: list = []
        session.changed.connect(self._data_changed)
        self.hint = QLabel(objectName="muted")
        self.hint.setWordWrap(True)
        self.table = record_table(len(COLUMNS), stretch=1)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda _item: self.edit_unit())
        self.buttons = {key: QPushButton() for key in BUTTONS}
        for key, button in self.buttons.items():
            button.clicked.connect(getattr(self, BUTTONS[key]))
        spacer = QWidget()  # pushes the edit buttons right, on the top row or their own
        spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.button_row = ReflowRow(  # two rows when the window is narrow (150 % on 1366)
            [self.buttons[k] for k in ("load_shipped", "load_file", "add")],
            [spacer, *(self.buttons[k] for k in ("edit", "rename", "merge", "remove"))],
            [],
        )
        self.button_row.layout().setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(self.hint)
        layout.addWidget(self.button_row)
        layout.addWidget(self.table, 1)
        self.retranslate()
        self.reload()

    def retranslate(self) -> None:
        self.hint.setText(
            self.tr(
                "The units expected to answer, with a short code for file names, the profile "
                "they answer and whom to write to. The list shipped with the program is a "
                "starting list of Balıkesir's departments, not an official one: correct it, or "
                "load the city's own list (a workbook or one name a line)."
            )
        )
        texts = {
            "load_shipped": self.tr("Load the &starting list"),
            "load_file": self.tr("Load a l&ist..."),
            "add": self.tr("&New unit..."),
            "edit": self.tr("&Edit..."),
            "rename": self.tr("Ren&ame..."),
            "merge": self.tr("Merge in&to..."),
            "remove": self.tr("&Remove"),
        }
        for key, text in texts.items():
            self.buttons[key].setText(text)
        self.button_row.reflow()
        titles = [
            self.tr("Code"),
            self.tr("Unit"),
            self.tr("Profile"),
            self.tr("Contact"),
            self.tr("E-mail"),
        ]
        self.table.setHorizontalHeaderLabels(titles)
        self.table.setAccessibleName(self.tr("Units on file"))
        self._fill()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _data_changed(self, change) -> None:
        if change.units or "units" in change.kinds:
            self.reload()

    def reload(self) -> None:
        self.units = self.session.units() if self.session.is_open else []
        self._fill()

    def _fill(self) -> None:
        lang = i18n.current()
        profiles = self.session.questionnaire.profiles if self.session.is_open else {}
        chosen = self.selected()
        self.table.setRowCount(len(self.units))
        for row, unit in enumerate(self.units):
            for column, key in enumerate(COLUMNS):
                value = getattr(unit, key)
                if key == "profile" and value in profiles:
                    value = profiles[value].name.get(lang)
                self.table.setItem(row, column, QTableWidgetItem(value))
            if chosen is not None and unit.name == chosen.name:
                self.table.selectRow(row)
        self._update_buttons()

    def selected(self):
        return selected_record(self.table, self.units)

    def _update_buttons(self) -> None:
        chosen = self.selected() is not None
        for key in ("edit", "rename", "merge", "remove"):
            self.buttons[key].setEnabled(chosen)
        self.buttons["merge"].setEnabled(chosen and len(self.units) > 1)

    # -- the office's edits -----------------------------------------------------------------

    def _attempt(self, write) -> object | None:
        """Run a write through the session; a refusal is shown, never raised."""
        try:
            return write()
        except MaturityError as exc:
            errors.show_error(self, exc)
            return None

    def load_shipped(self) -> None:
        result = self._attempt(lambda: self.session.load_units())
        if result is not None:
            self._loaded(result)

    def load_file(self) -> None:
        path = file_dialogs.open_file(self, self.tr("Load a unit list"), UNIT_LISTS)
        if path:
            result = self._attempt(lambda: self.session.load_units(path))
            if result is not None:
                self._loaded(result)

    def _loaded(self, result) -> None:
        from assessments.messages import text

        counts = {k: len(getattr(result, k)) for k in ("added", "completed", "unchanged")}
        QMessageBox.information(self, self.tr("Units"), text("ur.loaded", i18n.current(), **counts))

    def add_unit(self) -> None:
        UnitDialog(self.session, None, self).exec()

    def edit_unit(self) -> None:
        unit = self.selected()
        if unit is not None:
            UnitDialog(self.session, unit, self).exec()

    def rename_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        new = _ask_text(self, self.tr("Rename unit"), self.tr("New name:"), unit.name)
        if new and new.strip() != unit.name:
            self._attempt(lambda: self.session.rename_unit(unit.name, new))

    def merge_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        others = [u.name for u in self.units if u.name != unit.name]
        prompt = self.tr("Merge '{unit}' into (its assessments move there, '{unit}' is removed):")
        target = _ask_choice(self, self.tr("Merge units"), prompt.format(unit=unit.name), others)
        if target:
            self._attempt(lambda: self.session.merge_units(unit.name, target))

    def remove_unit(self) -> None:
        unit = self.selected()
        if unit is None:
            return
        asked = QMessageBox.question(
            self, self.tr("Remove unit"), self.tr("Remove '{unit}'?").format(unit=unit.name)
        )
        if asked == QMessageBox.StandardButton.Yes:
            self._attempt(lambda: self.session.remove_unit(unit.name))


BUTTONS = {
    "load_shipped": "load_shipped",
    "load_file": "load_file",
    "add": "add_unit",
    "edit": "edit_unit",
    "rename": "rename_unit",
    "merge": "merge_unit",
    "remove": "remove_unit",
}


def _ask_text(parent, title: str, label: str, value: str) -> str:
    dialog, field = _small_dialog(parent, title, label, QLineEdit(value))
    return field.text() if dialog.exec() == QDialog.DialogCode.Accepted else ""


def _ask_choice(parent, title: str, label: str, choices: list[str]) -> str:
    box = QComboBox()
    box.addItems(choices)
    dialog, field = _small_dialog(parent, title, label, box)
    return field.currentText() if dialog.exec() == QDialog.DialogCode.Accepted else ""


def _small_dialog(parent, title: str, label: str, field):
    """A dialog of one labelled field with OK and Cancel (Qt's buttons, translated)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setMinimumWidth(520)
    text = QLabel(label)
    text.setWordWrap(True)
    buttons = dialog_buttons(dialog)
    layout = QVBoxLayout(dialog)
    layout.addWidget(text)
    layout.addWidget(field)
    layout.addWidget(buttons)
    return dialog, field
