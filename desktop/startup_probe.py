"""Start-up timing for the benchmarks: ``MATURITY_STARTUP_PROBE=1`` prints, on stdout,

    first-paint-ms <float>   process start -> the main window's first paint
    ready-ms <float>         process start -> database open and questionnaire loaded

``MATURITY_STARTUP_PROBE=exit`` prints both and then quits, so a benchmark can run the app in a
loop. "Process start" is the operating system's creation time of the process (so interpreter
start-up counts); where that is unknown, the time ``desktop`` was first imported.
"""

from __future__ import annotations

import os
import sys
import time

from . import IMPORTED_AT
from .qt import QEvent, QObject, Signal

ENV = "MATURITY_STARTUP_PROBE"


def enabled() -> bool:
    return os.environ.get(ENV, "") not in ("", "0")


def quit_when_ready() -> bool:
    return os.environ.get(ENV, "") == "exit"


def _linux_age() -> float | None:
    with open("/proc/self/stat", encoding="ascii") as handle:
        fields = handle.read().rsplit(")", 1)[1].split()
    started_ticks = int(fields[19])  # field 22 of proc(5): start time after boot, in clock ticks
    return time.clock_gettime(time.CLOCK_BOOTTIME) - started_ticks / os.sysconf("SC_CLK_TCK")


def _windows_age() -> float | None:
    import ctypes
    from ctypes import wintypes

    kernel32 = ctypes.windll.kernel32
    creation, exit_, kernel, user, now = (wintypes.FILETIME() for _ in range(5))
    if not kernel32.GetProcessTimes(
        kernel32.GetCurrentProcess(),
        ctypes.byref(creation),
        ctypes.byref(exit_),
        ctypes.byref(kernel),
        ctypes.byref(user),
    ):
        return None
    kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(now))

    def ticks(ft):  # 100 ns units
        return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

    return (ticks(now) - ticks(creation)) / 1e7


def process_age_ms() -> float:
    """Milliseconds since the process was created."""
    try:
        if sys.platform.startswith("linux"):
            age = _linux_age()
        elif sys.platform == "win32":
            age = _windows_age()
        else:
            age = None
    except (OSError, ValueError, IndexError, AttributeError):
        age = None
    if age is None:
        age = time.perf_counter() - IMPORTED_AT
    return age * 1000


def report(label: str) -> None:
    print(f"{label} {process_age_ms():.1f}", flush=True)


class FirstPaintWatcher(QObject):
    """Emits ``painted`` once, when the watched window first paints (or is exposed)."""

    painted = Signal()

    def __init__(self, window):
        super().__init__(window)
        self._done = False
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if not self._done and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self._done = True
            watched.removeEventFilter(self)
            if enabled():
                report("first-paint-ms")
            self.painted.emit()
        return False
