"""The results tab's table of the action plan's practices for the unit: its level in the
earlier round beside this round's and the level the actions plan (issue 18, item 6). Shown
only where the database holds a plan (the Smart City Office's PC)."""

from __future__ import annotations

from assessments.formatting import MISSING

from .qt import Qt
from .results_tables import FittedTable, item


class PlannedTable(FittedTable):
    def __init__(self, parent=None):
        super().__init__(6, stretch=(1,), parent=parent)
        self._earlier = ""

    def retranslate(self) -> None:
        earlier = (
            self.tr("Round {round}").format(round=self._earlier)
            if self._earlier
            else self.tr("Earlier")
        )
        self.set_headers(
            [
                (self.tr("Question"), ""),
                (self.tr("Practice"), ""),
                (self.tr("Actions"), self.tr("The plan's actions that address this practice")),
                (earlier, self.tr("The unit's current level in its earlier round")),
                (self.tr("This round"), self.tr("The current level in this round")),
                (self.tr("Planned"), self.tr("The level the actions plan to reach")),
            ]
        )
        self.setAccessibleName(self.tr("Practices in the action plan"))

    def show_results(self, results, lang: str) -> None:
        rows = results.planned
        self._earlier = rows[0].earlier_round if rows else ""
        self.retranslate()
        self.setRowCount(len(rows))
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for row, practice in enumerate(rows):
            text = practice.question.text.get(lang)
            self.setItem(row, 0, item(practice.question.id, "", top_left))
            self.setItem(row, 1, item(text, text, top_left))
            self.setItem(row, 2, item(", ".join(practice.actions)))
            for column, value in ((3, practice.earlier), (4, practice.now)):
                self.setItem(row, column, item(MISSING if value is None else str(value)))
            self.setItem(row, 5, item(str(practice.planned_to)))
        self.fit_height()
