"""One shutdown for every way the app ends: Ctrl+Q or the window's close button, SIGTERM or
SIGHUP (``kill``, a service manager, a closed terminal) and the end of the desktop session
(log-off, restart, power-off: ``commitDataRequest``). Each runs ``MainWindow.shutdown``: typed
text committed, window state saved, the close backup written, the database closed.

A Python signal handler runs only when the interpreter gets control, and Qt's event loop can
sleep in C for a long time; so the signal also writes a byte to a socket (``set_wakeup_fd``)
that a QSocketNotifier watches, which wakes the loop. The slot then asks the loop to quit, and
``aboutToQuit`` runs the shutdown - never from inside the signal handler itself.
"""

from __future__ import annotations

import logging
import signal
import socket

from .qt import QApplication, QSocketNotifier

log = logging.getLogger(__name__)

SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))


class ShutdownHooks:
    """Installed by ``install``; ``uninstall`` puts the previous signal handlers back."""

    def __init__(self, app: QApplication, window):
        self.app = app
        self.window = window
        self._previous: dict[int, object] = {}
        self._reader, self._writer = socket.socketpair()
        for end in (self._reader, self._writer):
            end.setblocking(False)
        self._old_wakeup = signal.set_wakeup_fd(self._writer.fileno())
        for number in SIGNALS:
            self._previous[number] = signal.signal(number, self._noted)
        self.notifier = QSocketNotifier(self._reader.fileno(), QSocketNotifier.Type.Read)
        self.notifier.activated.connect(self._woken)
        app.aboutToQuit.connect(window.shutdown)
        app.commitDataRequest.connect(self._session_ends)

    def _noted(self, number, _frame) -> None:
        """The Python-level handler: nothing to do here, the wake-up byte carries the news."""

    def _woken(self, *_args) -> None:
        try:
            received = self._reader.recv(64)
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
        self.notifier.setEnabled(False)
        signal.set_wakeup_fd(self._old_wakeup)
        for number, handler in self._previous.items():
            signal.signal(number, handler)
        self._reader.close()
        self._writer.close()


def install(app: QApplication, window) -> ShutdownHooks:
    return ShutdownHooks(app, window)
