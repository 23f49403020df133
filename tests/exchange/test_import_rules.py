"""What an import may replace, what it refuses, and that it is all-or-nothing."""

from __future__ import annotations

import sqlite3

import pytest
from exchange_helpers import UNIT, fill_template, rewrite_member, set_cells

from assessments import turkish
from assessments.exchange.export import export_assessment
from assessments.exchange.importer import import_file, store_parsed
from assessments.exchange.reader import read_workbook
from assessments.messages import MaturityError
from assessments.scoring import Answer
from assessments.store import Store


def _code(call):
    with pytest.raises(MaturityError) as caught:
        call()
    return caught.value.code


def _imports(store):
    return [(r.status, ",".join(p.code for p in r.reasons)) for r in store.imports.rows()]


def test_a_units_own_work_is_never_overwritten(store, questionnaire, answered, export_path):
    before = store.answers(answered.uuid)
    assert _code(lambda: import_file(store, questionnaire, export_path)) == "x.local_exists"
    assert store.answers(answered.uuid) == before
    assert _imports(store) == []


def test_local_assessment_of_the_same_unit_and_round_is_kept(
    coordinator, questionnaire, export_path
):
    local = coordinator.create_assessment(turkish.upper(UNIT), "2026", questionnaire)  # same unit
    assert _code(lambda: import_file(coordinator, questionnaire, export_path)) == "x.local_exists"
    assert coordinator.assessments() == [coordinator.assessment(local.uuid)]


def test_a_newer_revision_replaces_an_older_one(
    tmp_path, store, coordinator, questionnaire, answered
):
    first = export_assessment(store, questionnaire, answered.uuid, tmp_path / "v1.xlsx")
    import_file(coordinator, questionnaire, first)
    qid = questionnaire.questions[0].id
    store.set_answer(answered.uuid, Answer(qid, 5, 5, note="Tamamlandı"))
    second = export_assessment(store, questionnaire, answered.uuid, tmp_path / "v2.xlsx")

    result = import_file(coordinator, questionnaire, second)

    assert result.status == "replaced"
    assert result.previous_revision == answered.revision
    assert result.assessment.revision == answered.revision + 1
    assert coordinator.answers(answered.uuid) == store.answers(answered.uuid)
    assert result.assessment.source_file == "v2.xlsx"
    assert len(coordinator.assessments()) == 1
    assert _imports(coordinator) == [("imported", ""), ("replaced", "")]
    assert "güncellendi" in result.message("tr")

    # the older file afterwards, or the same one again: not newer, nothing changes
    assert _code(lambda: import_file(coordinator, questionnaire, first)) == "x.not_newer"
    assert _code(lambda: import_file(coordinator, questionnaire, second)) == "x.not_newer"
    assert coordinator.answers(answered.uuid)[qid] == Answer(qid, 5, 5, note="Tamamlandı")
    assert len(_imports(coordinator)) == 2


def test_an_export_edited_in_excel_needs_consent_and_is_flagged(
    coordinator, questionnaire, answered, export_path
):
    qid = questionnaire.questions[0].id
    set_cells(export_path, {(qid, "current_level"): 5, (qid, "target_level"): 5})

    assert _code(lambda: import_file(coordinator, questionnaire, export_path)) == "x.modified"
    assert coordinator.assessments() == []

    result = import_file(coordinator, questionnaire, export_path, accept_modified=True)
    assert result.modified
    assert result.assessment.flags == ("modified",)
    assert coordinator.answers(answered.uuid)[qid].current == 5
    assert _imports(coordinator) == [("imported", "m.modified_flagged")]
    assert "değiştirilmişti" in result.message("tr")


def test_store_parsed_refuses_a_modified_export_unless_flagged(
    coordinator, questionnaire, export_path
):
    qid = questionnaire.questions[0].id
    set_cells(export_path, {(qid, "note"): "sonradan eklendi"})
    parsed = read_workbook(export_path, questionnaire)
    assert _code(lambda: store_parsed(coordinator, parsed, "x.xlsx")) == "x.modified"
    assert store_parsed(coordinator, parsed, "x.xlsx", flags=("modified",)).modified


def test_another_assessment_of_the_same_unit_and_round_is_not_replaced(
    tmp_path, coordinator, questionnaire, export_path
):
    (tmp_path / "other-pc").mkdir()
    with Store(tmp_path / "other-pc" / "db.sqlite3") as other_pc:
        info = other_pc.create_assessment(UNIT, "2026", questionnaire)
        other_pc.set_answer(info.uuid, Answer(questionnaire.questions[0].id, 1, 2))
        other = export_assessment(other_pc, questionnaire, info.uuid, tmp_path / "other.xlsx")
    import_file(coordinator, questionnaire, export_path)
    assert _code(lambda: import_file(coordinator, questionnaire, other)) == "x.other_exists"


def _saved_at(path, stamp):
    def change(data: bytes) -> bytes:
        # only the text: the element's namespace declarations stay as written
        start = data.index(b">", data.index(b"<dcterms:modified")) + 1
        end = data.index(b"</dcterms:modified>")
        return data[:start] + stamp.encode() + data[end:]

    return rewrite_member(path, "docProps/core.xml", change)


def test_a_template_saved_later_replaces_the_earlier_one(
    template_path, coordinator, questionnaire, tmp_path
):
    qid = questionnaire.questions[0].id
    fill_template(template_path, {qid: {"current_level": 1}})
    _saved_at(template_path, "2026-03-01T10:00:00Z")
    first = import_file(coordinator, questionnaire, template_path)
    assert first.assessment.exported_at == "2026-03-01T10:00:00.000Z"

    fill_template(template_path, {qid: {"current_level": 3}})
    _saved_at(template_path, "2026-03-02T10:00:00Z")
    second = import_file(coordinator, questionnaire, template_path)

    assert second.status == "replaced"
    assert second.assessment.uuid == first.assessment.uuid
    assert second.assessment.revision == 2
    assert coordinator.answers(first.assessment.uuid)[qid].current == 3
    assert (
        _code(lambda: import_file(coordinator, questionnaire, template_path))
        == "x.not_newer_template"
    )


def test_nothing_is_stored_when_writing_fails_midway(coordinator, questionnaire, export_path):
    parsed = read_workbook(export_path, questionnaire)
    qid = questionnaire.questions[-1].id
    parsed.answers[qid] = Answer(qid, current=9)  # slips past the reader; the database refuses it
    with pytest.raises(sqlite3.IntegrityError):
        store_parsed(coordinator, parsed, "export.xlsx")
    assert coordinator.assessments() == []
    assert coordinator.units() == []
    assert _imports(coordinator) == []
