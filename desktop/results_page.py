"""The results tab: the key figures, the radar (current, target, the city average when the
database holds other units' assessments of the round, the unit's earlier rounds), the gaps per
dimension, the trend over rounds, the top gaps with their next step and the dimension table.
Every number's tooltip says how it was computed.

Live but never in the way: an answer change marks the page dirty; while the tab is visible a
short debounce (``REFRESH_DELAY_MS``) later the results are reloaded on the background thread
(``assessments.results.load_results`` with the worker's own Store) and the charts whose inputs
changed are redrawn. While the tab is hidden nothing is computed; it catches up when shown.
The first look at an assessment loads at once, so the page is never shown empty.

matplotlib costs about half a second to import, so it is never on the start-up path: the
canvases are made when the tab is first shown, and a background import shortly after start-up
(``preload``) usually makes even that instant. Without matplotlib the page still shows the
numbers and the tables.
"""

from __future__ import annotations

import functools
import importlib.util
import logging

from assessments import formatting
from assessments.messages import text

from . import i18n, workers
from .chart_canvas import ChartPanel
from .planned_table import PlannedTable
from .qt import (
    QBoxLayout,
    QEvent,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from .reflow_row import grid_columns, place_in_grid
from .results_tables import DimensionTable, FittedTable, GapsTable, GroupTable, item

log = logging.getLogger(__name__)

REFRESH_DELAY_MS = 300  # after the last answer change, so a burst of changes redraws once
TOP_GAPS = 10
CHART_HEIGHT = 500  # the radar and the gaps side by side fit under the key figures at 1366x768
TREND_HEIGHT = 340
SIDE_BY_SIDE_MIN_WIDTH = 860  # narrower: the charts go one under the other
CARD_KEYS = ("score", "percent", "band", "target", "completeness")
CARD_SPACING = 8
CONTENT_MARGIN_X = 18


def charts_available() -> bool:
    return (
        importlib.util.find_spec("assessments.charts") is not None
        and importlib.util.find_spec("matplotlib") is not None
    )


def _import_chart_modules(_state=None) -> None:
    """The slow imports; safe on a worker thread (no Qt objects are made)."""
    import matplotlib.figure  # noqa: F401
    from matplotlib.backends import backend_qtagg  # noqa: F401

    import assessments.charts  # noqa: F401
    import assessments.results  # noqa: F401


def preload() -> None:
    """Import matplotlib in the background (called a few seconds after start-up)."""
    if charts_available():
        workers.start(
            _import_chart_modules,
            on_failure=lambda exc: log.warning("chart preload failed: %s", exc),
        )


def _load(questionnaire, uuid: str, generation: int):
    """The worker's part: the results with the city average and the earlier rounds."""

    def work(_state, store):
        from assessments.results import load_results

        return generation, uuid, load_results(store, questionnaire, uuid)

    return work


def chart_inputs(kind: str, results, lang: str) -> tuple:
    """What a chart shows; when it is unchanged the chart is not redrawn."""
    dims = tuple(
        (d.dimension_id, d.in_scope, d.current, d.target, d.city_mean) for d in results.dimensions
    )
    rounds = tuple(
        (
            p.round,
            p.is_current,
            p.score.current,
            p.score.target,
            tuple(d.current for d in p.score.dimensions),
        )
        for p in results.trend
    )
    if kind == "gaps":
        return lang, dims
    if kind == "trend":
        return lang, rounds
    return lang, dims, results.city.units if results.city else 0, rounds


def _card() -> tuple[QFrame, QLabel, QLabel]:
    frame = QFrame(objectName="card")
    value = QLabel(objectName="bigNumber")
    caption = QLabel(objectName="muted")
    caption.setWordWrap(True)
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(12, 8, 12, 8)
    layout.setSpacing(0)
    layout.addWidget(value)
    layout.addWidget(caption)
    return frame, value, caption


class ResultsPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.results = None  # the UnitResults shown
        self._results_uuid: str | None = None  # whose they are
        self._dirty = True
        self._generation = 0
        self._drawn: dict[str, tuple] = {}  # chart -> the inputs it was drawn with
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._reload)

        cards, context_row = self._build_head()
        self._build_charts()
        self.gaps_title = QLabel(objectName="sectionTitle")
        self.gaps_note = QLabel(objectName="muted")
        self.gaps_note.setWordWrap(True)
        self.gaps_table = GapsTable()
        self.no_gaps = QLabel()
        self.dimensions_title = QLabel(objectName="sectionTitle")
        self.dimensions_table = DimensionTable()
        self.na_title = QLabel(objectName="sectionTitle")
        self.na_table = FittedTable(3, stretch=(1, 2))
        self.planned_title = QLabel(objectName="sectionTitle")
        self.planned_table = PlannedTable()
        self.compliance_title = QLabel(objectName="sectionTitle")
        self.compliance = QLabel(objectName="legalNote")  # answers below a legal minimum
        self.compliance.setWordWrap(True)
        self.compliance.setProperty("gap", True)
        self.group_titles = {by: QLabel(objectName="sectionTitle") for by in ("theme", "asset")}
        self.group_tables = {by: GroupTable(by) for by in ("theme", "asset")}

        self.content = content = QWidget()
        content.hide()  # until the results of the open assessment are loaded
        body = QVBoxLayout(content)
        body.setContentsMargins(CONTENT_MARGIN_X, 12, CONTENT_MARGIN_X, 14)
        body.setSpacing(8)
        body.addLayout(cards)
        body.addLayout(context_row)
        body.addLayout(self.charts_row)
        body.addWidget(self.charts["trend"])
        for widget in (
            self.compliance_title,
            self.compliance,
            self.gaps_title,
            self.gaps_note,
            self.gaps_table,
            self.no_gaps,
            self.planned_title,
            self.planned_table,
            self.dimensions_title,
            self.dimensions_table,
            self.group_titles["theme"],
            self.group_tables["theme"],
            self.group_titles["asset"],
            self.group_tables["asset"],
            self.na_title,
            self.na_table,
        ):
            body.addWidget(widget)
        body.addStretch(1)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.message)
        outer.addWidget(self.scroll)

        session.answerChanged.connect(lambda _id: self.invalidate())
        session.assessmentChanged.connect(self._assessment_changed)
        session.changed.connect(self._data_changed)
        self.retranslate()

    def _build_head(self) -> tuple[QGridLayout, QHBoxLayout]:
        """The key-figure cards, and the context line with "Save report"."""
        self.cards: dict[str, QFrame] = {}
        self.values: dict[str, QLabel] = {}
        self.captions: dict[str, QLabel] = {}
        self.cards_grid = cards = QGridLayout()
        cards.setSpacing(CARD_SPACING)
        for column, key in enumerate(CARD_KEYS):
            self.cards[key], self.values[key], self.captions[key] = _card()
            cards.addWidget(self.cards[key], 0, column)

        self.context = QLabel(objectName="muted")
        self.context.setWordWrap(True)
        self.message = QLabel(objectName="warning")
        self.message.setWordWrap(True)
        self.message.setContentsMargins(18, 8, 18, 0)
        self.message.hide()
        self.report_button = QPushButton(objectName="primary")
        self.report_button.clicked.connect(self._save_report)
        context_row = QHBoxLayout()
        context_row.addWidget(self.context, 1)
        context_row.addWidget(self.report_button, 0, Qt.AlignmentFlag.AlignVCenter)
        return cards, context_row

    def _build_charts(self) -> None:
        """The radar and gap charts side by side (or stacked), the trend below."""
        self.charts = {
            "radar": ChartPanel(functools.partial(self._chart_tooltip, "radar"), CHART_HEIGHT),
            "gaps": ChartPanel(functools.partial(self._chart_tooltip, "gaps"), CHART_HEIGHT),
            "trend": ChartPanel(functools.partial(self._chart_tooltip, "trend"), TREND_HEIGHT),
        }
        for kind, panel in self.charts.items():
            panel.saveRequested.connect(functools.partial(self._save_chart, kind))
        self.charts["trend"].hide()
        self.charts_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self.charts_row.setSpacing(8)
        self.charts_row.addWidget(self.charts["radar"], 3)  # the radar's legend needs the width
        self.charts_row.addWidget(self.charts["gaps"], 2)

    # -- texts ----------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.captions["score"].setText(self.tr("overall score (0-5)"))
        self.captions["percent"].setText(self.tr("of the highest level"))
        self.captions["band"].setText(self.tr("maturity band"))
        self.report_button.setText(self.tr("Save report (PDF)..."))
        self.report_button.setToolTip(
            self.tr(
                "A printable A4 report of this unit and round: key figures, radar, dimension "
                "table, top gaps with the next step, N/A answers"
            )
        )
        self.charts["radar"].title.setText(self.tr("Dimension scores"))
        self.charts["gaps"].title.setText(self.tr("Gap to the target per dimension"))
        self.charts["trend"].title.setText(self.tr("Overall score per round"))
        for panel in self.charts.values():
            panel.save_button.setText(self.tr("Save..."))
            panel.save_button.setToolTip(self.tr("Save this chart as PNG, SVG or PDF"))
            panel.placeholder.setText(
                self.tr("Drawing the chart...")
                if charts_available()
                else self.tr(
                    "Charts cannot be drawn in this installation; the numbers below are complete."
                )
            )
            if panel.canvas is not None:
                panel.canvas.setAccessibleName(panel.title.text())
        self.gaps_title.setText(self.tr("Top {count} gaps by priority").format(count=TOP_GAPS))
        self.gaps_note.setText(
            self.tr(
                "Priority = question weight × gap (target − current). Next step: what the rubric "
                "asks for at the level above the current one. Hover a number to see how it was "
                "computed."
            )
        )
        self.no_gaps.setText(self.tr("No question has a target above its current level."))
        self.gaps_table.retranslate()
        self.dimensions_title.setText(self.tr("Dimensions"))
        self.dimensions_table.retranslate()
        for table in self.group_tables.values():
            table.retranslate()
        self.planned_title.setText(
            self.tr("Practices in the action plan: the earlier round and this one")
        )
        self.planned_table.retranslate()
        self.na_title.setText(self.tr("Not applicable (N/A) questions and why"))
        self.na_table.set_headers(
            [(self.tr("Question"), ""), (self.tr("Practice"), ""), (self.tr("Justification"), "")]
        )
        self.na_table.setAccessibleName(self.tr("Not applicable questions"))
        self.setAccessibleName(self.tr("Results"))
        self._drawn.clear()  # chart texts are in the language too
        self._render()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- when to refresh ------------------------------------------------------------------

    def invalidate(self) -> None:
        """The answers changed: reload soon if the tab is visible, else when it is shown."""
        self._dirty = True
        if self.isVisible():
            self._timer.start(REFRESH_DELAY_MS)

    def _data_changed(self, change) -> None:
        """Any assessment written (an import, a merge: the unit's other rounds, the city
        average): the figures may differ."""
        if change.assessments and change.kinds != {"answer"}:  # answers: answerChanged did it
            self.invalidate()

    def _assessment_changed(self) -> None:
        info = self.session.info
        if info is None or self._results_uuid != info.uuid:
            self._generation += 1  # a load still running is for the other assessment
            self.results = None
            self.content.hide()  # another unit's numbers must never show, not even for a moment
        self.invalidate()

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        super().showEvent(event)
        # Always reload: an import may have brought other units (the city average). Charts
        # whose inputs are unchanged are not redrawn, so this is cheap.
        self._dirty = True
        self._timer.start(0)

    def resizeEvent(self, event):  # noqa: N802 (Qt's name)
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.LeftToRight
            if event.size().width() >= SIDE_BY_SIDE_MIN_WIDTH
            else QBoxLayout.Direction.TopToBottom
        )
        if self.charts_row.direction() != direction:
            self.charts_row.setDirection(direction)
        self._fit_cards()

    def _fit_cards(self) -> None:
        """As many key-figure cards per row as the width takes (at 150 % scaling the five do
        not fit side by side, and a cut card would hide its number)."""
        scrollbar = self.scroll.verticalScrollBar().sizeHint().width()
        available = self.width() - 2 * CONTENT_MARGIN_X - scrollbar
        cards = [self.cards[key] for key in CARD_KEYS]
        widths = [card.minimumSizeHint().width() for card in cards]
        place_in_grid(self.cards_grid, cards, grid_columns(widths, available, CARD_SPACING))

    def _reload(self) -> None:
        if not self.isVisible() or not self._dirty:
            return
        self._dirty = False
        session = self.session
        if not session.has_assessment:
            return
        self._generation += 1
        load = _load(session.questionnaire, session.info.uuid, self._generation)
        if self._results_uuid != session.info.uuid:
            # The first look at this assessment: load at once (a few ms; more on a PC holding
            # many units) rather than show an empty page.
            try:
                payload = session.read(lambda store: load(None, store))
            except Exception as exc:  # noqa: BLE001 - shown on the page, never a traceback
                self._load_failed(exc)
            else:
                self._loaded(payload)
            return
        session.run(load, on_success=self._loaded, on_failure=self._load_failed)

    def _loaded(self, payload) -> None:
        generation, uuid, results = payload
        if generation != self._generation:
            return  # a newer load is on its way
        self.results = results
        self._results_uuid = uuid
        self.message.hide()
        self._render()
        self.content.show()

    def _load_failed(self, exc: BaseException) -> None:
        from assessments.messages import MaturityError

        log.warning("results could not be loaded: %s", exc)
        text = exc.message(i18n.current()) if isinstance(exc, MaturityError) else str(exc)
        self.message.setText(
            self.tr("The results could not be computed: {reason}").format(reason=text)
        )
        self.message.show()

    # -- showing --------------------------------------------------------------------------

    def _render(self) -> None:
        results = self.results
        self.report_button.setEnabled(results is not None and charts_available())
        if results is None:
            return
        lang = i18n.current()
        self._show_figures(results, lang)
        self._show_context(results, lang)
        gaps = results.top_gaps(TOP_GAPS)
        self.gaps_table.show_results(results, lang, TOP_GAPS)
        self.gaps_table.setVisible(bool(gaps))
        self.no_gaps.setVisible(not gaps)
        self.dimensions_table.show_results(results, lang)
        self._show_groups_and_compliance(results, lang)
        self._show_not_applicable(results, lang)
        self.planned_table.show_results(results, lang)
        self.planned_title.setVisible(bool(results.planned))
        self.planned_table.setVisible(bool(results.planned))
        self.charts["trend"].setVisible(results.has_trend)
        self._draw_next_chart()

    def _show_figures(self, results, lang: str) -> None:
        score, why = results.score, results.explanations
        self.values["score"].setText(formatting.number(score.current, lang))
        self.values["percent"].setText(formatting.percent(score.percent, lang))
        self.values["band"].setText(score.band.name(lang) if score.band else formatting.MISSING)
        self.values["target"].setText(formatting.number(score.target, lang))
        self.captions["target"].setText(
            self.tr("target (gap {gap})").format(gap=formatting.number(score.gap, lang))
        )
        self.values["completeness"].setText(formatting.fraction(score.completeness, lang))
        self.captions["completeness"].setText(
            self.tr("answered ({answered}/{applicable})").format(
                answered=score.answered, applicable=score.applicable
            )
        )
        tooltips = {
            "score": why["current"].get(lang),
            "percent": why["percent"].get(lang),
            "band": why["band"].get(lang),
            "target": why["target"].get(lang) + "\n\n" + why["gap"].get(lang),
            "completeness": why["completeness"].get(lang),
        }
        for key, tooltip in tooltips.items():
            self.cards[key].setToolTip(tooltip)
            self.cards[key].setAccessibleName(
                f"{self.captions[key].text()}: {self.values[key].text()}"
            )
            self.cards[key].setAccessibleDescription(tooltip)
        self._fit_cards()

    def _show_context(self, results, lang: str) -> None:
        parts = []
        if results.city is not None:
            parts.append(
                self.tr(
                    "City average: the mean of the {count} other units with an assessment of round "
                    "{round} in this database."
                ).format(count=results.city.units, round=results.round)
            )
        else:
            parts.append(
                self.tr(
                    "No other unit has an assessment of round {round} in this database, so there "
                    "is no city average to compare with."
                ).format(round=results.round)
            )
        if results.has_trend:
            earlier = ", ".join(p.round for p in results.trend if not p.is_current)
            parts.append(self.tr("Earlier rounds shown too: {rounds}.").format(rounds=earlier))
        self.context.setText(" ".join(parts))

    def _show_groups_and_compliance(self, results, lang: str) -> None:
        """Scores by theme and asset; the compliance gaps, which the gaps table ranks first."""
        for by, key in (("theme", "r.by_theme"), ("asset", "r.by_asset")):
            self.group_titles[by].setText(text(key, lang))
            self.group_tables[by].show_results(results, lang)
        gaps = results.compliance_gaps
        self.compliance_title.setText(text("r.compliance_gaps", lang))
        lines = []
        for row in gaps:
            minimum = row.question.legal_minimum
            lines.append(
                f"{row.question_id} · {row.question.text.get(lang)}\n"
                + text("a.below_legal_minimum", lang, current=row.current, level=minimum.level)
                + f" ({minimum.basis.get(lang)})"
            )
        self.compliance.setText("\n\n".join(lines))
        self.compliance_title.setVisible(bool(gaps))
        self.compliance.setVisible(bool(gaps))

    def _show_not_applicable(self, results, lang: str) -> None:
        rows = results.not_applicable
        self.na_table.setRowCount(len(rows))
        top_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        for row, na in enumerate(rows):
            text = na.question.text.get(lang)
            self.na_table.setItem(
                row, 0, item(na.question.id, na.dimension.name.get(lang), top_left)
            )
            self.na_table.setItem(row, 1, item(text, text, top_left))
            self.na_table.setItem(row, 2, item(na.justification, na.justification, top_left))
        self.na_table.fit_height()
        self.na_title.setVisible(bool(rows))
        self.na_table.setVisible(bool(rows))

    def _draw_next_chart(self) -> None:
        """Redraw the first chart whose inputs changed, then come back for the next one: one
        chart per turn of the event loop, so clicks and keys are served in between."""
        results = self.results
        if results is None or not charts_available():
            return
        from .results_actions import draw_chart

        lang = i18n.current()
        due = [
            kind
            for kind in self.charts
            if (kind != "trend" or results.has_trend)
            and self._drawn.get(kind) != chart_inputs(kind, results, lang)
        ]
        if not due:
            return
        kind = due[0]
        try:
            self.charts[kind].draw(lambda figure: draw_chart(kind, results, lang, figure))
        except ImportError as exc:  # a build without matplotlib: the numbers still show
            log.warning("charts unavailable: %s", exc)
            return
        self._drawn[kind] = chart_inputs(kind, results, lang)
        if len(due) > 1:
            QTimer.singleShot(0, self, self._draw_next_chart)

    def _chart_tooltip(self, kind: str, gid: str, index: int) -> str:
        """What a hovered point or bar is, and how it was computed."""
        results = self.results
        if results is None:
            return ""
        lang = i18n.current()
        if gid.startswith("gap:"):
            row = results.dimension(gid.split(":", 1)[1])
            return f"{row.name.get(lang)}\n{row.explanations['gap'].get(lang)}"
        if gid.startswith("trend:"):
            points = results.trend or ()
            if index >= len(points):
                return ""
            point = points[index]
            return self.tr("Round {round}: overall score {score}, target {target}").format(
                round=point.round,
                score=formatting.number(point.score.current, lang),
                target=formatting.number(point.score.target, lang),
            )
        if not gid.startswith("radar:") or index >= len(results.dimensions):
            return ""
        row = results.dimensions[index]
        name = row.name.get(lang)
        series = gid.split(":", 2)
        if series[1] == "round":
            point = next((p for p in results.trend if p.round == series[2]), None)
            value = point.score.dimensions[index].current if point else None
            return f"{name}\n" + self.tr("Round {round}: {score}").format(
                round=series[2], score=formatting.number(value, lang)
            )
        key = {"current": "current", "target": "target", "city": "city"}.get(series[1])
        if key is None:
            return ""
        return f"{name}\n{row.explanations[key].get(lang)}"

    # -- files ----------------------------------------------------------------------------

    def _save_report(self) -> None:
        from . import results_actions

        results_actions.save_report(self.window())

    def _save_chart(self, kind: str) -> None:
        from . import results_actions

        results_actions.save_chart(self.window(), kind)
