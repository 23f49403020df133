"""Fixtures for the GUI tests: the real main window on a fresh database, offscreen, with every
modal dialog replaced by a recorder so that no test can hang on one."""

from __future__ import annotations

from dataclasses import dataclass, field

import desktop_fixtures
import pytest

from desktop import file_dialogs
from desktop.qt import QFileDialog, QMessageBox

# The fixtures shared with the other folders that drive the app.
_compiled_translations = desktop_fixtures._compiled_translations
settings = desktop_fixtures.settings
switcher = desktop_fixtures.switcher
make_window = desktop_fixtures.make_window
run_app = desktop_fixtures.run_app
load_must_succeed = desktop_fixtures.load_must_succeed


@dataclass(frozen=True)
class FileAsked:
    """A file dialog the app showed: its title, where it started (a suggested file or a
    folder), its filters, and whether it had the icon provider that never opens files."""

    title: str
    start: str
    filters: list[str]
    safe: bool


@dataclass
class Dialogs:
    """What the code under test tried to show, and what the "user" answers."""

    shown: list[tuple[str, str, str]] = field(default_factory=list)  # (kind, title, text)
    answer: QMessageBox.StandardButton = QMessageBox.StandardButton.Yes
    save_path: str = ""
    open_path: str = ""
    open_paths: list[str] = field(default_factory=list)  # several files (else ``open_path``)
    folder: str = ""
    files: list[FileAsked] = field(default_factory=list)  # the file dialogs, in order

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

    def ask(dialog: QFileDialog, start: str):
        record.files.append(
            FileAsked(
                dialog.windowTitle(),
                start,
                dialog.nameFilters(),
                dialog.iconProvider() is file_dialogs.icon_provider(),
            )
        )
        if dialog.acceptMode() == QFileDialog.AcceptMode.AcceptSave:
            return [record.save_path] if record.save_path else [], ""
        if dialog.fileMode() == QFileDialog.FileMode.Directory:
            return [record.folder] if record.folder else [], ""
        return record.open_paths or ([record.open_path] if record.open_path else []), ""

    monkeypatch.setattr(file_dialogs, "_ask", ask)
    return record


@pytest.fixture
def window(make_window):
    return make_window()
