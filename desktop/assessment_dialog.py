"""The "New assessment" dialog (unit, round, respondent, unit profile, dimensions in scope),
also used to change the details of the open assessment (respondent and scope; unit, round and
profile are fixed). A profile pre-selects its dimensions; the question walk then skips the
practices it does not ask of the unit (``assessments.profiles.questions_for``).

The unit box offers the units already in the database and those of the shipped unit register
(``assessments.unit_register.choices``); typing filters them under Turkish case rules ("imar"
finds "İmar ve Şehircilik Dairesi Başkanlığı"). Choosing a unit the register gives a profile
selects that profile.
"""

from __future__ import annotations

from assessments import profiles, turkish
from assessments.messages import MaturityError

from . import i18n
from .qt import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDate,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QStringListModel,
    Qt,
    QVBoxLayout,
)


class UnitBox(QComboBox):
    """An editable combo box of unit names with Turkish-aware filtering."""

    def __init__(self, names: list[str], parent=None):
        super().__init__(parent)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.names = names
        self.addItems(names)
        self.setCurrentIndex(-1)
        self.setEditText("")
        self._matches = QStringListModel(self)
        completer = QCompleter(self._matches, self)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseSensitive)  # we filter ourselves
        self.setCompleter(completer)
        self.lineEdit().textEdited.connect(self._filter)

    def matches(self, text: str) -> list[str]:
        return [name for name in self.names if turkish.contains(name, text)]

    def _filter(self, text: str) -> None:
        found = self.matches(text) if text.strip() else []
        self._matches.setStringList(found)
        if found and found != [text]:
            self.completer().complete()


class AssessmentDialog(QDialog):
    def __init__(self, session, parent=None, edit: bool = False):
        super().__init__(parent)
        self.session = session
        self.edit = edit
        self.setMinimumWidth(560)
        questionnaire = session.questionnaire
        lang = i18n.current()

        choices = session.unit_choices()
        self._register_profiles = {turkish.fold(e.name): e.profile for e in choices if e.profile}
        self.unit = UnitBox([e.name for e in choices])
        self.round = QLineEdit(str(QDate.currentDate().year()))
        self.respondent = QLineEdit()
        self.profile = QComboBox()
        for profile in questionnaire.profiles.values():
            self.profile.addItem(profile.name.get(lang), profile.id)
            self.profile.setItemData(
                self.profile.count() - 1, profile.description.get(lang), Qt.ItemDataRole.ToolTipRole
            )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.unit_label = QLabel()
        self.round_label = QLabel()
        self.respondent_label = QLabel()
        self.profile_label = QLabel()
        for label, field in (
            (self.unit_label, self.unit),
            (self.round_label, self.round),
            (self.respondent_label, self.respondent),
            (self.profile_label, self.profile),
        ):
            label.setBuddy(field)
            form.addRow(label, field)

        self.scope = QGroupBox()
        grid = QGridLayout(self.scope)
        self.dimension_boxes: dict[str, QCheckBox] = {}
        for i, dim in enumerate(questionnaire.dimensions):
            box = QCheckBox(dim.name.get(lang))
            box.setChecked(True)
            box.setToolTip(dim.description.get(lang))
            self.dimension_boxes[dim.id] = box
            grid.addWidget(box, i // 2, i % 2)
        self.scope_hint = QLabel(objectName="muted")
        self.scope_hint.setWordWrap(True)

        self.error = QLabel(objectName="warning")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.scope)
        layout.addWidget(self.scope_hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        if edit:
            self._show_details(session.info)
        else:
            self._select_profile(profiles.WHOLE_QUESTIONNAIRE)
            self.profile.currentIndexChanged.connect(self._profile_chosen)
            self.unit.currentTextChanged.connect(self._unit_chosen)
        self.unit.lineEdit().textChanged.connect(self._validate)
        self.round.textChanged.connect(self._validate)
        for box in self.dimension_boxes.values():
            box.toggled.connect(self._validate)
        self.retranslate()
        self._validate()

    def _show_details(self, info) -> None:
        """The open assessment's details; unit, round and profile are fixed."""
        self.unit.setEditText(info.unit)
        self.unit.setEnabled(False)
        self.round.setText(info.round)
        self.round.setEnabled(False)
        self.respondent.setText(info.respondent)
        self._select_profile(info.profile or profiles.WHOLE_QUESTIONNAIRE)
        self.profile.setEnabled(False)
        for dim_id, box in self.dimension_boxes.items():
            box.setChecked(dim_id not in info.out_of_scope)

    def retranslate(self) -> None:
        self.setWindowTitle(
            self.tr("Assessment details") if self.edit else self.tr("New assessment")
        )
        self.unit_label.setText(self.tr("Un&it:"))
        self.unit.lineEdit().setPlaceholderText(self.tr("e.g. Bilgi İşlem Dairesi Başkanlığı"))
        self.unit.setAccessibleName(self.tr("Unit"))
        self.round_label.setText(self.tr("Rou&nd:"))
        self.round.setAccessibleName(self.tr("Round"))
        self.round.setToolTip(self.tr("Usually the year of the assessment, e.g. 2026"))
        self.respondent_label.setText(self.tr("Responden&t:"))
        self.respondent.setPlaceholderText(self.tr("Name of the person filling in (optional)"))
        self.respondent.setAccessibleName(self.tr("Respondent"))
        self.profile_label.setText(self.tr("Unit &profile:"))
        self.profile.setAccessibleName(self.tr("Unit profile"))
        self.scope.setTitle(self.tr("Dimensions in scope"))
        self.scope_hint.setText(
            self.tr(
                "Untick a dimension only if none of its practices concern your unit; its "
                "questions are then skipped."
            )
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Save") if self.edit else self.tr("Start"))

    def _select_profile(self, profile_id: str) -> None:
        index = self.profile.findData(profile_id)
        if index >= 0:
            self.profile.setCurrentIndex(index)

    def profile_id(self) -> str | None:
        return self.profile.currentData()

    def _profile_chosen(self) -> None:
        """Tick the dimensions the profile asks about; the user may still change them."""
        profile_id = self.profile_id()
        if profile_id is None:
            return
        asked = set(profiles.profile_dimensions(self.session.questionnaire, profile_id))
        for dim_id, box in self.dimension_boxes.items():
            box.setChecked(dim_id in asked)

    def _unit_chosen(self, name: str) -> None:
        """A unit of the register: its profile (the user may still choose another)."""
        profile_id = self._register_profiles.get(turkish.fold(name.strip()))
        if profile_id and profile_id != self.profile_id():
            self._select_profile(profile_id)

    def out_of_scope(self) -> list[str]:
        return [dim_id for dim_id, box in self.dimension_boxes.items() if not box.isChecked()]

    def _validate(self) -> None:
        ready = bool(
            self.unit.currentText().strip()
            and self.round.text().strip()
            and len(self.out_of_scope()) < len(self.dimension_boxes)
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ready)

    def accept(self) -> None:
        try:
            if self.edit:
                self.session.update_details(self.respondent.text(), self.out_of_scope())
            else:
                self.session.create_assessment(
                    self.unit.currentText(),
                    self.round.text(),
                    self.respondent.text(),
                    self.out_of_scope(),
                    profile=self.profile_id(),
                )
        except MaturityError as exc:
            self.error.setText(exc.message(i18n.current()))
            self.error.show()
            return
        super().accept()
