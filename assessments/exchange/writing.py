"""The one openpyxl helper module of every workbook the app writes (export, template, the
consolidated workbook): safe text cells, the two header rows, column widths, row heights for
wrapped text, an A4 page, the machine sheet and the radar's level axis.

It imports openpyxl, so writers import it only inside their functions (or are themselves
imported only when a workbook is written): openpyxl is never loaded on the app's start-up path.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from ..messages import MaturityError
from ..scoring import EXCEL_CELL_LIMIT
from .canonical import FORMULA_STARTS, clean_text
from .layout import label

FONT = "Calibri"  # Excel's default; LibreOffice substitutes the metric-compatible Carlito
DARK = "1F4E79"
PALE = "DDEBF7"
GREY = "7F7F7F"
INPUT = "FFF6CC"
LINE = "BFBFBF"

thin = Side(style="thin", color=LINE)


class Look:
    """The few styles every sheet shares (openpyxl de-duplicates them on save)."""

    title = Font(name=FONT, size=16, bold=True, color=DARK)
    subtitle = Font(name=FONT, size=10, italic=True, color=GREY)
    section = Font(name=FONT, size=12, bold=True, color=DARK)
    bold = Font(name=FONT, bold=True)
    header = Font(name=FONT, bold=True, color="FFFFFF")
    header_fill = PatternFill("solid", fgColor=DARK)
    key = Font(name=FONT, size=8, italic=True, color=GREY)
    key_fill = PatternFill("solid", fgColor="F2F2F2")
    pale_fill = PatternFill("solid", fgColor=PALE)
    input_fill = PatternFill("solid", fgColor=INPUT)
    small = Font(name=FONT, size=9)
    note = Font(name=FONT, size=9, italic=True, color=GREY)
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    centre = Alignment(horizontal="center", vertical="top")
    left = Alignment(horizontal="left", vertical="top")
    header_align = Alignment(wrap_text=True, vertical="center")


def put(
    ws: Worksheet,
    row: int,
    col: int,
    value,
    *,
    font=None,
    fill=None,
    align=None,
    border=None,
    number_format: str | None = None,
):
    """Write one cell. Strings are always stored as text: never a formula, an error value or a
    number in disguise, and without characters XML forbids."""
    cell = ws.cell(row=row, column=col)
    if isinstance(value, str):
        value = clean_text(value)
        if len(value) > EXCEL_CELL_LIMIT:
            raise MaturityError(
                "a.text_too_long", field=f"{ws.title}!{cell.coordinate}", length=len(value)
            )
        cell.value = value
        cell.data_type = "s"
        if value.startswith(FORMULA_STARTS):
            cell.quotePrefix = True  # Excel keeps it text when the cell is edited
    else:
        cell.value = value
    if font is not None:
        cell.font = font
    if fill is not None:
        cell.fill = fill
    if align is not None:
        cell.alignment = align
    if border is not None:
        cell.border = border
    if number_format:
        cell.number_format = number_format
    return cell


def header_rows(ws: Worksheet, keys: list[str], lang: str, row: int = 1) -> None:
    """Human labels on ``row`` and the stable keys the reader looks for right below."""
    for col, key in enumerate(keys, start=1):
        put(
            ws,
            row,
            col,
            label(key, lang),
            font=Look.header,
            fill=Look.header_fill,
            align=Look.header_align,
            border=Look.box,
        )
        put(ws, row + 1, col, key, font=Look.key, fill=Look.key_fill, border=Look.box)
    ws.row_dimensions[row].height = 30


def table_header(ws: Worksheet, row: int, labels: list[str], first_col: int = 1) -> None:
    """A dark header row for a small table; tall enough for a two-line label."""
    for col, text in enumerate(labels, start=first_col):
        put(
            ws,
            row,
            col,
            text,
            font=Look.header,
            fill=Look.header_fill,
            align=Look.header_align,
            border=Look.box,
        )
    ws.row_dimensions[row].height = 30


def set_widths(ws: Worksheet, widths: Sequence[float]) -> None:
    """Column widths (characters) from column A on; write-only sheets too, before their
    first row."""
    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def text_height(cells: list[tuple[str, float, float]], minimum: float = 15) -> float:
    """Row height (points) for wrapped cells given as (text, column width, font size): the
    tallest cell's estimated line count, at least ``minimum`` (Excel's default row is 15).
    LibreOffice and Excel do not grow rows openpyxl wrote."""
    lines = 1
    for text, width, size in cells:
        if not text:
            continue
        per_line = max(1.0, width * 1.2 * 11 / size)  # characters per line, room for long words
        count = sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n"))
        lines = max(lines, count)
    size = max((s for _, _, s in cells), default=11)
    return max(minimum, min(409.0, round(lines * size * 1.3 + 4, 1)))


def set_height(
    ws: Worksheet, row: int, cells: list[tuple[str, float, float]], minimum: float = 15
) -> None:
    """``text_height`` set on ``row``; write-only sheets too, before the row is appended."""
    ws.row_dimensions[row].height = text_height(cells, minimum)


def page_setup(
    ws: Worksheet, title_rows: str | None = None, landscape: bool = True, one_page: bool = False
) -> None:
    """A4, landscape, fit to one page wide (or on one page), page numbers in the footer. Works
    on write-only sheets too (call it before their first row)."""
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.5
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = "&P / &N"


def date_format(lang: str) -> str:
    return "dd.mm.yyyy hh:mm" if lang == "tr" else "yyyy-mm-dd hh:mm"


def write_meta(wb, values: dict[str, str]) -> None:
    """The machine sheet: key/value rows, all text, hidden from the user interface."""
    from .layout import META_KEYS, META_SHEET

    ws = wb.create_sheet(META_SHEET)
    put(ws, 1, 1, "key", font=Look.bold)
    put(ws, 1, 2, "value", font=Look.bold)
    for row, key in enumerate(META_KEYS, start=2):
        put(ws, row, 1, key)
        put(ws, row, 2, str(values.get(key, "")))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    ws.sheet_state = "veryHidden"


def level_axis(chart) -> None:
    """A radar's value axis as levels 0..5, legend below: the same in every workbook."""
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.y_axis.majorUnit = 1
    chart.y_axis.number_format = "0"
    chart.y_axis.delete = False
    chart.legend.position = "b"
