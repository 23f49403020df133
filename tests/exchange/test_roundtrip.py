"""Export -> import into a fresh database gives identical answers and scores."""

from __future__ import annotations

import json
import zipfile

import openpyxl
import pytest

from assessments.exchange.canonical import content_sha256
from assessments.exchange.export import export_assessment
from assessments.exchange.importer import import_file
from assessments.exchange.reader import read_workbook
from assessments.scoring import EXCEL_CELL_LIMIT, Answer, score_assessment


def test_round_trip_gives_identical_answers_and_scores(
    store, coordinator, questionnaire, answered, export_path
):
    result = import_file(coordinator, questionnaire, export_path)

    assert result.status == "imported"
    imported = coordinator.assessment(answered.uuid)
    assert coordinator.answers(answered.uuid) == store.answers(answered.uuid)
    assert score_assessment(
        questionnaire, coordinator.answers(answered.uuid), imported.out_of_scope
    ) == score_assessment(questionnaire, store.answers(answered.uuid), answered.out_of_scope)
    # identity and provenance travel with it; the import is the unit's word, read-only here
    for field in (
        "uuid",
        "unit",
        "round",
        "respondent",
        "revision",
        "status",
        "created_at",
        "updated_at",
        "questionnaire_fingerprint",
    ):
        assert getattr(imported, field) == getattr(answered, field), field
    assert imported.source == "export"
    assert imported.read_only
    assert imported.source_file == "export.xlsx"
    assert imported.exported_at.endswith("Z")
    assert imported.flags == ()
    log = coordinator.imports.rows()
    assert [(r.path, r.status, r.assessment_uuid) for r in log] == [
        ("export.xlsx", "imported", answered.uuid)
    ]
    assert len(log[0].sha256) == 64


def test_awkward_texts_and_partial_answers_survive(tmp_path, store, coordinator, questionnaire):
    info = store.create_assessment(
        "Zabıta Dairesi Başkanlığı",
        "2026",
        questionnaire,
        respondent="=cmd|' /C calc'!A0",
        out_of_scope=["ULA"],
    )
    ids = [q.id for q in questionnaire.questions]
    given = [
        Answer(ids[0], 2, 4, note='=HYPERLINK("http://x","y")', evidence="+90 266 000 00 00"),
        Answer(ids[1], 3, None, note="-5 derece", evidence="@ekip"),
        Answer(ids[2], 1, 1, note="#N/A", evidence="2026"),
        Answer(ids[3], not_applicable=True, note="Görev alanı dışında: İĞÜŞÖÇ ığüşöç"),
        Answer(ids[4], note="  başında ve sonunda boşluk  \n\nikinci paragraf"),
        Answer(ids[5], 0, 5, note="x" * EXCEL_CELL_LIMIT),
        Answer(ids[6], 4, 5, note="satır\r\nsonu ve kontrol\x07 karakteri"),
    ]
    for answer in given:
        store.set_answer(info.uuid, answer)
    path = export_assessment(store, questionnaire, info.uuid, tmp_path / "zabita.xlsx", "en")

    import_file(coordinator, questionnaire, path)

    got = coordinator.answers(info.uuid)
    expected = dict(store.answers(info.uuid))
    # what XML cannot carry: line ends normalised, the BEL control character dropped
    expected[ids[6]] = expected[ids[6]].with_changes(note="satır\nsonu ve kontrol karakteri")
    assert got == expected
    assert coordinator.assessment(info.uuid).out_of_scope == ("ULA",)
    assert coordinator.assessment(info.uuid).respondent == "=cmd|' /C calc'!A0"


def test_machine_sheet_describes_the_export(store, questionnaire, answered, export_path):
    wb = openpyxl.load_workbook(export_path)
    meta_ws = wb["_meta"]
    assert meta_ws.sheet_state in ("veryHidden", "hidden")
    meta = {r[0]: r[1] for r in meta_ws.iter_rows(min_row=2, values_only=True)}
    assert meta["kind"] == "export"
    assert meta["format_version"] == "2"  # 2: the checksum covers the identity too
    assert meta["assessment_uuid"] == answered.uuid
    assert meta["revision"] == str(answered.revision)
    assert meta["questionnaire_fingerprint"] == questionnaire.fingerprint
    assert "answers_sha256" not in meta
    assert meta["content_sha256"] == content_sha256(meta, store.answers(answered.uuid).values())
    assert meta["content_sha256"] != content_sha256(
        {**meta, "unit": "Başka Birim"}, store.answers(answered.uuid).values()
    )
    assert json.loads(meta["out_of_scope"]) == []
    assert meta["exported_at"].endswith("Z") and "T" in meta["exported_at"]
    assert [ws.title for ws in wb.worksheets] == ["Özet", "Yanıtlar", "Rubrik", "_meta"]


def test_english_export_has_english_sheets_and_reads_back(tmp_path, store, questionnaire, answered):
    path = export_assessment(store, questionnaire, answered.uuid, tmp_path / "en.xlsx", "en")
    wb = openpyxl.load_workbook(path)
    assert [ws.title for ws in wb.worksheets] == ["Summary", "Answers", "Rubric", "_meta"]
    parsed = read_workbook(path, questionnaire)
    assert parsed.ok, parsed.problems
    assert parsed.answers == {k: v for k, v in store.answers(answered.uuid).items()}


def test_answers_sheet_has_numbers_as_numbers_and_looks_right(export_path, store, answered):
    wb = openpyxl.load_workbook(export_path)
    ws = wb["Yanıtlar"]
    keys = {c.value: c.column for c in ws[2]}
    assert set(keys) >= {
        "question_id",
        "current_level",
        "target_level",
        "not_applicable",
        "note",
        "evidence",
    }
    assert ws.freeze_panes == "D3"
    assert ws.auto_filter.ref.startswith("A2:")
    assert ws.page_setup.orientation == "landscape"
    assert int(ws.page_setup.paperSize) == int(ws.PAPERSIZE_A4)
    assert ws.page_setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    answers = store.answers(answered.uuid)
    for row in range(3, ws.max_row + 1):
        qid = ws.cell(row, keys["question_id"]).value
        current = ws.cell(row, keys["current_level"])
        if answers.get(qid) and answers[qid].current is not None:
            assert current.data_type == "n" and current.value == answers[qid].current
    assert ws.cell(3, keys["note"]).alignment.wrap_text


def test_summary_has_a_native_radar_chart_and_scores(export_path, store, questionnaire, answered):
    wb = openpyxl.load_workbook(export_path)
    summary = wb["Özet"]
    # openpyxl does not read charts back; the chart part is in the package
    with zipfile.ZipFile(export_path) as z:
        charts = [n for n in z.namelist() if n.startswith("xl/charts/chart")]
        assert charts and b"radarChart" in z.read(charts[0])
    score = score_assessment(questionnaire, store.answers(answered.uuid), ())
    numbers = [c.value for row in summary.iter_rows() for c in row if isinstance(c.value, float)]
    assert any(abs(n - score.current) < 1e-9 for n in numbers)


@pytest.mark.parametrize("lang", ["tr", "en"])
def test_export_of_an_empty_assessment_still_reads(tmp_path, store, questionnaire, lang):
    info = store.create_assessment("Hukuk Müşavirliği", "2026", questionnaire)
    path = export_assessment(store, questionnaire, info.uuid, tmp_path / "bos.xlsx", lang)
    parsed = read_workbook(path, questionnaire)
    assert parsed.ok and parsed.answers == {} and not parsed.modified
