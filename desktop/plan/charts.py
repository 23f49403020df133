"""The plan's timeline (a Gantt of the actions over the plan's quarters) and its cost tables
(per year and per funding source, per goal and target), redrawn from the stored plan after
every edit."""

from __future__ import annotations

from assessments.plan import words
from assessments.plan.workbook import cost_by_funding, cost_by_target

from .. import i18n
from ..qt import QColor, QHeaderView, Qt, QTableWidget, QTableWidgetItem
from .fields import number_text

BAR = QColor("#2f6f9f")
BAR_DONE = QColor("#4f9a5a")


def _cell(text: str, bold: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
    if bold:
        font = item.font()
        font.setBold(True)
        item.setFont(font)
    return item


class Timeline(QTableWidget):
    """One row per action, one column per quarter of the plan period, the quarters it runs
    coloured (green when done)."""

    def show_plan(self, plan) -> None:
        quarters = [(y, q) for y in plan.years for q in range(1, 5)]
        actions = plan.actions()
        self.clear()
        self.setColumnCount(len(quarters))
        self.setRowCount(len(actions))
        letter = "Ç" if i18n.current() == "tr" else "Q"
        self.setHorizontalHeaderLabels([f"{y}\n{letter}{q}" for y, q in quarters])
        self.setVerticalHeaderLabels([f"{a.code} {a.title[:40]}" for _g, _t, a in actions])
        for row, (_g, _t, action) in enumerate(actions):
            for column, (year, quarter) in enumerate(quarters):
                item = _cell("")
                index = year * 4 + quarter - 1
                if action.start and action.end and action.start.index <= index <= action.end.index:
                    item.setBackground(BAR_DONE if action.status == "done" else BAR)
                    item.setToolTip(f"{action.code}: {action.start} – {action.end}")
                self.setItem(row, column, item)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setDefaultSectionSize(38)


class CostTable(QTableWidget):
    """Cost per year: each goal and its targets, then each funding source, with totals."""

    def show_plan(self, plan) -> None:
        lang = i18n.current()
        years = list(plan.years)
        rows = [
            (f"{code} {title}", is_goal, per_year)
            for code, title, is_goal, per_year in cost_by_target(plan)
        ]
        funding = [
            (words.label(source, lang), False, per_year)
            for source, per_year in cost_by_funding(plan).items()
            if any(per_year.values())
        ]
        total = {y: sum(r[2][y] for r in rows if r[1]) for y in years}
        lines = [
            *rows,
            (self.tr("Funding source"), True, None),
            *funding,
            (self.tr("Total"), True, total),
        ]
        self.clear()
        self.setColumnCount(len(years) + 2)
        self.setRowCount(len(lines))
        self.setHorizontalHeaderLabels(
            [self.tr("Goal / target / source"), *map(str, years), self.tr("Total")]
        )
        for row, (label, bold, per_year) in enumerate(lines):
            self.setItem(row, 0, _cell(label, bold))
            if per_year is None:
                continue
            values = [per_year.get(y, 0.0) for y in years]
            for column, value in enumerate([*values, sum(values)], start=1):
                item = _cell(number_text(round(value, 2)), bold)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
