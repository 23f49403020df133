"""The results tab: the radar of the dimension scores (current, target and, on a PC holding
other units' assessments, the city average), drawn by ``assessments.charts``.

matplotlib costs about half a second to import, so it is never on the start-up path: the
canvas is built when the tab is first shown, and a background import shortly after start-up
(``preload``) usually makes even that instant. Until ``assessments.charts`` exists, or if
matplotlib is missing, the page says where the numbers are instead.
"""

from __future__ import annotations

import importlib.util
import logging

from assessments import formatting

from . import i18n
from .qt import QEvent, QLabel, Qt, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


def charts_available() -> bool:
    return (importlib.util.find_spec("assessments.charts") is not None
            and importlib.util.find_spec("matplotlib") is not None)


def _import_chart_modules(_state=None) -> None:
    """The slow imports; safe on a worker thread (no Qt objects are made)."""
    import matplotlib.figure  # noqa: F401
    from matplotlib.backends import backend_qtagg  # noqa: F401

    import assessments.charts  # noqa: F401
    import assessments.results  # noqa: F401


def preload() -> None:
    """Import matplotlib in the background (called a few seconds after start-up)."""
    if charts_available():
        from . import workers

        workers.start(_import_chart_modules, on_failure=lambda exc: log.warning("chart preload failed: %s", exc))


class ResultsPage(QWidget):
    def __init__(self, session, parent=None):
        super().__init__(parent)
        self.session = session
        self.canvas = None
        self._stale = True
        self.summary = QLabel(objectName="sectionTitle")
        self.summary.setWordWrap(True)
        self.placeholder = QLabel(objectName="muted")
        self.placeholder.setWordWrap(True)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(18, 12, 18, 12)
        self.layout_.addWidget(self.summary)
        self.layout_.addWidget(self.placeholder, 1)
        session.answerChanged.connect(lambda _id: self.refresh())
        session.assessmentChanged.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        if charts_available():
            self.placeholder.setText(self.tr("Drawing the chart..."))
        else:
            self.placeholder.setText(self.tr("Charts of the results (radar of the dimensions, gaps to the targets) will appear here. The Summary tab already shows every score."))
        self.setAccessibleName(self.tr("Results"))
        self.refresh()

    def changeEvent(self, event):  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event):  # noqa: N802
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        """Redraw for the current answers; while hidden, only remember to."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        if not self.session.has_assessment:
            return
        lang = i18n.current()
        score = self.session.score()
        self.summary.setText(self.tr("Overall {score} of 5 ({percent}) · target {target} · {answered} of {applicable} answered").format(
            score=formatting.number(score.current, lang), percent=formatting.percent(score.percent, lang),
            target=formatting.number(score.target, lang), answered=score.answered, applicable=score.applicable))
        if charts_available():
            self._draw(lang)

    def _draw(self, lang: str) -> None:
        try:
            from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
            from matplotlib.figure import Figure

            from assessments import charts, results
        except ImportError as exc:  # a build without matplotlib: say so, keep working
            log.warning("charts unavailable: %s", exc)
            return
        if self.canvas is None:
            self.canvas = FigureCanvasQTAgg(Figure(figsize=charts.RADAR_SIZE, dpi=100))
            self.canvas.setAccessibleName(self.tr("Radar chart of the dimension scores"))
            self.layout_.replaceWidget(self.placeholder, self.canvas)
            self.placeholder.hide()
        data = results.load_results(self.session.store, self.session.questionnaire, self.session.info.uuid)
        charts.radar_figure(data, lang, figure=self.canvas.figure)
        self.canvas.draw_idle()
