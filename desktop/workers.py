"""Long work off the UI thread, with progress and cancel.

A ``Task`` runs ``fn(state)`` (or ``fn(state, store)`` when given ``db_path``: the task opens a
Store of its own, since sqlite connections belong to their thread) on a single background
thread, so exports, imports and merges run one at a time and never freeze the window. ``fn``
reports progress with ``state.progress(done, total, message)`` and stops early when
``state.cancelled`` is set (or raises ``Cancelled`` via ``state.check()``). The task's signals
arrive on the UI thread.

    task = workers.Task(fn, db_path=...); task.succeeded.connect(...); task.start()
    workers.start(fn, db_path, on_success=..., on_failure=...)      # the same, shorter
    workers.run_with_progress(window, title, fn, db_path=..., on_success=...)  # with a dialog
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from assessments.messages import MaturityError

from .qt import QObject, QProgressDialog, QRunnable, Qt, QThreadPool, QWidget, Signal

log = logging.getLogger(__name__)


_pool: QThreadPool | None = None
_running: set = set()  # keeps tasks alive until they finish


class Cancelled(Exception):
    """Raised by ``TaskState.check()`` when the user cancelled."""


class TaskState:
    """Handed to the task function: progress out, cancel in. Safe to use from the worker."""

    def __init__(self, task: Task):
        self._task = task
        self._cancel = threading.Event()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled

    def progress(self, done: int, total: int, message: str = "") -> None:
        self._task.progress.emit(done, total, message)


class Task(QObject):
    """A piece of work for the background thread. Connect to its signals, then ``start()``;
    exactly one of succeeded/failed/cancelled is emitted, then finished."""

    progress = Signal(int, int, str)  # done, total, message
    succeeded = Signal(object)  # the function's result
    failed = Signal(object)  # the exception
    cancelled = Signal()
    finished = Signal()

    def __init__(
        self,
        fn: Callable[..., Any],
        db_path: Path | None = None,
        parent: QObject | None = None,
        after: Callable[[], None] | None = None,
    ):
        super().__init__(parent)
        self.fn = fn
        self.db_path = db_path
        self.state = TaskState(self)
        self.done = False
        if after is not None:
            # connected first, so it runs before any other slot of the outcome (the session
            # reloads what the task wrote before the views' callbacks look at it)
            self.succeeded.connect(lambda _result: after())
            self.failed.connect(lambda _exc: after())
            self.cancelled.connect(after)

    def start(self) -> Task:
        _running.add(self)
        self.finished.connect(self._finish)
        pool().start(_Runner(self))
        return self

    def _finish(self) -> None:
        self.done = True
        _running.discard(self)

    def cancel(self) -> None:
        self.state.cancel()


class _Runner(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.setAutoDelete(True)
        self.task = task

    def run(self) -> None:
        try:
            self._run()
        except RuntimeError as exc:  # the app ended meanwhile: the task's QObject is gone
            log.info("a background task ended after the app: %s", exc)

    def _run(self) -> None:
        task = self.task
        try:
            if task.db_path is not None:
                from assessments.store import Store

                with Store(task.db_path) as store:
                    result = task.fn(task.state, store)
            else:
                result = task.fn(task.state)
        except Cancelled:
            task.cancelled.emit()
        except BaseException as exc:  # noqa: BLE001 - every failure must reach the UI
            if not isinstance(exc, MaturityError):
                log.error("background task failed", exc_info=exc)
            task.failed.emit(exc)
        else:
            if task.state.cancelled:
                task.cancelled.emit()
            else:
                task.succeeded.emit(result)
        task.finished.emit()


def pool() -> QThreadPool:
    """One background thread: database writes and file work run one at a time."""
    global _pool
    if _pool is None:
        _pool = QThreadPool()
        _pool.setMaxThreadCount(1)
    return _pool


def start(
    fn: Callable[..., Any],
    db_path: Path | None = None,
    *,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], None] | None = None,
) -> Task:
    """Start ``fn`` in the background; callbacks run on the UI thread."""
    task = Task(fn, db_path)
    if on_success is not None:
        task.succeeded.connect(on_success)
    if on_failure is not None:
        task.failed.connect(on_failure)
    return task.start()


def wait_all(msecs: int = 30_000) -> bool:
    """Wait for background work to end (at exit, so no file is left half-written)."""
    return pool().waitForDone(msecs)


def run_with_progress(
    parent: QWidget,
    title: str,
    fn: Callable[..., Any] | None = None,
    *,
    db_path: Path | None = None,
    on_success: Callable[[Any], None] | None = None,
    on_failure: Callable[[BaseException], bool] | None = None,
    task: Task | None = None,
) -> Task:
    """Run ``fn`` (or the prepared, not started ``task``) in the background behind a progress
    dialog with a Cancel button. Expected errors are shown in the user's language, unless
    ``on_failure`` returns True (it handled the error); unexpected ones go to the crash
    dialog."""
    from . import errors

    dialog = QProgressDialog(parent)  # Qt's own, translated Cancel button
    dialog.setLabelText(title)
    dialog.setRange(0, 0)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick work finishes before a dialog flickers up
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    task = task if task is not None else Task(fn, db_path)
    dialog.canceled.connect(task.cancel)

    def _progress(done: int, total: int, message: str) -> None:
        dialog.setMaximum(max(total, 0))
        dialog.setValue(done)
        if message:
            dialog.setLabelText(message)

    def _failed(exc: BaseException) -> None:
        dialog.close()
        if on_failure is not None and on_failure(exc):
            return
        if isinstance(exc, MaturityError):
            errors.show_error(parent, exc)
        else:
            errors.ExceptionHook(lambda: parent)(type(exc), exc, exc.__traceback__)

    def _succeeded(result: Any) -> None:
        dialog.close()
        if on_success is not None:
            on_success(result)

    task.progress.connect(_progress)
    task.failed.connect(_failed)
    task.succeeded.connect(_succeeded)
    task.finished.connect(dialog.close)
    task.finished.connect(dialog.deleteLater)
    return task.start()
