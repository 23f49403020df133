"""One shutdown for every way the app ends: Ctrl+Q or the window's close button, SIGTERM or
SIGHUP (``kill``, a service manager, a closed terminal) and the end of the desktop session
(log-off, restart, power-off: ``commitDataRequest``). Each runs ``MainWindow.shutdown``: typed
text committed, window state saved, the close backup written, the database closed.

A Python signal handler runs only when the interpreter gets control, and Qt's event loop can
sleep in C for a long time; so the signal also writes a byte to a pipe (``set_wakeup_fd``)
that a QSocketNotifier watches, which wakes the loop. The slot then asks the loop to quit, and
``aboutToQuit`` runs the shutdown - never from inside the signal handler itself. (A pipe, not
a socket: the app imports no network module. On Windows, where these signals do not come from
outside, only the end of the session and the quit are hooked.)
"""

from __future__ import annotations

import logging
import os
import signal

from .qt import QApplication, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = (
    tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP")) if os.name == "posix" else ()
)


class ShutdownHooks:
    """Installed by ``install``; ``uninstall`` puts the previous signal handlers back."""

    def __init__(self, app: QApplication, window):
        self.app = app
        self.window = window
        self._previous: dict[int, object] = {}
        self.notifier = None
        if SIGNALS:
            self._reader, self._writer = os.pipe()
            for end in (self._reader, self._writer):
                os.set_blocking(end, False)
            self._old_wakeup = signal.set_wakeup_fd(self._writer)
            for number in SIGNALS:
                self._previous[number] = signal.signal(number, self._noted)
            self.notifier = QSocketNotifier(self._reader, QSocketNotifier.Type.Read)
            self.notifier.activated.connect(self._woken)
        app.aboutToQuit.connect(window.shutdown)
        app.commitDataRequest.connect(self._session_ends)

    def _noted(self, number, _frame) -> None:
        """The Python-level handler: nothing to do here, the wake-up byte carries the news."""

    def _woken(self, *_args) -> None:
        try:
            received = os.read(self._reader, 64)
        except BlockingIOError:
            return
        if any(byte in SIGNALS for byte in received):
            log.info("signal %s: closing as for Ctrl+Q", list(received))
            self.app.quit()  # leaves every event loop (a modal dialog's too); aboutToQuit follows

    def _session_ends(self, _manager) -> None:
        """The desktop session ends (log-off, restart, power-off): save now, then quit, since
        the process may be killed soon after this returns."""
        log.info("the desktop session ends: closing as for Ctrl+Q")
        self.window.shutdown()
        self.app.quit()

    def uninstall(self) -> None:
        self.app.aboutToQuit.disconnect(self.window.shutdown)
        self.app.commitDataRequest.disconnect(self._session_ends)
        if self.notifier is None:
            return
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_wakeup)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        os.close(self._reader)
        os.close(self._writer)


def install(app: QApplication, window) -> ShutdownHooks:
    return ShutdownHooks(app, window)
