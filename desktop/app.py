"""Start-up: arguments, logging, the application object, language, the database lock, the
main window; then, after the first paint, the database and the questionnaire.

Nothing slow runs before the window is on screen: the store (sqlite3) and the
questionnaire load in ``MainWindow.load`` right after the first paint, and matplotlib and
openpyxl are never imported here.
"""

from __future__ import annotations

import argparse
import logging
from collections.abc import Callable
from pathlib import Path

from assessments import __version__
from assessments.messages import MaturityError
from assessments.paths import default_db_path, log_dir, resources_dir

from . import errors, i18n, startup_probe, style
from .qt import QApplication, QIcon, QMessageBox, QTimer
from .settings import Settings

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="maturity-desktop", add_help=True)
    parser.add_argument("--db", help="database file (default: MATURITY_DB or the user data folder)")
    parser.add_argument("--lang", choices=list(i18n.LANGUAGES), help="UI language (remembered)")
    args, _qt_args = parser.parse_known_args(argv[1:])
    return args


def app_icon() -> QIcon:
    """resources/icons/app.png (256 px, rendered from app.svg by packaging/make_icons.py);
    a PNG loads without Qt's SVG plugin, which keeps start-up quick."""
    path = resources_dir() / "icons" / "app.png"
    return QIcon(str(path)) if path.is_file() else QIcon()


def create_application(argv: list[str]) -> QApplication:
    # High-DPI scale factors (125 %, 150 %) are not rounded: PassThrough is Qt 6's default, so
    # it is not set here (setting it builds PySide6's whole ``Qt`` namespace, ~16 ms of start-up).
    app = QApplication.instance() or QApplication(argv)
    app.setOrganizationName("BalikesirBB")
    app.setApplicationName("AkilliSehirOlgunluk")
    app.setApplicationVersion(__version__)
    style.apply(app)
    return app


def build_window(db_path: Path, settings: Settings, switcher: i18n.LanguageSwitcher):
    """The main window over a session on ``db_path`` (not loaded yet: call ``load()``)."""
    from .main_window import MainWindow
    from .session import Session

    session = Session(db_path)
    window = MainWindow(session, settings, switcher, app_icon())
    switcher.changed.emit(i18n.current())  # check the language in the menu
    return window


def refuse_second_instance(lock, db_path: Path) -> None:
    holder = lock.holder()
    detail = ""
    if holder:
        pid, host, program = holder
        detail = "\n\n" + QApplication.translate("App", "Open in process {pid} on {host}.").format(
            pid=pid, host=host
        )
    QMessageBox.information(
        None,
        QApplication.translate("App", "Already open"),
        QApplication.translate(
            "App",
            "This database is already open in another window of the program:\n{path}\n\n"
            "Switch to that window, or close it and try again.",
        ).format(path=db_path)
        + detail,
    )


def run(argv: list[str], on_window: Callable[[object], object] | None = None) -> int:
    """The app; ``on_window(window)`` runs once the main window exists (tests drive it)."""
    args = parse_args(argv)
    log_path = errors.setup_logging(log_dir())
    db_path = default_db_path(args.db)
    log.info("start: version %s, database %s", __version__, db_path)

    app = create_application(argv)
    settings = Settings()
    switcher = i18n.LanguageSwitcher(app)
    if args.lang:
        settings.language = args.lang
    switcher.set_language(settings.language or i18n.system_language())

    window = None
    hook = errors.ExceptionHook(lambda: window)
    hook.install()

    from .single_instance import DatabaseLock

    lock = DatabaseLock(db_path)
    try:
        if not lock.acquire():
            log.info("database already open elsewhere: %s", db_path)
            refuse_second_instance(lock, db_path)
            return 2
    except OSError as exc:
        log.error("cannot lock the database: %s", exc)
        errors.show_error(None, MaturityError("s.cannot_open", path=str(db_path), detail=str(exc)))
        return 1
    try:
        window = build_window(db_path, settings, switcher)
        if on_window is not None:  # a test driver (tests/reliability/run_app.py)
            on_window(window)
        watcher = startup_probe.FirstPaintWatcher(window)
        watcher.painted.connect(lambda: QTimer.singleShot(0, window.load))
        QTimer.singleShot(2000, window.load)  # in case no paint arrives (e.g. started minimised)
        window.restore_layout()
        window.show()
        log.info("log file: %s", log_path)
        from . import shutdown

        hooks = shutdown.install(app, window)  # SIGTERM, log-off: the same shutdown as Ctrl+Q
        try:
            return app.exec()
        finally:
            hooks.uninstall()
            from . import workers

            workers.wait_all()  # e.g. the chart preload: never torn down under a running task
    finally:
        lock.release()
