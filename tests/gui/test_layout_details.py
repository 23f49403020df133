"""Layout details of issue 16, item 5 and 7, each also seen in docs/screenshots: distinct
radar colours, whole titles in the tree, one kind of count, room between the navigation
buttons, a start page without a big empty table, and "Mark as final" asking once."""

from __future__ import annotations

import random

import pytest

from assessments import charts
from assessments.results import load_results
from assessments.sample_answers import plausible_answers
from desktop.qt import QMessageBox, Qt
from desktop.question_page import NAV_GAP

pytestmark = pytest.mark.gui


def fill(store, questionnaire, unit, round, seed):
    info = store.create_assessment(unit, round, questionnaire, respondent="")
    for answer in plausible_answers(questionnaire, random.Random(seed)).values():
        store.set_answer(info.uuid, answer)
    return info


def test_every_radar_series_has_its_own_colour(store, questionnaire):
    unit = "Çevre Koruma ve Kontrol Dairesi Başkanlığı"
    for seed, round in enumerate(("2022", "2023", "2024", "2025")):
        fill(store, questionnaire, unit, round, seed)
    current = fill(store, questionnaire, unit, "2026", 9)
    fill(store, questionnaire, "Zabıta Dairesi Başkanlığı", "2026", 5)
    results = load_results(store, questionnaire, current.uuid)
    series = charts.radar_series(results, "tr", rounds=True)
    assert len(series) == 7  # four earlier rounds, current, target, city
    looks = [(style["color"], style["linestyle"]) for _gid, _name, _values, style in series]
    assert len(set(looks)) == len(looks)
    three_rounds = [style["color"] for gid, *_rest, style in series if "round" in gid][:3]
    others = {style["color"] for gid, *_rest, style in series if "round" not in gid}
    assert len(set(three_rounds)) == 3 and not set(three_rounds) & others
    orange_like = {charts.OKABE_ITO["orange"], charts.OKABE_ITO["vermillion"]}
    assert [c for c, _ in looks if c in orange_like] == [charts.SERIES_STYLE["target"]["color"]]


def test_tree_titles_are_whole_and_counts_are_one_kind(window, qtbot):
    window.session.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", "", [])
    view = window.assessment_view
    ids = [q.id for q in window.session.questionnaire.dimension("STR").questions]
    view.question_page.choose_level(3)
    window.session.commit(
        window.session.answer(ids[1]).with_changes(
            not_applicable=True, note="Görev alanımız değil"
        ),
        "N/A",
    )
    navigator = view.navigator
    question = window.session.questionnaire.question(ids[0])
    item = navigator._items[ids[0]]
    assert question.text.get("tr") in item.text(0) and item.toolTip(0) == question.text.get("tr")
    qtbot.waitUntil(lambda: navigator.visualItemRect(item).height() > 0)
    one_line = navigator.fontMetrics().height()
    assert navigator.visualItemRect(item).height() >= 2 * one_line  # wrapped, not cut
    # the tree, the summary and the header count the same thing: answered of applicable
    applicable = f"1/{len(ids) - 1}"  # one answered, one N/A
    assert navigator._dimension_items["STR"].text(1) == applicable
    view.show_summary()
    assert view.summary_page.table.item(0, 1).text() == applicable
    score = window.session.score()
    assert view.progress_text.text().startswith(f"{score.applicable} sorudan {score.answered}")


def test_navigation_buttons_do_not_touch(window):
    window.session.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", "", [])
    page = window.assessment_view.question_page
    gap = page.next_button.geometry().left() - page.unanswered_button.geometry().right()
    assert gap >= NAV_GAP


def test_start_page_table_is_as_tall_as_its_rows(make_window):
    window = make_window()
    for unit in ("Zabıta Dairesi Başkanlığı", "Çevre Koruma ve Kontrol Dairesi Başkanlığı"):
        window.session.create_assessment(unit, "2026", "", [])
    window.show_start_page()
    table = window.start_page.table
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    assert table.height() <= table.horizontalHeader().height() + rows + 2 * table.frameWidth() + 4
    assert window.start_page.open_button.geometry().top() - table.geometry().bottom() < 40


@pytest.mark.parametrize("unanswered", [True, False])
def test_mark_final_asks_once_and_says_what_changes(window, qtbot, dialogs, unanswered):
    window.session.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", "", [])
    if not unanswered:
        for question in window.session.questions():
            window.session.commit(window.session.answer(question.id).with_changes(current=2), "2")
    view = window.assessment_view
    view.show_summary()
    qtbot.mouseClick(view.summary_page.final_button, Qt.MouseButton.LeftButton)
    asked = dialogs.texts("question")
    assert len(asked) == 1  # once, also when every question is answered
    assert "değiştirilemez" in asked[0] and "kesin" in asked[0]
    assert ("yanıtlanmadı" in asked[0]) is unanswered
    assert window.session.info.is_final
    qtbot.mouseClick(view.summary_page.final_button, Qt.MouseButton.LeftButton)  # back to draft
    assert not window.session.info.is_final and len(dialogs.texts("question")) == 1


def test_mark_final_cancelled_changes_nothing(window, qtbot, dialogs):
    window.session.create_assessment("Fen İşleri Dairesi Başkanlığı", "2026", "", [])
    dialogs.answer = QMessageBox.StandardButton.No
    window.assessment_view.show_summary()
    qtbot.mouseClick(window.assessment_view.summary_page.final_button, Qt.MouseButton.LeftButton)
    assert not window.session.info.is_final
