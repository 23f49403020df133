"""Benchmark 5: the merge of 200 demo exports.

- The import stage (``merge.engine.merge`` into a new database: hashing, safe reading,
  validation, rules, storing) against a bare python-calamine read of the same files in as many
  processes. Budget: at most 2x.
- The whole merge, as ``maturity merge ... --out`` does it (import stage, then ``consolidate``
  and ``write_consolidation``), against pandas: ``read_excel(sheet_name=None)`` + ``concat`` +
  ``to_excel``. Budget: at least 4x faster.

Every run is a fresh process (``bench.child``) with a fresh database; library imports happen
before the clock starts, for the merge and for pandas alike.
"""

from __future__ import annotations

import json
import time
from pathlib import Path

from . import child, demo_files
from .common import Benchmark, Config, Row, faster_by, median, ratio_at_most, rss_bytes
from .common import mb as to_mb


def write_file_list(paths: list[Path], folder: Path) -> Path:
    """The inputs as a JSON file (thousands of paths do not fit on a command line)."""
    listing = folder / "files.json"
    listing.write_text(json.dumps([str(p) for p in paths], ensure_ascii=False), encoding="utf-8")
    return listing


def _paths(files: str) -> list[Path]:
    return [Path(p) for p in json.loads(Path(files).read_text(encoding="utf-8"))]


def measure_merge(files: str, folder: str, workbook: bool = True) -> dict:
    """In a child process: one merge into a new database, timed by stage."""
    import openpyxl  # noqa: F401  (imported before the clock, like pandas in its baseline)

    from assessments.loader import bundled_questionnaire
    from assessments.merge.city_figures import consolidate
    from assessments.merge.consolidated import write_consolidation
    from assessments.merge.engine import merge
    from assessments.merge.parallel import default_workers
    from assessments.store import Store

    paths = _paths(files)
    questionnaire = bundled_questionnaire()
    store = Store(Path(folder) / "merge.sqlite3")
    idle_rss = rss_bytes()
    started = time.perf_counter()
    report = merge(paths, store, questionnaire)
    imported = time.perf_counter()
    units = 0
    if workbook:
        data = consolidate(store, questionnaire)
        write_consolidation(store, data, Path(folder) / "birlesik.xlsx", "tr")
        units = len(data.units)
    done = time.perf_counter()
    store.close()
    return {
        "files": len(paths),
        "import_s": imported - started,
        "workbook_s": done - imported,
        "total_s": done - started,
        "counts": {k: v for k, v in report.counts.items() if v},
        "units": units,
        "workers": default_workers(len(paths)),
        "idle_rss_mb": to_mb(idle_rss),
    }


def measure_calamine(files: str, workers: int) -> dict:
    """In a child process: the bare calamine read of the same files."""
    import python_calamine  # noqa: F401

    from .baselines.calamine_read import timed_read

    seconds, rows = timed_read(_paths(files), workers)
    return {"seconds": seconds, "rows": rows}


def measure_pandas(files: str, folder: str) -> dict:
    """In a child process: the pandas merge of the same files."""
    import pandas  # noqa: F401

    from .baselines.pandas_merge import engine, timed_merge

    seconds, rows = timed_merge(_paths(files), Path(folder) / "pandas.xlsx")
    return {"seconds": seconds, "rows": rows, "engine": engine()}


def merge_run(config: Config, listing: Path, label: str) -> child.ChildResult:
    """One whole merge of the listed files in a fresh process and folder."""
    folder = config.scratch(label)
    return child.run(
        "bench.merge:measure_merge",
        {"files": str(listing), "folder": str(folder)},
        folder,
        config.timeout_s,
    )


def run(config: Config) -> Benchmark:
    from .baselines.pandas_merge import available

    count = config.merge_files
    bench = Benchmark("merge", f"5. Merge of {count} demo exports")
    started = time.perf_counter()
    files = demo_files.exports(config.cache, count, config.real_exports)
    listing = write_file_list(files, config.scratch("merge-inputs"))
    runs, bare, pandas_s = [], [], []
    engine_name = ""
    for index in range(max(config.merge_runs, config.pandas_runs)):  # alternating: load drifts
        if index < config.merge_runs:
            runs.append(merge_run(config, listing, "merge"))
            folder = config.scratch("calamine")
            bare.append(
                child.run(
                    "bench.merge:measure_calamine",
                    {"files": str(listing), "workers": runs[-1].result["workers"]},
                    folder,
                    config.timeout_s,
                ).result
            )
        if index < config.pandas_runs and available():
            folder = config.scratch("pandas")
            result = child.run(
                "bench.merge:measure_pandas",
                {"files": str(listing), "folder": str(folder)},
                folder,
                config.timeout_s,
            ).result
            pandas_s.append(result["seconds"])
            engine_name = result["engine"]
    results = [r.result for r in runs]
    imports = [r["import_s"] for r in results]
    totals = [r["total_s"] for r in results]
    bare_s = [b["seconds"] for b in bare]
    workers = results[0]["workers"]
    accepted = [r["counts"].get("accepted", 0) for r in results]
    bench.rows.append(
        Row(
            "import stage (engine.merge into a new database)",
            median(imports),
            "s",
            len(imports),
            ratio_at_most(2),
            median(bare_s),
            f"bare python-calamine read of every sheet, {max(workers, 1)} process(es)",
            len(bare_s),
            note=f"{median(imports) / count * 1000:.1f} ms per file; accepted {min(accepted)} of "
            f"{count}",
        )
    )
    pandas_note = ""
    if pandas_s:
        pandas_note = (
            f'pandas.read_excel(sheet_name=None, engine="{engine_name}") + concat + to_excel'
        )
    else:
        bench.notes.append(
            "pandas baseline skipped: pandas is not installed "
            "(.venv/bin/pip install -e '.[bench]')."
        )
    bench.rows.append(
        Row(
            "whole merge incl. the consolidated workbook",
            median(totals),
            "s",
            len(totals),
            faster_by(4),
            median(pandas_s) if pandas_s else None,
            pandas_note or "pandas (not installed)",
            len(pandas_s),
            note=(
                "of which consolidate + write the workbook "
                f"{median([r['workbook_s'] for r in results]):.2f} s"
                + (
                    f"; {median(pandas_s) / median(totals):.1f}× as fast as pandas"
                    if pandas_s
                    else ""
                )
            ),
        )
    )
    bench.notes.append(
        f"Inputs: {count} demo exports (bench/demo_files.py; the first "
        f"{min(count, config.real_exports)} "
        "written by `maturity demo`'s writer, any beyond as variants with a new uuid and unit "
        "name). "
        f"The merge reads with its default {workers} worker process(es) (spawn); the calamine "
        "baseline uses as many; pandas runs in one process, as a script would. Each run is a "
        "fresh process and database; imports are done before the clock starts."
    )
    bench.data = {"runs": [r.__dict__ for r in runs]}
    bench.seconds = time.perf_counter() - started
    return bench
