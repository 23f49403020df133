"""The machine sheet ``_meta`` stays out of sight: very hidden and protected as we write it,
still hidden (never visible) after LibreOffice re-saves the file as .xlsx, and still found by
the reader after a LibreOffice .xlsx or .ods round trip."""

from __future__ import annotations

import re
import zipfile

import openpyxl
import pytest
from exchange_helpers import fill_template
from office_formats import LibreOffice, needs_soffice

from assessments.exchange.layout import META_SHEET
from assessments.exchange.reader import read_workbook


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return LibreOffice(tmp_path_factory.mktemp("soffice-profile"))


def _states(path) -> dict[str, str]:
    """Sheet name -> state as xl/workbook.xml declares it (absent means visible)."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("xl/workbook.xml").decode("utf-8")
    states = {}
    for tag in re.findall(r"<(?:\w+:)?sheet\b[^>]*>", xml):
        name = re.search(r'\bname="([^"]*)"', tag).group(1)
        state = re.search(r'\bstate="([^"]*)"', tag)
        states[name] = state.group(1) if state else "visible"
    return states


@pytest.mark.parametrize("kind", ["export", "template"])
def test_we_write_meta_very_hidden_and_protected(kind, export_path, template_path):
    path = export_path if kind == "export" else template_path
    assert _states(path)[META_SHEET] == "veryHidden"
    assert openpyxl.load_workbook(path)[META_SHEET].protection.sheet


@needs_soffice
@pytest.mark.parametrize("kind", ["export", "template"])
def test_meta_stays_hidden_after_a_libreoffice_xlsx_save(
    kind, tmp_path, office, export_path, template_path, questionnaire
):
    path = export_path if kind == "export" else template_path
    if kind == "template":
        fill_template(path, {questionnaire.questions[0].id: {"current_level": 2}})

    resaved = office.convert(path, "xlsx", tmp_path / "out")

    assert _states(resaved)[META_SHEET] in ("hidden", "veryHidden")
    assert openpyxl.load_workbook(resaved)[META_SHEET].protection.sheet
    parsed = read_workbook(resaved, questionnaire)
    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert parsed.kind == kind and not parsed.modified


@needs_soffice
def test_meta_is_found_after_a_libreoffice_ods_save(tmp_path, office, template_path, questionnaire):
    qid = questionnaire.questions[0].id
    fill_template(template_path, {qid: {"current_level": 3, "target_level": 4}})

    ods = office.convert(template_path, "ods", tmp_path / "out")

    with zipfile.ZipFile(ods) as z:
        content = z.read("content.xml").decode("utf-8")
    table_style = re.search(r'<table:table table:name="_meta" table:style-name="([^"]+)"', content)
    hidden = re.search(
        rf'style:name="{table_style.group(1)}"[^>]*>\s*<style:table-properties '
        r'table:display="false"',
        content,
    )
    assert hidden, "the machine sheet is shown in the .ods"
    parsed = read_workbook(ods, questionnaire)
    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert parsed.kind == "template" and parsed.answers[qid].current == 3
