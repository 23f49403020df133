"""The start-up baseline: a bare PySide6 QMainWindow, the least any Qt app must do.

    python bench/baselines/bare_window.py

Timed the way the app times itself (desktop/startup_probe.py): with MATURITY_STARTUP_PROBE=1
it prints ``first-paint-ms <float>``, the milliseconds from the operating system's creation of
the process to the window's first paint (or expose) event, and ``rss-kb <int>``, its resident
memory then; with MATURITY_STARTUP_PROBE=exit it quits right after. Self-contained (no import
of our packages), so it can be frozen with PyInstaller as the baseline of the frozen app.
"""

import os
import sys
import time

IMPORTED_AT = time.perf_counter()

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow  # noqa: E402

ENV = "MATURITY_STARTUP_PROBE"
SIZE = (1280, 760)  # the app's first-run window size


def process_age_ms() -> float:
    """Milliseconds since the process was created (as desktop/startup_probe.py measures)."""
    try:
        if sys.platform.startswith("linux"):
            with open("/proc/self/stat", encoding="ascii") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
            started = int(fields[19]) / os.sysconf("SC_CLK_TCK")
            return (time.clock_gettime(time.CLOCK_BOOTTIME) - started) * 1000
        if sys.platform == "win32":
            import ctypes
            from ctypes import wintypes

            kernel32 = ctypes.windll.kernel32
            times = [wintypes.FILETIME() for _ in range(5)]
            kernel32.GetProcessTimes(
                kernel32.GetCurrentProcess(), *(ctypes.byref(t) for t in times[:4])
            )
            kernel32.GetSystemTimePreciseAsFileTime(ctypes.byref(times[4]))

            def ticks(ft):
                return (ft.dwHighDateTime << 32) | ft.dwLowDateTime

            return (ticks(times[4]) - ticks(times[0])) / 1e4
    except (OSError, ValueError, IndexError, AttributeError):
        pass
    return (time.perf_counter() - IMPORTED_AT) * 1000


def rss_kb() -> int:
    try:
        with open("/proc/self/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
    except OSError:
        pass
    try:
        import psutil

        return psutil.Process().memory_info().rss // 1024
    except ImportError:
        return 0


class FirstPaint(QObject):
    def __init__(self, window, quit_after: bool):
        super().__init__(window)
        self.done = False
        self.quit_after = quit_after
        window.installEventFilter(self)

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if not self.done and event.type() in (QEvent.Type.Paint, QEvent.Type.Expose):
            self.done = True
            print(f"first-paint-ms {process_age_ms():.1f}", flush=True)
            print(f"rss-kb {rss_kb()}", flush=True)
            if self.quit_after:
                QTimer.singleShot(0, QApplication.quit)
        return False


def main() -> int:
    probe = os.environ.get(ENV, "")
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Bare window")
    window.setCentralWidget(QLabel("Bare PySide6 window"))
    window.resize(*SIZE)
    if probe not in ("", "0"):
        FirstPaint(window, quit_after=probe == "exit")
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
