"""Fixtures shared by the test folders that drive the real desktop app (tests/gui,
tests/reliability). Imported by their conftest.py, never by tests/conftest.py, so the core's
tests run without Qt."""

from __future__ import annotations

import logging
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from desktop import app as desktop_app
from desktop import i18n, style
from desktop.settings import Settings

TRANSLATIONS_TOOL = Path(__file__).resolve().parents[1] / "tools" / "translations.py"


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    # the .qm files are build output (tools/translations.py); make sure they are current
    subprocess.run([sys.executable, str(TRANSLATIONS_TOOL), "build"], check=True)


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(tmp_path / "settings.ini")


@pytest.fixture
def switcher(qapp):
    style.apply(qapp)
    switcher = i18n.LanguageSwitcher(qapp)
    switcher.set_language("tr")
    yield switcher
    switcher.uninstall()
    switcher.deleteLater()


@pytest.fixture
def load_must_succeed() -> bool:
    """Does ``make_window`` assert that the window loaded its database? tests/reliability
    overrides it (False): it opens broken databases on purpose and reads ``window.loaded``."""
    return True


@pytest.fixture
def make_window(qtbot, db_path, settings, switcher, dialogs, load_must_succeed):
    """Build, show and load a main window on ``db_path`` (several per test when reopening);
    ``load()``'s result is kept on the window as ``loaded``. Every window still open is closed
    at the end, so its session releases the database."""
    windows = []

    def make(load: bool = True, restore: bool = False):
        window = desktop_app.build_window(db_path, settings, switcher)
        qtbot.addWidget(window)
        if restore:
            window.restore_layout()  # as the app does: the remembered size and splitter
        else:
            window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window.activateWindow()  # shortcuts need the active window, as on a desktop
        qtbot.waitUntil(window.isActiveWindow)
        window.loaded = window.load() if load else None
        if load and load_must_succeed:
            assert window.loaded
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.session.is_open:
            window.close()


@pytest.fixture
def run_app(qapp, monkeypatch, dialogs):
    """``desktop.app.run`` in this process (with the folder's dialog recorder), undoing what it
    installs (log handler, translators, exception hooks)."""
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    root_handlers = list(logging.getLogger().handlers)

    def run(*args: str) -> int:
        try:
            return desktop_app.run(["maturity-desktop", *args])
        finally:
            for switcher in qapp.findChildren(i18n.LanguageSwitcher):
                switcher.uninstall()
                switcher.deleteLater()
            for handler in logging.getLogger().handlers:
                if handler not in root_handlers:
                    logging.getLogger().removeHandler(handler)
                    handler.close()

    return run
