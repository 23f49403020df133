"""The file dialogs never open the files they list: Qt's widget dialog sniffs each file for an
icon and a type, and opening the database from inside the app drops the app's POSIX locks
on it (docs/security.md). Watched with inotify, so the kernel says what was opened."""

from __future__ import annotations

import file_watch
import pytest

from assessments.store import Store
from desktop import file_dialogs
from desktop.qt import QFileDialog, QListView

pytestmark = pytest.mark.skipif(not file_watch.available, reason="inotify is Linux only")


@pytest.fixture
def db_folder(tmp_path, questionnaire):
    folder = tmp_path / "veri"
    folder.mkdir()
    store = Store(folder / "maturity.db")  # open, in WAL mode, with its -wal/-shm beside
    store.create_assessment("Zabıta", "2026", questionnaire)
    (folder / "rapor.xlsx").write_bytes(b"PK\x03\x04 not really a workbook")
    yield folder
    store.close()


def list_folder(qtbot, dialog: QFileDialog, folder) -> set[str]:
    """Show ``dialog`` on ``folder`` until its list shows the files and is painted; the names
    the kernel saw opened in the folder meanwhile."""
    with file_watch.OpenWatch(folder) as watch:
        dialog.setDirectory(str(folder))
        dialog.show()
        qtbot.waitExposed(dialog)
        view = dialog.findChild(QListView, "listView")
        qtbot.waitUntil(lambda: view.model().rowCount(view.rootIndex()) >= 1, timeout=10_000)
        dialog.grab()  # paint: the icons and types of the visible rows are asked for now
        qtbot.wait(200)
        dialog.reject()
        return watch.opened() - {"."}


def test_a_plain_widget_dialog_opens_the_database(qtbot, db_folder):
    """The defect itself, so the test below can fail: Qt's own provider sniffs the files."""
    dialog = QFileDialog(None, "x", str(db_folder), "Excel (*.xlsx)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    qtbot.addWidget(dialog)
    assert "maturity.db" in list_folder(qtbot, dialog, db_folder)


def test_the_apps_dialogs_open_no_file_they_list(qtbot, db_folder):
    dialog = file_dialogs._dialog(
        None,
        "x",
        db_folder,
        file_dialogs.EXCEL.filter_text,
        QFileDialog.FileMode.AnyFile,
        save=True,
    )
    qtbot.addWidget(dialog)
    assert list_folder(qtbot, dialog, db_folder) == set()
    assert dialog.iconProvider() is file_dialogs.icon_provider()


def test_suffixes_suggested_names_and_the_remembered_folder(tmp_path, monkeypatch):
    monkeypatch.setenv("MATURITY_SETTINGS", str(tmp_path / "settings.ini"))
    assert file_dialogs.IMAGES.with_suffix("/x/radar", "SVG (*.svg)") == "/x/radar.svg"
    assert file_dialogs.IMAGES.with_suffix("/x/radar.PDF") == "/x/radar.PDF"
    assert file_dialogs.EXCEL.with_suffix("/x/rapor") == "/x/rapor.xlsx"
    assert (
        file_dialogs.suggested_name("Zabıta", "2026/1", "rapor", suffix="pdf")
        == "Zabıta-2026_1-rapor.pdf"
    )
    assert file_dialogs.start_folder(file_dialogs.PDF) == file_dialogs.documents()
    file_dialogs.remember(file_dialogs.PDF, tmp_path / "rapor.pdf")
    assert file_dialogs.start_folder(file_dialogs.PDF) == tmp_path
    assert file_dialogs.start_folder(file_dialogs.EXCEL) == file_dialogs.documents()
    assert f"pdf={tmp_path}" in (tmp_path / "settings.ini").read_text()  # for the next start
    (tmp_path / "gone").mkdir()
    file_dialogs.remember(file_dialogs.EXCEL, tmp_path / "gone")
    (tmp_path / "gone").rmdir()  # an unplugged stick: back to the documents folder
    assert file_dialogs.start_folder(file_dialogs.EXCEL) == file_dialogs.documents()
