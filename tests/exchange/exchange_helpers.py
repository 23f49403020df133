"""Helpers that edit workbooks the way people do in Excel: by openpyxl, found by the key row."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Mapping
from pathlib import Path

import openpyxl

from assessments.exchange.layout import FORM_KEYS, KEY_COLUMNS, META_SHEET

UNIT = "Bilgi İşlem Dairesi Başkanlığı"


def key_row(ws) -> tuple[int, dict[str, int]]:
    """The key row's number and key -> column number."""
    for row in ws.iter_rows():
        keys = {c.value: c.column for c in row if isinstance(c.value, str)}
        if "question_id" in keys:
            return row[0].row, keys
    raise AssertionError("no key row")


def answers_sheet(wb):
    for ws in wb.worksheets:
        if ws.title != META_SHEET:
            try:
                key_row(ws)
                return ws
            except AssertionError:
                continue
    raise AssertionError("no answers sheet")


def rows_by_question(ws) -> dict[str, int]:
    header, cols = key_row(ws)
    found = {}
    for r in range(header + 1, ws.max_row + 1):
        value = ws.cell(r, cols["question_id"]).value
        if value:
            found[value] = r
    return found


def edit(path: Path, change: Callable) -> Path:
    """Load with openpyxl, let ``change(wb, answers_ws)`` edit, save in place (as Excel would)."""
    wb = openpyxl.load_workbook(path)
    change(wb, answers_sheet(wb))
    wb.save(path)
    return path


def set_cells(path: Path, values: Mapping[tuple[str, str], object]) -> Path:
    """Set (question_id, key) cells of the answers sheet."""

    def change(wb, ws):
        _, cols = key_row(ws)
        rows = rows_by_question(ws)
        for (qid, key), value in values.items():
            ws.cell(rows[qid], cols[key]).value = value

    return edit(path, change)


def fill_template(
    path: Path,
    answers: Mapping[str, Mapping[str, object]],
    *,
    unit: str | None = UNIT,
    round: str | None = "2026",
    respondent: str | None = "Mehmet Demir",
) -> Path:
    """Fill a template as a unit would in Excel: answers maps question id -> {key: value} with
    keys current_level, target_level, not_applicable, note, evidence; the form on the
    instructions sheet gets unit/round/respondent."""

    def change(wb, ws):
        _, cols = key_row(ws)
        rows = rows_by_question(ws)
        for qid, values in answers.items():
            for key, value in values.items():
                assert key in KEY_COLUMNS
                ws.cell(rows[qid], cols[key]).value = value
        form = {"unit": unit, "round": round, "respondent": respondent}
        guide = wb.worksheets[0]
        for row in guide.iter_rows():
            for cell in row:
                if cell.value in FORM_KEYS and form.get(cell.value) is not None:
                    guide.cell(cell.row, cell.column + 2).value = form[cell.value]

    return edit(path, change)


def rewrite_member(
    path: Path,
    member: str,
    change: Callable[[bytes], bytes] | None,
    extra: Mapping[str, bytes] = (),
) -> Path:
    """Rewrite one zip member (None: drop it) and add ``extra`` members."""
    with zipfile.ZipFile(path) as source:
        items = [(info, source.read(info.filename)) for info in source.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target:
        for info, data in items:
            if info.filename == member:
                if change is None:
                    continue
                data = change(data)
            target.writestr(info.filename, data)
        for name, data in dict(extra).items():
            target.writestr(name, data)
    return path
