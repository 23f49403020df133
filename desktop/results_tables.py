"""The two tables of the results tab: the top gaps by priority (with the rubric's next level as
the concrete next step) and the scores per dimension. Every number's tooltip says how it was
computed (the core's explanations, in the UI language).

Both tables are as tall as their rows (the page scrolls, not the table) and wrap long texts
instead of widening the page.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from assessments import formatting, vocabulary

from . import i18n
from .qt import (
    QAbstractItemView,
    QCoreApplication,
    QFont,
    QHeaderView,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QTimer,
)

if TYPE_CHECKING:
    from assessments.results import UnitResults

CENTRE = Qt.AlignmentFlag.AlignCenter
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


def compact(value: float, lang: str) -> str:
    """A weight or priority without trailing zeros: 1, 1,5 (tr) / 1.5 (en)."""
    text = formatting.number(value, lang, 2)
    return text.rstrip("0").rstrip(",.") if ("," in text or "." in text) else text


def item(text: str, tooltip: str = "", align=CENTRE, bold: bool = False) -> QTableWidgetItem:
    cell = QTableWidgetItem(text)
    cell.setTextAlignment(align)
    if tooltip:
        cell.setToolTip(tooltip)
    if bold:
        font = QFont(cell.font())
        font.setBold(True)
        cell.setFont(font)
    return cell


class FittedTable(QTableWidget):
    """A read-only table sized to show every row; wrapped text columns stretch."""

    def __init__(self, columns: int, stretch: tuple[int, ...], parent=None):
        super().__init__(0, columns, parent)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setDefaultAlignment(CENTRE)
        for column in range(columns):
            header.setSectionResizeMode(
                column,
                QHeaderView.ResizeMode.Stretch
                if column in stretch
                else QHeaderView.ResizeMode.ResizeToContents,
            )
        # Row heights depend on the column widths, which settle after a resize: fit once
        # the layout is done (coalesced), not in the middle of it.
        self._fit_timer = QTimer(self)
        self._fit_timer.setSingleShot(True)
        self._fit_timer.setInterval(0)
        self._fit_timer.timeout.connect(self._fit_now)
        header.sectionResized.connect(lambda *_args: self._fit_timer.start())

    def set_headers(self, labels: list[tuple[str, str]]) -> None:
        """Column titles with their tooltips."""
        for column, (label, tooltip) in enumerate(labels):
            header = QTableWidgetItem(label)
            header.setToolTip(tooltip)
            self.setHorizontalHeaderItem(column, header)

    def fit_height(self) -> None:
        """As tall as the rows (with their wrapped text at the current column widths); again
        once the columns have their final widths."""
        self._fit_now()
        self._fit_timer.start()

    def _fit_now(self) -> None:
        self.resizeRowsToContents()
        rows = sum(self.rowHeight(r) for r in range(self.rowCount()) if not self.isRowHidden(r))
        self.setFixedHeight(self.horizontalHeader().height() + rows + 2 * self.frameWidth())

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        if event.size().width() != event.oldSize().width():  # wrapped rows change height with width
            self._fit_timer.start()


class GapsTable(FittedTable):
    """The questions whose target is above the current level, highest priority first."""

    ID, TEXT, CURRENT, TARGET, GAP, WEIGHT, PRIORITY, NEXT_STEP = range(8)

    def __init__(self, parent=None):
        super().__init__(8, stretch=(self.TEXT, self.NEXT_STEP), parent=parent)

    def retranslate(self) -> None:
        self.set_headers(
            [
                (self.tr("Question"), self.tr("The question's code in the questionnaire")),
                (self.tr("Practice"), ""),
                (self.tr("Current"), self.tr("The level the unit is at today (0-5)")),
                (self.tr("Target"), self.tr("The level the unit aims for")),
                (self.tr("Gap"), self.tr("Gap = target − current")),
                (
                    self.tr("Weight"),
                    self.tr("The question's weight in its dimension (from the questionnaire)"),
                ),
                (self.tr("Priority"), self.tr("Priority = weight × gap: the larger, the sooner")),
                (
                    self.tr("Next step"),
                    self.tr("What the next level above the current one asks for (the rubric)"),
                ),
            ]
        )
        self.setAccessibleName(self.tr("Top gaps by priority"))

    def show_results(self, results: UnitResults, lang: str, count: int) -> None:
        questionnaire = results.questionnaire
        rows = results.top_gaps(count)
        self.setRowCount(len(rows))
        for row, gap in enumerate(rows):
            text = gap.question.text.get(lang)
            about = f"{gap.question_id} · {gap.dimension.name.get(lang)}\n{text}"
            level = self.tr("Level {level} ({name})")
            next_name = level.format(level=gap.next_level, name=gap.next_level_name.get(lang))
            step = gap.next_step(lang)
            cells = {
                self.ID: item(gap.question_id, about, TOP_LEFT),
                self.TEXT: item(text, about, TOP_LEFT),
                self.CURRENT: item(
                    str(gap.current),
                    level.format(
                        level=gap.current, name=questionnaire.level_name(gap.current, lang)
                    ),
                ),
                self.TARGET: item(
                    str(gap.target),
                    level.format(level=gap.target, name=questionnaire.level_name(gap.target, lang)),
                ),
                self.GAP: item(
                    str(gap.size),
                    self.tr("Gap = target − current = {target} − {current} = {gap}").format(
                        target=gap.target, current=gap.current, gap=gap.size
                    ),
                ),
                self.WEIGHT: item(
                    compact(gap.gap.weight, lang),
                    self.tr("The question's weight in its dimension (from the questionnaire)"),
                ),
                self.PRIORITY: item(
                    compact(gap.priority, lang), gap.explanation.get(lang), bold=True
                ),
                self.NEXT_STEP: item(f"{next_name}: {step}", f"{next_name}\n{step}", TOP_LEFT),
            }
            for column, cell in cells.items():
                self.setItem(row, column, cell)
        self.fit_height()


class DimensionTable(FittedTable):
    """Current, target, gap, percent and the city average per dimension, then overall."""

    NAME, CURRENT, TARGET, GAP, PERCENT, CITY, ANSWERED = range(7)

    def __init__(self, parent=None):
        super().__init__(7, stretch=(self.NAME,), parent=parent)

    def retranslate(self) -> None:
        self.set_headers(
            [
                (self.tr("Dimension"), ""),
                (
                    self.tr("Current"),
                    self.tr("Weighted mean of the current levels of the answered questions"),
                ),
                (self.tr("Target"), self.tr("Weighted mean of the target levels")),
                (self.tr("Gap"), self.tr("Gap = target − current")),
                (self.tr("Percent"), self.tr("Percent = score / 5 × 100")),
                (
                    self.tr("City average"),
                    self.tr("Mean score of the other units that assessed the same round"),
                ),
                (
                    self.tr("Answered"),
                    self.tr("Answered of the applicable questions (N/A left out)"),
                ),
            ]
        )
        self.setAccessibleName(self.tr("Scores per dimension"))

    def show_results(self, results: UnitResults, lang: str) -> None:
        out_of_scope = self.tr("out of scope")
        self.setRowCount(len(results.dimensions) + 1)
        for row, dim in enumerate(results.dimensions):
            why = dim.explanations
            name = dim.name.get(lang) if dim.in_scope else f"{dim.name.get(lang)} ({out_of_scope})"
            cells = {
                self.NAME: item(name, why["current"].get(lang) if not dim.in_scope else "", LEFT),
                self.CURRENT: item(
                    formatting.number(dim.current, lang), why["current"].get(lang), bold=True
                ),
                self.TARGET: item(formatting.number(dim.target, lang), why["target"].get(lang)),
                self.GAP: item(formatting.number(dim.gap, lang), why["gap"].get(lang)),
                self.PERCENT: item(formatting.percent(dim.percent, lang), why["percent"].get(lang)),
                self.CITY: item(formatting.number(dim.city_mean, lang), why["city"].get(lang)),
                self.ANSWERED: item(
                    f"{dim.score.answered}/{dim.applicable}"
                    if dim.in_scope
                    else formatting.MISSING,
                    self.tr("{answered} of {applicable} applicable questions answered").format(
                        answered=dim.score.answered, applicable=dim.applicable
                    ),
                ),
            }
            for column, cell in cells.items():
                if not dim.in_scope:
                    cell.setForeground(self.palette().placeholderText())
                self.setItem(row, column, cell)
        score, why = results.score, results.explanations
        last = len(results.dimensions)
        overall = {
            self.NAME: item(self.tr("Overall"), "", LEFT, bold=True),
            self.CURRENT: item(
                formatting.number(score.current, lang), why["current"].get(lang), bold=True
            ),
            self.TARGET: item(
                formatting.number(score.target, lang), why["target"].get(lang), bold=True
            ),
            self.GAP: item(formatting.number(score.gap, lang), why["gap"].get(lang), bold=True),
            self.PERCENT: item(
                formatting.percent(score.percent, lang), why["percent"].get(lang), bold=True
            ),
            self.CITY: item("", ""),
            self.ANSWERED: item(
                f"{score.answered}/{score.applicable}", why["completeness"].get(lang), bold=True
            ),
        }
        for column, cell in overall.items():
            self.setItem(last, column, cell)
        self.setColumnHidden(self.CITY, results.city is None)
        self.fit_height()


class GroupTable(FittedTable):
    """Scores by theme or by the Ministry's asset (``UnitResults.themes`` / ``.assets``): the
    weighted mean of the group's answered questions, whatever their dimension."""

    NAME, CURRENT, TARGET, GAP, PERCENT, ANSWERED = range(6)

    def __init__(self, by: str, parent=None):
        super().__init__(6, stretch=(self.NAME,), parent=parent)
        self.by = by

    def retranslate(self) -> None:
        # The dimension table's words, in its translation context: one name for one thing.
        def tr(text: str) -> str:
            return QCoreApplication.translate("DimensionTable", text)

        lang = i18n.current()
        self.set_headers(
            [
                (vocabulary.term(self.by, lang), ""),
                (
                    tr("Current"),
                    tr("Weighted mean of the current levels of the answered questions"),
                ),
                (tr("Target"), tr("Weighted mean of the target levels")),
                (tr("Gap"), tr("Gap = target − current")),
                (tr("Percent"), tr("Percent = score / 5 × 100")),
                (tr("Answered"), ""),
            ]
        )

    def show_results(self, results: UnitResults, lang: str) -> None:
        groups = results.themes if self.by == "theme" else results.assets
        self.setAccessibleName(vocabulary.term(self.by, lang))
        self.setRowCount(len(groups))
        for row, group in enumerate(groups):
            gap = None if group.current is None else group.target - group.current
            cells = {
                self.NAME: item(
                    vocabulary.group_name(results.questionnaire, self.by, group.group_id, lang),
                    "",
                    LEFT,
                ),
                self.CURRENT: item(formatting.number(group.current, lang), "", bold=True),
                self.TARGET: item(formatting.number(group.target, lang)),
                self.GAP: item(formatting.number(gap, lang)),
                self.PERCENT: item(formatting.percent(group.percent, lang)),
                self.ANSWERED: item(f"{group.answered}/{group.questions}"),
            }
            for column, cell in cells.items():
                self.setItem(row, column, cell)
        self.fit_height()
