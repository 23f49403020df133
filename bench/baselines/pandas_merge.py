"""The whole-merge baseline: what a coordinator's pandas script would do — read every sheet of
every file with ``pandas.read_excel(sheet_name=None)`` (the calamine engine when available,
else openpyxl), concatenate each sheet across the files with the source file's name, and write
the result with ``to_excel``. No checks, no scores, no styles. Needs the bench extra (pandas)."""

from __future__ import annotations

import importlib.util
import time
from pathlib import Path


def available() -> bool:
    return importlib.util.find_spec("pandas") is not None


def engine() -> str:
    return "calamine" if importlib.util.find_spec("python_calamine") else "openpyxl"


def timed_merge(paths: list[Path], out: Path) -> tuple[float, int]:
    """Seconds for the whole pandas merge (pandas already imported), and the rows written."""
    import pandas as pd

    reader = engine()
    started = time.perf_counter()
    frames: dict[str, list] = {}
    for path in paths:
        for name, frame in pd.read_excel(path, sheet_name=None, engine=reader).items():
            frame.insert(0, "source_file", path.name)
            frames.setdefault(name, []).append(frame)
    rows = 0
    with pd.ExcelWriter(out, engine="openpyxl") as writer:
        for name, parts in frames.items():
            merged = pd.concat(parts, ignore_index=True)
            merged.to_excel(writer, sheet_name=name[:31], index=False)
            rows += len(merged)
    return time.perf_counter() - started, rows
