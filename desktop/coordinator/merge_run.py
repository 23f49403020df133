"""The merge on the background thread (progress, Cancel) and the import log it fills."""

from __future__ import annotations

import logging

from assessments.messages import text

from .. import i18n, workers
from ..import_log_model import (
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
from ..qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSizePolicy,
    Qt,
    QTableView,
    QWidget,
)

log = logging.getLogger(__name__)


class MergeRun:
    """Part of CoordinatorView (a mixin: ``self`` is the view)."""

    def _build_progress_row(self) -> QWidget:
        """The merge's progress bar, what it checks now, and Cancel (hidden when idle)."""
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
        return self.progress_row

    def _build_log(self) -> QHBoxLayout:
        """The import log: its source, status filter and search (returned, for the header
        row), the summary line, the table and the text shown while it is empty."""
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
        # input order until a header is clicked
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
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
        return log_head

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
            return merge(
                inputs,
                store,
                questionnaire,
                accept_modified=accept_modified,
                progress=progress,
                exclude=exclude,
            )

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
        self.progress_text.setText(
            self.tr("Checking {name}").format(name=name)
            if name
            else self.tr("{done} of {total} files done").format(done=done, total=total)
        )

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
            line = (
                self.tr("1 file: {counts}.") if total == 1 else self.tr("{count} files: {counts}.")
            ).format(count=total, counts=parts)
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
            empty = self.tr(
                'No files merged yet. Add the units\' workbooks above and press "Merge".'
            )
        self.empty_log.setText(empty)
        self.empty_log.setVisible(total == 0)
        self.table.setVisible(total > 0)
