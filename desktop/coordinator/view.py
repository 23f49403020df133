"""The Coordinator view (its parts: inputs.py, merge_run.py, radar.py, files.py): the
smart-city office merges the units' workbooks into its database,
reads what happened to every file, compares units on one radar and writes the consolidated
workbook, with the core's ``assessments.merge`` doing the work.

Files and folders are dropped onto the view (or added with the buttons); "Merge" runs
``engine.merge`` on the background thread with the worker's own Store. The engine's
``MergeProgress`` reports on the merging thread; its callback only emits the task's progress
signal, which Qt delivers on the UI thread. Cancel calls ``MergeProgress.cancel()`` (thread-safe):
the engine stops before the next file and keeps every file already stored, and the report of
what was done still arrives. The import log shows the last merge, or the log kept in the
database (``admission.import_log``) before any merge in this session.

Merged assessments are read-only everywhere in the app (their source is not "local"). The
comparison radar (``assessments.compare_chart``) is drawn from ``city_figures.consolidate`` of
the chosen round; matplotlib is imported when the comparison tab is first shown.
"""

from __future__ import annotations

import importlib.util
import logging

from assessments.messages import MaturityError

from .. import errors, workers
from ..qt import (
    QCheckBox,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QLabel,
    QPushButton,
    Qt,
    QTabWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from .files import CoordinatorFiles
from .inputs import InputList
from .merge_run import MergeRun
from .radar import COMPARE_TAB, MERGE_TAB, ComparisonRadar
from .round_board import RoundBoard
from .units_tab import UnitsTab

log = logging.getLogger(__name__)


def available() -> bool:
    """False in a build without the merge (then the menu item is hidden)."""
    return importlib.util.find_spec("assessments.merge.engine") is not None


class CoordinatorView(InputList, MergeRun, ComparisonRadar, CoordinatorFiles, QWidget):
    notice = Signal(str)  # a line for the status bar
    planRequested = Signal()  # "Action plan draft": the main window shows the plan view

    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        session.changed.connect(self._data_changed)
        self.setAcceptDrops(True)
        self.task: workers.Task | None = None  # the merge running, if any
        self._merge_progress = None
        self.report = None  # the last merge's MergeReport
        self._db_log: list = []
        self.data = None  # the Consolidation of the chosen round
        self.earlier_data = None  # the round before it, if the database holds one
        self._generation = 0
        self._chosen: list[str] = []  # units on the radar, in the order chosen
        self._series: list = []
        self.canvas = None
        self._legend = ""
        self._chart_dirty = True
        self._exported: set[str] = set()  # consolidated workbooks written: never merged

        self.title = QLabel(objectName="pageTitle")
        self.intro = QLabel(objectName="muted")
        self.intro.setWordWrap(True)
        self.round_label = QLabel()
        self.round_combo = QComboBox()
        self.round_combo.setMinimumContentsLength(8)
        self.round_combo.currentIndexChanged.connect(self._round_chosen)
        self.round_label.setBuddy(self.round_combo)
        self.final_box = QCheckBox()  # drafts out of the city figures (merge --final-only)
        self.final_box.toggled.connect(lambda _on: self.reload(with_log=False))
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_consolidated)
        self.export_button.setEnabled(False)
        self.plan_button = QPushButton()
        self.plan_button.clicked.connect(self.planRequested)
        self.plan_button.setEnabled(False)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_merge_tab(), "")
        self.tabs.addTab(self._build_compare_tab(), "")
        self.round_board = RoundBoard(session)
        self.tabs.addTab(self.round_board, "")
        self.units_tab = UnitsTab(session)
        self.tabs.addTab(self.units_tab, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        head = QHBoxLayout()
        titles = QVBoxLayout()
        titles.setSpacing(2)
        titles.addWidget(self.title)
        titles.addWidget(self.intro)
        head.addLayout(titles, 1)
        head.addSpacing(16)
        head.addWidget(self.round_label, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.round_combo, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.final_box, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        head.addWidget(self.plan_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def _build_merge_tab(self) -> QWidget:
        strip = self._build_input_strip()
        progress_row = self._build_progress_row()
        log_head = self._build_log()
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(strip)
        layout.addWidget(progress_row)
        layout.addSpacing(4)
        layout.addLayout(log_head)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_log, 1, Qt.AlignmentFlag.AlignTop)  # keeps the space when empty
        layout.addWidget(self.table, 1)
        return tab

    def retranslate(self) -> None:
        self.title.setText(self.tr("Coordinator: merge the units' workbooks"))
        self.intro.setText(
            self.tr(
                "Drop the Excel files the units sent, or whole folders, onto this window and press "
                '"Merge". Every file is checked on its own; a faulty file never stops the others. '
                "Merged assessments are kept in this database, read-only."
            )
        )
        self.round_label.setText(self.tr("Rou&nd:"))
        self.final_box.setText(self.tr("Final onl&y"))
        self.final_box.setToolTip(
            self.tr("Leave the draft assessments out of the city figures and the workbook")
        )
        self.round_combo.setAccessibleName(self.tr("Round to compare and export"))
        self.export_button.setText(self.tr("Save consolidated wor&kbook..."))
        self.plan_button.setText(self.tr("Action &plan draft..."))
        self.plan_button.setToolTip(
            self.tr("Opens the action plan and drafts it from this round's gaps")
        )
        self.export_button.setToolTip(
            self.tr(
                "Write the consolidated workbook of the chosen round (overview, units × "
                "dimensions, action plan candidates, answers, import log) from this database."
            )
        )
        self.tabs.setTabText(MERGE_TAB, self.tr("Files and import log"))
        self.tabs.setTabText(COMPARE_TAB, self.tr("Compare units"))
        self.tabs.setTabText(self.tabs.indexOf(self.round_board), self.tr("Data-collection round"))
        self.tabs.setTabText(self.tabs.indexOf(self.units_tab), self.tr("Units"))
        self.drop_hint.setText(
            self.tr(
                "Drop Excel files or folders here\n(folders are searched with their subfolders)"
            )
        )
        self.inputs.setAccessibleName(self.tr("Files and folders to merge"))
        self.add_files_button.setText(self.tr("A&dd files..."))
        self.add_folder_button.setText(self.tr("Add fo&lder..."))
        self.remove_button.setText(self.tr("&Remove"))
        self.accept_modified.setText(self.tr("Al&so accept files changed after export"))
        self.accept_modified_help.setText(
            self.tr(
                "A workbook whose answers were edited in Excel after the unit exported it is "
                "normally rejected: the figures may not be the ones the unit signed off. Tick this "
                "only after checking the change with the unit; such files are accepted and flagged."
            )
        )
        self.merge_button.setText(self.tr("M&erge"))
        self.cancel_button.setText(self.tr("Cancel"))
        self.log_title.setText(self.tr("Import log"))
        self._fill_log_sources()
        self._fill_status_filter()
        self.search.setPlaceholderText(self.tr("Search file or unit..."))
        self.search.setAccessibleName(self.tr("Search the import log by file or unit"))
        self.table.setAccessibleName(self.tr("Import log"))
        self.model.retranslate()
        self._show_summary()
        self.units_title.setText(self.tr("Units"))
        self.unit_search.setPlaceholderText(self.tr("Filter units..."))
        self.unit_list.setAccessibleName(self.tr("Units to compare"))
        self.city_box.setText(self.tr("Show the city average"))
        self.clear_units_button.setText(self.tr("Clear the selection"))
        self.save_chart_button.setText(self.tr("Save chart..."))
        self._update_limit_note()
        self._update_chart_title()
        self._chart_dirty = True
        self._redraw()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event):  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not event.spontaneous():  # shown again: File -> Import may have added assessments
            self.reload()

    def _data_changed(self, change) -> None:
        """Another write (File -> Import, a new assessment...) changed what is merged; our own
        merge reloads in ``_merged`` with the rounds it stored."""
        if self.running or not (change.assessments or change.import_log):
            return
        if change.kinds == {"answer"}:
            return  # local answers: the comparison is read when shown
        if self.isVisible():
            self.reload()

    def reload(self, preferred_rounds=(), with_log: bool = True) -> workers.Task | None:
        """Read the log, the rounds and the chosen round's numbers again (background thread)."""
        if not self.session.is_open:
            return None
        self._generation += 1
        generation = self._generation
        questionnaire = self.session.questionnaire
        wanted = self.round_combo.currentData()
        final_only = self.final_box.isChecked()

        def work(_state, store):
            from assessments.merge.admission import import_log
            from assessments.merge.city_figures import choose_round, consolidate, rounds

            found = rounds(store, questionnaire)
            preferred = [r for r in preferred_rounds if r in found]
            chosen = (
                choose_round(store, questionnaire, preferred)
                if preferred
                else wanted
                if wanted in found
                else choose_round(store, questionnaire)
            )
            data = consolidate(store, questionnaire, chosen, final_only) if chosen else None
            earlier = None
            if data is not None:
                from assessments.merge.comparison import earlier_round

                before = earlier_round(data)
                earlier = consolidate(store, questionnaire, before, final_only) if before else None
            return generation, (import_log(store) if with_log else None), found, data, earlier

        return self.session.run(
            work, on_success=self._loaded_data, on_failure=self._background_failed
        )

    def _loaded_data(self, result) -> None:
        generation, entries, found, data, earlier = result
        if generation != self._generation:
            return  # a newer load is on its way
        if entries is not None:
            self._db_log = entries
            if self.log_source.currentData() == "all":
                self._show_log()
        self.data, self.earlier_data = data, earlier
        self.round_combo.blockSignals(True)
        self.round_combo.clear()
        for round_ in found:
            self.round_combo.addItem(round_, round_)
        self.round_combo.setCurrentIndex(self.round_combo.findData(data.round) if data else -1)
        self.round_combo.blockSignals(False)
        self._fill_units()
        self._update_chart_title()
        self._update_buttons()
        self._chart_dirty = True
        self._redraw()

    def _round_chosen(self, _index: int) -> None:
        wanted = self.round_combo.currentData()
        if wanted and (self.data is None or self.data.round != wanted):
            self.reload(with_log=False)

    def _background_failed(self, exc: BaseException) -> None:
        if isinstance(exc, MaturityError):
            errors.show_error(self, exc)
        else:
            errors.ExceptionHook(lambda: self)(type(exc), exc, exc.__traceback__)

    def _update_buttons(self) -> None:
        running = self.running
        has_inputs = self.inputs.count() > 0
        self.input_stack.setCurrentWidget(self.inputs if has_inputs else self.drop_hint)
        self.merge_button.setEnabled(has_inputs and not running)
        self.add_files_button.setEnabled(not running)
        self.add_folder_button.setEnabled(not running)
        self.remove_button.setEnabled(not running and bool(self.inputs.selectedItems()))
        self.accept_modified.setEnabled(not running)
        self.export_button.setEnabled(self.data is not None and not running)
        self.plan_button.setEnabled(self.data is not None and not running)
        self.round_combo.setEnabled(self.round_combo.count() > 0 and not running)

    def focus_first(self) -> None:
        (self.merge_button if self.merge_button.isEnabled() else self.add_files_button).setFocus()
