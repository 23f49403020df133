"""Styled cells for openpyxl's write-only sheets (the consolidated workbook).

Write-only sheets stream rows to disk, so their cells are built beforehand with a style
built once per workbook. Widths, row heights and the page setup are ``exchange.writing``'s,
as for every workbook the app writes.
"""

from __future__ import annotations

import copy

from ..exchange.canonical import FORMULA_STARTS, clean_text
from ..scoring import EXCEL_CELL_LIMIT


class Cells:
    """Styled cells for write-only sheets: each style is built once per workbook."""

    def __init__(self, book, lang: str):
        self.book = book
        self.looks = looks(lang)
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


def looks(lang: str) -> dict[str, dict]:
    """Look name -> the cell attributes it sets (font, fill, border, alignment, format)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    from ..exchange.writing import FONT, Look, date_format

    def box(alignment, **more) -> dict:
        return {"border": Look.box, "alignment": alignment, **more}

    def flag(font_color: str, fill: str | None = None, bold: bool = True) -> dict:
        fills = {"fill": PatternFill("solid", fgColor=fill)} if fill else {}
        return box(Look.top, font=Font(name=FONT, bold=bold, color=font_color), **fills)

    left = Alignment(horizontal="left", vertical="top")
    grey = PatternFill("solid", fgColor="F2F2F2")
    header = {"font": Look.header, "fill": Look.header_fill}
    day = "dd.mm.yyyy" if lang == "tr" else "yyyy-mm-dd"
    return {
        "title": {"font": Look.title},
        "subtitle": {"font": Look.subtitle},
        "section": {"font": Look.section},
        "label": {"font": Look.bold, "alignment": Look.top},
        "value": {"alignment": left},
        "value_date": {"alignment": left, "number_format": date_format(lang)},
        "value_pct0": {"alignment": left, "number_format": "0%"},
        "header": box(Alignment(wrap_text=True, vertical="center", horizontal="center"), **header),
        "header_left": box(Alignment(wrap_text=True, vertical="center"), **header),
        "text": box(Look.wrap),
        "text_small": box(Look.wrap, font=Look.small),
        "text_bold": box(Look.wrap, font=Look.bold),
        "centre": box(Look.centre),
        "num2": box(Look.centre, number_format="0.00"),
        "num2_bold": box(Look.centre, number_format="0.00", font=Look.bold),
        "weight": box(Look.centre, number_format="0.0#"),
        "pct1": box(Look.centre, number_format="0.0%"),
        "pct0": box(Look.centre, number_format="0%"),
        "pct0_bold": box(Look.centre, number_format="0%", font=Look.bold),
        "big2": box(Look.centre, number_format="0.00", font=Look.bold),
        "big_pct1": box(Look.centre, number_format="0.0%", font=Look.bold),
        "big_text": box(Look.centre, font=Look.bold),
        "muted": box(Look.centre, font=Look.note),
        "note": {"font": Look.note, "alignment": Alignment(wrap_text=True, vertical="top")},
        "input": box(Look.wrap, fill=Look.input_fill),
        "input_date": box(Look.centre, fill=Look.input_fill, number_format=day),
        "input_money": box(Look.top, fill=Look.input_fill, number_format="#,##0"),
        "date": box(Look.top, number_format=date_format(lang)),
        "hash": box(Look.top, font=Font(name="Consolas", size=7, color="595959")),
        "city_label": box(Look.top, font=Look.bold, fill=grey),
        "city_num2": box(Look.centre, font=Look.bold, fill=grey, number_format="0.00"),
        "city_blank": {"fill": grey, "border": Look.box},
        "rejected": flag("9C0006", "FFC7CE"),
        "warning": flag("9C5700", "FFEB9C"),
        "quiet": flag("595959", bold=False),
        "ok": flag("006100", "C6EFCE", bold=False),
        "plain_border": {"border": Look.box},
    }
