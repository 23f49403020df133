"""``maturity-desktop --self-test``: the core self-test plus what only the GUI needs.

Adds three steps to ``assessments.selftest``: every desktop module imports (so the bundle has
every Qt class the app uses), a chart drawn by the app's own canvas (FigureCanvasQTAgg) and
grabbed as an image, and the Turkish translations (ours and Qt's) load. Nothing is shown: with
no display (CI, a server) Qt runs on the offscreen platform.

A windowed Windows build has no console: the lines then go to ``self-test.log`` in the log
folder, and the exit code tells the result (``start /wait``, ``Start-Process -Wait -PassThru``).
"""

from __future__ import annotations

import importlib
import os
import pkgutil
import sys
from pathlib import Path

from assessments import selftest
from assessments.paths import log_dir
from assessments.selftest import Context, Step

LOG_NAME = "self-test.log"


def step_gui_modules(ctx: Context) -> str:
    import desktop

    names = sorted(
        f"desktop.{m.name}"
        for m in pkgutil.iter_modules(desktop.__path__)
        if not m.name.startswith("_")
    )
    for name in names:
        importlib.import_module(name)
    return f"{len(names)} modules"


def _figure(ctx: Context):
    try:
        charts = selftest.feature("assessments.charts")
    except selftest.NotBuiltYet:
        from matplotlib.figure import Figure

        figure = Figure(figsize=(6.4, 5.6), dpi=100)
        figure.add_subplot(projection="polar").plot([0, 1, 2, 0], [1, 3, 2, 1])
        return figure
    return charts.radar_figure(ctx.results(), ctx.lang)


def step_qt_chart(ctx: Context) -> str:
    # main() made the QApplication, so PySide6 is loaded: matplotlib uses the binding it finds.
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from .qt import QGuiApplication

    canvas = FigureCanvasQTAgg(_figure(ctx))
    try:
        canvas.resize(640, 560)
        canvas.draw()
        image = canvas.grab().toImage()
        width, height = image.width(), image.height()
        colours = {image.pixel(x, y) for x in range(0, width, 8) for y in range(0, height, 8)}
        if image.isNull() or len(colours) < 3:
            raise AssertionError(
                f"the canvas drew nothing ({width}x{height}, {len(colours)} colours)"
            )
        path = ctx.folder / "radar-qt.png"
        if not image.save(str(path)):
            raise AssertionError("Qt could not write a PNG")
        ctx.files["qt-chart"] = path
    finally:
        canvas.deleteLater()
    return f"{width}x{height}, {len(colours)} colours, platform {QGuiApplication.platformName()}"


def step_translations(ctx: Context) -> str:
    from .i18n import qt_translations_dir, translations_dir
    from .qt import QTranslator

    qt_catalogue = Path(qt_translations_dir()) / "qtbase_tr.qm"
    if not QTranslator().load(str(qt_catalogue)):
        raise AssertionError(f"Qt's Turkish catalogue does not load: {qt_catalogue}")
    ours = translations_dir() / "maturity_tr.qm"
    if ours.exists():
        translator = QTranslator()
        if not translator.load(str(ours)) or translator.isEmpty():
            raise AssertionError(f"{ours.name} does not load or holds no finished translation")
        return "qtbase_tr.qm, maturity_tr.qm"
    if any(translations_dir().glob("*.ts")):
        raise AssertionError(f"{ours.name} is not compiled: run make translations")
    return "qtbase_tr.qm; the app has no catalogue yet"


def desktop_steps() -> list[Step]:
    steps = selftest.core_steps()
    steps = selftest.insert_after(steps, "libraries", Step("gui-modules", step_gui_modules))
    return selftest.insert_after(
        steps,
        "chart",
        Step("qt-chart", step_qt_chart, needs=("answers",)),
        Step("translations", step_translations),
    )


def _use_offscreen_without_display() -> None:
    """No screen (CI, SSH, a service): draw offscreen rather than abort."""
    if os.environ.get("QT_QPA_PLATFORM"):
        return
    if sys.platform.startswith("linux") and not (
        os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")
    ):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"


def _output():
    """stdout, or the log file when a windowed build has no console (sys.stdout is None)."""
    if sys.stdout is not None:
        return sys.stdout, None
    folder = log_dir()
    folder.mkdir(parents=True, exist_ok=True)
    log = (folder / LOG_NAME).open("w", encoding="utf-8")
    return log, log


def main(argv: list[str] | None = None) -> int:
    """Run the self-test; 0 when every step passed, 1 otherwise."""
    _use_offscreen_without_display()
    out, log = _output()
    try:
        from .qt import QApplication

        app = QApplication.instance() or QApplication(
            [sys.argv[0] if sys.argv else "maturity-desktop"]
        )
        code = selftest.main(out, desktop_steps())
        del app
        return code
    finally:
        if log is not None:
            log.close()


if __name__ == "__main__":
    sys.exit(main())
