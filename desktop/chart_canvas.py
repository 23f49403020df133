"""A chart in the window: matplotlib's ``FigureCanvasQTAgg`` around a ``Figure`` that the core's
builders (``assessments.charts``) draw into, as in matplotlib's "embedding in Qt" example (no
pyplot). matplotlib is imported when the first canvas is made, never at start-up.

``ChartPanel`` is a titled frame with a "Save chart..." button; its canvas is made on the first
``draw``. Hovering a point or a bar shows what it is and how it was computed (the page supplies
the text for a series id and index, see ``hit``).
"""

from __future__ import annotations

import functools
import math
from collections.abc import Callable

from .qt import (
    QEvent,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    Qt,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    Signal,
)

HIT_RADIUS = 9  # logical pixels around a plotted point that count as "on" it

Tooltip = Callable[[str, int], str]  # (series gid, index) -> text, "" for none


def hit(figure, x: float, y: float, radius: float) -> tuple[str, int] | None:
    """The plotted point or bar at display coordinates (x, y): (gid, index), or None.

    Points of every line with a gid count within ``radius``; the nearest wins. A radar line's
    closing point is its first one again.
    """
    best: tuple[float, str, int] | None = None
    for ax in figure.axes:
        for line in ax.get_lines():
            gid = line.get_gid()
            if not gid:
                continue
            points = line.get_transform().transform(line.get_xydata())
            count = len(points) - 1 if gid.startswith("radar:") else len(points)
            for index, (px, py) in enumerate(points[:count]):
                if math.isnan(px) or math.isnan(py):
                    continue
                distance = math.hypot(px - x, py - y)
                if distance <= radius and (best is None or distance < best[0]):
                    best = (distance, gid, index)
        if best is None:
            for patch in ax.patches:
                gid = patch.get_gid()
                if gid and patch.contains_point((x, y)):
                    return gid, 0
    return None if best is None else (best[1], best[2])


@functools.cache
def canvas_class():
    """The canvas class; defined on first use because it imports matplotlib."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg
    from matplotlib.figure import Figure

    class ChartCanvas(FigureCanvasQTAgg):
        def __init__(self, tooltip: Tooltip):
            super().__init__(Figure(dpi=100))
            self.tooltip = tooltip
            self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            # Width follows the page (never forces a horizontal scroll bar); height is fixed
            # by the panel.
            self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
            self.setMinimumSize(240, 200)

        def wheelEvent(self, event):  # noqa: N802 (Qt's name)
            event.ignore()  # the page scrolls; the charts do not zoom

        def event(self, event):
            if event.type() == QEvent.Type.ToolTip:
                x, y = self.mouseEventCoords(event.pos())
                found = hit(self.figure, x, y, HIT_RADIUS * self.device_pixel_ratio)
                text = self.tooltip(*found) if found else ""
                if text:
                    QToolTip.showText(event.globalPos(), text, self)
                else:
                    QToolTip.hideText()
                    event.ignore()
                return True
            return super().event(event)

    return ChartCanvas


class ChartPanel(QFrame):
    """A chart with its title and a save button; the canvas is made on the first draw."""

    saveRequested = Signal()

    def __init__(self, tooltip: Tooltip, height: int, parent=None):
        super().__init__(parent, objectName="card")
        self._tooltip = tooltip
        self.canvas = None
        self.title = QLabel(objectName="sectionTitle")
        self.title.setWordWrap(True)
        self.save_button = QToolButton()
        self.save_button.clicked.connect(self.saveRequested)
        self.placeholder = QLabel(objectName="muted")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignTop)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(10, 8, 10, 6)
        self.layout_.setSpacing(2)
        self.layout_.addLayout(top)
        self.layout_.addWidget(self.placeholder, 1)
        self.setFixedHeight(height)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(280)
        self.save_button.setEnabled(False)

    @property
    def figure(self):
        return None if self.canvas is None else self.canvas.figure

    def draw(self, build: Callable) -> None:
        """Redraw: ``build(figure)`` draws into the canvas's figure (clearing it first)."""
        if self.canvas is None:
            self.canvas = canvas_class()(self._tooltip)
            self.canvas.setAccessibleName(self.title.text())
            self.layout_.replaceWidget(self.placeholder, self.canvas)
            self.placeholder.hide()
            self.save_button.setEnabled(True)
        build(self.canvas.figure)
        self.canvas.draw_idle()
