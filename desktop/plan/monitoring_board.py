"""The action plan's "Monitoring" tab: for a half-year period, write the units' monitoring
forms, collect the filled ones, and see where the plan stands (the plan's realisation rate,
the rate of every target with its traffic light, action status counts, delayed actions and
units that have not reported), with the monitoring workbook a click away. Collecting runs on
the background thread and goes through the session; the board redraws on its ``changed``."""

from __future__ import annotations

from datetime import date

from assessments.formatting import number, percent
from assessments.monitoring.model import STATUSES
from assessments.monitoring.periods import Period
from assessments.monitoring.words import label

from .. import file_dialogs, i18n
from ..chart_canvas import ChartPanel
from ..qt import (
    QColor,
    QComboBox,
    QDir,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from ..results_tables import FittedTable, item

LIGHT_COLOURS = {"green": "#4f9a5a", "amber": "#d9a21b", "red": "#c0504d", None: "#9e9e9e"}
CHART_HEIGHT = 300


class MonitoringBoard(QWidget):
    notice = Signal(str)

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.plan = None
        self.measure = None
        self.period_label = QLabel()
        self.period = QComboBox()
        self.period_label.setBuddy(self.period)
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.buttons = {name: QPushButton() for name in ("forms", "collect", "workbook")}
        for name, slot in (
            ("forms", self.write_forms),
            ("collect", self.collect),
            ("workbook", self.save_workbook),
        ):
            self.buttons[name].clicked.connect(slot)
        self.summary = QLabel(objectName="muted")
        self.summary.setWordWrap(True)
        self.targets = FittedTable(4, stretch=(1,))
        self.effects_title = QLabel(objectName="sectionTitle")
        self.effects_note = QLabel(objectName="muted")
        self.effects_note.setWordWrap(True)
        self.effects = FittedTable(6, stretch=(1,))
        self.effects_found = None  # (action effects, (plan round, later round)) or None
        self.charts = {
            "targets": ChartPanel(lambda *_a: "", CHART_HEIGHT),
            "status": ChartPanel(lambda *_a: "", CHART_HEIGHT),
        }
        for panel in self.charts.values():
            panel.save_button.hide()
        self._build_layout()
        session.changed.connect(self._changed)
        self.retranslate()

    def _build_layout(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.period_label)
        row.addWidget(self.period)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        charts = QHBoxLayout()
        charts.addWidget(self.charts["targets"], 3)
        charts.addWidget(self.charts["status"], 2)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.summary)
        layout.addLayout(charts)
        layout.addWidget(self.targets)
        for widget in (self.effects_title, self.effects_note, self.effects):
            layout.addWidget(widget)
            widget.hide()
        layout.addStretch(1)

    def retranslate(self) -> None:
        self.period_label.setText(self.tr("Re&porting period:"))
        self.buttons["forms"].setText(self.tr("W&rite the units' forms..."))
        self.buttons["collect"].setText(self.tr("C&ollect filled forms..."))
        self.buttons["workbook"].setText(self.tr("Save monitoring work&book..."))
        self.charts["targets"].title.setText(self.tr("Realisation rate per target"))
        self.charts["status"].title.setText(self.tr("Actions by status"))
        self.targets.set_headers(
            [(self.tr("Code"), ""), (self.tr("Target"), ""), (self.tr("Rate"), ""), ("", "")]
        )
        self.effects_title.setText(self.tr("Effect on maturity"))
        self.show_plan(self.plan)

    # -- state ------------------------------------------------------------------------------

    def show_plan(self, plan) -> None:
        """The plan changed (or was drafted): its periods, then the board."""
        self.plan = plan
        lang = i18n.current()
        chosen = self.period.currentData()
        self.period.blockSignals(True)
        self.period.clear()
        if plan is not None:
            for year in plan.years:
                for half in (1, 2):
                    period = Period(year, half)
                    self.period.addItem(period.label(lang), str(period))
        today = date.today()
        default = str(Period(today.year, 1 if today.month <= 6 else 2))
        index = self.period.findData(chosen or default)
        self.period.setCurrentIndex(max(index, 0))
        self.period.blockSignals(False)
        for button in self.buttons.values():
            button.setEnabled(plan is not None)
        self.refresh()
        self.load_effects()

    def current_period(self) -> Period | None:
        data = self.period.currentData()
        return Period.parse(data) if data else None

    def _changed(self, change) -> None:
        if "monitoring" in change.kinds:
            self.refresh()
        if change.kinds & {"import", "merge"}:  # a later round may have come in
            self.load_effects()

    def load_effects(self) -> None:
        """The actions' effect on maturity, read on the worker (two rounds' consolidation)."""
        plan = self.plan
        if plan is None or not plan.round or not self.session.is_open:
            self._show_effects(None)
            return
        questionnaire = self.session.questionnaire

        def work(_state, store):
            from assessments.monitoring.report import effects_for

            return effects_for(store, questionnaire, plan)

        self.session.run(work, on_success=self._show_effects)

    def _show_effects(self, found) -> None:
        self.effects_found = found
        for widget in (self.effects_title, self.effects_note, self.effects):
            widget.setVisible(found is not None)
        if found is None:
            return
        effects, (before, after) = found
        self.effects_note.setText(
            self.tr(
                "Round {before} against round {after}: the mean current level of the units "
                "concerned in each practice an action addresses (units that answered in both)."
            ).format(before=before, after=after)
        )
        self.effects.set_headers(
            [
                (self.tr("Action"), ""),
                (self.tr("Practice"), ""),
                (self.tr("Planned"), ""),
                (before, ""),
                (after, ""),
                (self.tr("Moved"), self.tr("Did any practice of the action rise?")),
            ]
        )
        rows = [(e, s) for e in effects for s in e.steps]
        self.effects.setRowCount(len(rows))
        lang = i18n.current()
        words = {True: self.tr("yes"), False: self.tr("no"), None: "-"}
        for row, (effect, step) in enumerate(rows):
            values = (
                f"{effect.action.code} {effect.action.title}",
                step.question_id,
                f"{step.planned_from} → {step.planned_to}",
                number(step.before, lang),
                number(step.after, lang),
                words[effect.moved],
            )
            for column, value in enumerate(values):
                self.effects.setItem(row, column, item(value, value if column == 0 else ""))
        self.effects.fit_height()

    def refresh(self) -> None:
        from assessments.monitoring.rates import measure

        period = self.current_period()
        if self.plan is None or period is None:
            self.measure = None
            self.summary.setText(self.tr("Draft or import a plan first."))
            return
        key = self.plan.key
        reports = self.session.progress_reports(key, str(period))
        self.measure = measure(self.plan, reports, period) if reports else None
        self.buttons["workbook"].setEnabled(self.measure is not None)
        self._show()

    def _show(self) -> None:
        lang = i18n.current()
        found = self.measure
        if found is None:
            period = self.current_period()
            self.summary.setText(
                self.tr("No monitoring form of {period} has been collected yet.").format(
                    period=period.label(lang) if period else ""
                )
            )
            self.targets.setRowCount(0)
            self.targets.fit_height()
            for panel in self.charts.values():
                panel.setVisible(False)
            return
        delayed = sum(1 for a in found.actions if a.delayed)
        self.summary.setText(
            self.tr(
                "Plan realisation rate {rate} · {reported} of {units} units reported · "
                "{delayed} of {actions} actions delayed"
            ).format(
                rate=percent(found.plan_rate, lang),
                reported=len(found.reported_units),
                units=len(found.reported_units) + len(found.missing_units),
                delayed=delayed,
                actions=len(found.actions),
            )
        )
        self._fill_targets(found, lang)
        for panel in self.charts.values():
            panel.setVisible(True)
        self._draw_charts(found, lang)

    def _fill_targets(self, found, lang: str) -> None:
        self.targets.setRowCount(len(found.targets))
        words = {"green": self.tr("green"), "amber": self.tr("amber"), "red": self.tr("red")}
        for row, target in enumerate(found.targets):
            self.targets.setItem(row, 0, item(target.target.code))
            left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            self.targets.setItem(row, 1, item(target.target.title, target.target.title, left))
            self.targets.setItem(row, 2, item(percent(target.rate, lang)))
            light = item(words.get(target.light, "-"))
            light.setBackground(QColor(LIGHT_COLOURS[target.light]).lighter(160))
            self.targets.setItem(row, 3, light)
        self.targets.fit_height()

    def _draw_charts(self, found, lang: str) -> None:
        from assessments.charts import chart_style

        targets = found.targets
        counts = found.status_counts()

        def rates(figure) -> None:
            figure.clear()
            axes = figure.add_subplot()
            names = [t.target.code for t in targets][::-1]
            values = [t.rate or 0.0 for t in targets][::-1]
            colours = [LIGHT_COLOURS[t.light] for t in targets][::-1]
            axes.barh(names, values, color=colours)
            axes.axvline(100, color="#555555", linewidth=0.8, linestyle="--")
            axes.set_xlabel(self.tr("Realisation rate (%)"))
            figure.set_layout_engine("constrained")

        def statuses(figure) -> None:
            figure.clear()
            axes = figure.add_subplot()
            keys = [*STATUSES, None]
            names = [label(k, lang) if k else self.tr("Not reported") for k in keys][::-1]
            axes.barh(names, [counts.get(k, 0) for k in keys][::-1], color="#2f6f9f")
            axes.xaxis.get_major_locator().set_params(integer=True)
            figure.set_layout_engine("constrained")

        with chart_style():
            self.charts["targets"].draw(rates)
            self.charts["status"].draw(statuses)

    # -- actions ----------------------------------------------------------------------------

    def write_forms(self):
        period = self.current_period()
        if self.plan is None or period is None:
            return None
        folder = file_dialogs.open_folder(
            self, self.tr("Folder for the monitoring forms"), file_dialogs.MONITORING
        )
        if not folder:
            return None
        lang, plan = i18n.current(), self.plan
        busy = self.tr("Writing the forms...")

        def work(state, _store):
            from assessments.monitoring.forms import write_forms

            state.progress(0, 0, busy)
            return write_forms(plan, period, folder, lang)

        return self.session.run(
            work,
            progress=(self.window(), self.tr("Monitoring forms")),
            on_success=lambda written: self.notice.emit(
                self.tr("{count} monitoring forms written: {folder}").format(
                    count=len(written), folder=QDir.toNativeSeparators(folder)
                )
            ),
        )

    def collect(self):
        if self.plan is None:
            return None
        paths = file_dialogs.open_files(
            self, self.tr("Filled monitoring forms"), file_dialogs.MONITORING
        )
        if not paths:
            return None
        plan = self.plan
        busy = self.tr("Collecting the forms...")

        def work(state, store):
            from assessments.monitoring.collect import collect

            state.progress(0, 0, busy)
            return collect(store, plan, paths)

        return self.session.run(
            work,
            writes=True,
            kinds=("monitoring",),
            progress=(self.window(), self.tr("Collect monitoring forms")),
            on_success=self._collected,
        )

    def _collected(self, result) -> None:
        from assessments.messages import text

        lang = i18n.current()
        counts = {s: result.count(s) for s in ("accepted", "duplicate", "superseded", "rejected")}
        line = text("mon.collected", lang, files=len(result.files), **counts)
        self.notice.emit(line)
        problems = [
            p.message(lang) for f in result.files if f.status != "accepted" for p in f.problems
        ]
        if problems:
            box = QMessageBox(
                QMessageBox.Icon.Warning, self.tr("Monitoring forms"), line, parent=self
            )
            box.setDetailedText("\n".join(problems))
            box.setInformativeText("\n".join(problems[:8]))
            box.exec()

    def save_workbook(self):
        if self.plan is None or self.measure is None:
            return None
        lang = i18n.current()
        name = file_dialogs.suggested_name(
            "izleme" if lang == "tr" else "monitoring", str(self.measure.period), suffix="xlsx"
        )
        path, _chosen = file_dialogs.save_file(
            self, self.tr("Save monitoring workbook"), file_dialogs.EXCEL, name
        )
        if not path:
            return None
        plan, period = self.plan, self.measure.period
        questionnaire = self.session.questionnaire
        busy = self.tr("Writing the workbook...")

        def work(state, store):
            from assessments.monitoring.report import write_period_workbook

            state.progress(0, 0, busy)
            return write_period_workbook(store, questionnaire, plan, period, path, lang)

        return self.session.run(
            work,
            progress=(self.window(), self.tr("Save monitoring workbook")),
            on_success=lambda written: self.notice.emit(
                self.tr("Monitoring workbook saved: {path}").format(
                    path=QDir.toNativeSeparators(str(written))
                )
            ),
        )
