"""Files that people sorted, filtered, extended and re-saved still import."""

from __future__ import annotations

import subprocess

from exchange_helpers import edit, fill_template, key_row

from assessments.exchange.importer import import_file
from assessments.exchange.reader import read_workbook


def _sort_descending_and_add_column(wb, ws):
    header, cols = key_row(ws)
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=header + 1)]
    rows.sort(key=lambda r: r[cols["question_id"] - 1], reverse=True)
    for r, values in enumerate(rows, start=header + 1):
        for c, value in enumerate(values, start=1):
            ws.cell(r, c).value = value
    ws.insert_cols(3)  # a column of their own between question no. and question
    ws.cell(header - 1, 3).value = "Sorumlu"
    ws.cell(header, 3).value = "owner"
    for r in range(header + 1, ws.max_row + 1):
        ws.cell(r, 3).value = "Ahmet Bey"
    ws.auto_filter.ref = None


def test_sorted_rows_and_an_extra_column_still_import(
    export_path, store, coordinator, questionnaire, answered
):
    edit(export_path, _sort_descending_and_add_column)

    parsed = read_workbook(export_path, questionnaire)

    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert not parsed.modified  # same answers, only arranged differently
    import_file(coordinator, questionnaire, export_path)
    assert coordinator.answers(answered.uuid) == store.answers(answered.uuid)


def test_key_row_found_after_a_sort_that_moved_the_headings(
    export_path, store, questionnaire, answered
):
    """Someone sorted the whole sheet, headings included: the key row lands mid-sheet."""

    def sort_everything(wb, ws):
        rows = [[c.value for c in row] for row in ws.iter_rows()]
        rows.sort(key=lambda r: str(r[1]))
        for r, values in enumerate(rows, start=1):
            for c, value in enumerate(values, start=1):
                ws.cell(r, c).value = value
        ws.freeze_panes = None
        ws.auto_filter.ref = None

    edit(export_path, sort_everything)

    parsed = read_workbook(export_path, questionnaire)

    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert parsed.answers == store.answers(answered.uuid)


def test_resaved_by_libreoffice_still_imports(
    tmp_path, soffice, export_path, store, coordinator, questionnaire, answered
):
    out = tmp_path / "resaved"
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(export_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    resaved = out / "export.xlsx"
    assert resaved.read_bytes() != export_path.read_bytes()

    parsed = read_workbook(resaved, questionnaire)

    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert not parsed.modified
    assert parsed.assessment_uuid == answered.uuid
    import_file(coordinator, questionnaire, resaved)
    assert coordinator.answers(answered.uuid) == store.answers(answered.uuid)


def test_filled_template_resaved_by_libreoffice_imports(
    tmp_path, soffice, template_path, coordinator, questionnaire
):
    qid = questionnaire.questions[0].id
    fill_template(
        template_path, {qid: {"current_level": 3, "target_level": 4, "not_applicable": "Hayır"}}
    )
    out = tmp_path / "resaved"
    subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "xlsx",
            "--outdir",
            str(out),
            str(template_path),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    result = import_file(coordinator, questionnaire, out / template_path.name)
    answer = coordinator.answers(result.assessment.uuid)[qid]
    assert (answer.current, answer.target, answer.not_applicable) == (3, 4, False)
