"""Errors the user sees, and the log behind them.

Expected problems (``MaturityError``) get a plain dialog in the user's language. Anything
unexpected reaches ``sys.excepthook`` (Qt slots included), is logged with its traceback to
``app.log`` in the user's log folder, and shows a dialog with a copyable report and the log's
location; the app keeps running, so it never dies silently.
"""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from pathlib import Path

from assessments import __version__
from assessments.messages import MaturityError

from . import i18n
from .qt import QApplication, QMessageBox, QObject, QWidget, Signal, qInstallMessageHandler

log = logging.getLogger("desktop")

LOG_FILE = "app.log"
_log_path: Path | None = None


LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def rotate(path: Path, max_bytes: int = LOG_MAX_BYTES, backups: int = LOG_BACKUPS) -> None:
    """app.log -> app.log.1 -> ... -> app.log.3 when app.log has grown past ``max_bytes``.

    Rotating once at start-up (rather than with logging.handlers, whose import costs start-up
    time) keeps the log small: one session writes far less than a megabyte.
    """
    if not path.is_file() or path.stat().st_size < max_bytes:
        return
    for index in range(backups - 1, 0, -1):
        older = path.with_name(f"{path.name}.{index}")
        if older.exists():
            older.replace(path.with_name(f"{path.name}.{index + 1}"))
    path.replace(path.with_name(f"{path.name}.1"))


def setup_logging(folder: Path) -> Path | None:
    """Log to ``folder/app.log`` (rotated at 1 MB, 3 old files kept); None when not writable."""
    global _log_path
    root = logging.getLogger()
    root.setLevel(logging.INFO)
    path = folder / LOG_FILE
    try:
        folder.mkdir(parents=True, exist_ok=True)
        rotate(path)
        handler = logging.FileHandler(path, encoding="utf-8")
    except OSError as exc:
        logging.basicConfig(level=logging.INFO)
        log.warning("cannot write the log file in %s: %s", folder, exc)
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    _log_path = path
    qInstallMessageHandler(_qt_message)
    return _log_path


def log_path() -> Path | None:
    return _log_path


def _qt_message(mode, context, message) -> None:
    log.info("Qt: %s", message)


def show_error(parent: QWidget | None, exc: MaturityError) -> None:
    """An expected problem, in the user's language."""
    log.info("shown to the user: %s", exc)
    title = QApplication.translate("Errors", "Cannot do that")
    QMessageBox.warning(parent, title, exc.message(i18n.current()))


def report_text(exc_type, exc, tb) -> str:
    """What a user can copy into an e-mail to the support desk."""
    import platform

    lines = [
        f"Akıllı Şehir Olgunluk {__version__}",
        f"Python {platform.python_version()} · {platform.platform()}",
    ]
    try:
        from PySide6 import __version__ as pyside_version

        lines.append(f"PySide6 {pyside_version}")
    except ImportError:
        pass
    lines.append("")
    lines += traceback.format_exception(exc_type, exc, tb)
    return "\n".join(line.rstrip("\n") for line in lines)


def __getattr__(name: str):
    """``errors.CrashDialog`` still works; its module loads on the first crash, not at start-up."""
    if name == "CrashDialog":
        from .crash_dialog import CrashDialog

        return CrashDialog
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class _ThreadRelay(QObject):
    """Carries an exception from a worker thread to the UI thread."""

    raised = Signal(object, object, object)


class ExceptionHook:
    """``sys.excepthook`` (and ``threading.excepthook``) for the GUI."""

    def __init__(self, parent_getter=lambda: None):
        self._parent_getter = parent_getter
        self._showing = False
        self._relay = _ThreadRelay()
        self._relay.raised.connect(self.__call__)

    def _parent(self):
        """The window for the dialog, or None once Qt has deleted it (an error at exit)."""
        from shiboken6 import isValid

        parent = self._parent_getter()
        return parent if parent is not None and isValid(parent) else None

    def install(self) -> None:
        sys.excepthook = self
        threading.excepthook = self._thread_hook

    def _thread_hook(self, args) -> None:
        self._relay.raised.emit(args.exc_type, args.exc_value, args.exc_traceback)

    def __call__(self, exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, MaturityError):
            show_error(self._parent(), exc)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._showing = True  # an error inside the dialog must not open dialogs forever
        from .crash_dialog import CrashDialog

        try:
            CrashDialog(report_text(exc_type, exc, tb), _log_path, self._parent()).exec()
        finally:
            self._showing = False
