"""Benchmark: the action plan (issue 17). Budgets: the draft for 30 units under 1 s; the
workbook and the document for 60 actions under 3 s each (median of a few runs, after one warm-up
that pays for the imports).

Run: ``.venv/bin/python -m bench.plan [--runs 3]``. Standalone for now; not yet one of
bench/run.py's keys.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

BUDGETS = {"draft (30 units)": 1.0, "workbook (60 actions)": 3.0, "document (60 actions)": 3.0}


def _round(folder: Path):
    from assessments.loader import bundled_questionnaire
    from assessments.merge.city_figures import answer_rows, consolidate
    from assessments.merge.demo_exports import write_demo
    from assessments.merge.engine import merge
    from assessments.plan.state import from_consolidation
    from assessments.store import Store

    questionnaire = bundled_questionnaire()
    files = write_demo(questionnaire, folder / "in", 30, "2026", workers=0)
    with Store(folder / "db.sqlite3") as store:
        merge(files, store, questionnaire, round="2026", workers=0)
        data = consolidate(store, questionnaire, "2026")
        return questionnaire, from_consolidation(data, answer_rows(store, data))


def _timed(work, runs: int) -> float:
    work()  # warm-up: imports, matplotlib's caches
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def main(argv=None) -> int:
    from assessments.plan.document import write_document
    from assessments.plan.draft import draft_plan
    from assessments.plan.library import bundled_library
    from assessments.plan.workbook import write_workbook

    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as work:
        folder = Path(work)
        questionnaire, state = _round(folder)
        library = bundled_library(questionnaire)
        big = draft_plan(state, questionnaire, library, top=70)
        actions = len(big.actions())
        results = {
            "draft (30 units)": _timed(
                lambda: draft_plan(state, questionnaire, library), args.runs
            ),
            "workbook (60 actions)": _timed(
                lambda: write_workbook(big, folder / "p.xlsx", "tr", questionnaire), args.runs
            ),
            "document (60 actions)": _timed(
                lambda: write_document(big, folder / "p.docx", state, questionnaire), args.runs
            ),
        }
    failed = 0
    print(f"plan with {actions} actions (every practice with a gap)")
    for name, seconds in results.items():
        ok = seconds < BUDGETS[name]
        failed += not ok
        print(f"{name:24} {seconds:7.3f} s  budget {BUDGETS[name]:.1f} s  {'ok' if ok else 'OVER'}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
