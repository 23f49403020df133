"""Fixtures for the reliability tests: the figures they report, and the main window offscreen
with every modal dialog replaced by a recorder (as in tests/gui), so no test can hang on one.

The long variants run with ``MATURITY_SLOW_TESTS=1`` (CI); ``make test`` runs the short ones.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import desktop_fixtures
import pytest

from desktop.qt import QMessageBox

FIGURES: list[str] = []


@pytest.fixture(scope="session")
def figures() -> list[str]:
    """Lines of measured figures; printed at the end of the test run."""
    return FIGURES


def pytest_terminal_summary(terminalreporter):
    if FIGURES:
        terminalreporter.section("reliability figures")
        for line in FIGURES:
            terminalreporter.write_line(line)


# The fixtures shared with the other folders that drive the app.
_compiled_translations = desktop_fixtures._compiled_translations
settings = desktop_fixtures.settings
switcher = desktop_fixtures.switcher
make_window = desktop_fixtures.make_window
run_app = desktop_fixtures.run_app


@dataclass
class Dialogs:
    """What the code under test tried to show (kind, title, text), and the "user's" choice
    for the recovery question (True: restore)."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)
    restore: bool = True

    def texts(self, kind: str | None = None) -> list[str]:
        return [text for k, _title, text in self.shown if kind is None or k == kind]


@pytest.fixture
def dialogs(monkeypatch) -> Dialogs:
    record = Dialogs()

    def box(kind):
        def show(parent, title, text, *args, **kwargs):
            record.shown.append((kind, title, text))
            return QMessageBox.StandardButton.Ok

        return staticmethod(show)

    for kind in ("information", "warning", "critical", "question"):
        monkeypatch.setattr(QMessageBox, kind, box(kind))

    def execute(self):  # a QMessageBox built by hand (the restore offer): press a button
        record.shown.append(("ask", self.windowTitle(), self.text()))
        wanted = (
            QMessageBox.ButtonRole.AcceptRole
            if record.restore
            else QMessageBox.ButtonRole.RejectRole
        )
        for button in self.buttons():
            if self.buttonRole(button) == wanted:
                button.click()
                break
        return 0

    monkeypatch.setattr(QMessageBox, "exec", execute)
    return record


@pytest.fixture
def load_must_succeed() -> bool:
    return False  # these tests open broken databases on purpose
