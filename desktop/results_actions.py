"""The results' charts, and writing them to files: File -> Save report (PDF) and the "Save
chart..." buttons.

The page and the saved files draw with the same ``draw_chart``, so a saved chart is what the
user saw. Files are written on the background thread (``workers.run_with_progress``): the
worker loads the results with its own Store, builds a fresh Figure (never the one on screen,
which the UI thread may be redrawing) and the core writes it atomically.
"""

from __future__ import annotations

from assessments.messages import text

from . import file_dialogs, i18n, workers
from .qt import QCoreApplication

_CHART_WORDS = {
    "radar": ("radar", "radar"),
    "gaps": ("farklar", "gaps"),
    "trend": ("egilim", "trend"),
}


def draw_chart(kind: str, results, lang: str, figure=None):
    """Draw chart ``kind`` ("radar", "gaps" or "trend") into ``figure`` (a new one if None).
    The radar overlays the unit's earlier rounds when there are any."""
    from assessments import charts

    if kind == "radar":
        return charts.radar_figure(results, lang, figure=figure, rounds=results.has_trend)
    if kind == "gaps":
        figure = charts.gap_figure(results, lang, figure=figure)
        # A band for every dimension, with a bar or not: autoscaling sees only the bars, so a
        # last dimension without a score had its note drawn on the axis line.
        figure.axes[0].set_ylim(len(results.dimensions) - 0.5, -0.5)
        return figure
    if kind == "trend":
        return charts.trend_figure(results, lang, figure=figure)
    raise ValueError(f"unknown chart: {kind}")


def report_file_name(unit: str, round: str, lang: str) -> str:
    """``<unit>-<round>-rapor.pdf`` (``-report.pdf`` in English)."""
    return file_dialogs.suggested_name(
        unit, round, "rapor" if lang == "tr" else "report", suffix="pdf"
    )


def chart_file_name(unit: str, round: str, kind: str, lang: str) -> str:
    tr, en = _CHART_WORDS[kind]
    return file_dialogs.suggested_name(unit, round, tr if lang == "tr" else en, suffix="png")


def save_chart(window, kind: str = "radar") -> workers.Task | None:
    """Ask where, then write chart ``kind`` of the open assessment as PNG, SVG or PDF."""
    from assessments.charts import save_figure
    from assessments.results import load_results

    session = window.session
    if not session.has_assessment:
        return None
    window.flush()
    lang = i18n.current()
    info, questionnaire = session.info, session.questionnaire
    title = QCoreApplication.translate("Results", "Save chart")
    path, _chosen = file_dialogs.save_file(
        window, title, file_dialogs.IMAGES, chart_file_name(info.unit, info.round, kind, lang)
    )
    if not path:
        return None

    def work(state, store):
        state.progress(0, 0, QCoreApplication.translate("Results", "Drawing the chart..."))
        results = load_results(store, questionnaire, info.uuid)
        return save_figure(draw_chart(kind, results, lang), path)

    return session.run(
        work,
        progress=(window, title),
        on_success=lambda written: window.statusBar().showMessage(
            QCoreApplication.translate("Results", "Chart saved: {path}").format(path=written), 10000
        ),
    )


def save_report(window) -> workers.Task | None:
    """Ask where, then write the open assessment's PDF report (in the UI language)."""
    from assessments.reports.pdf import write_report
    from assessments.results import load_results

    session = window.session
    if not session.has_assessment:
        return None
    window.flush()
    lang = i18n.current()
    info, questionnaire = session.info, session.questionnaire
    title = QCoreApplication.translate("Results", "Save report (PDF)")
    path, _chosen = file_dialogs.save_file(
        window, title, file_dialogs.PDF, report_file_name(info.unit, info.round, lang)
    )
    if not path:
        return None

    logo = window.settings.report_logo  # Settings -> Report logo; read by the report itself

    def work(state, store):
        state.progress(0, 0, QCoreApplication.translate("Results", "Writing the report..."))
        return write_report(load_results(store, questionnaire, info.uuid), path, lang, logo=logo)

    return session.run(
        work,
        progress=(window, title),
        on_success=lambda written: window.statusBar().showMessage(
            text("r.written", lang, path=written), 10000
        ),
    )
