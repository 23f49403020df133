"""The whole flow, as a unit manager does it: create the unit and round, answer every question
by keyboard and by mouse, N/A with and without justification, undo/redo, close, reopen."""

from __future__ import annotations

import pytest

from assessments.store import Store
from desktop.assessment_dialog import AssessmentDialog
from desktop.assessment_view import QUESTIONS_TAB, SUMMARY_TAB
from desktop.qt import QDialogButtonBox, Qt

pytestmark = pytest.mark.gui

UNIT = "Bilgi İşlem Dairesi Başkanlığı"


def stored(db_path, uuid):
    """The answers as the database holds them (a separate connection, like another reader)."""
    with Store(db_path) as store:
        return store.answers(uuid), store.assessment(uuid)


def start(window, unit=UNIT, round="2026", out_of_scope=()):
    window.session.create_assessment(unit, round, "Ayşe Yılmaz", list(out_of_scope))
    return window.session.info


def press(qtbot, window, key, modifier=Qt.KeyboardModifier.NoModifier):
    target = window.focusWidget() or window
    qtbot.keyClick(target, key, modifier)


DIGITS = [Qt.Key.Key_0, Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5]


def test_new_assessment_dialog_creates_unit_and_round(window, db_path, monkeypatch, questionnaire):
    with Store(db_path) as store:
        store.add_unit("İMAR VE ŞEHİRCİLİK DAİRESİ BAŞKANLIĞI")
    window.start_page.reload()

    def fill_and_accept(dialog):
        assert dialog.round.text().isdigit()  # the current year by default
        assert dialog.unit.matches("imar") == ["İMAR VE ŞEHİRCİLİK DAİRESİ BAŞKANLIĞI"]
        dialog.unit.setEditText(UNIT)
        assert dialog.profile_id() == "kurum-geneli-sahibi"  # the unit register's profile
        dialog.profile.setCurrentIndex(dialog.profile.findData("tam"))  # the user's choice
        dialog.round.setText("2026")
        dialog.respondent.setText("Ayşe Yılmaz")
        dialog.dimension_boxes["ULA"].setChecked(False)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AssessmentDialog, "exec", fill_and_accept)
    window.new_assessment()

    info = window.session.info
    assert (info.unit, info.round, info.respondent, info.out_of_scope) == (
        UNIT,
        "2026",
        "Ayşe Yılmaz",
        ("ULA",),
    )
    _answers, in_db = stored(db_path, info.uuid)
    assert in_db.unit == UNIT and in_db.out_of_scope == ("ULA",)
    assert window.stack.currentWidget() is window.assessment_view
    # questions of the dimension out of scope are not walked
    walked = [q.id for q in window.session.questions()]
    assert walked and not any(q.startswith("ULA-") for q in walked)
    assert len(walked) == len(questionnaire.questions) - len(
        questionnaire.dimension("ULA").questions
    )


def test_duplicate_assessment_is_refused_in_the_dialog(window, monkeypatch):
    start(window)
    dialog = AssessmentDialog(window.session, window)
    dialog.unit.setEditText("bilgi işlem dairesi başkanlığı")  # the same unit, other case
    dialog.round.setText("2026")
    dialog.accept()
    assert not dialog.isHidden() or dialog.result() == 0
    assert "zaten var" in dialog.error.text()  # Turkish message from the core


def test_every_question_by_keyboard(window, qtbot, db_path, questionnaire):
    info = start(window)
    view = window.assessment_view
    ids = [q.id for q in questionnaire.questions]
    assert view.current_question_id == ids[0]
    expected = {}
    for index, question_id in enumerate(ids):
        assert view.current_question_id == question_id
        level = index % 6
        press(qtbot, window, DIGITS[level])
        expected[question_id] = level
    assert view.tabs.currentIndex() == SUMMARY_TAB  # after the last question: the summary
    answers, _ = stored(db_path, info.uuid)
    assert {qid: a.current for qid, a in answers.items()} == expected
    assert window.session.score().completeness == 1.0


def test_page_keys_move_without_changing_and_alt_digit_sets_target(
    window, qtbot, db_path, questionnaire
):
    info = start(window)
    view = window.assessment_view
    ids = [q.id for q in questionnaire.questions]
    press(qtbot, window, Qt.Key.Key_PageDown)
    press(qtbot, window, Qt.Key.Key_PageDown)
    assert view.current_question_id == ids[2]
    press(qtbot, window, Qt.Key.Key_PageUp)
    assert view.current_question_id == ids[1]
    assert stored(db_path, info.uuid)[0] == {}  # moving changed nothing
    press(qtbot, window, Qt.Key.Key_2)
    press(qtbot, window, Qt.Key.Key_PageUp)
    press(qtbot, window, Qt.Key.Key_4, Qt.KeyboardModifier.AltModifier)
    answer = stored(db_path, info.uuid)[0][ids[1]]
    assert (answer.current, answer.target) == (2, 4)
    press(qtbot, window, Qt.Key.Key_1, Qt.KeyboardModifier.AltModifier)  # below current: refused
    assert stored(db_path, info.uuid)[0][ids[1]].target == 4


def test_every_question_by_mouse(window, qtbot, db_path, questionnaire):
    info = start(window)
    view = window.assessment_view
    page = view.question_page
    expected = {}
    for index, question in enumerate(questionnaire.questions):
        assert view.current_question_id == question.id
        level = (index * 5) % 6
        qtbot.waitUntil(lambda lv=level: page.options[lv].height() > 0)  # laid out, as on screen
        page.scroll.ensureWidgetVisible(page.options[level])  # as a user scrolls to it
        qtbot.mouseClick(page.options[level], Qt.MouseButton.LeftButton)
        target = min(5, level + 1)
        page.scroll.ensureWidgetVisible(page.target_buttons[target])
        if page.target_buttons[target].isEnabled():
            qtbot.mouseClick(page.target_buttons[target], Qt.MouseButton.LeftButton)
        expected[question.id] = (level, target)
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert view.tabs.currentIndex() == SUMMARY_TAB
    answers, _ = stored(db_path, info.uuid)
    assert {qid: (a.current, a.target) for qid, a in answers.items()} == expected


def test_navigator_and_next_unanswered(window, qtbot, questionnaire):
    start(window)
    view = window.assessment_view
    ids = [q.id for q in questionnaire.questions]
    for _ in range(3):
        press(qtbot, window, Qt.Key.Key_3)
    view.go_to(ids[0])
    press(qtbot, window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert view.current_question_id == ids[3]
    item = view.navigator._items[ids[10]]
    view.navigator.itemClicked.emit(item, 0)
    assert view.current_question_id == ids[10]
    dimension_item = view.navigator._dimension_items["STR"]
    assert dimension_item.text(1) == f"3/{len(questionnaire.dimension('STR').questions)}"
    assert dimension_item.text(2) == "3,00"  # Turkish decimal comma


def test_not_applicable_requires_a_justification(window, qtbot, db_path, dialogs, monkeypatch):
    # N/A asks for its justification in a dialog now (issue 16): never the note taken silently
    from desktop import justification_dialog

    replies = iter(["Not our task: görev alanımız dışında.", None])
    monkeypatch.setattr(justification_dialog, "ask", lambda parent, question, start: next(replies))
    info = start(window)
    page = window.assessment_view.question_page
    question_id = page.question_id
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)
    answer = stored(db_path, info.uuid)[0][question_id]
    assert answer.not_applicable and answer.note == "Not our task: görev alanımız dışında."
    assert page.note_label.text().startswith("Gerekçe")
    # cancelling the dialog stores nothing
    window.assessment_view.go_next()
    second = page.question_id
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)
    assert not page.not_applicable.isChecked()
    assert second not in stored(db_path, info.uuid)[0]
    # the core's rule, reached directly: a dialog in Turkish, nothing stored
    from assessments.scoring import Answer

    assert not window.session.commit(Answer(second, not_applicable=True), "N/A")
    assert any("gerekçe yazılmalı" in text for text in dialogs.texts("warning"))


def test_not_applicable_with_a_justification_already_written(window, qtbot, db_path, monkeypatch):
    from desktop import justification_dialog

    monkeypatch.setattr(justification_dialog, "ask", lambda parent, question, start: start)
    info = start(window)
    page = window.assessment_view.question_page
    question_id = page.question_id
    press(qtbot, window, Qt.Key.Key_3)
    window.assessment_view.go_to(question_id)
    page.note.setFocus()
    page.note.insertPlainText("Başka birim yürütüyor.")
    qtbot.mouseClick(page.not_applicable, Qt.MouseButton.LeftButton)  # the user keeps the offer
    answer = stored(db_path, info.uuid)[0][question_id]
    assert (
        answer.not_applicable and answer.note == "Başka birim yürütüyor." and answer.current is None
    )
    # a level chosen afterwards means the question applies after all
    page.focus_levels()
    press(qtbot, window, Qt.Key.Key_2)
    answer = stored(db_path, info.uuid)[0][question_id]
    assert (
        not answer.not_applicable
        and answer.current == 2
        and answer.note == "Başka birim yürütüyor."
    )


def test_undo_and_redo(window, qtbot, db_path, questionnaire):
    info = start(window)
    view = window.assessment_view
    first, second = (q.id for q in questionnaire.questions[:2])
    press(qtbot, window, Qt.Key.Key_3)  # first = 3, now on second
    press(qtbot, window, Qt.Key.Key_1)  # second = 1
    view.go_to(second)
    press(qtbot, window, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # second's target = 2
    view.go_to(second)
    view.question_page.choose_level(4)  # above the target: the target is lifted to 4
    assert stored(db_path, info.uuid)[0][second].target == 4
    view.go_to(questionnaire.questions[5].id)

    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    answer = stored(db_path, info.uuid)[0][second]
    assert (answer.current, answer.target) == (1, 2)
    assert view.current_question_id == second  # undo shows what it changed
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert stored(db_path, info.uuid)[0] == {}
    assert not window.undo_action.isEnabled()
    press(qtbot, window, Qt.Key.Key_Y, Qt.KeyboardModifier.ControlModifier)
    assert stored(db_path, info.uuid)[0][first].current == 3
    assert view.current_question_id == first
    press(
        qtbot,
        window,
        Qt.Key.Key_Z,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert stored(db_path, info.uuid)[0][second].current == 1
    redo_text = window.redo_action.text().replace("&", "")
    assert "Redo" in redo_text or "Yinele" in redo_text


def test_text_fields_take_digits_and_save_on_focus_out(window, qtbot, db_path):
    info = start(window)
    page = window.assessment_view.question_page
    question_id = page.question_id
    page.note.setFocus()
    qtbot.keyClicks(page.note, "2026: 3 pilots")
    assert page.note.toPlainText() == "2026: 3 pilots"
    assert page.question_id == question_id  # the digits did not rate and move on
    page.evidence.setFocus()  # focus leaves the note: committed at once, no waiting
    assert stored(db_path, info.uuid)[0][question_id].note == "2026: 3 pilots"
    qtbot.keyClicks(page.evidence, "https://www.balikesir.bel.tr")
    qtbot.waitUntil(lambda: stored(db_path, info.uuid)[0][question_id].evidence != "")  # debounce
    assert "https://www.balikesir.bel.tr" in page.links.text()
    assert window.saved_label.text().startswith("Kaydedildi ")


def test_close_and_reopen_where_the_user_left(make_window, qtbot, db_path, questionnaire):
    window = make_window()
    info = start(window)
    ids = [q.id for q in questionnaire.questions]
    for level in (1, 2, 3, 4, 5):
        press(qtbot, window, DIGITS[level])
    page = window.assessment_view.question_page
    assert page.question_id == ids[5]
    page.note.setFocus()
    qtbot.keyClicks(page.note, "devam edecek")
    window.close()  # straight away: the pending note must not be lost
    answers, in_db = stored(db_path, info.uuid)
    assert {qid: a.current for qid, a in answers.items() if a.current is not None} == dict(
        zip(ids[:5], (1, 2, 3, 4, 5), strict=True)
    )
    assert answers[ids[5]].note == "devam edecek"
    assert in_db.position == ids[5]

    again = make_window()
    assert again.session.info.uuid == info.uuid  # the last assessment reopens by itself
    view = again.assessment_view
    assert view.tabs.currentIndex() == QUESTIONS_TAB
    assert view.current_question_id == ids[5]
    assert view.question_page.note.toPlainText() == "devam edecek"
    view.go_to(ids[2])
    assert view.question_page.options[3].isChecked()


def test_start_page_lists_and_reopens(make_window, qtbot, db_path, questionnaire):
    window = make_window()
    start(window, unit="Fen İşleri Dairesi Başkanlığı")
    press(qtbot, window, Qt.Key.Key_2)
    start(window, unit="Zabıta Dairesi Başkanlığı")
    window.show_start_page()
    table = window.start_page.table
    units = [table.item(row, 0).text() for row in range(table.rowCount())]
    assert units == [
        "Zabıta Dairesi Başkanlığı",
        "Fen İşleri Dairesi Başkanlığı",
    ]  # most recent first
    fen = units.index("Fen İşleri Dairesi Başkanlığı")
    assert table.item(fen, 3).text() == f"%{round(100 / len(questionnaire.questions))}"
    window.start_page.search.setText("fen iş")
    assert table.rowCount() == 1
    table.setCurrentCell(0, 0)
    qtbot.mouseClick(window.start_page.open_button, Qt.MouseButton.LeftButton)
    assert window.session.info.unit == "Fen İşleri Dairesi Başkanlığı"
    assert window.stack.currentWidget() is window.assessment_view


def test_mark_final_and_back_to_draft(window, qtbot, db_path, dialogs):
    info = start(window)
    press(qtbot, window, Qt.Key.Key_3)
    summary = window.assessment_view.summary_page
    window.assessment_view.show_summary()
    qtbot.mouseClick(summary.final_button, Qt.MouseButton.LeftButton)
    assert dialogs.texts("question")  # unanswered questions: asked first
    assert stored(db_path, info.uuid)[1].status == "final"
    view = window.assessment_view
    view.show_questions()
    assert not view.question_page.options[0].isEnabled()
    before = stored(db_path, info.uuid)[0]
    press(qtbot, window, Qt.Key.Key_5)  # final: digits change nothing
    assert stored(db_path, info.uuid)[0] == before
    window.assessment_view.show_summary()
    qtbot.mouseClick(summary.final_button, Qt.MouseButton.LeftButton)
    assert stored(db_path, info.uuid)[1].status == "draft"
    assert view.question_page.options[0].isEnabled()


def test_mark_final_can_be_cancelled(window, qtbot, db_path, dialogs):
    from desktop.qt import QMessageBox

    info = start(window)
    dialogs.answer = QMessageBox.StandardButton.No
    window.assessment_view.show_summary()
    qtbot.mouseClick(window.assessment_view.summary_page.final_button, Qt.MouseButton.LeftButton)
    assert stored(db_path, info.uuid)[1].status == "draft"


def test_details_change_scope_and_respondent(window, qtbot, db_path, monkeypatch, questionnaire):
    info = start(window)
    view = window.assessment_view
    assert view.current_question_id.startswith("STR-")

    def narrow_scope(dialog):
        assert not dialog.unit.isEnabled() and not dialog.round.isEnabled()  # fixed after creation
        dialog.respondent.setText("Mehmet Demir")
        dialog.dimension_boxes["STR"].setChecked(False)
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(AssessmentDialog, "exec", narrow_scope)
    window.edit_details()
    _answers, in_db = stored(db_path, info.uuid)
    assert in_db.out_of_scope == ("STR",) and in_db.respondent == "Mehmet Demir"
    assert view.current_question_id == questionnaire.dimension("VERI").questions[0].id
    assert view.navigator._dimension_items["STR"].text(1) == "kapsam dışı"
    assert "Mehmet Demir" in view.details.text()


def test_arrow_keys_and_space_choose_a_level_without_moving_on(window, qtbot, db_path):
    info = start(window)
    page = window.assessment_view.question_page
    page.focus_levels()
    qtbot.keyClick(page.options[0], Qt.Key.Key_Down)
    qtbot.keyClick(page.options[1], Qt.Key.Key_Down)
    assert window.focusWidget() is page.options[2]
    qtbot.keyClick(page.options[2], Qt.Key.Key_Space)
    assert stored(db_path, info.uuid)[0][page.question_id].current == 2
    assert window.assessment_view.current_question_id == page.question_id  # still here


def test_a_unit_on_a_profile_sees_only_its_practices(window, db_path, monkeypatch, questionnaire):
    from assessments.profiles import profile_dimensions, questions_for

    unit = "Mali Hizmetler Dairesi Başkanlığı"

    def fill_and_accept(dialog):
        assert dialog.profile_id() == "tam"  # the whole questionnaire unless chosen
        dialog.unit.setEditText(unit)
        dialog.round.setText("2026")
        dialog.profile.setCurrentIndex(dialog.profile.findData("destek"))
        # the profile pre-selects its dimensions
        assert [
            d for d, box in dialog.dimension_boxes.items() if box.isChecked()
        ] == profile_dimensions(questionnaire, "destek")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(AssessmentDialog, "exec", fill_and_accept)
    window.new_assessment()

    info = window.session.info
    assert info.profile == "destek" and stored(db_path, info.uuid)[1].profile == "destek"
    walked = [q.id for q in window.session.questions()]
    assert walked == questions_for(questionnaire, "destek", unit)
    assert "ALT-02" not in walked  # organisation-wide, the IT department answers it
    assert window.session.score().applicable == len(walked)  # the rest is not "unanswered"
