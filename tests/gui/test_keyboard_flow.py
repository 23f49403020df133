"""Keyboard flow and N/A, as a unit manager meets them (issue 16, items 1 and 2): focus never
stays in a text field after a move, Esc leaves a field, Ctrl+Z undoes typing first and then
the app's changes, N/A always asks for its own justification and unticking gives back the
levels it cleared."""

from __future__ import annotations

import pytest

from assessments.store import Store
from desktop import justification_dialog
from desktop.qt import Qt

pytestmark = pytest.mark.gui

UNIT = "Bilgi İşlem Dairesi Başkanlığı"
CTRL = Qt.KeyboardModifier.ControlModifier


def stored(db_path, uuid):
    with Store(db_path) as store:
        return store.answers(uuid)


def start(window):
    window.session.create_assessment(UNIT, "2026", "Ayşe Yılmaz", [])
    return window.session.info


def key(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(window.focusWidget() or window, key, modifier)


@pytest.fixture
def asked(monkeypatch):
    """Replaces the N/A dialog: records what it offered, answers with ``reply``."""

    class Asked:
        offers: list[str] = []
        reply: str | None = "Görev alanımız dışında."

    record = Asked()
    record.offers = []

    def ask(parent, question, start):
        record.offers.append(start)
        return record.reply

    monkeypatch.setattr(justification_dialog, "ask", ask)
    return record


def test_digit_after_page_down_from_a_text_field_lands_on_the_level(window, qtbot, db_path):
    info = start(window)
    page = window.assessment_view.question_page
    first = page.question_id
    page.note.setFocus()
    qtbot.keyClicks(page.note, "pilot 2026")
    key(qtbot, window, Qt.Key.Key_PageDown)
    second = page.question_id
    assert second != first
    assert window.focusWidget() in page.options  # not the next question's note field
    key(qtbot, window, Qt.Key.Key_3)
    answers = stored(db_path, info.uuid)
    assert answers[second].current == 3 and answers[second].note == ""
    assert answers[first].note == "pilot 2026"
    assert page.question_id != second  # the digit rated and moved on, as everywhere else


def test_escape_leaves_a_text_field_for_the_levels(window, qtbot, db_path):
    info = start(window)
    page = window.assessment_view.question_page
    page.evidence.setFocus()
    qtbot.keyClicks(page.evidence, "rapor")
    qtbot.keyClick(page.evidence, Qt.Key.Key_Escape)
    assert window.focusWidget() in page.options
    assert stored(db_path, info.uuid)[page.question_id].evidence == "rapor"  # saved on leaving
    question_id = page.question_id
    key(qtbot, window, Qt.Key.Key_2)
    assert stored(db_path, info.uuid)[question_id].current == 2


def test_ctrl_z_in_a_field_undoes_typing_first_then_the_apps_changes(window, qtbot, db_path):
    info = start(window)
    page = window.assessment_view.question_page
    question_id = page.question_id
    page.choose_level(4)
    page.note.setFocus()
    qtbot.keyClicks(page.note, "ab")
    page.note_autosave.flush()
    assert stored(db_path, info.uuid)[question_id].note == "ab"
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert page.note.toPlainText() == ""  # the field's own undo (the typing, in one step)
    assert stored(db_path, info.uuid)[question_id].current == 4  # the app's change is kept
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert page.note.toPlainText() == "ab"  # and the field's own redo
    key(qtbot, window, Qt.Key.Key_Z, CTRL)
    page.note_autosave.flush()
    assert window.focusWidget() is page.note
    for _ in range(3):  # nothing left to undo in the field: the app's undo runs
        key(qtbot, window, Qt.Key.Key_Z, CTRL)
    assert question_id not in stored(db_path, info.uuid)  # the level 4 is undone too
    key(qtbot, window, Qt.Key.Key_Escape)
    key(qtbot, window, Qt.Key.Key_Y, CTRL)
    assert stored(db_path, info.uuid)[question_id].current == 4


def test_na_with_a_note_asks_and_offers_the_note(window, qtbot, db_path, asked):
    info = start(window)
    page = window.assessment_view.question_page
    question_id = page.question_id
    page.note.setFocus()
    page.note.insertPlainText("Başka birim yürütüyor.")
    asked.reply = None  # the user cancels: nothing changes, the note is not taken
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)
    assert asked.offers == ["Başka birim yürütüyor."]
    answer = stored(db_path, info.uuid)[question_id]
    assert not answer.not_applicable and answer.note == "Başka birim yürütüyor."
    assert not page.not_applicable.isChecked()
    asked.reply = "Su işleri ASKİ'nin görevi."
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)
    answer = stored(db_path, info.uuid)[question_id]
    assert answer.not_applicable and answer.note == "Su işleri ASKİ'nin görevi."
    assert page.note.toPlainText() == "Su işleri ASKİ'nin görevi."


def test_na_without_a_note_asks_too(window, qtbot, db_path, asked):
    info = start(window)
    page = window.assessment_view.question_page
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)
    assert asked.offers == [""]
    assert stored(db_path, info.uuid)[page.question_id].note == "Görev alanımız dışında."


def test_unticking_na_restores_the_levels_it_cleared(window, qtbot, db_path, asked):
    info = start(window)
    page = window.assessment_view.question_page
    question_id = page.question_id
    page.choose_level(2)
    page.choose_target(4)
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)
    answer = stored(db_path, info.uuid)[question_id]
    assert answer.not_applicable and (answer.current, answer.target) == (None, None)
    window.assessment_view.go_next()
    window.assessment_view.go_to(question_id)
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)
    answer = stored(db_path, info.uuid)[question_id]
    assert not answer.not_applicable and (answer.current, answer.target) == (2, 4)
    assert page.options[2].isChecked() and page.target_buttons[4].isChecked()
    assert answer.note == "Görev alanımız dışında."  # what the user wrote stays


def test_the_justification_dialog_needs_words(qtbot):
    dialog = justification_dialog.JustificationDialog("STR-01 · Strateji", "eski not")
    qtbot.addWidget(dialog)
    assert dialog.text.toPlainText() == "eski not" and dialog.ok.isEnabled()
    dialog.text.setPlainText("   ")
    assert not dialog.ok.isEnabled()
    dialog.text.setPlainText("Görev alanımız değil")
    assert dialog.justification() == "Görev alanımız değil"


def test_enter_opens_the_selected_assessment(make_window, qtbot):
    window = make_window()
    window.session.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", "", [])
    window.session.create_assessment("Zabıta Dairesi Başkanlığı", "2026", "", [])
    window.show_start_page()
    assert window.start_page.table.currentRow() >= 0  # a row is chosen already
    chosen = window.start_page.table.item(window.start_page.table.currentRow(), 0).text()
    key(qtbot, window, Qt.Key.Key_Return)
    assert window.stack.currentWidget() is window.assessment_view
    assert window.session.info.unit == chosen
    window.show_start_page()
    window.start_page.search.setFocus()
    qtbot.keyClicks(window.start_page.search, "fen")
    qtbot.keyClick(window.start_page.search, Qt.Key.Key_Return)  # one key from the filter
    assert window.session.info.unit == "Fen İşleri Dairesi Başkanlığı"
