"""The question page shows a practice's legal minimum (a compliance gap below it), the rules of
a level where the user chooses one, and a gentle evidence prompt from level 3 up (issue 14)."""

from __future__ import annotations

import pytest

from assessments.scoring import Answer

pytestmark = pytest.mark.gui

UNIT = "Bilgi İşlem Dairesi Başkanlığı"


def _open(window, question_id):
    window.session.create_assessment(UNIT, "2026", "Ayşe Yılmaz", [])
    window.assessment_view.go_to(question_id)
    return window.assessment_view.question_page


def test_legal_minimum_note_and_compliance_gap(window, questionnaire):
    q = questionnaire.question("VERI-02")
    assert q.legal_minimum is not None
    page = _open(window, q.id)
    assert page.legal_note.isVisible()
    note = page.legal_note.text()
    assert f"Yasal asgari düzey: {q.legal_minimum.level}" in note
    assert q.legal_minimum.basis.get("tr") in note and "Uyum açığı" not in note
    page.choose_level(q.legal_minimum.level - 1)
    assert "Uyum açığı" in page.legal_note.text()
    assert page.legal_note.property("gap") is True
    page.choose_level(q.legal_minimum.level)
    assert "Uyum açığı" not in page.legal_note.text()
    plain = next(x for x in questionnaire.questions if x.legal_minimum is None)
    window.assessment_view.go_to(plain.id)
    assert not page.legal_note.isVisible()


def test_level_rules_are_written_beside_the_levels(window, questionnaire):
    page = _open(window, questionnaire.questions[0].id)
    assert page.level_rules.isVisible()
    for rule in questionnaire.level_rules["tr"]:
        assert rule in page.level_rules.text()


def test_evidence_prompt_from_level_3_is_gentle(window, qtbot, db_path, questionnaire):
    q = next(x for x in questionnaire.questions if x.legal_minimum is None)
    page = _open(window, q.id)
    page.choose_level(2)
    assert not page.evidence_prompt.isVisible()
    page.choose_level(questionnaire.evidence_from_level)
    assert page.evidence_prompt.isVisible()
    assert "kanıt beklenir" in page.evidence_prompt.text()
    # not a block: the level is stored without evidence
    assert window.session.answer(q.id).current == questionnaire.evidence_from_level
    window.session.commit(Answer(q.id, current=3, evidence="Faaliyet raporu 2025, s. 14"), "ev")
    assert not page.evidence_prompt.isVisible()
