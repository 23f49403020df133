"""What a cell may hold, and problems that name the cell to fix."""

from __future__ import annotations

import datetime as dt

import pytest
from exchange_helpers import edit, key_row, rows_by_question, set_cells

from assessments.exchange.reader import read_workbook
from assessments.exchange.validate import (
    INVALID,
    cell_ref,
    column_letter,
    level_names_index,
    parse_level,
    parse_not_applicable,
    parse_text,
)


@pytest.fixture(scope="module")
def names(questionnaire):
    return level_names_index(questionnaire)


@pytest.mark.parametrize(
    "value, level",
    [
        (2, 2),
        (2.0, 2),
        (0, 0),
        (5.0, 5),
        ("2", 2),
        (" 3 ", 3),
        ("2,0", 2),
        ("4.0", 4),
        ("2 - Uyumlaştırma", 2),
        ("2 – Alignment", 2),
        ("4 - BÜTÜNLEŞME", 4),
        ("Gelişim", 3),
        ("optimisation", 5),
        ("", None),
        (None, None),
        ("   ", None),
    ],
)
def test_sane_levels_are_accepted(names, value, level):
    assert parse_level(value, names) == level


@pytest.mark.parametrize(
    "value",
    [
        "üç",
        2.5,
        -1,
        6,
        "6",
        "2 - Gelişim",
        True,
        False,
        "iki",
        dt.datetime(2026, 1, 2),
        "#REF!",
        float("nan"),
    ],
)
def test_junk_levels_are_refused(names, value):
    assert parse_level(value, names) is INVALID


@pytest.mark.parametrize(
    "value, na",
    [
        ("Evet", True),
        ("EVET", True),
        ("Yes", True),
        ("x", True),
        ("X", True),
        (1, True),
        (1.0, True),
        ("TRUE", True),
        (True, True),
        ("Doğru", True),
        ("Hayır", False),
        ("HAYIR", False),
        ("hayir", False),
        ("No", False),
        (0, False),
        ("FALSE", False),
        (False, False),
        ("", False),
        (None, False),
    ],
)
def test_not_applicable_words(value, na):
    assert parse_not_applicable(value) is na


@pytest.mark.parametrize("value", ["belki", 2, 0.5, "evet değil", dt.date(2026, 1, 1)])
def test_not_applicable_junk(value):
    assert parse_not_applicable(value) is INVALID


def test_text_cells_keep_what_people_typed():
    assert parse_text(2026.0) == "2026"
    assert parse_text(2.5) == "2.5"
    assert parse_text(dt.datetime(2026, 3, 1, 9, 30)) == "2026-03-01 09:30"
    assert parse_text("a\r\nb\x07") == "a\nb"


def test_cell_references():
    assert column_letter(1) == "A" and column_letter(26) == "Z" and column_letter(27) == "AA"
    assert cell_ref("Yanıtlar", 14, 4) == "Yanıtlar!D14"
    assert cell_ref("My Sheet", 1, 1) == "'My Sheet'!A1"


def test_every_junk_cell_is_named(export_path, questionnaire):
    ids = [q.id for q in questionnaire.questions]
    set_cells(
        export_path,
        {
            (ids[0], "current_level"): "üç",
            (ids[1], "current_level"): 2.5,
            (ids[2], "target_level"): -1,
            (ids[3], "current_level"): 6,
            (ids[4], "current_level"): "=1+1",  # a formula: calamine would see only a cached value
            (ids[5], "not_applicable"): "belki",
            (ids[6], "current_level"): 4,
            (ids[6], "target_level"): 2,
            (ids[6], "not_applicable"): None,
            (ids[7], "not_applicable"): "Evet",
            (ids[7], "note"): "",
            (ids[8], "current_level"): True,
            (ids[9], "target_level"): dt.datetime(2026, 1, 2),
        },
    )

    parsed = read_workbook(export_path, questionnaire)

    found = {(p.code, p.where) for p in parsed.problems}
    assert found == {
        ("x.level", "Yanıtlar!D3"),
        ("x.level", "Yanıtlar!D4"),
        ("x.level", "Yanıtlar!F5"),
        ("x.level", "Yanıtlar!D6"),
        ("x.formula", "Yanıtlar!D7"),
        ("x.not_applicable", "Yanıtlar!H8"),
        ("a.target_below", "Yanıtlar!F9"),
        ("a.na_needs_note", "Yanıtlar!I10"),
        ("x.level", "Yanıtlar!D11"),
        ("x.level", "Yanıtlar!F12"),
    }
    first = next(p for p in parsed.problems if p.where == "Yanıtlar!D3")
    assert first.message("tr") == (
        "export.xlsx: Yanıtlar!D3: Mevcut düzey: 'üç' okunamadı; "
        "0 ile 5 arasında bir tam sayı girin."
    )
    assert "Current level: 'üç' cannot be read" in first.message("en")
    assert not parsed.ok


def test_sane_variants_in_an_export_are_read(export_path, questionnaire):
    ids = [q.id for q in questionnaire.questions]
    set_cells(
        export_path,
        {
            (ids[0], "current_level"): "2 - Uyumlaştırma",
            (ids[0], "target_level"): "3",
            (ids[1], "current_level"): 1.0,
            (ids[1], "target_level"): 1,
            (ids[2], "not_applicable"): "x",
            (ids[2], "note"): "Görev alanımız değil",
            (ids[3], "not_applicable"): "HAYIR",
        },
    )
    parsed = read_workbook(export_path, questionnaire)
    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert parsed.modified  # edited after export: the checksum no longer matches
    assert (parsed.answers[ids[0]].current, parsed.answers[ids[0]].target) == (2, 3)
    assert parsed.answers[ids[2]].not_applicable
    assert not parsed.answers[ids[3]].not_applicable


def test_error_values_are_refused_not_read_as_empty(export_path, questionnaire):
    qid = questionnaire.questions[0].id

    def put_error(wb, ws):
        _, cols = key_row(ws)
        cell = ws.cell(rows_by_question(ws)[qid], cols["target_level"])
        cell.value = "#REF!"
        assert cell.data_type == "e"

    edit(export_path, put_error)
    problems = read_workbook(export_path, questionnaire).problems
    assert [(p.code, p.where) for p in problems] == [("x.error_value", "Yanıtlar!F3")]
