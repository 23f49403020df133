"""Styled cells, widths, row heights and page setup for openpyxl's write-only sheets.

``exchange.writing`` serves normal worksheets; write-only ones (which stream rows to disk) take
cells built beforehand and their properties before the first row, hence these helpers.
"""

from __future__ import annotations

import copy
import math

from ..exchange.canonical import FORMULA_STARTS, clean_text
from ..scoring import EXCEL_CELL_LIMIT


class Cells:
    """Styled cells for write-only sheets: each style is built once per workbook."""

    def __init__(self, book, lang: str):
        from openpyxl.styles import Alignment, Font, PatternFill

        from ..exchange.writing import Look, date_format

        self.book = book
        grey = PatternFill("solid", fgColor="F2F2F2")
        self.looks = {
            "title": {"font": Look.title},
            "subtitle": {"font": Look.subtitle},
            "section": {"font": Look.section},
            "label": {"font": Look.bold, "alignment": Look.top},
            "value": {"alignment": Alignment(horizontal="left", vertical="top")},
            "value_date": {"alignment": Alignment(horizontal="left", vertical="top"), "number_format": date_format(lang)},
            "value_pct0": {"alignment": Alignment(horizontal="left", vertical="top"), "number_format": "0%"},
            "header": {"font": Look.header, "fill": Look.header_fill, "border": Look.box,
                       "alignment": Alignment(wrap_text=True, vertical="center", horizontal="center")},
            "header_left": {"font": Look.header, "fill": Look.header_fill, "border": Look.box,
                            "alignment": Alignment(wrap_text=True, vertical="center")},
            "text": {"border": Look.box, "alignment": Look.wrap},
            "text_small": {"border": Look.box, "alignment": Look.wrap, "font": Look.small},
            "text_bold": {"border": Look.box, "alignment": Look.wrap, "font": Look.bold},
            "centre": {"border": Look.box, "alignment": Look.centre},
            "num2": {"border": Look.box, "alignment": Look.centre, "number_format": "0.00"},
            "num2_bold": {"border": Look.box, "alignment": Look.centre, "number_format": "0.00", "font": Look.bold},
            "weight": {"border": Look.box, "alignment": Look.centre, "number_format": "0.0#"},
            "pct1": {"border": Look.box, "alignment": Look.centre, "number_format": "0.0%"},
            "pct0": {"border": Look.box, "alignment": Look.centre, "number_format": "0%"},
            "pct0_bold": {"border": Look.box, "alignment": Look.centre, "number_format": "0%", "font": Look.bold},
            "big2": {"border": Look.box, "alignment": Look.centre, "number_format": "0.00", "font": Look.bold},
            "big_pct1": {"border": Look.box, "alignment": Look.centre, "number_format": "0.0%", "font": Look.bold},
            "big_text": {"border": Look.box, "alignment": Look.centre, "font": Look.bold},
            "muted": {"border": Look.box, "alignment": Look.centre, "font": Look.note},
            "note": {"font": Look.note, "alignment": Alignment(wrap_text=True, vertical="top")},
            "input": {"border": Look.box, "fill": Look.input_fill, "alignment": Look.wrap},
            "input_date": {"border": Look.box, "fill": Look.input_fill, "alignment": Look.centre,
                           "number_format": "dd.mm.yyyy" if lang == "tr" else "yyyy-mm-dd"},
            "input_money": {"border": Look.box, "fill": Look.input_fill, "alignment": Look.top,
                            "number_format": "#,##0"},
            "date": {"alignment": Look.top, "number_format": date_format(lang), "border": Look.box},
            "hash": {"font": Font(name="Consolas", size=7, color="595959"), "alignment": Look.top, "border": Look.box},
            "city_label": {"font": Look.bold, "fill": grey, "border": Look.box, "alignment": Look.top},
            "city_num2": {"font": Look.bold, "fill": grey, "border": Look.box, "alignment": Look.centre,
                          "number_format": "0.00"},
            "city_blank": {"fill": grey, "border": Look.box},
            "rejected": {"border": Look.box, "alignment": Look.top, "font": Font(name="Calibri", bold=True, color="9C0006"),
                         "fill": PatternFill("solid", fgColor="FFC7CE")},
            "warning": {"border": Look.box, "alignment": Look.top, "font": Font(name="Calibri", bold=True, color="9C5700"),
                        "fill": PatternFill("solid", fgColor="FFEB9C")},
            "quiet": {"border": Look.box, "alignment": Look.top, "font": Font(name="Calibri", color="595959")},
            "ok": {"border": Look.box, "alignment": Look.top, "font": Font(name="Calibri", color="006100"),
                   "fill": PatternFill("solid", fgColor="C6EFCE")},
            "plain_border": {"border": Look.box},
        }
        self._arrays: dict[str, object] = {}

    def __call__(self, ws, value, look: str | None = None):
        """A cell for ``ws.append``: text always stays text (never a formula)."""
        from openpyxl.cell import Cell

        array = self._array(ws, look) if look else None
        if isinstance(value, str):
            value = clean_text(value)[:EXCEL_CELL_LIMIT]
            if value.startswith(FORMULA_STARTS):
                array = copy.copy(array) if array is not None else self._array(ws, "_")
                array.quotePrefix = 1
        cell = Cell(ws, row=1, column=1, style_array=array)
        cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"
        return cell

    def quoted_style(self) -> int:
        """The workbook's style index for plain text with Excel's quote prefix, for cells
        written as XML after saving (the long table)."""
        from openpyxl.styles.cell_style import StyleArray

        array = StyleArray()
        array.quotePrefix = 1
        return self.book._cell_styles.add(array)

    def _array(self, ws, look: str):
        array = self._arrays.get(look)
        if array is None:
            from openpyxl.cell import Cell

            prototype = Cell(ws, row=1, column=1)
            for attribute, value in self.looks.get(look, {}).items():
                setattr(prototype, attribute, value)
            if prototype._style is None:
                from openpyxl.styles.cell_style import StyleArray

                prototype._style = StyleArray()
            array = self._arrays[look] = prototype._style
        return array


def set_widths(ws, widths: list[float]) -> None:
    from openpyxl.utils import get_column_letter

    for col, width in enumerate(widths, start=1):
        ws.column_dimensions[get_column_letter(col)].width = width


def page_setup(ws, title_rows: str | None = None, one_page: bool = False, portrait: bool = False) -> None:
    """``exchange.writing.page_setup`` with the merge's argument order. Write-only sheets write
    their properties with the first row: call this before appending."""
    from ..exchange.writing import page_setup as exchange_page_setup

    exchange_page_setup(ws, title_rows, landscape=not portrait, one_page=one_page)


def set_height(ws, row: int, cells: list[tuple[str, float, float]], minimum: float = 15) -> None:
    """Set a row's height for its wrapped cells, given as (text, column width, font size):
    LibreOffice and Excel do not grow rows written by openpyxl."""
    lines = 1
    for text, width, size in cells:
        if text:
            per_line = max(1.0, width * 1.1 * 11 / size)  # characters per line, with room for long words
            lines = max(lines, sum(max(1, math.ceil(len(part) / per_line)) for part in str(text).split("\n")))
    size = max((s for _, _, s in cells), default=11)
    ws.row_dimensions[row].height = max(minimum, min(409.0, round(lines * size * 1.3 + 3, 1)))
