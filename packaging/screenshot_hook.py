"""The frozen desktop app's hidden ``--screenshot PATH`` option (packaging/windows/selftest.sh).

Proof that the installed app starts, shows its main window and opens an assessment, where no
screen can be looked at (Wine, CI): the normal start-up runs (``desktop.app.run``: logging,
settings, the database lock, the main window, its load after the first paint); once the
database is open, a demo assessment is stored if there is none, the app opens it, the window is
grabbed into PATH, and the app closes through its normal close path. Exit code 0 when the PNG
was written. Not in ``desktop/``: only the packaged build needs it.
"""

from __future__ import annotations

import logging
import random
from pathlib import Path

OPTION = "--screenshot"
POLL_MS = 200
SETTLE_MS = 1500
GIVE_UP_MS = 120_000
SIZE = (1366, 768)
UNIT = "Bilgi İşlem Dairesi Başkanlığı"

log = logging.getLogger(__name__)


def take_option(argv: list[str]) -> str | None:
    """Remove ``--screenshot PATH`` from ``argv`` (in place) and return PATH, or None."""
    if OPTION not in argv[1:]:
        return None
    at = argv.index(OPTION, 1)
    if at + 1 >= len(argv):
        raise SystemExit(f"{OPTION} needs a file name")
    path = argv[at + 1]
    del argv[at : at + 2]
    return path


def _main_window():
    from desktop.main_window import MainWindow
    from desktop.qt import QApplication

    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow) and widget.session.is_open:
            return widget
    return None


def _seed(window) -> str:
    """The uuid of an assessment to open: the first stored, or a new demo one."""
    known = window.session.assessments()
    if known:
        return known[0].uuid
    from assessments.sample_answers import plausible_answers
    from assessments.store import Store

    questionnaire = window.session.questionnaire
    with Store(window.session.db_path) as store:
        info = store.create_assessment(UNIT, "2026", questionnaire, respondent="Ayşe Yılmaz")
        for answer in plausible_answers(questionnaire, random.Random(7), 0.7).values():
            store.set_answer(info.uuid, answer)
    window.start_page.reload()
    return info.uuid


class _Shooter:
    def __init__(self, path: Path):
        from desktop.qt import QTimer

        self.path = path
        self.waited = 0
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> None:
        from desktop.qt import QApplication, QTimer

        self.waited += POLL_MS
        window = _main_window()
        if window is None:
            if self.waited > GIVE_UP_MS:
                log.error("screenshot: no main window with an open database")
                self.timer.stop()
                QApplication.exit(1)
            return
        self.timer.stop()
        window.resize(*SIZE)
        window.open_assessment(_seed(window))
        QTimer.singleShot(SETTLE_MS, lambda: self.shoot(window))

    def shoot(self, window) -> None:
        from desktop.qt import QApplication

        self.path.parent.mkdir(parents=True, exist_ok=True)
        saved = window.grab().save(str(self.path))
        log.info("screenshot %s: %s", "saved" if saved else "NOT saved", self.path)
        window.close()
        QApplication.exit(0 if saved else 1)


def arm(path: str) -> None:
    """Take the screenshot once the app created by ``desktop.app.run`` is up."""
    from desktop import app as desktop_app

    create = desktop_app.create_application
    holder = []

    def create_and_arm(argv):
        application = create(argv)
        holder.append(_Shooter(Path(path).resolve()))
        return application

    desktop_app.create_application = create_and_arm
