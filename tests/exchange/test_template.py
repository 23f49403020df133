"""The fill-in template: its workbook, and a copy filled by a script importing and scoring as
docs/scoring.md says."""

from __future__ import annotations

import uuid

import openpyxl
import pytest
from exchange_helpers import UNIT, fill_template

from assessments.exchange.importer import import_file
from assessments.exchange.reader import read_workbook
from assessments.exchange.template import write_template
from assessments.messages import ValidationError
from assessments.scoring import score_assessment


def _meta(wb):
    return {r[0]: r[1] for r in wb["_meta"].iter_rows(min_row=2, values_only=True)}


def test_template_workbook_is_ready_to_fill(template_path, questionnaire):
    wb = openpyxl.load_workbook(template_path)
    assert [ws.title for ws in wb.worksheets] == ["Yönergeler", "Yanıtlar", "_meta"]
    assert wb.active.title == "Yönergeler"
    meta = _meta(wb)
    assert meta["kind"] == "template"
    assert meta["questionnaire_id"] == questionnaire.id
    assert meta["questionnaire_fingerprint"] == questionnaire.fingerprint
    assert wb["_meta"].sheet_state in ("hidden", "veryHidden")

    ws = wb["Yanıtlar"]
    keys = {c.value: c.column for c in ws[2]}
    assert [ws.cell(r, keys["question_id"]).value for r in range(3, ws.max_row + 1)] == [
        q.id for q in questionnaire.questions
    ]
    # the rubric stands beside each question, every level's text in it
    first = questionnaire.questions[0]
    rubric = ws.cell(3, keys["rubric"]).value
    assert all(first.level_text(level, "tr") in rubric for level in range(6))
    # protected without a password; only the answer cells are open
    assert ws.protection.sheet and not ws.protection.password
    for key in ("current_level", "target_level", "not_applicable", "note", "evidence"):
        assert ws.cell(3, keys[key]).protection.locked is False, key
    for key in ("question_id", "question", "rubric"):
        assert ws.cell(3, keys[key]).protection.locked is not False, key
    # drop-down lists for the levels and for N/A
    lists = {dv.formula1: str(dv.sqref) for dv in ws.data_validations.dataValidation}
    assert '"0,1,2,3,4,5"' in lists and '"Evet,Hayır"' in lists
    assert ws.protection.sheet and wb["Yönergeler"].protection.sheet


def test_instructions_come_in_turkish_first(template_path):
    ws = openpyxl.load_workbook(template_path)["Yönergeler"]
    texts = [c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str)]
    turkish = next(i for i, t in enumerate(texts) if "Nasıl doldurulur" in t)
    english = next(i for i, t in enumerate(texts) if "How to fill it in" in t)
    assert turkish < english


def test_english_template(tmp_path, questionnaire):
    path = write_template(questionnaire, tmp_path / "t.xlsx", "en", unit="Zabıta", round="2027")
    wb = openpyxl.load_workbook(path)
    assert [ws.title for ws in wb.worksheets] == ["Instructions", "Answers", "_meta"]
    lists = {dv.formula1 for dv in wb["Answers"].data_validations.dataValidation}
    assert '"Yes,No"' in lists
    meta = _meta(wb)
    assert (meta["unit"], meta["round"]) == ("Zabıta", "2027")


def _expected_by_hand(questionnaire, answers):
    """docs/scoring.md: S = Σ(w×c)/Σw over answered questions; overall = Σ(W×S)/ΣW over
    dimensions with a score; percent = overall / 5 × 100; completeness = answered / (in scope
    − N/A)."""
    dim_scores, answered, applicable = {}, 0, 0
    for dim in questionnaire.dimensions:
        pairs = []
        for q in dim.questions:
            a = answers.get(q.id, {})
            na = a.get("na", False)
            applicable += 0 if na else 1
            if a.get("c") is not None and not na:
                pairs.append((a["c"], q.weight))
        answered += len(pairs)
        if pairs:
            dim_scores[dim.id] = (
                sum(c * w for c, w in pairs) / sum(w for _, w in pairs),
                dim.weight,
            )
    overall = sum(s * w for s, w in dim_scores.values()) / sum(w for _, w in dim_scores.values())
    return overall, overall / 5 * 100, answered / applicable


def test_filled_template_imports_and_scores_as_the_documentation_says(
    template_path, coordinator, questionnaire
):
    qs = questionnaire.questions
    filled = {  # written as people enter them in Excel
        qs[0].id: {"current_level": 2, "target_level": 4, "note": "Yol haritası taslak"},
        qs[1].id: {"current_level": "3", "target_level": 3.0},
        qs[2].id: {"current_level": "2 - Uyumlaştırma", "target_level": "4 - Bütünleşme"},
        qs[3].id: {"not_applicable": "Evet", "note": "Birimin görevi değil"},
        qs[6].id: {"current_level": 1.0, "not_applicable": "Hayır"},
        qs[7].id: {"current_level": 0, "target_level": 2, "evidence": "Meclis kararı 2025/112"},
        qs[12].id: {
            "current_level": 5,
            "not_applicable": "x",
            "note": "Kapsam dışı ama düzey yazılmış",
        },
        qs[20].id: {"current_level": 4, "target_level": 5},
        qs[40].id: {"current_level": "Gelişim", "target_level": 5},
    }
    fill_template(template_path, filled)

    result = import_file(coordinator, questionnaire, template_path)

    info = result.assessment
    assert (info.unit, info.round, info.respondent, info.source) == (
        UNIT,
        "2026",
        "Mehmet Demir",
        "template",
    )
    assert info.read_only
    answers = coordinator.answers(info.uuid)
    assert answers[qs[2].id].current == 2 and answers[qs[2].id].target == 4
    assert answers[qs[40].id].current == 3
    assert answers[qs[3].id].not_applicable and answers[qs[12].id].not_applicable
    score = score_assessment(questionnaire, answers, info.out_of_scope)
    by_hand = {
        qs[0].id: {"c": 2},
        qs[1].id: {"c": 3},
        qs[2].id: {"c": 2},
        qs[3].id: {"na": True},
        qs[6].id: {"c": 1},
        qs[7].id: {"c": 0},
        qs[12].id: {"c": 5, "na": True},
        qs[20].id: {"c": 4},
        qs[40].id: {"c": 3},
    }
    overall, percent, completeness = _expected_by_hand(questionnaire, by_hand)
    assert score.current == pytest.approx(overall)
    assert score.percent == pytest.approx(percent)
    assert score.completeness == pytest.approx(completeness)
    assert score.answered == 7 and score.not_applicable == 2


def test_a_template_without_unit_or_answers_is_refused(template_path, coordinator, questionnaire):
    fill_template(template_path, {}, unit=None, round=None)
    parsed = read_workbook(template_path, questionnaire)
    codes = {p.code for p in parsed.problems}
    assert codes == {"x.unit_missing", "x.round_missing", "x.no_answers"}
    with pytest.raises(ValidationError):
        import_file(coordinator, questionnaire, template_path)
    assert coordinator.assessments() == []


def test_prefilled_unit_and_round_are_used(tmp_path, questionnaire, coordinator):
    path = write_template(
        questionnaire, tmp_path / "t.xlsx", "tr", unit="Zabıta Dairesi Başkanlığı", round="2026"
    )
    fill_template(
        path, {questionnaire.questions[0].id: {"current_level": 1}}, unit=None, round=None
    )
    info = import_file(coordinator, questionnaire, path).assessment
    assert (info.unit, info.round) == ("Zabıta Dairesi Başkanlığı", "2026")
    # no uuid in the template: one derived from questionnaire, unit and round, stable
    assert uuid.UUID(info.uuid).version == 5
    assert read_workbook(path, questionnaire).assessment_uuid == info.uuid


def test_a_template_on_a_profile_lists_only_its_practices_and_imports_back(
    tmp_path, questionnaire, coordinator
):
    from assessments.profiles import questions_for

    unit = "Mali Hizmetler Dairesi Başkanlığı"
    path = write_template(
        questionnaire, tmp_path / "destek.xlsx", "tr", unit=unit, round="2026", profile="destek"
    )
    wb = openpyxl.load_workbook(path)
    ws = wb["Yanıtlar"]
    keys = {c.value: c.column for c in ws[2]}
    listed = [ws.cell(r, keys["question_id"]).value for r in range(3, ws.max_row + 1)]
    asked = questions_for(questionnaire, "destek", unit)
    assert listed == asked and len(listed) < len(questionnaire.questions)
    assert "ALT-02" not in listed  # organisation-wide: the IT department's
    assert _meta(wb)["profile"] == "destek"

    fill_template(path, {asked[0]: {"current_level": 2, "target_level": 4}}, unit=unit)
    import_file(coordinator, questionnaire, path)
    info = coordinator.find_assessment(unit, "2026")
    answers = coordinator.answers(info.uuid)
    assert (answers[asked[0]].current, answers[asked[0]].target) == (2, 4)
