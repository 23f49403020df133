"""Helpers that change workbooks the way people do: edit a cell in Excel, truncate a copy."""

from __future__ import annotations

import shutil
from pathlib import Path

import openpyxl

from assessments.exchange.layout import FORM_KEYS, META_SHEET


def _answers_sheet(book):
    for ws in book.worksheets:
        if ws.title == META_SHEET:
            continue
        for row in ws.iter_rows(max_row=5):
            keys = {c.value: c.column for c in row if isinstance(c.value, str)}
            if "question_id" in keys:
                return ws, row[0].row, keys
    raise AssertionError("no answers sheet")


def set_cells(path: Path, values: dict[tuple[str, str], object]) -> Path:
    """Set (question id, column key) cells of the Answers sheet and save, as Excel would."""
    book = openpyxl.load_workbook(path)
    ws, key_row, keys = _answers_sheet(book)
    rows = {ws.cell(r, keys["question_id"]).value: r for r in range(key_row + 1, ws.max_row + 1)}
    for (qid, key), value in values.items():
        ws.cell(rows[qid], keys[key]).value = value
    book.save(path)
    return path


def fill_template(
    path: Path, answers: dict[str, dict[str, object]], *, unit: str, round: str
) -> Path:
    book = openpyxl.load_workbook(path)
    ws, key_row, keys = _answers_sheet(book)
    rows = {ws.cell(r, keys["question_id"]).value: r for r in range(key_row + 1, ws.max_row + 1)}
    for qid, values in answers.items():
        for key, value in values.items():
            ws.cell(rows[qid], keys[key]).value = value
    form = {"unit": unit, "round": round, "respondent": "Mehmet Demir"}
    guide = book.worksheets[0]
    for row in guide.iter_rows():
        for cell in row:
            if cell.value in FORM_KEYS:
                guide.cell(cell.row, cell.column + 2).value = form[cell.value]
    book.save(path)
    return path


def truncated_copy(source: Path, target: Path) -> Path:
    """A copy cut off half-way, as an interrupted download leaves it."""
    data = source.read_bytes()
    target.write_bytes(data[: len(data) // 2])
    return target


def copy(source: Path, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(source, target)
    return target


def set_saved_at(path: Path, stamp: str) -> Path:
    """Set the save time Excel writes (docProps/core.xml dcterms:modified)."""
    import zipfile

    with zipfile.ZipFile(path) as source:
        items = [(info.filename, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for name, data in items:
            if name == "docProps/core.xml":
                # only the text: the element's namespace declarations stay as written
                start = data.index(b">", data.index(b"<dcterms:modified")) + 1
                end = data.index(b"</dcterms:modified>")
                data = data[:start] + stamp.encode() + data[end:]
            target.writestr(name, data)
    return path
