"""Fixtures for the GUI tests: the real main window on a fresh database, offscreen, with every
modal dialog replaced by a recorder so that no test can hang on one."""

from __future__ import annotations

from dataclasses import dataclass, field

import desktop_fixtures
import pytest

from desktop import app as desktop_app
from desktop.qt import QFileDialog, QMessageBox

# The fixtures shared with the other folders that drive the app.
_compiled_translations = desktop_fixtures._compiled_translations
settings = desktop_fixtures.settings
switcher = desktop_fixtures.switcher


@dataclass
class Dialogs:
    """What the code under test tried to show, and what the "user" answers."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    save_path: str = ""
    open_path: str = ""

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture(autouse=True)
def dialogs(monkeypatch) -> Dialogs:
    record = Dialogs()

    def box(kind):
        def show(parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return record.answer if kind == "question" else QMessageBox.StandardButton.Ok
        return staticmethod(show)

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (record.save_path, "")))
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        staticmethod(lambda *a, **k: (record.open_path, "")))
    return record


@pytest.fixture
def make_window(qtbot, db_path, settings, switcher):
    """Build (and show, and load) a main window; several per test when reopening."""
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
        if load:
            assert window.load()
        windows.append(window)
        return window

    yield make
    for window in windows:
        if window.session.is_open:
            window.close()


@pytest.fixture
def window(make_window):
    return make_window()
