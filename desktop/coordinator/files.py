"""Files out of the coordinator view: the consolidated workbook and the comparison radar."""

from __future__ import annotations

import logging

from .. import file_dialogs, i18n, workers
from ..qt import (
    QDir,
)

log = logging.getLogger(__name__)


def consolidated_file_name(round: str, lang: str) -> str:
    stem = "akilli-sehir-konsolide" if lang == "tr" else "smart-city-consolidated"
    return file_dialogs.suggested_name(stem, round, suffix="xlsx")


def comparison_file_name(round: str, lang: str) -> str:
    stem = "akilli-sehir-karsilastirma" if lang == "tr" else "smart-city-comparison"
    return file_dialogs.suggested_name(stem, round, suffix="png")


class CoordinatorFiles:
    """Part of CoordinatorView (a mixin: ``self`` is the view)."""

    def export_consolidated(self) -> workers.Task | None:
        """Ask where, then write the consolidated workbook of the chosen round."""
        round_ = self.data.round if self.data is not None else None
        if round_ is None or self.running:
            return None
        from assessments.merge.consolidated import write_consolidated

        lang = i18n.current()
        title = self.tr("Save consolidated workbook")
        path, _chosen = file_dialogs.save_file(
            self, title, file_dialogs.EXCEL, consolidated_file_name(round_, lang)
        )
        if not path:
            return None
        self._exported.add(path)
        questionnaire = self.session.questionnaire
        writing = self.tr("Writing the consolidated workbook...")

        kept_copy = self.tr(" The edited earlier workbook was kept: {path}")
        final_only = self.final_box.isChecked()

        def work(state, store):
            state.progress(0, 0, writing)
            copies = []
            written = write_consolidated(
                store,
                questionnaire,
                path,
                round=round_,
                lang=lang,
                on_kept=copies.append,
                final_only=final_only,
            )
            return written, copies

        def saved(result) -> None:
            written, copies = result
            line = self.tr("Consolidated workbook saved: {path}").format(
                path=QDir.toNativeSeparators(str(written))
            )
            for copy in copies:
                line += kept_copy.format(path=QDir.toNativeSeparators(str(copy)))
            self.notice.emit(line)

        return self.session.run(work, progress=(self.window(), title), on_success=saved)

    def save_chart(self) -> workers.Task | None:
        """Ask where, then write the comparison radar as PNG, SVG or PDF (a fresh figure, drawn
        on the background thread from the same numbers)."""
        if self.data is None:
            return None
        from assessments.charts import save_figure
        from assessments.compare_chart import compare_radar_figure

        lang = i18n.current()
        title = self.tr("Save chart")
        path, _chosen = file_dialogs.save_file(
            self, title, file_dialogs.IMAGES, comparison_file_name(self.data.round, lang)
        )
        if not path:
            return None
        questionnaire, series = self.data.questionnaire, self._series_for_chart()

        def work(_state):
            return save_figure(compare_radar_figure(questionnaire, series, lang), path)

        return workers.run_with_progress(
            self.window(),
            title,
            work,
            on_success=lambda written: self.notice.emit(
                self.tr("Chart saved: {path}").format(path=QDir.toNativeSeparators(str(written)))
            ),
        )
