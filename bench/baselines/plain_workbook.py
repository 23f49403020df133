"""The workbook baseline: the same cell values as a written workbook, saved by plain openpyxl —
no styles, widths, validation, protection or charts. What writing the content alone costs."""

from __future__ import annotations

import time
from pathlib import Path


def sheet_values(path: Path) -> dict[str, list[list]]:
    """Every sheet's values as python-calamine reads them."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(path))
    return {name: book.get_sheet_by_name(name).to_python() for name in book.sheet_names}


def timed_write(values: dict[str, list[list]], path: Path) -> float:
    """Seconds to build and save a plain workbook holding ``values``."""
    from openpyxl import Workbook

    started = time.perf_counter()
    book = Workbook()
    book.remove(book.active)
    for name, rows in values.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
    book.save(path)
    return time.perf_counter() - started
