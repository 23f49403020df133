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
from .qt import (
    QApplication,
    QDesktopServices,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QObject,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QUrl,
    QVBoxLayout,
    QWidget,
    Signal,
    qInstallMessageHandler,
)

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


class CrashDialog(QDialog):
    """An unexpected error: what happened, a copyable report and where the log is."""

    def __init__(self, report: str, log_file: Path | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Unexpected error"))
        self.resize(640, 420)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Something went wrong that the program did not expect. Everything you entered before this moment has been saved. Please send the report below to the smart city office."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.report = QPlainTextEdit(report)
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Error report"))
        layout.addWidget(self.report, 1)
        where = (self.tr("Log file: {path}").format(path=log_file) if log_file
                 else self.tr("The log file could not be written."))
        self.log_label = QLabel(where)
        self.log_label.setWordWrap(True)
        self.log_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.log_label)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        copy = QPushButton(self.tr("Copy report"))
        copy.clicked.connect(lambda: QApplication.clipboard().setText(self.report.toPlainText()))
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        if log_file:
            folder = QPushButton(self.tr("Open log folder"))
            folder.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_file.parent))))
            buttons.addButton(folder, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


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
            show_error(self._parent_getter(), exc)
            return
        log.error("unexpected error", exc_info=(exc_type, exc, tb))
        if self._showing or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        self._showing = True  # an error inside the dialog must not open dialogs forever
        try:
            CrashDialog(report_text(exc_type, exc, tb), _log_path, self._parent_getter()).exec()
        finally:
            self._showing = False
