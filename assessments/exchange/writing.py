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

# One font in every workbook the app writes: Calibri. It is Excel's default, so the cells a unit
# adds and the column widths (Excel measures them in the default font's digits) match ours; every
# Windows with Office has it; LibreOffice ships Carlito, metric-compatible with it, so lines,
# columns and pages come out the same there. (Arial with Liberation Sans would pair as well, but
# would differ from Excel's default style.) Row heights are estimated for DejaVu Sans, the wider
# font a system with neither falls back to, so no line is cut off even there.
FONT = "Calibri"
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
    key = Font(name=FONT, size=9, italic=True, color=GREY)
    key_fill = PatternFill("solid", fgColor="F2F2F2")
    pale_fill = PatternFill("solid", fgColor=PALE)
    input_fill = PatternFill("solid", fgColor=INPUT)
    small = Font(name=FONT, size=9)
    body = Font(name=FONT, size=10)
    body_bold = Font(name=FONT, size=10, bold=True)
    small_header = Font(name=FONT, size=9, bold=True, color="FFFFFF")
    note = Font(name=FONT, size=9, italic=True, color=GREY)
    box = Border(left=thin, right=thin, top=thin, bottom=thin)
    wrap = Alignment(wrap_text=True, vertical="top")
    top = Alignment(vertical="top")
    centre = Alignment(horizontal="center", vertical="top")
    left = Alignment(horizontal="left", vertical="top")
    header_align = Alignment(wrap_text=True, vertical="center")
    key_align = Alignment(wrap_text=True, vertical="top")


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


def header_rows(
    ws: Worksheet,
    keys: list[str],
    lang: str,
    row: int = 1,
    widths: Sequence[float] | None = None,
) -> None:
    """Human labels on ``row`` and the stable keys the reader looks for right below. With
    ``widths`` (the columns') the rows print legibly: 9 pt, wrapped, as tall as they need."""
    font = Look.small_header if widths else Look.header
    for col, key in enumerate(keys, start=1):
        put(
            ws,
            row,
            col,
            label(key, lang),
            font=font,
            fill=Look.header_fill,
            align=Look.header_align,
            border=Look.box,
        )
        put(
            ws,
            row + 1,
            col,
            key,
            font=Look.key,
            fill=Look.key_fill,
            border=Look.box,
            align=Look.key_align if widths else None,
        )
    ws.row_dimensions[row].height = 30
    if widths:
        labels = [(label(k, lang), w, 9, True) for k, w in zip(keys, widths, strict=True)]
        ws.row_dimensions[row].height = text_height(labels, 30)
        ws.row_dimensions[row + 1].height = text_height(
            [(k, w, 9) for k, w in zip(keys, widths, strict=True)]
        )


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


# How a wrapped cell fills. LibreOffice measures column widths in the digits of the font it
# renders with, so Calibri, Carlito and the wider fallback DejaVu Sans all set about 1.35
# characters of 11 pt text per unit of width (1.37 measured on the template's rubric with
# DejaVu); 1.3 leaves a margin, less two characters for the cell's padding; bold about 8 %
# wider. Lines 1.18 times the font size apart (DejaVu's are 1.16). A tighter estimate clips the
# last line; a looser one printed one question a page (68 pages for the template, now 38).
FALLBACK_CHARS = 1.3
BOLD_WIDTH = 1.08
LINE_SPACING = 1.18


def wrapped_lines(text: str, per_line: int) -> int:
    """Lines ``text`` takes when wrapped at word boundaries into ``per_line`` characters (a
    word longer than a line is broken, as Excel and LibreOffice break it)."""
    count = 0
    for part in str(text).split("\n"):
        lines, used = 1, 0
        for word in part.split(" "):
            need = len(word) if used == 0 else used + 1 + len(word)
            if need <= per_line:
                used = need
                continue
            lines, used = lines + 1, len(word)
            while used > per_line:
                lines, used = lines + 1, used - per_line
        count += lines
    return count


def chars_per_line(width: float, size: float, bold: bool = False) -> int:
    """Characters of ``size`` pt text a column ``width`` wide holds, conservatively (for
    any of the fonts, less two for the cell's padding)."""
    per_line = width * FALLBACK_CHARS * 11 / size / (BOLD_WIDTH if bold else 1.0)
    return max(1, math.floor(per_line) - 2)


def text_height(cells: list[tuple], minimum: float = 15) -> float:
    """Row height (points) for wrapped cells given as (text, column width, font size[, bold]):
    the tallest cell's line count when set in the wider fallback font, at least ``minimum``
    (Excel's default row is 15). LibreOffice and Excel do not grow rows openpyxl wrote, so a
    short estimate cuts the last lines off on screen and on paper."""
    tallest = minimum
    for text, width, size, *bold in cells:
        if not text:
            continue
        lines = wrapped_lines(str(text), chars_per_line(width, size, bool(bold and bold[0])))
        tallest = max(tallest, lines * size * LINE_SPACING + 4)
    return min(409.0, round(tallest, 1))


def set_height(ws: Worksheet, row: int, cells: list[tuple], minimum: float = 15) -> None:
    """``text_height`` set on ``row``; write-only sheets too, before the row is appended."""
    ws.row_dimensions[row].height = text_height(cells, minimum)


PAGE_WORDS = {"tr": "Sayfa &P / &N", "en": "Page &P of &N"}


def page_setup(
    ws: Worksheet,
    title_rows: str | None = None,
    landscape: bool = True,
    one_page: bool = False,
    *,
    lang: str | None = None,
    header: str | None = None,
) -> None:
    """A4, landscape, fit to one page wide (or on one page), sheet name and page number in
    the footer; ``header``: a title at the top of every page. Margins leave 1.5 cm on the left
    for a binder's holes. Works on write-only sheets too (call it before their first row).
    Fitting only ever shrinks: a sheet whose columns fit the page prints at 100 %."""
    ws.page_setup.paperSize = 9  # A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 1 if one_page else 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.page_margins.left = MARGINS["left"]
    ws.page_margins.right = MARGINS["right"]
    ws.page_margins.top = ws.page_margins.bottom = MARGINS["top"]
    ws.page_margins.header = ws.page_margins.footer = MARGINS["header"]
    ws.print_options.horizontalCentered = True
    if title_rows:
        ws.print_title_rows = title_rows
    if header:
        ws.oddHeader.center.text = header.replace("&", "&&")
        ws.oddHeader.center.size = 9
    ws.oddFooter.left.text = "&A"
    ws.oddFooter.right.text = PAGE_WORDS.get(lang or "", "&P / &N")
    ws.oddFooter.left.size = ws.oddFooter.right.size = 9


# Inches: 1.5 cm on the left for filing, 1 cm on the right, header and footer inside top and
# bottom. A4 landscape then prints 770 pt wide, portrait 523 pt.
MARGINS = {"left": 0.6, "right": 0.4, "top": 0.7, "header": 0.3}


def date_format(lang: str) -> str:
    return "dd.mm.yyyy hh:mm" if lang == "tr" else "yyyy-mm-dd hh:mm"


def write_meta(wb, values: dict[str, str]) -> None:
    """The machine sheet: key/value rows, all text, very hidden (Excel lists it nowhere; a
    LibreOffice save keeps it hidden, the most its formats allow) and protected without a
    password, so a sheet shown again is not edited by a stray keystroke."""
    from .layout import META_KEYS, META_SHEET

    ws = wb.create_sheet(META_SHEET)
    put(ws, 1, 1, "key", font=Look.bold)
    put(ws, 1, 2, "value", font=Look.bold)
    for row, key in enumerate(META_KEYS, start=2):
        put(ws, row, 1, key)
        put(ws, row, 2, str(values.get(key, "")))
    ws.column_dimensions["A"].width = 28
    ws.column_dimensions["B"].width = 70
    ws.protection.sheet = True
    ws.sheet_state = "veryHidden"


def level_axis(chart) -> None:
    """A radar's value axis as levels 0..5, legend below: the same in every workbook."""
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 5
    chart.y_axis.majorUnit = 1
    chart.y_axis.number_format = "0"
    chart.y_axis.delete = False
    chart.legend.position = "b"
