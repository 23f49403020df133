"""Choosing a gap of the round for a new action, and one of the library's suggestions for it."""

from __future__ import annotations

from .. import i18n
from ..qt import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    Qt,
    QVBoxLayout,
)


class GapDialog(QDialog):
    def __init__(self, gaps, questionnaire, library, parent=None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an action from a gap"))
        self.gaps, self.library, self.questionnaire = list(gaps), library, questionnaire
        lang = i18n.current()
        self.gap_list = QListWidget()
        for gap in self.gaps:
            q = questionnaire.question(gap.question_id)
            units = "; ".join(u.unit for u in gap.units[:4])
            more = len(gap.units) - 4 + gap.more_units
            units += self.tr(" and {count} more").format(count=more) if more > 0 else ""
            text = self.tr("{id} {title} – mean gap {gap:.1f}; {units}").format(
                id=q.id, title=q.text.get(lang)[:70], gap=gap.mean_gap or 0.0, units=units or "—"
            )
            self.gap_list.addItem(QListWidgetItem(text))
        self.suggestions = QListWidget()
        self.gap_list.currentRowChanged.connect(self._show_suggestions)
        gaps_label = QLabel(self.tr("G&aps of the round, largest first:"))
        gaps_label.setBuddy(self.gap_list)
        suggestions_label = QLabel(self.tr("Sugg&ested actions from the library:"))
        suggestions_label.setBuddy(self.suggestions)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (gaps_label, self.gap_list, suggestions_label, self.suggestions, buttons):
            layout.addWidget(widget)
        self.resize(720, 480)
        if self.gaps:
            self.gap_list.setCurrentRow(0)

    def _show_suggestions(self, row: int) -> None:
        self.suggestions.clear()
        if row < 0:
            return
        lang = i18n.current()
        for suggestion in self.library.for_practice(self.gaps[row].question_id):
            item = QListWidgetItem(
                f"{suggestion.title.get(lang)} ({suggestion.first} → {suggestion.last})"
            )
            item.setData(Qt.ItemDataRole.UserRole, suggestion)
            self.suggestions.addItem(item)
        if self.suggestions.count():
            self.suggestions.setCurrentRow(0)

    def chosen(self):
        """(gap, suggestion or None), or None when nothing is chosen."""
        row = self.gap_list.currentRow()
        if row < 0:
            return None
        item = self.suggestions.currentItem()
        suggestion = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return self.gaps[row], suggestion
