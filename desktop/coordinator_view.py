"""The Coordinator view: the smart-city office merges the units' workbooks into its database,
reads what happened to every file, compares units on one radar and writes the consolidated
workbook, with the core's ``assessments.merge`` doing the work.

Files and folders are dropped onto the view (or added with the buttons); "Merge" runs
``engine.merge`` on the background thread with the worker's own Store. The engine's
``MergeProgress`` reports on the merging thread; its callback only emits the task's progress
signal, which Qt delivers on the UI thread. Cancel calls ``MergeProgress.cancel()`` (thread-safe):
the engine stops before the next file and keeps every file already stored, and the report of
what was done still arrives. The import log shows the last merge, or the log kept in the
database (``storing.import_log``) before any merge in this session.

Merged assessments are read-only everywhere in the app (their source is not "local"). The
comparison radar (``assessments.compare_chart``) is drawn from ``consolidation.consolidate`` of
the chosen round; matplotlib is imported when the comparison tab is first shown.
"""

from __future__ import annotations

import importlib.util
import logging
from pathlib import Path

from assessments import formatting, turkish
from assessments.messages import MaturityError, text

from . import errors, file_dialogs, i18n, workers
from .import_log_model import (
    FILE,
    PROBLEMS,
    REASON,
    ROUND,
    SHA,
    STATUS,
    UNIT,
    ImportLogFilter,
    ImportLogModel,
    MiddleElided,
    status_text,
)
from .qt import (
    QAbstractItemView,
    QCheckBox,
    QColor,
    QComboBox,
    QDir,
    QEvent,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QIcon,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPixmap,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    Qt,
    QTableView,
    QTabWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)

log = logging.getLogger(__name__)

PATH_ROLE = Qt.ItemDataRole.UserRole
UNIT_ROLE = Qt.ItemDataRole.UserRole
MERGE_TAB, COMPARE_TAB = range(2)
DROP_HINT_STYLE = ("QLabel {{ border: 2px dashed {colour}; border-radius: 6px; background: {background};"
                   " color: #55606e; padding: 8px; }}")


def available() -> bool:
    """False in a build without the merge (then the menu item is hidden)."""
    return importlib.util.find_spec("assessments.merge.engine") is not None


def consolidated_file_name(round: str, lang: str) -> str:
    stem = "akilli-sehir-konsolide" if lang == "tr" else "smart-city-consolidated"
    return file_dialogs.suggested_name(stem, round, suffix="xlsx")


def comparison_file_name(round: str, lang: str) -> str:
    stem = "akilli-sehir-karsilastirma" if lang == "tr" else "smart-city-comparison"
    return file_dialogs.suggested_name(stem, round, suffix="png")


def local_paths(mime) -> list[Path]:
    """The local files and folders in dropped data (web links are ignored)."""
    if mime is None or not mime.hasUrls():
        return []
    return [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile() and url.toLocalFile()]


def _swatch(colour: str | None) -> QIcon:
    """A square of a series' colour for the unit list (transparent: not on the chart)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour) if colour else Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class CoordinatorView(QWidget):
    notice = Signal(str)  # a line for the status bar

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
        self.export_button = QPushButton()
        self.export_button.clicked.connect(self.export_consolidated)
        self.export_button.setEnabled(False)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_merge_tab(), "")
        self.tabs.addTab(self._build_compare_tab(), "")
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
        head.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignBottom)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 10)
        layout.setSpacing(8)
        layout.addLayout(head)
        layout.addWidget(self.tabs, 1)
        self.retranslate()
        self._update_buttons()

    # -- building ---------------------------------------------------------------------------

    def _build_merge_tab(self) -> QWidget:
        self.inputs = QListWidget()
        self.inputs.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.inputs.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.inputs.itemSelectionChanged.connect(self._update_buttons)
        self.drop_hint = QLabel()
        self.drop_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.drop_hint.setWordWrap(True)
        self._highlight_drop(False)
        self.input_stack = QStackedWidget()
        self.input_stack.addWidget(self.drop_hint)
        self.input_stack.addWidget(self.inputs)
        self.input_stack.setFixedHeight(96)

        self.add_files_button = QPushButton()
        self.add_files_button.clicked.connect(self.add_files)
        self.add_folder_button = QPushButton()
        self.add_folder_button.clicked.connect(self.add_folder)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)
        input_buttons = QVBoxLayout()
        input_buttons.setSpacing(4)
        for button in (self.add_files_button, self.add_folder_button, self.remove_button):
            input_buttons.addWidget(button)
        input_buttons.addStretch(1)

        self.accept_modified = QCheckBox()
        self.accept_modified_help = QLabel(objectName="muted")
        self.accept_modified_help.setWordWrap(True)
        self.merge_button = QPushButton(objectName="primary")
        self.merge_button.clicked.connect(self.start_merge)
        options = QVBoxLayout()
        options.setSpacing(4)
        options.addWidget(self.accept_modified)
        options.addWidget(self.accept_modified_help)
        options.addStretch(1)
        options.addWidget(self.merge_button, 0, Qt.AlignmentFlag.AlignRight)
        options_box = QWidget()
        options_box.setLayout(options)
        options_box.setFixedWidth(400)
        options.setContentsMargins(0, 0, 0, 0)

        strip = QHBoxLayout()
        strip.addWidget(self.input_stack, 1)
        strip.addLayout(input_buttons)
        strip.addSpacing(8)
        strip.addWidget(options_box)

        self.progress_bar = QProgressBar()
        self.progress_bar.setFormat("%v / %m")
        self.progress_text = QLabel(objectName="muted")
        self.progress_text.setTextFormat(Qt.TextFormat.PlainText)
        self.progress_text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.cancel_button = QPushButton()
        self.cancel_button.clicked.connect(self.cancel_merge)
        self.progress_row = QWidget()
        progress = QHBoxLayout(self.progress_row)
        progress.setContentsMargins(0, 0, 0, 0)
        progress.addWidget(self.progress_bar, 2)
        progress.addWidget(self.progress_text, 3)
        progress.addWidget(self.cancel_button)
        self.progress_row.hide()

        self.log_title = QLabel(objectName="sectionTitle")
        self.log_source = QComboBox()
        self.log_source.currentIndexChanged.connect(self._show_log)
        self.status_filter = QComboBox()
        self.status_filter.currentIndexChanged.connect(self._filter_changed)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter_changed)
        log_head = QHBoxLayout()
        log_head.addWidget(self.log_title)
        log_head.addWidget(self.log_source)
        log_head.addStretch(1)
        log_head.addWidget(self.status_filter)
        log_head.addWidget(self.search, 1)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.model = ImportLogModel(self)
        self.proxy = ImportLogFilter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.horizontalHeader().setSortIndicatorClearable(True)  # a third click: input order
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # input order until a header is clicked
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.table.setItemDelegateForColumn(FILE, MiddleElided(self.table))
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Stretch)
        for column, width in ((FILE, 300), (STATUS, 140), (UNIT, 270), (ROUND, 64), (SHA, 112)):
            header.resizeSection(column, width)
        self.empty_log = QLabel(objectName="muted")
        self.empty_log.setWordWrap(True)

        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(strip)
        layout.addWidget(self.progress_row)
        layout.addSpacing(4)
        layout.addLayout(log_head)
        layout.addWidget(self.summary)
        layout.addWidget(self.empty_log, 1, Qt.AlignmentFlag.AlignTop)  # keeps the space when empty
        layout.addWidget(self.table, 1)
        return tab

    def _build_compare_tab(self) -> QWidget:
        self.units_title = QLabel(objectName="sectionTitle")
        self.unit_search = QLineEdit()
        self.unit_search.setClearButtonEnabled(True)
        self.unit_search.textChanged.connect(self._filter_units)
        self.unit_list = QListWidget()
        self.unit_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unit_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.unit_list.itemChanged.connect(self._unit_toggled)
        self.city_box = QCheckBox()
        self.city_box.setChecked(True)
        self.city_box.toggled.connect(self._redraw)
        self.limit_note = QLabel(objectName="muted")
        self.limit_note.setWordWrap(True)
        self.clear_units_button = QPushButton()
        self.clear_units_button.clicked.connect(self.clear_units)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.units_title)
        left.addWidget(self.unit_search)
        left.addWidget(self.unit_list, 1)
        left.addWidget(self.city_box)
        left.addWidget(self.limit_note)
        left.addWidget(self.clear_units_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(340)
        left.setContentsMargins(0, 0, 0, 0)

        self.chart_title = QLabel(objectName="sectionTitle")
        self.chart_title.setWordWrap(True)
        self.save_chart_button = QPushButton()
        self.save_chart_button.clicked.connect(self.save_chart)
        self.chart_placeholder = QLabel(objectName="muted")
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_placeholder.setWordWrap(True)
        self.chart_frame = QFrame(objectName="card")
        self.chart_layout = QVBoxLayout(self.chart_frame)
        self.chart_layout.setContentsMargins(10, 8, 10, 6)
        top = QHBoxLayout()
        top.addWidget(self.chart_title, 1)
        top.addWidget(self.save_chart_button, 0, Qt.AlignmentFlag.AlignTop)
        self.chart_layout.addLayout(top)
        self.chart_layout.addWidget(self.chart_placeholder, 1)

        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(left_box)
        layout.addWidget(self.chart_frame, 1)
        return tab

    # -- texts ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.title.setText(self.tr("Coordinator: merge the units' workbooks"))
        self.intro.setText(self.tr(
            "Drop the Excel files the units sent, or whole folders, onto this window and press "
            "\"Merge\". Every file is checked on its own; a faulty file never stops the others. "
            "Merged assessments are kept in this database, read-only."))
        self.round_label.setText(self.tr("&Round:"))
        self.round_combo.setAccessibleName(self.tr("Round to compare and export"))
        self.export_button.setText(self.tr("Save consolidated &workbook..."))
        self.export_button.setToolTip(self.tr(
            "Write the consolidated workbook of the chosen round (overview, units × dimensions, "
            "action plan candidates, answers, import log) from this database."))
        self.tabs.setTabText(MERGE_TAB, self.tr("Files and import log"))
        self.tabs.setTabText(COMPARE_TAB, self.tr("Compare units"))
        self.drop_hint.setText(self.tr("Drop Excel files or folders here\n(folders are searched with their subfolders)"))
        self.inputs.setAccessibleName(self.tr("Files and folders to merge"))
        self.add_files_button.setText(self.tr("Add fi&les..."))
        self.add_folder_button.setText(self.tr("Add f&older..."))
        self.remove_button.setText(self.tr("Remo&ve"))
        self.accept_modified.setText(self.tr("Also accept files &changed after export"))
        self.accept_modified_help.setText(self.tr(
            "A workbook whose answers were edited in Excel after the unit exported it is normally "
            "rejected: the figures may not be the ones the unit signed off. Tick this only after "
            "checking the change with the unit; such files are accepted and flagged."))
        self.merge_button.setText(self.tr("&Merge"))
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

    def _fill_log_sources(self) -> None:
        chosen = self.log_source.currentData()
        self.log_source.blockSignals(True)
        self.log_source.clear()
        if self.report is not None:
            self.log_source.addItem(self.tr("last merge"), "run")
        self.log_source.addItem(self.tr("all files in the database"), "all")
        index = self.log_source.findData(chosen)
        self.log_source.setCurrentIndex(max(index, 0))
        self.log_source.blockSignals(False)

    def _fill_status_filter(self) -> None:
        from assessments.merge.outcome import STATUSES

        index = max(self.status_filter.currentIndex(), 0)
        self.status_filter.blockSignals(True)
        self.status_filter.clear()
        self.status_filter.addItem(self.tr("All statuses"), None)
        self.status_filter.addItem(self.tr("Needs attention"), sorted(PROBLEMS))
        for status in STATUSES:
            self.status_filter.addItem(status_text(status), [status])
        self.status_filter.setCurrentIndex(index)
        self.status_filter.setAccessibleName(self.tr("Show files with status"))
        self.status_filter.blockSignals(False)

    # -- loading ----------------------------------------------------------------------------

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

        def work(_state, store):
            from assessments.merge.consolidation import choose_round, consolidate, rounds
            from assessments.merge.storing import import_log

            found = rounds(store, questionnaire)
            preferred = [r for r in preferred_rounds if r in found]
            chosen = (choose_round(store, questionnaire, preferred) if preferred
                      else wanted if wanted in found else choose_round(store, questionnaire))
            data = consolidate(store, questionnaire, chosen) if chosen else None
            return generation, (import_log(store) if with_log else None), found, data

        return self.session.run(work, on_success=self._loaded_data,
                                on_failure=self._background_failed)

    def _loaded_data(self, result) -> None:
        generation, entries, found, data = result
        if generation != self._generation:
            return  # a newer load is on its way
        if entries is not None:
            self._db_log = entries
            if self.log_source.currentData() == "all":
                self._show_log()
        self.data = data
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
        if self.round_combo.currentData() and (self.data is None or self.data.round != self.round_combo.currentData()):
            self.reload(with_log=False)

    def _background_failed(self, exc: BaseException) -> None:
        if isinstance(exc, MaturityError):
            errors.show_error(self, exc)
        else:
            errors.ExceptionHook(lambda: self)(type(exc), exc, exc.__traceback__)

    # -- inputs -----------------------------------------------------------------------------

    def input_paths(self) -> list[str]:
        return [self.inputs.item(i).data(PATH_ROLE) for i in range(self.inputs.count())]

    def add_paths(self, paths) -> int:
        """Add files or folders to merge (each once); returns how many were new."""
        known = {p.casefold() for p in self.input_paths()}
        added = 0
        for path in paths:
            shown = QDir.toNativeSeparators(str(path))
            if not str(path) or shown.casefold() in known:
                continue
            item = QListWidgetItem(shown + (" " + self.tr("(folder)") if Path(path).is_dir() else ""))
            item.setData(PATH_ROLE, shown)
            item.setToolTip(shown)
            self.inputs.addItem(item)
            known.add(shown.casefold())
            added += 1
        if added:
            file_dialogs.remember(file_dialogs.MERGE_INPUT, self.input_paths()[-1])
        self._update_buttons()
        return added

    def add_files(self) -> None:
        paths = file_dialogs.open_files(
            self, self.tr("Add workbooks to merge"), file_dialogs.MERGE_INPUT,
            filters=f"{file_dialogs.EXCEL.filter_text};;{self.tr('All files')} (*)")
        self.add_paths(paths)

    def add_folder(self) -> None:
        folder = file_dialogs.open_folder(self, self.tr("Add a folder to merge"),
                                          file_dialogs.MERGE_INPUT)
        if folder:
            self.add_paths([folder])

    def remove_selected(self) -> None:
        for item in self.inputs.selectedItems():
            self.inputs.takeItem(self.inputs.row(item))
        self._update_buttons()

    def dragEnterEvent(self, event):  # noqa: N802 (Qt's name)
        if local_paths(event.mimeData()) and not self.running:
            event.acceptProposedAction()
            self._highlight_drop(True)
        else:
            event.ignore()

    def dragMoveEvent(self, event):  # noqa: N802 (Qt's name)
        if local_paths(event.mimeData()) and not self.running:
            event.acceptProposedAction()

    def dragLeaveEvent(self, event):  # noqa: N802 (Qt's name)
        self._highlight_drop(False)
        super().dragLeaveEvent(event)

    def dropEvent(self, event):  # noqa: N802 (Qt's name)
        self._highlight_drop(False)
        paths = local_paths(event.mimeData())
        if not paths or self.running:
            event.ignore()
            return
        event.acceptProposedAction()
        self.tabs.setCurrentIndex(MERGE_TAB)
        self.add_paths(paths)

    def _highlight_drop(self, on: bool) -> None:
        from .style import ACCENT, ACCENT_SOFT

        self.drop_hint.setStyleSheet(DROP_HINT_STYLE.format(
            colour=ACCENT if on else "#9fb4c8", background=ACCENT_SOFT if on else "white"))

    # -- merging ----------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.task is not None

    def start_merge(self) -> workers.Task | None:
        """Merge the listed files and folders on the background thread."""
        inputs = self.input_paths()
        if self.running or not inputs or not self.session.is_open:
            return None
        from assessments.merge.engine import merge
        from assessments.merge.outcome import MergeProgress

        questionnaire = self.session.questionnaire
        accept_modified = self.accept_modified.isChecked()
        exclude = tuple(self._exported)
        progress = MergeProgress()

        def work(_state, store):
            return merge(inputs, store, questionnaire, accept_modified=accept_modified,
                         progress=progress, exclude=exclude)

        task = self.session.task(work, writes=True, kinds={"merge"})
        # Called on the merging thread: only emit; the signal is delivered on the UI thread.
        progress.on_progress = task.state.progress
        task.progress.connect(self._progressed)
        task.succeeded.connect(self._merged)
        task.failed.connect(self._background_failed)
        task.finished.connect(self._merge_finished)
        self.task, self._merge_progress = task, progress
        self.progress_bar.setRange(0, 0)
        self.progress_text.setText(self.tr("Looking for workbooks..."))
        self.cancel_button.setEnabled(True)
        self.progress_row.show()
        self._update_buttons()
        self._show_summary()
        log.info("merge started: %d inputs", len(inputs))
        return task.start()

    def cancel_merge(self) -> None:
        """Stop before the next file; files already merged stay merged."""
        if self._merge_progress is not None and not self._merge_progress.cancelled:
            self._merge_progress.cancel()
            self.cancel_button.setEnabled(False)
            self.progress_text.setText(self.tr("Stopping after the current file..."))

    def _progressed(self, done: int, total: int, name: str) -> None:
        if self._merge_progress is not None and self._merge_progress.cancelled:
            return
        self.progress_bar.setRange(0, max(total, 1))
        self.progress_bar.setValue(done)
        self.progress_text.setText(self.tr("Checking {name}").format(name=name) if name
                                   else self.tr("{done} of {total} files done").format(done=done, total=total))

    def _merged(self, report) -> None:
        self.report = report
        self._fill_log_sources()
        self.log_source.setCurrentIndex(self.log_source.findData("run"))
        self._show_log()
        lang = i18n.current()
        self.notice.emit(report.summary(lang).replace("\n", " "))
        if report.outcomes and not report.cancelled:
            self.inputs.clear()  # done: the list is ready for the next batch
        self.reload(preferred_rounds=report.stored_rounds)  # the session told the other views
        log.info("merge done: %s", report.counts)

    def _merge_finished(self) -> None:
        self.task = None
        self._merge_progress = None
        self.progress_row.hide()
        self._update_buttons()
        self._show_summary()

    # -- the log ----------------------------------------------------------------------------

    def _show_log(self, *_args) -> None:
        run = self.log_source.currentData() == "run" and self.report is not None
        self.model.set_rows(self.report.outcomes if run else self._db_log)
        self._show_summary()

    def _filter_changed(self, *_args) -> None:
        self.proxy.set_statuses(self.status_filter.currentData())
        self.proxy.set_text(self.search.text())
        self._show_summary()

    def _show_summary(self) -> None:
        lang = i18n.current()
        counts = self.model.counts()
        total = sum(counts.values())
        parts = ", ".join(f"{status_text(s, lang)} {n}" for s, n in counts.items() if n)
        run = self.log_source.currentData() == "run" and self.report is not None
        if total:
            line = (self.tr("1 file: {counts}.") if total == 1
                    else self.tr("{count} files: {counts}.")).format(count=total, counts=parts)
            shown = self.proxy.rowCount()
            if shown != total:
                line += " " + self.tr("Shown: {count}.").format(count=shown)
            if run and self.report.cancelled:
                line += " " + text("m.cancelled", lang, left=len(self.report.not_processed))
        else:
            line = ""
        self.summary.setText(line)
        self.summary.setVisible(bool(line))
        if self.running:
            empty = self.tr("The log of this merge appears here when it ends.")
        elif run:
            empty = self.tr("No Excel workbooks were found in the files and folders given.")
        else:
            empty = self.tr("No files merged yet. Add the units' workbooks above and press \"Merge\".")
        self.empty_log.setText(empty)
        self.empty_log.setVisible(total == 0)
        self.table.setVisible(total > 0)

    # -- the comparison ---------------------------------------------------------------------

    def _fill_units(self) -> None:
        lang = i18n.current()
        units = [row for row in self.data.units] if self.data else []
        names = {row.unit for row in units}
        self._chosen = [u for u in self._chosen if u in names]
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        for row in units:
            item = QListWidgetItem(row.unit)
            item.setData(UNIT_ROLE, row.unit)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if row.unit in self._chosen else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("{unit}\nOverall score: {score} · completed: {completed}").format(
                unit=row.unit, score=formatting.number(row.score.current, lang),
                completed=formatting.fraction(row.score.completeness, lang)))
            self.unit_list.addItem(item)
        self.unit_list.blockSignals(False)
        self._filter_units()
        self._update_unit_items()

    def _filter_units(self, *_args) -> None:
        needle = self.unit_search.text().strip()
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            item.setHidden(bool(needle) and not turkish.contains(item.data(UNIT_ROLE), needle))

    def _unit_toggled(self, item: QListWidgetItem) -> None:
        unit = item.data(UNIT_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and unit not in self._chosen:
            self._chosen.append(unit)
        elif not checked and unit in self._chosen:
            self._chosen.remove(unit)
        self._update_unit_items()
        self._chart_dirty = True
        self._redraw()

    def choose_units(self, units) -> None:
        """Put these units (names) on the radar, in this order (the checkboxes follow)."""
        from assessments.compare_chart import MAX_UNITS

        self._chosen = list(dict.fromkeys(units))[:MAX_UNITS]
        self.unit_list.blockSignals(True)
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            item.setCheckState(Qt.CheckState.Checked if item.data(UNIT_ROLE) in self._chosen
                               else Qt.CheckState.Unchecked)
        self.unit_list.blockSignals(False)
        self._update_unit_items()
        self._chart_dirty = True
        self._redraw()

    @property
    def chosen_units(self) -> list[str]:
        return list(self._chosen)

    def clear_units(self) -> None:
        self.choose_units([])

    def _update_unit_items(self) -> None:
        """Swatches in the series' colours; at the limit, the other units cannot be ticked."""
        from assessments.compare_chart import MAX_UNITS, unit_style

        full = len(self._chosen) >= MAX_UNITS
        self.unit_list.blockSignals(True)
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            unit = item.data(UNIT_ROLE)
            chosen = unit in self._chosen
            item.setIcon(_swatch(unit_style(self._chosen.index(unit))["color"] if chosen else None))
            flags = item.flags()
            enabled = chosen or not full
            item.setFlags(flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled)
        self.unit_list.blockSignals(False)
        self.clear_units_button.setEnabled(bool(self._chosen))
        self._update_limit_note()

    def _update_limit_note(self) -> None:
        from assessments.compare_chart import MAX_UNITS

        if not hasattr(self, "limit_note"):
            return
        self.limit_note.setText(self.tr("Tick up to {count} units to draw them on one radar.").format(count=MAX_UNITS))

    def _update_chart_title(self) -> None:
        if self.data is None:
            self.chart_title.setText(self.tr("Dimension scores (0-5)"))
        else:
            self.chart_title.setText(self.tr("Dimension scores (0-5), round {round}").format(round=self.data.round))

    def _tab_changed(self, index: int) -> None:
        if index == COMPARE_TAB:
            self._redraw()

    def _series_for_chart(self) -> list:
        from assessments.compare_chart import comparison_series

        if self.data is None:
            return []
        return comparison_series(self.data, self._chosen, i18n.current(), city=self.city_box.isChecked())

    def _redraw(self, *_args) -> None:
        """Draw the radar if it is on screen and its inputs changed (matplotlib loads here)."""
        if not hasattr(self, "chart_placeholder"):
            return
        has_data = self.data is not None
        self.save_chart_button.setEnabled(has_data)
        if not has_data:
            self.chart_placeholder.setText(self.tr("No merged assessments yet: merge the units' workbooks first."))
            self.chart_placeholder.show()
            if self.canvas is not None:
                self.canvas.hide()
            return
        if self.tabs.currentIndex() != COMPARE_TAB or not self.isVisible() or not self._chart_dirty:
            return
        from .results_page import charts_available

        if not charts_available():
            self.chart_placeholder.setText(self.tr("Charts are not available in this installation."))
            return
        from assessments.compare_chart import compare_radar_figure

        from .chart_canvas import canvas_class

        if self.canvas is None:
            self.canvas = canvas_class()(self._tooltip)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.chart_layout.addWidget(self.canvas, 1)
            self.canvas.installEventFilter(self)
        self.chart_placeholder.hide()
        self.canvas.setAccessibleName(self.chart_title.text())
        self.canvas.show()
        self._series = self._series_for_chart()
        self._legend = self._legend_side(self.canvas.width(), self.canvas.height())
        compare_radar_figure(self.data.questionnaire, self._series, i18n.current(), figure=self.canvas.figure,
                             legend=self._legend)
        self.canvas.draw_idle()
        self._chart_dirty = False

    @staticmethod
    def _legend_side(width: int, height: int) -> str:
        """Beside the radar in a wide canvas (the radar gets the full height), else below."""
        return "right" if width > 1.45 * height else "bottom"

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            size = event.size()
            if self._legend_side(size.width(), size.height()) != self._legend:
                self._chart_dirty = True
                QTimer.singleShot(0, self._redraw)  # after the canvas has taken its new size
        return super().eventFilter(watched, event)

    def _tooltip(self, gid: str, index: int) -> str:
        series = next((s for s in self._series if s.gid == gid), None)
        if series is None or self.data is None or index >= len(series.values) or series.values[index] is None:
            return ""
        lang = i18n.current()
        dimension = self.data.questionnaire.dimensions[index]
        return f"{series.label}\n{dimension.name.get(lang)}: {formatting.number(series.values[index], lang)}"

    @property
    def figure(self):
        return None if self.canvas is None else self.canvas.figure

    # -- files out --------------------------------------------------------------------------

    def export_consolidated(self) -> workers.Task | None:
        """Ask where, then write the consolidated workbook of the chosen round."""
        round_ = self.data.round if self.data is not None else None
        if round_ is None or self.running:
            return None
        from assessments.merge.consolidated import write_consolidated

        lang = i18n.current()
        title = self.tr("Save consolidated workbook")
        path, _chosen = file_dialogs.save_file(self, title, file_dialogs.EXCEL,
                                               consolidated_file_name(round_, lang))
        if not path:
            return None
        self._exported.add(path)
        questionnaire = self.session.questionnaire
        writing = self.tr("Writing the consolidated workbook...")

        def work(state, store):
            state.progress(0, 0, writing)
            return write_consolidated(store, questionnaire, path, round=round_, lang=lang)

        return self.session.run(
            work, progress=(self.window(), title),
            on_success=lambda written: self.notice.emit(
                self.tr("Consolidated workbook saved: {path}").format(path=QDir.toNativeSeparators(str(written)))))

    def save_chart(self) -> workers.Task | None:
        """Ask where, then write the comparison radar as PNG, SVG or PDF (a fresh figure, drawn
        on the background thread from the same numbers)."""
        if self.data is None:
            return None
        from assessments.charts import save_figure
        from assessments.compare_chart import compare_radar_figure

        lang = i18n.current()
        title = self.tr("Save chart")
        path, _chosen = file_dialogs.save_file(self, title, file_dialogs.IMAGES,
                                               comparison_file_name(self.data.round, lang))
        if not path:
            return None
        questionnaire, series = self.data.questionnaire, self._series_for_chart()

        def work(_state):
            return save_figure(compare_radar_figure(questionnaire, series, lang), path)

        return workers.run_with_progress(
            self.window(), title, work,
            on_success=lambda written: self.notice.emit(
                self.tr("Chart saved: {path}").format(path=QDir.toNativeSeparators(str(written)))))

    # -- state ------------------------------------------------------------------------------

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
        self.round_combo.setEnabled(self.round_combo.count() > 0 and not running)

    def focus_first(self) -> None:
        (self.merge_button if self.merge_button.isEnabled() else self.add_files_button).setFocus()
