"""The consolidated workbook's long Answers table: one row per unit × question, pivot-ready.

The header, widths and filter are written by openpyxl; the rows, plain values by the thousand,
are streamed into the saved file as XML (``stream_rows``), which keeps memory flat and is many
times faster than openpyxl without lxml.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path
from xml.sax.saxutils import escape

from ..exchange.canonical import FORMULA_STARTS, clean_text
from ..exchange.writing import page_setup, set_widths
from ..scoring import EXCEL_CELL_LIMIT
from ..store import Store
from .cells import Cells
from .city_figures import Consolidation, answer_rows
from .words import word

ANSWER_KEYS = (
    "unit",
    "round",
    "dimension",
    "question_id",
    "question",
    "current",
    "target",
    "gap",
    "na",
    "note",
    "evidence",
    "source_file",
    "source",
)


def write_header(ws, cells: Cells, data: Consolidation, lang: str) -> int:
    """The long table's header, widths and filter; its rows are streamed in after saving.
    Returns the style index that ``stream_rows`` gives text needing Excel's quote prefix."""
    from openpyxl.utils import get_column_letter

    set_widths(ws, [44, 8, 28, 9, 50, 8, 8, 7, 14, 40, 28, 30, 12])
    page_setup(ws, title_rows="1:1")
    ws.freeze_panes = "A2"
    ws.row_dimensions[1].height = 32
    ws.append([cells(ws, word(k, lang), "header_left") for k in ANSWER_KEYS])
    rows = 1 + len(data.units) * len(data.questionnaire.questions)
    ws.auto_filter.ref = f"A1:{get_column_letter(len(ANSWER_KEYS))}{rows}"
    return cells.quoted_style()


def answer_values(store: Store, data: Consolidation, lang: str):
    """The long table's rows as values: one per unit × question (docs/merging.md)."""
    w = lambda key: word(key, lang)  # noqa: E731
    q = data.questionnaire
    dimension_names = {d.id: d.name.get(lang) for d in q.dimensions}
    texts = {question.id: question.text.get(lang) for question in q.questions}
    yes, out = w("yes"), w("dimension_out")
    sources = {k: w(k) for k in ("local", "export", "template")}
    for item in answer_rows(store, data):
        a = item.answer
        if item.out_of_scope:
            current = target = gap = None
            na = out
        elif a is None or not a.answered:
            current = target = gap = None
            na = yes if a is not None and a.not_applicable else None
        else:
            current, target, gap, na = a.current, a.effective_target, a.gap, None
        yield (
            item.unit,
            item.round,
            dimension_names[item.question.dimension_id],
            item.question.id,
            texts[item.question.id],
            current,
            target,
            gap,
            na,
            (a.note or None) if a else None,
            (a.evidence or None) if a else None,
            item.source_file,
            sources.get(item.source, item.source),
        )


def stream_rows(path: Path, part: str, rows, quoted: int) -> None:
    """Write the long table's rows into the saved workbook's Answers sheet.

    openpyxl without lxml writes about 50,000 cells a second; the long table has 13 cells per
    unit and question (3.5 million for 5,000 units). Its rows are plain values, so they are
    written here as XML directly, text as inline strings (never formulas), into a copy of the
    workbook, streamed: nothing of the table is held in memory. Text that a spreadsheet would
    take for a formula when the cell is edited (``=``, ``+``, ``-``, ``@``...) gets the style
    ``quoted``, Excel's quote prefix, as in every other sheet the app writes.
    """
    import zipfile

    from openpyxl.utils import get_column_letter

    letters = [get_column_letter(i) for i in range(1, len(ANSWER_KEYS) + 1)]
    temp = path.with_name(path.name + ".rows")
    try:
        with (
            zipfile.ZipFile(path) as source,
            zipfile.ZipFile(temp, "w", zipfile.ZIP_DEFLATED) as target,
        ):
            for info in source.infolist():
                data = source.read(info.filename)
                if info.filename != part:
                    target.writestr(info, data)
                    continue
                head, tail = data.split(b"</sheetData>", 1)
                with target.open(zipfile.ZipInfo(part, info.date_time), "w") as sheet:
                    sheet.write(head)
                    buffer = []
                    for number, values in enumerate(rows, start=2):
                        buffer.append(_row_xml(number, values, letters, quoted))
                        if len(buffer) >= 500:
                            sheet.write("".join(buffer).encode("utf-8"))
                            buffer.clear()
                    sheet.write("".join(buffer).encode("utf-8"))
                    sheet.write(b"</sheetData>" + tail)
        os.replace(temp, path)
    finally:
        with contextlib.suppress(OSError):
            temp.unlink(missing_ok=True)


def _row_xml(number: int, values, letters, quoted: int) -> str:
    cells = []
    for letter, value in zip(letters, values, strict=True):
        if value is None:
            continue
        if isinstance(value, str):
            value = clean_text(value)[:EXCEL_CELL_LIMIT]
            style = f' s="{quoted}"' if value.startswith(FORMULA_STARTS) else ""
            cells.append(
                f'<c r="{letter}{number}"{style} t="inlineStr"><is>'
                f'<t xml:space="preserve">{escape(value)}</t></is></c>'
            )
        else:
            cells.append(f'<c r="{letter}{number}"><v>{value}</v></c>')
    return f'<row r="{number}">{"".join(cells)}</row>'
