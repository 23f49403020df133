"""File -> Export / Save template / Import, run on the background thread through the core."""

from __future__ import annotations

import random

import pytest

from assessments.exchange.export import export_assessment
from assessments.sample_answers import plausible_answers
from assessments.store import Store
from desktop.qt import Qt

pytestmark = pytest.mark.gui


def test_export_writes_the_open_assessment(window, qtbot, tmp_path, dialogs):
    window.session.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", "", [])
    qtbot.keyClick(window.focusWidget() or window, Qt.Key.Key_3)
    target = tmp_path / "out" / "fen-isleri"
    target.parent.mkdir()
    dialogs.save_path = str(target)  # without .xlsx: the app adds it
    assert window.export_action.isVisible() and window.export_action.isEnabled()
    task = window._exchange("export_assessment")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    written = target.with_suffix(".xlsx")
    assert written.is_file() and written.stat().st_size > 0
    assert "Dışa aktarıldı" in window.statusBar().currentMessage()
    assert not dialogs.texts("warning")


def test_save_template(window, qtbot, tmp_path, dialogs):
    dialogs.save_path = str(tmp_path / "sablon.xlsx")
    task = window._exchange("save_template")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    assert (tmp_path / "sablon.xlsx").is_file()


def test_cancelled_file_dialog_does_nothing(window, dialogs):
    dialogs.save_path = ""
    assert window._exchange("save_template") is None


def test_import_another_units_export(window, qtbot, tmp_path, dialogs, questionnaire):
    other_db = tmp_path / "unit-pc.sqlite3"
    with Store(other_db) as store:
        info = store.create_assessment("Zabıta Dairesi Başkanlığı", "2026", questionnaire)
        for answer in plausible_answers(questionnaire, random.Random(5)).values():
            store.set_answer(info.uuid, answer)
        export_assessment(store, questionnaire, info.uuid, tmp_path / "zabita.xlsx")
    dialogs.open_path = str(tmp_path / "zabita.xlsx")
    task = window._exchange("import_workbook")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    (message,) = dialogs.texts("information")
    assert "Zabıta Dairesi Başkanlığı" in message
    table = window.start_page.table
    rows = {table.item(r, 0).text(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert rows == {"Zabıta Dairesi Başkanlığı": "içe aktarıldı"}
    window.open_assessment(info.uuid)
    assert not window.session.editable  # an imported assessment is read-only
    assert not window.assessment_view.question_page.options[0].isEnabled()


def test_import_of_a_bad_file_stores_nothing_and_says_why(window, qtbot, tmp_path, dialogs):
    bad = tmp_path / "not-excel.xlsx"
    bad.write_text("hello")
    dialogs.open_path = str(bad)
    task = window._exchange("import_workbook")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    (message,) = dialogs.texts("warning")
    assert "Excel" in message  # the core's Turkish explanation
    assert window.session.assessments() == []


def test_an_import_on_the_worker_refreshes_every_view_of_the_open_assessment(
    window, qtbot, tmp_path, dialogs, questionnaire
):
    """Issue 12: the unit sends a newer export while its earlier import is open. The import
    runs on the worker with its own Store; the session reloads and tells every view once."""
    from assessments.scoring import Answer

    first = questionnaire.questions[0].id
    unit_db = tmp_path / "unit-pc.sqlite3"
    with Store(unit_db) as store:
        info = store.create_assessment("Zabıta Dairesi Başkanlığı", "2026", questionnaire)
        store.set_answer(info.uuid, Answer(first, current=1, target=2))
        export_assessment(store, questionnaire, info.uuid, tmp_path / "zabita-1.xlsx")
    dialogs.open_path = str(tmp_path / "zabita-1.xlsx")
    task = window._exchange("import_workbook")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)
    window.open_assessment(info.uuid)
    view, page = window.assessment_view, window.assessment_view.question_page
    view.show_results()
    qtbot.waitUntil(lambda: view.results_page.results is not None, timeout=30_000)
    before = view.results_page.results.score.current
    start_row = [window.start_page.table.item(0, c).text() for c in range(5)]
    assert window.session.answer(first).current == 1

    with Store(unit_db) as store:  # the unit answers more and exports again
        for answer in plausible_answers(questionnaire, random.Random(8)).values():
            store.set_answer(info.uuid, answer)
        store.set_answer(info.uuid, Answer(first, current=4, target=5))
        export_assessment(store, questionnaire, info.uuid, tmp_path / "zabita-2.xlsx")
        fresh = store.answers(info.uuid)
    changes = []
    window.session.changed.connect(changes.append)
    dialogs.open_path = str(tmp_path / "zabita-2.xlsx")
    task = window._exchange("import_workbook")
    qtbot.waitUntil(lambda: task.done, timeout=30_000)

    (change,) = changes  # one signal, naming the assessment and the log
    assert change.assessments == {info.uuid} and change.import_log and "import" in change.kinds
    assert window.session.answers == fresh  # no stale answers in the session
    assert window.session.info.revision == Store(unit_db).assessment(info.uuid).revision
    qtbot.waitUntil(
        lambda: view.results_page.results.score.current != before, timeout=30_000
    )  # the results page loaded the new numbers
    assert view.results_page.results.score.answered == sum(a.answered for a in fresh.values())
    view.show_questions()
    view.go_to(first)
    assert page.level_group.checkedButton() is page.options[4]  # the question page too
    window.show_start_page()
    assert [window.start_page.table.item(0, c).text() for c in range(5)] != start_row
    assert window.start_page.table.item(0, 3).text() != start_row[3]  # completeness
