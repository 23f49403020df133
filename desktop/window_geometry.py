"""The main window's place on the screen: opened inside the available area (never under the
taskbar, never taller than a 1366x768 laptop at 150 %), and remembered while it changes.

Qt's ``saveGeometry`` carries the size, the position and the maximised state; saving it only
at close would forget them after a crash, so it is saved half a second after the last move,
resize or maximise (debounced: dragging a window does not write the settings file per pixel).
"""

from __future__ import annotations

from collections.abc import Callable

from .qt import QByteArray, QEvent, QGuiApplication, QObject, QSize, QTimer

DEFAULT_SIZE = QSize(1280, 760)
MINIMUM_SIZE = QSize(900, 560)  # wanted; smaller where the screen is smaller
FRAME_ALLOWANCE = QSize(16, 40)  # the title bar and borders, before the window manager says
SAVE_DELAY_MS = 500
WATCHED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.WindowStateChange)


def available_area(window):
    """The screen area a window may use (without the taskbar), in logical pixels."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry()


def _frame(window) -> QSize:
    if window.isVisible():
        frame = window.frameGeometry().size() - window.geometry().size()
        if frame.width() > 0 or frame.height() > 0:
            return frame
    return FRAME_ALLOWANCE


def fit_minimum(window) -> None:
    """The minimum size never above the screen (at 150 % a 1366x768 screen is 911x512)."""
    area, frame = available_area(window), _frame(window)
    window.setMinimumSize(
        min(MINIMUM_SIZE.width(), area.width() - frame.width()),
        min(MINIMUM_SIZE.height(), area.height() - frame.height()),
    )


def place_default(window) -> None:
    """The default size, shrunk to the available area, centred in it."""
    area, frame = available_area(window), _frame(window)
    width = min(DEFAULT_SIZE.width(), area.width() - frame.width())
    height = min(DEFAULT_SIZE.height(), area.height() - frame.height())
    window.resize(width, height)
    window.move(
        area.x() + (area.width() - width - frame.width()) // 2,
        area.y() + (area.height() - height - frame.height()) // 2,
    )


def inside(window) -> bool:
    """True when the whole window (with its frame) lies inside the available area."""
    if window.isMaximized() or window.isFullScreen():
        return True
    frame = (
        window.frameGeometry()
        if window.isVisible()
        else window.geometry().adjusted(0, -FRAME_ALLOWANCE.height(), 0, 0)
    )
    return available_area(window).contains(frame)


def restore(window, geometry: QByteArray | None) -> None:
    """The remembered geometry when it still fits this screen, else the default place."""
    fit_minimum(window)
    if geometry is None or not window.restoreGeometry(geometry) or not _fits(window):
        place_default(window)


def _fits(window) -> bool:
    if window.isMaximized() or window.isFullScreen():
        return True
    area, frame = available_area(window), _frame(window)
    size = window.size() + frame
    return size.width() <= area.width() and size.height() <= area.height()


class GeometrySaver(QObject):
    """Calls ``save`` shortly after the window last moved, resized or changed its state."""

    def __init__(self, window, save: Callable[[], None], delay_ms: int = SAVE_DELAY_MS):
        super().__init__(window)
        self._save = save
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self._save)
        window.installEventFilter(self)

    @property
    def pending(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if event.type() in WATCHED and watched.isVisible():
            self._timer.start()
        return False
