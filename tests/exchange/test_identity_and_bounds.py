"""Format 2: the checksum covers the identity; times and sizes a file may claim are bounded;
the reader's public options. Files of format 1 still read with their old rule."""

from __future__ import annotations

import dataclasses
import json
import re
import zipfile
from datetime import UTC, datetime, timedelta

import pytest
from exchange_helpers import UNIT, edit, fill_template, key_row, rewrite_member, rows_by_question

from assessments.exchange.canonical import answers_sha256
from assessments.exchange.export import export_assessment
from assessments.exchange.importer import import_file
from assessments.exchange.reader import read_workbook
from assessments.loader import fingerprint
from assessments.messages import MaturityError
from assessments.scoring import Answer

OTHER_UNIT = "Zabıta Dairesi Başkanlığı"


def _meta(path, **values):
    def change(wb, _):
        for row in wb["_meta"].iter_rows(min_row=2):
            if row[0].value in values:
                row[1].value = values[row[0].value]

    return edit(path, change)


def _stamp(delta: timedelta) -> str:
    return (datetime.now(UTC) + delta).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_an_export_claiming_another_unit_is_modified_not_unit_b(
    export_path, store, coordinator, questionnaire, answered
):
    """Unit A's own export with only unit, uuid and revision edited: its answers checksum
    still matches, the identity's does not."""
    other = store.create_assessment(OTHER_UNIT, "2026", questionnaire)
    _meta(export_path, unit=OTHER_UNIT, assessment_uuid=other.uuid, revision="99")

    parsed = read_workbook(export_path, questionnaire)

    assert parsed.ok and parsed.unit == OTHER_UNIT
    assert parsed.modified
    with pytest.raises(MaturityError) as caught:
        import_file(coordinator, questionnaire, export_path)
    assert caught.value.code == "x.modified"
    assert coordinator.assessments() == []
    stored = import_file(coordinator, questionnaire, export_path, accept_modified=True)
    assert stored.modified and "modified" in coordinator.assessment(other.uuid).flags


@pytest.mark.parametrize(
    "key, value",
    [
        ("status", "final"),
        ("round", "2025"),
        ("exported_at", "2026-01-01T00:00:00.000Z"),
        ("out_of_scope", '["ULA"]'),
    ],
)
def test_every_identity_field_is_covered(export_path, questionnaire, key, value):
    _meta(export_path, **{key: value})
    assert read_workbook(export_path, questionnaire).modified


def test_a_format_1_file_reads_with_its_old_rule(export_path, store, questionnaire, answered):
    """Written before format 2: the checksum covers the answers only, as then."""
    answers = store.answers(answered.uuid)

    def as_format_1(wb, _):
        for row in wb["_meta"].iter_rows(min_row=2):
            if row[0].value == "format_version":
                row[1].value = "1"
            elif row[0].value == "content_sha256":
                row[0].value, row[1].value = "answers_sha256", answers_sha256(answers.values())

    edit(export_path, as_format_1)

    parsed = read_workbook(export_path, questionnaire)
    assert parsed.ok and not parsed.modified and parsed.answers == answers
    _meta(export_path, unit=OTHER_UNIT)
    assert not read_workbook(export_path, questionnaire).modified  # the old rule, unchanged


def test_times_beyond_tomorrow_are_refused_with_their_cell(export_path, questionnaire):
    _meta(export_path, exported_at=_stamp(timedelta(days=3)), updated_at=_stamp(timedelta(hours=2)))
    problems = read_workbook(export_path, questionnaire).problems
    assert [(p.code, p.params["key"]) for p in problems] == [("x.time_in_future", "exported_at")]
    assert problems[0].where.startswith("_meta!B")
    assert "future" in problems[0].message("en")


def test_a_template_saved_in_the_future_is_refused(template_path, questionnaire):
    fill_template(template_path, {questionnaire.questions[0].id: {"current_level": 2}})
    with zipfile.ZipFile(template_path) as z:
        parts = {i.filename: z.read(i.filename) for i in z.infolist()}
    core = parts["docProps/core.xml"].decode()
    start = core.index("<dcterms:modified")
    start = core.index(">", start) + 1
    parts["docProps/core.xml"] = (
        core[:start] + "9999-12-31T00:00:00Z" + core[core.index("<", start) :]
    ).encode()
    with zipfile.ZipFile(template_path, "w") as z:
        for name, data in parts.items():
            z.writestr(name, data)
    problems = read_workbook(template_path, questionnaire).problems
    assert [(p.code, p.where) for p in problems] == [("x.time_in_future", "docProps/core.xml")]


def test_a_level_merged_over_three_questions_is_refused(export_path, questionnaire):
    def merge(wb, ws):
        _, cols = key_row(ws)
        first = rows_by_question(ws)[questionnaire.questions[0].id]
        ws.merge_cells(
            start_row=first,
            start_column=cols["current_level"],
            end_row=first + 2,
            end_column=cols["current_level"],
        )

    edit(export_path, merge)
    problems = [
        p for p in read_workbook(export_path, questionnaire).problems if p.code == "x.merged_cells"
    ]
    assert [(p.where, p.params["range"]) for p in problems] == [("Yanıtlar!D3", "Yanıtlar!D3:D5")]


def test_a_merge_in_a_column_nobody_reads_is_harmless(export_path, questionnaire, store, answered):
    def merge(wb, ws):
        ws.merge_cells("A3:A5")  # the dimension name, which the reader ignores

    edit(export_path, merge)
    parsed = read_workbook(export_path, questionnaire)
    assert parsed.ok and parsed.answers == store.answers(answered.uuid)


def test_a_renamed_instructions_sheet_is_found_by_its_keys(template_path, questionnaire):
    fill_template(template_path, {questionnaire.questions[0].id: {"current_level": 2}})
    edit(template_path, lambda wb, ws: setattr(wb.worksheets[0], "title", "Bilgiler"))
    parsed = read_workbook(template_path, questionnaire)
    assert parsed.ok, parsed.problems
    assert (parsed.unit, parsed.round) == (UNIT, "2026")


def test_a_deleted_instructions_sheet_says_so_not_the_hidden_sheet(template_path, questionnaire):
    fill_template(template_path, {questionnaire.questions[0].id: {"current_level": 2}})
    edit(template_path, lambda wb, ws: wb.remove(wb.worksheets[0]))
    problems = read_workbook(template_path, questionnaire).problems
    assert [p.code for p in problems] == ["x.no_form_sheet", "x.no_form_sheet"]
    message = problems[0].message("tr")
    assert "Yönergeler" in message and "_meta" not in message


@pytest.mark.parametrize("value", ["1e400", "-inf", "NaN", "1e300", "9" * 400])
def test_a_level_of_any_number_is_a_problem_not_a_crash(export_path, questionnaire, value):
    """Written into the XML: openpyxl writes no infinity or NaN (python-calamine reads 1e400 as
    inf, "9" * 400 as inf too)."""
    cell = re.compile(rb'<c r="D3"[^>]*?(?:/>|>.*?</c>)', re.S)
    rewrite_member(
        export_path,
        "xl/worksheets/sheet2.xml",
        lambda data: cell.sub(b'<c r="D3"><v>' + value.encode() + b"</v></c>", data, count=1),
    )
    problems = read_workbook(export_path, questionnaire).problems
    assert [(p.code, p.where) for p in problems] == [("x.level", "Yanıtlar!D3")]
    assert len(problems[0].message("tr")) < 300


def test_long_values_are_shown_cut_in_messages(export_path, questionnaire):
    _meta(export_path, assessment_uuid="x" * 30_000)
    problem = read_workbook(export_path, questionnaire).problems[0]
    assert problem.code == "x.meta_bad_value"
    assert len(problem.message("en")) < 300 and "30,000" in problem.message("en")


def test_other_versions_is_an_option_of_the_public_reader(tmp_path, store, questionnaire):
    first = questionnaire.dimensions[0]
    extra = dataclasses.replace(first.questions[0], id="STR-90")
    dim = dataclasses.replace(first, questions=(*first.questions[:-1], extra))
    other = dataclasses.replace(
        questionnaire,
        version="0.9.0",
        fingerprint="",
        dimensions=(dim, *questionnaire.dimensions[1:]),
    )
    other = dataclasses.replace(other, fingerprint=fingerprint(other.as_dict()))
    info = store.create_assessment(UNIT, "2026", other)
    store.set_answer(info.uuid, Answer(extra.id, 4, 5, note="yeni soru"))
    path = export_assessment(store, other, info.uuid, tmp_path / "eski.xlsx", "tr")

    assert [p.code for p in read_workbook(path, questionnaire).problems] == [
        "x.questionnaire_mismatch"
    ]
    parsed = read_workbook(path, questionnaire, other_versions=True)
    assert parsed.ok and not parsed.modified
    assert parsed.differences.found == f"{questionnaire.id}@0.9.0"
    assert parsed.differences.unknown_ids == ("STR-90",)
    assert parsed.differences.missing_ids == (first.questions[-1].id,)
    assert parsed.answers["STR-90"].note == "yeni soru"
    assert read_workbook(path, other).differences is None
    assert json.loads(parsed.meta["out_of_scope"]) == []
