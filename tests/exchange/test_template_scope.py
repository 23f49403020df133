"""A filled template can declare whole dimensions out of scope (the guide sheet's table), read
as an export's out-of-scope dimensions are; and a filled template shows when the unit saved
it, not when the template was written."""

from __future__ import annotations

from datetime import UTC, datetime

import openpyxl
import pytest
from exchange_helpers import UNIT, fill_template, rewrite_member
from office_formats import LibreOffice, needs_soffice

from assessments import cli
from assessments.atomic import write_atomically
from assessments.exchange.layout import SCOPE_KEY
from assessments.exchange.reader import read_workbook
from assessments.exchange.template import build_template
from assessments.merge.engine import merge


def _mark_scope(path, values: dict[str, object]) -> str:
    """Set the guide sheet's out-of-scope cells {dimension id: value}; returns the last
    cell's reference."""
    book = openpyxl.load_workbook(path)
    guide = book.worksheets[0]
    where = ""
    for row in guide.iter_rows():
        for cell in row:
            if isinstance(cell.value, str) and cell.value.startswith(SCOPE_KEY):
                dim = cell.value[len(SCOPE_KEY) :]
                if dim in values:
                    target = guide.cell(cell.row, cell.column + 2)
                    target.value = values[dim]
                    where = f"{guide.title}!{target.coordinate}"
    book.save(path)
    return where


def test_a_dimension_marked_out_of_scope_reads_as_out_of_scope(template_path, questionnaire):
    first, second = questionnaire.dimensions[0], questionnaire.dimensions[1]
    answered_elsewhere = second.questions[0].id
    in_marked = first.questions[0].id
    fill_template(
        template_path,
        {
            answered_elsewhere: {"current_level": 2, "target_level": 3},
            in_marked: {"current_level": 4},
        },
    )
    _mark_scope(template_path, {first.id: "Evet", second.id: "Hayır"})

    parsed = read_workbook(template_path, questionnaire)

    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert parsed.out_of_scope == (first.id,)
    # the answer given in the marked dimension is kept, with a notice that it does not count
    assert parsed.answers[in_marked].current == 4
    assert [n.code for n in parsed.notices] == ["x.scope_answers"]
    notice = parsed.notices[0]
    assert first.name.get("tr") in notice.message("tr") and "1" in notice.message("tr")


def test_the_merge_stores_a_templates_out_of_scope_dimension(
    tmp_path, template_path, coordinator, questionnaire
):
    dim = questionnaire.dimensions[2]
    fill_template(template_path, {questionnaire.questions[0].id: {"current_level": 1}})
    _mark_scope(template_path, {dim.id: "evet"})

    merge([template_path], coordinator, questionnaire, workers=0)

    stored = coordinator.find_assessment(UNIT, "2026")
    assert stored is not None and stored.out_of_scope == (dim.id,)


def test_a_bad_scope_value_is_named_with_file_sheet_cell_and_title(template_path, questionnaire):
    dim = questionnaire.dimensions[0]
    fill_template(template_path, {questionnaire.questions[0].id: {"current_level": 1}})
    where = _mark_scope(template_path, {dim.id: "belki"})

    parsed = read_workbook(template_path, questionnaire)

    assert [p.code for p in parsed.problems] == ["x.scope_value"]
    problem = parsed.problems[0]
    assert problem.where == where and where.startswith("Yönergeler!C")
    turkish = problem.message("tr")
    assert turkish.startswith(f"{template_path.name}: {where}: ")
    assert "Bu boyut birimimizin kapsamı dışında" in turkish and "belki" in turkish
    assert dim.name.get("tr") in turkish and "out_of_scope" not in turkish
    assert "This dimension is outside our unit's remit" in problem.message("en")


def test_the_scope_cells_offer_yes_or_no_in_the_workbooks_language(tmp_path, questionnaire):
    for lang, words in (("tr", '"Evet,Hayır"'), ("en", '"Yes,No"')):
        book = build_template(questionnaire, lang, None, None, "2026-01-05T09:00:00Z")
        guide = book.worksheets[0]
        keys = [
            c.row for c in guide["A"] if isinstance(c.value, str) and c.value.startswith(SCOPE_KEY)
        ]
        assert len(keys) == len(questionnaire.dimensions)
        lists = {str(dv.sqref): dv.formula1 for dv in guide.data_validations.dataValidation}
        assert lists[f"C{keys[0]}:C{keys[-1]}"] == words
        assert guide.cell(keys[0], 3).protection.locked is False


@needs_soffice
def test_the_scope_survives_a_libreoffice_ods_save(tmp_path_factory, template_path, questionnaire):
    office = LibreOffice(tmp_path_factory.mktemp("soffice-profile"))
    dim = questionnaire.dimensions[-1]
    fill_template(template_path, {questionnaire.questions[0].id: {"current_level": 1}})
    _mark_scope(template_path, {dim.id: "Evet"})

    ods = office.convert(template_path, "ods", template_path.parent / "out")

    parsed = read_workbook(ods, questionnaire)
    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert parsed.out_of_scope == (dim.id,)


def _set_saved_at(path, stamp: str):
    """Excel's save time (docProps/core.xml dcterms:modified); openpyxl sets it to now."""

    def change(data: bytes) -> bytes:
        start = data.index(b">", data.index(b"<dcterms:modified")) + 1
        return data[:start] + stamp.encode() + data[data.index(b"</dcterms:modified>") :]

    return rewrite_member(path, "docProps/core.xml", change)


def test_updated_shows_when_the_unit_saved_not_when_the_template_was_written(
    tmp_path, coordinator, questionnaire, capsys
):
    written, saved = "2026-01-05T09:00:00.000Z", "2026-03-10T14:30:00.000Z"  # clock.iso's form
    path = tmp_path / "sablon.xlsx"
    book = build_template(questionnaire, "tr", None, None, written)
    write_atomically(path, book.save)
    fill_template(path, {questionnaire.questions[0].id: {"current_level": 2}})
    _set_saved_at(path, saved)
    assert read_workbook(path, questionnaire).saved_at == saved

    merge([path], coordinator, questionnaire, workers=0)

    stored = coordinator.find_assessment(UNIT, "2026")
    assert (stored.created_at, stored.updated_at, stored.exported_at) == (written, saved, saved)
    cli.main(["--db", str(coordinator.path), "--lang", "tr", "assessments", "list"])
    listed = capsys.readouterr().out
    shown = datetime(2026, 3, 10, 14, 30, tzinfo=UTC).astimezone().strftime("%d.%m.%Y %H:%M")
    assert "Güncellendi" in listed and shown in listed
    assert "05.01.2026" not in listed


@pytest.mark.parametrize("value", ["Hayır", "", None, "h"])
def test_no_or_empty_leaves_the_dimension_in_scope(template_path, questionnaire, value):
    fill_template(template_path, {questionnaire.questions[0].id: {"current_level": 1}})
    _mark_scope(template_path, {questionnaire.dimensions[0].id: value})
    parsed = read_workbook(template_path, questionnaire)
    assert parsed.ok and parsed.out_of_scope == () and parsed.notices == []
