"""The import baseline: python-calamine reading every sheet of every file, nothing else — no
safety checks, no validation, no database. Run in as many worker processes as the merge uses
for the same number of files, so the ratio shows the merge's own work, not its parallelism."""

from __future__ import annotations

import time
from pathlib import Path


def read_all_sheets(path: str) -> int:
    """Read every sheet's values; returns the number of rows read."""
    from python_calamine import CalamineWorkbook

    book = CalamineWorkbook.from_path(path)
    return sum(len(book.get_sheet_by_name(name).to_python()) for name in book.sheet_names)


def timed_read(paths: list[Path], workers: int) -> tuple[float, int]:
    """Seconds to read every file, and the rows read."""
    started = time.perf_counter()
    names = [str(p) for p in paths]
    if workers <= 1:
        rows = sum(read_all_sheets(name) for name in names)
    else:
        import multiprocessing
        from concurrent.futures import ProcessPoolExecutor

        with ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn")) as pool:
            rows = sum(pool.map(read_all_sheets, names, chunksize=8))
    return time.perf_counter() - started, rows
