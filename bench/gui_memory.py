"""Benchmark 7: the GUI's resident memory after walking the whole questionnaire, against the
bare PySide6 window's.

A fresh process starts the real app the way ``desktop.app.run`` does (application, settings,
language, main window, first paint, ``load``), offscreen; creates an assessment through the
session, then walks every question through the question page as a user does — rate the
current level, set the target, type a note, go to the next question (each change a command
on the undo stack, committed through the session) — then opens the summary and the results
tab (the radar, i.e. matplotlib). Then it reads its own resident memory.
"""

from __future__ import annotations

import time
from pathlib import Path

from . import child
from .common import PYTHON, Benchmark, Config, Row, app_env, below, median, rss_bytes
from .common import mb as to_mb
from .startup import BARE, probe

NOTE = "Mevcut durum: süreç yazılı; sorumlu birim belirlendi, pilot uygulama sürüyor."


def _settle(app, seconds: float = 0.0) -> None:
    """Let Qt process what is queued (paints, timers), for at least ``seconds``."""
    deadline = time.perf_counter() + seconds
    app.processEvents()
    while time.perf_counter() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _wait_for_chart(app, page, timeout_s: float = 10.0) -> bool:
    """Wait until the results page holds a drawn matplotlib canvas (it may load in the
    background); False if none appears."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

    from desktop.qt import QWidget

    deadline = time.perf_counter() + timeout_s
    while time.perf_counter() < deadline:
        _settle(app, 0.05)
        if any(isinstance(w, FigureCanvasQTAgg) for w in page.findChildren(QWidget)):
            return True
    return False


def walk(folder: str) -> dict:
    """In a child process (offscreen): start the app, answer every question, show the
    results; return the resident memory then."""
    from desktop import app as desktop_app
    from desktop import i18n
    from desktop.assessment_view import QUESTIONS_TAB
    from desktop.settings import Settings

    application = desktop_app.create_application([PYTHON])
    settings = Settings(Path(folder) / "settings.ini")
    switcher = i18n.LanguageSwitcher(application)
    switcher.set_language("tr")
    window = desktop_app.build_window(Path(folder) / "olgunluk.sqlite3", settings, switcher)
    window.restore_layout()
    window.show()
    _settle(application, 0.1)
    after_paint = rss_bytes()
    if not window.load():
        raise RuntimeError("the main window could not open its database")
    session = window.session
    session.create_assessment("Bilgi İşlem Dairesi Başkanlığı", "2026", "Ayşe Yılmaz", [])
    view = window.assessment_view
    page = view.question_page
    answered = 0
    while view.current_question_id is not None and view.tabs.currentIndex() == QUESTIONS_TAB:
        level = answered % 6
        page.choose_level(level)
        view.set_target(min(5, level + 1))
        page.note.setPlainText(NOTE)
        page.flush()
        answered += 1
        view.go_next()
        _settle(application)
    view.show_summary()
    _settle(application, 0.2)
    view.show_results()
    chart = _wait_for_chart(application, view.results_page)
    _settle(application, 0.3)
    stored = len(session.store.answers(session.info.uuid))
    rss = rss_bytes()
    window.close()
    return {
        "rss_mb": to_mb(rss),
        "after_paint_mb": to_mb(after_paint),
        "questions": answered,
        "stored": stored,
        "undo_steps": session.undo_stack.count(),
        "chart": chart,
    }


def run(config: Config) -> Benchmark:
    bench = Benchmark("gui_memory", "7. GUI resident memory after walking the whole questionnaire")
    started = time.perf_counter()
    walks, bare = [], []
    for _ in range(config.gui_runs):
        folder = config.scratch("gui")
        walks.append(
            child.run(
                "bench.gui_memory:walk",
                {"folder": str(folder)},
                folder,
                config.timeout_s,
                env=app_env(folder),
            )
        )
        bare_home = config.scratch("gui-bare")
        bare.append(probe(BARE, app_env(bare_home))["rss-kb"] / 1024)
    results = [w.result for w in walks]
    rss = [r["rss_mb"] for r in results]
    first = results[0]
    bench.rows.append(
        Row(
            "RSS after answering every question + summary + results",
            median(rss),
            "MB",
            len(rss),
            below(250, "MB"),
            median(bare),
            "bare PySide6 QMainWindow after its first paint",
            len(bare),
            note=(
                f"{first['questions']} questions walked, {first['stored']} answers stored, "
                f"charts drawn: {'yes' if first['chart'] else 'no'}; RSS right after the first "
                "paint "
                f"{median([r['after_paint_mb'] for r in results]):.0f} MB; peak "
                f"{max(w.peak_rss_mb or 0 for w in walks):.0f} MB"
            ),
        )
    )
    bench.notes.append(
        "Each question: level, target and a note through the question page (commands on the undo "
        "stack, committed through the session), then Next; at the end the summary and the results "
        "tab. Offscreen, in a fresh process per run; RSS read by the process itself."
    )
    bench.data = {"walks": results, "bare_rss_mb": bare}
    bench.seconds = time.perf_counter() - started
    return bench
