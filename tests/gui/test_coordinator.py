"""File -> Coordinator: merging unit workbooks in the window, the import log, cancelling, the
consolidated workbook, the comparison radar and dropping folders, on the real main window."""

from __future__ import annotations

import math
import shutil
import threading

import openpyxl
import pytest

from assessments import turkish
from assessments.charts import plotted_series
from assessments.cli import main
from assessments.compare_chart import MAX_UNITS
from assessments.merge import parallel
from assessments.merge.city_figures import consolidate
from assessments.merge.demo_exports import write_demo
from assessments.store import Store
from desktop.coordinator import consolidated_file_name
from desktop.coordinator.radar import COMPARE_TAB
from desktop.import_log_model import FILE, REASON, SHA, STATUS, UNIT
from desktop.qt import (
    QApplication,
    QDragEnterEvent,
    QDropEvent,
    QMimeData,
    QPoint,
    Qt,
    QUrl,
)

pytestmark = pytest.mark.gui

UNITS = 12
WAIT_MS = 60_000


@pytest.fixture(scope="module")
def demo_exports(tmp_path_factory, questionnaire):
    """Twelve units' exports of round 2026, written once for the module."""
    return write_demo(
        questionnaire, tmp_path_factory.mktemp("demo"), UNITS, "2026", seed=5, workers=0
    )


@pytest.fixture
def incoming(tmp_path, demo_exports):
    """A coordinator's inbox: the twelve exports, one of them twice, and a half-copied file."""
    folder = tmp_path / "Gelen"
    (folder / "usb").mkdir(parents=True)
    for path in demo_exports:
        shutil.copy2(path, folder / path.name)
    shutil.copy2(demo_exports[3], folder / "usb" / "ikinci kopya.xlsx")
    data = demo_exports[4].read_bytes()
    (folder / "usb" / "yarim kalmis.xlsx").write_bytes(data[: len(data) // 2])
    return folder


@pytest.fixture
def view(window):
    window.show_coordinator()
    coordinator = window.coordinator_view
    assert window.stack.currentWidget() is coordinator
    return coordinator


def merge_and_wait(view, qtbot):
    seen = []
    task = view.start_merge()
    assert task is not None
    task.progress.connect(lambda done, total, name: seen.append((done, total)))
    qtbot.waitUntil(lambda: not view.running, timeout=WAIT_MS)
    return seen


def log_rows(view) -> dict[str, tuple[str, str, str]]:
    """File name -> (status text, reason, unit) as the table shows them (through the filter)."""
    proxy = view.proxy
    rows = {}
    for r in range(proxy.rowCount()):
        cell = lambda c, r=r: proxy.index(r, c).data()  # noqa: E731
        rows[cell(FILE)] = (cell(STATUS), cell(REASON), cell(UNIT))
    return rows


def test_merging_a_folder_logs_every_file_with_its_status(
    window, view, qtbot, incoming, demo_exports
):
    view.add_paths([incoming])
    seen = merge_and_wait(view, qtbot)

    rows = log_rows(view)
    assert len(rows) == UNITS + 2
    assert rows["yarim kalmis.xlsx"][0] == "reddedildi"
    assert "bozuk" in rows["yarim kalmis.xlsx"][1]  # the core's Turkish reason
    # The duplicate is whichever copy came second (folders in name order).
    duplicates = [name for name, row in rows.items() if row[0] == "yinelenen"]
    assert duplicates in (["ikinci kopya.xlsx"], [demo_exports[3].name])
    accepted = [name for name, row in rows.items() if row[0] == "alındı"]
    assert len(accepted) == UNITS
    assert seen and seen[-1] == (UNITS + 2, UNITS + 2)  # the progress reached the total
    assert view.progress_row.isHidden()
    assert view.summary.text() == "14 dosya: alındı 12, yinelenen 1, reddedildi 1."
    assert view.input_paths() == []  # done: the list is cleared for the next batch
    sha = view.proxy.index(0, SHA)
    assert len(sha.data()) == 12 and len(sha.data(Qt.ItemDataRole.ToolTipRole)) == 64

    # Filter: only what needs attention; then by file name, Turkish-aware ("İKİNCİ" finds "ikinci").
    view.status_filter.setCurrentIndex(view.status_filter.findText("Dikkat gerektirenler"))
    assert list(log_rows(view)) == ["yarim kalmis.xlsx"]
    view.status_filter.setCurrentIndex(0)
    view.search.setText("İKİNCİ")
    assert list(log_rows(view)) == ["ikinci kopya.xlsx"]
    view.search.clear()
    # Sorted by status: accepted first, rejected last.
    view.table.sortByColumn(STATUS, Qt.SortOrder.AscendingOrder)
    statuses = [view.proxy.index(r, STATUS).data() for r in range(view.proxy.rowCount())]
    assert statuses[0] == "alındı" and statuses[-1] == "reddedildi"
    # Sorted by unit in Turkish order: Çevre after C and before D, not after Z (code points).
    view.table.sortByColumn(UNIT, Qt.SortOrder.AscendingOrder)
    units = [view.proxy.index(r, UNIT).data() for r in range(view.proxy.rowCount())]
    named = [u for u in units if u]
    assert any(u.startswith("Çevre") for u in named)
    assert named == sorted(named, key=turkish.sort_key) and named != sorted(named)

    # The merged assessments are on the start page, marked imported, and open read-only.
    window.show_start_page()
    table = window.start_page.table
    listed = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert len(listed) == UNITS and set(listed.values()) == {"içe aktarıldı"}
    info = window.session.assessments()[0]
    assert info.source != "local"
    window.open_assessment(info.uuid)
    assert not window.session.editable
    assert not window.assessment_view.question_page.options[0].isEnabled()


def test_a_folders_other_files_are_listed_rejected_lock_files_not(
    view, qtbot, tmp_path, demo_exports
):
    folder = tmp_path / "Gelen"
    folder.mkdir()
    shutil.copy2(demo_exports[0], folder / demo_exports[0].name)
    (folder / "notlar.docx").write_bytes(b"PK\x03\x04 a Word document")
    (folder / f"~${demo_exports[0].name}").write_bytes(b"\x00" * 162)  # Excel's lock file
    (folder / ".~lock.notlar.docx#").write_text("x", encoding="utf-8")  # LibreOffice's
    view.add_paths([folder])
    merge_and_wait(view, qtbot)

    rows = log_rows(view)
    assert set(rows) == {demo_exports[0].name, "notlar.docx"}
    status, reason, unit = rows["notlar.docx"]
    assert status == "reddedildi" and unit == ""
    assert reason.startswith("Çalışma kitabı değil (.docx dosyası); alınmadı.")
    assert view.summary.text() == "2 dosya: alındı 1, reddedildi 1."


def test_the_log_of_the_database_is_shown_when_the_view_opens_again(make_window, qtbot, incoming):
    first = make_window()
    first.show_coordinator()
    first.coordinator_view.add_paths([incoming])
    merge_and_wait(first.coordinator_view, qtbot)
    first.close()

    second = make_window()
    second.show_coordinator()
    view = second.coordinator_view
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=WAIT_MS)
    assert view.log_source.currentData() == "all"
    rows = log_rows(view)
    assert rows["yarim kalmis.xlsx"][0] == "reddedildi"
    assert sum(1 for row in rows.values() if row[0] == "alındı") == UNITS
    assert view.round_combo.currentText() == "2026"


def test_cancel_stops_before_the_next_file_and_keeps_the_merged_ones(
    window, view, qtbot, incoming, monkeypatch
):
    reached, go_on = threading.Event(), threading.Event()
    calls = []
    real_read = parallel.read_for_merge

    def read(path, questionnaire):  # the 4th read waits for the user's click
        calls.append(path)
        if len(calls) == 4:
            reached.set()
            go_on.wait(WAIT_MS / 1000)
        return real_read(path, questionnaire)

    monkeypatch.setattr(parallel, "read_for_merge", read)
    view.add_paths([incoming])
    task = view.start_merge()
    qtbot.waitUntil(reached.is_set, timeout=WAIT_MS)
    assert view.cancel_button.isEnabled()
    qtbot.mouseClick(view.cancel_button, Qt.MouseButton.LeftButton)
    go_on.set()
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)

    report = view.report
    assert report.cancelled
    assert [o.status for o in report.outcomes] == ["accepted"] * 3
    assert len(report.not_processed) == UNITS + 2 - 3
    assert len(window.session.assessments()) == 3  # what was merged stays merged
    assert view.proxy.rowCount() == 3
    assert "işlenmedi" in view.summary.text() or "iptal" in view.summary.text()
    assert view.input_paths() == [str(incoming)]  # kept, to merge the rest later
    assert view.merge_button.isEnabled()


def test_consolidated_workbook_is_written_with_its_sheets(view, qtbot, incoming, tmp_path, dialogs):
    view.add_paths([incoming])
    merge_and_wait(view, qtbot)
    qtbot.waitUntil(lambda: view.export_button.isEnabled(), timeout=WAIT_MS)
    target = tmp_path / "cikti" / "konsolide"
    target.parent.mkdir()
    dialogs.save_path = str(target)
    task = view.export_consolidated()
    qtbot.waitUntil(lambda: task.done, timeout=WAIT_MS)

    assert dialogs.files[-1].start.endswith("akilli-sehir-konsolide-2026.xlsx")
    assert dialogs.files[-1].safe
    written = target.with_suffix(".xlsx")
    book = openpyxl.load_workbook(written, read_only=True)
    assert book.sheetnames == [
        "Genel Bakış",
        "Birimler × Boyutlar",
        "Eylem Planı Adayları",
        "Temalar ve Uyum",
        "Yanıtlar",
        "İçe Aktarma Günlüğü",
    ]
    matrix = book["Birimler × Boyutlar"]
    units = {row[0] for row in matrix.iter_rows(min_row=1, values_only=True) if row and row[0]}
    assert len(units & {o.unit for o in view.report.outcomes if o.stored}) == UNITS
    book.close()
    assert str(written) in view._exported  # never read back as an input by a later merge


def test_comparison_radar_plots_the_chosen_units(view, qtbot, incoming, db_path, questionnaire):
    view.add_paths([incoming])
    merge_and_wait(view, qtbot)
    qtbot.waitUntil(
        lambda: view.data is not None and view.unit_list.count() == UNITS, timeout=WAIT_MS
    )
    view.tabs.setCurrentIndex(COMPARE_TAB)
    assert view.figure is not None  # drawn when the tab is shown
    first, second = view.unit_list.item(2), view.unit_list.item(5)
    first.setCheckState(Qt.CheckState.Checked)  # as a click on the checkbox does
    second.setCheckState(Qt.CheckState.Checked)
    chosen = [first.text(), second.text()]
    assert view.chosen_units == chosen

    with Store(db_path) as store:
        expected = {row.unit: row for row in consolidate(store, questionnaire, "2026").units}
        city = consolidate(store, questionnaire, "2026").city
    plotted = plotted_series(view.figure)
    assert set(plotted) == {f"radar:unit:{name}" for name in chosen} | {"radar:city"}
    for name in chosen:
        score = expected[name].score
        want = [
            math.nan if score.dimension(d.id).current is None else score.dimension(d.id).current
            for d in questionnaire.dimensions
        ]
        assert plotted[f"radar:unit:{name}"] == pytest.approx(want, nan_ok=True)
    assert plotted["radar:city"] == pytest.approx(
        [city.dimension(d.id).mean for d in questionnaire.dimensions]
    )

    dimension = questionnaire.dimensions[0]
    hover = view._tooltip(f"radar:unit:{chosen[0]}", 0)  # what hovering the first point shows
    assert chosen[0] in hover and dimension.name.get("tr") in hover
    assert (
        f"{expected[chosen[0]].score.dimension(dimension.id).current:.2f}".replace(".", ",")
        in hover
    )

    view.city_box.setChecked(False)
    first.setCheckState(Qt.CheckState.Unchecked)
    assert set(plotted_series(view.figure)) == {f"radar:unit:{second.text()}"}

    # At most MAX_UNITS at once: then the other units cannot be ticked.
    view.choose_units([view.unit_list.item(i).text() for i in range(view.unit_list.count())])
    assert len(view.chosen_units) == MAX_UNITS
    assert len([k for k in plotted_series(view.figure) if k.startswith("radar:unit:")]) == MAX_UNITS
    left_out = view.unit_list.item(UNITS - 1)
    assert not left_out.flags() & Qt.ItemFlag.ItemIsEnabled


def drop(view, urls) -> None:
    mime = QMimeData()
    mime.setUrls(urls)
    point = view.rect().center()
    enter = QDragEnterEvent(
        point,
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(view, enter)
    if enter.isAccepted():
        QApplication.sendEvent(
            view,
            QDropEvent(
                point.toPointF() if isinstance(point, QPoint) else point,
                Qt.DropAction.CopyAction,
                mime,
                Qt.MouseButton.LeftButton,
                Qt.KeyboardModifier.NoModifier,
            ),
        )


def test_dropping_a_folder_adds_it_and_web_links_are_ignored(view, incoming, demo_exports):
    drop(view, [QUrl("https://www.balikesir.bel.tr/dosya.xlsx")])
    assert view.input_paths() == []
    assert view.input_stack.currentWidget() is view.drop_hint
    drop(view, [QUrl.fromLocalFile(str(incoming))])
    assert view.input_paths() == [str(incoming)]
    assert view.input_stack.currentWidget() is view.inputs
    assert view.merge_button.isEnabled()
    drop(view, [QUrl.fromLocalFile(str(incoming)), QUrl.fromLocalFile(str(demo_exports[0]))])
    assert view.input_paths() == [str(incoming), str(demo_exports[0])]  # each once


def test_add_buttons_use_the_file_dialogs(view, incoming, demo_exports, dialogs):
    dialogs.open_paths = [str(p) for p in demo_exports[:2]]
    dialogs.folder = str(incoming)
    view.add_files_button.click()
    view.add_folder_button.click()
    assert all(asked.safe for asked in dialogs.files)
    assert dialogs.files[1].start == str(demo_exports[0].parent)  # the folder used last
    assert view.input_paths() == [str(demo_exports[0]), str(demo_exports[1]), str(incoming)]
    view.inputs.item(1).setSelected(True)
    view.remove_button.click()
    assert view.input_paths() == [str(demo_exports[0]), str(incoming)]


def test_accept_modified_is_passed_to_the_merge(view, qtbot, tmp_path, demo_exports, monkeypatch):
    import assessments.merge.engine as engine

    given = {}
    real_merge = engine.merge

    def spy(inputs, store, questionnaire, **options):
        given.update(options)
        return real_merge(inputs, store, questionnaire, **options)

    monkeypatch.setattr(engine, "merge", spy)
    view.accept_modified.setChecked(True)
    view.add_paths([demo_exports[0]])
    merge_and_wait(view, qtbot)
    assert given["accept_modified"] is True
    assert view.report.counts["accepted"] == 1


def test_the_log_follows_the_language(view, qtbot, incoming, switcher):
    view.add_paths([incoming])
    merge_and_wait(view, qtbot)
    switcher.set_language("en")
    qtbot.waitUntil(
        lambda: view.summary.text() == "14 files: accepted 12, duplicate 1, rejected 1."
    )
    assert view.model.headerData(STATUS, Qt.Orientation.Horizontal) == "Status"
    rows = log_rows(view)
    assert rows["yarim kalmis.xlsx"][0] == "rejected"
    assert view.merge_button.text().replace("&", "") == "Merge"


def test_a_folder_without_workbooks_says_so(view, qtbot, tmp_path):
    """Only a lock file and a hidden file: nothing to read and nothing to report (any other
    file would be listed as not a workbook)."""
    empty = tmp_path / "bos"
    empty.mkdir()
    (empty / "~$rapor.xlsx").write_bytes(b"\x00" * 162)
    (empty / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    view.add_paths([empty])
    merge_and_wait(view, qtbot)
    assert view.report.outcomes == []
    assert view.empty_log.isVisibleTo(view) and not view.table.isVisibleTo(view)
    assert "bulunamadı" in view.empty_log.text()
    assert view.input_paths() == [str(empty)]  # kept: the user sees what was given


def test_default_file_name_is_safe():
    # the app's one file-name cleaner (file_dialogs.clean_name) replaces what Windows refuses
    assert consolidated_file_name("2026/1", "tr") == "akilli-sehir-konsolide-2026_1.xlsx"
    assert consolidated_file_name('2026:"1"?', "tr") == "akilli-sehir-konsolide-2026__1__.xlsx"
    assert consolidated_file_name("2026", "en") == "smart-city-consolidated-2026.xlsx"


def test_the_radar_shows_the_city_in_both_rounds(view, qtbot, tmp_path, db_path, questionnaire):
    """Issue 15, item 6: with 2025 in the database too, the 2026 radar can show the city's
    2025 average beside this round's."""
    for round, seed in (("2025", 21), ("2026", 22)):
        write_demo(questionnaire, tmp_path / round, 4, round, seed=seed, workers=0)
    assert main(["merge", str(tmp_path / "2025"), "--db", str(db_path)]) == 0
    view.add_paths([tmp_path / "2026"])
    merge_and_wait(view, qtbot)
    qtbot.waitUntil(lambda: view.earlier_data is not None, timeout=WAIT_MS)
    view.tabs.setCurrentIndex(COMPARE_TAB)
    assert view.earlier_box.isVisibleTo(view) and "2025" in view.earlier_box.text()
    with Store(db_path) as store:
        before = consolidate(store, questionnaire, "2025").city
    plotted = plotted_series(view.figure)
    assert set(plotted) == {"radar:city", "radar:city:earlier"}
    assert plotted["radar:city:earlier"] == pytest.approx(
        [before.dimension(d.id).mean for d in questionnaire.dimensions], nan_ok=True
    )
    view.earlier_box.setChecked(False)
    assert set(plotted_series(view.figure)) == {"radar:city"}


def test_the_final_only_switch_leaves_the_drafts_out(view, qtbot, tmp_path, db_path, questionnaire):
    """Issue 15, item 4: drafts can be left out of the city figures from the app too."""
    write_demo(questionnaire, tmp_path / "in", 6, "2026", seed=4, workers=0)
    view.add_paths([tmp_path / "in"])
    merge_and_wait(view, qtbot)
    qtbot.waitUntil(lambda: view.data is not None, timeout=WAIT_MS)
    everyone = {u.unit for u in view.data.units}
    with Store(db_path) as store:
        final = {u.unit for u in consolidate(store, questionnaire, "2026", final_only=True).units}
    assert final and final < everyone
    view.final_box.setChecked(True)
    qtbot.waitUntil(lambda: view.data is not None and view.data.final_only, timeout=WAIT_MS)
    assert {u.unit for u in view.data.units} == final
    assert view.unit_list.count() == len(final)
