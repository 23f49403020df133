"""Benchmark 4: a unit's export (the bundled questionnaire, every question answered) and the
fill-in template, each against a plain openpyxl workbook holding the same cell values.

Each kind runs in its own fresh process, so its first run is really cold (it imports openpyxl,
as the app's first export does); the figure is the median of the warm runs after it.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from . import child
from .common import Benchmark, Config, Row, below, median

KINDS = {
    "export": "unit export (export_assessment), all answered",
    "template": "fill-in template (write_template)",
}


def measure(folder: str, kind: str, runs: int) -> dict:
    """In a child process: seconds per export or template, then per plain workbook."""
    from assessments.loader import bundled_questionnaire

    from .baselines.plain_workbook import sheet_values, timed_write

    questionnaire = bundled_questionnaire()
    folder_path = Path(folder)
    if kind == "export":
        from assessments.exchange.export import export_assessment
        from assessments.sample_answers import plausible_answers
        from assessments.store import Store

        store = Store(folder_path / "export.sqlite3")
        info = store.create_assessment(
            "Bilgi İşlem Dairesi Başkanlığı", "2026", questionnaire, respondent="Ayşe Yılmaz"
        )
        answers = plausible_answers(questionnaire, random.Random(7), completeness=1.0)
        for answer in answers.values():
            store.set_answer(info.uuid, answer)

        def write(path: Path) -> None:
            export_assessment(store, questionnaire, info.uuid, path, "tr")
    else:
        from assessments.exchange.template import write_template

        answers = {}

        def write(path: Path) -> None:
            write_template(questionnaire, path, "tr")

    times = []
    for index in range(runs + 1):
        path = folder_path / f"{kind}-{index}.xlsx"
        started = time.perf_counter()
        write(path)
        times.append(time.perf_counter() - started)
    values = sheet_values(path)
    plain = [timed_write(values, folder_path / f"plain-{index}.xlsx") for index in range(runs + 1)]
    return {
        "first": times[0],
        "warm": times[1:],
        "plain_first": plain[0],
        "plain": plain[1:],
        "bytes": path.stat().st_size,
        "answers": len(answers),
        "cells": sum(len(row) for rows in values.values() for row in rows),
    }


def run(config: Config) -> Benchmark:
    bench = Benchmark("exchange", "4. Unit export and template generation")
    started = time.perf_counter()
    for kind, label in KINDS.items():
        folder = config.scratch(kind)
        result = child.run(
            "bench.exchange:measure",
            {"folder": str(folder), "kind": kind, "runs": config.exchange_runs},
            folder,
            config.timeout_s,
        ).result
        answered = f"{result['answers']} answers, " if kind == "export" else ""
        bench.rows.append(
            Row(
                label,
                median(result["warm"]),
                "s",
                len(result["warm"]),
                below(0.5, "s"),
                median(result["plain"]),
                f"plain openpyxl workbook, same {result['cells']:,} cells, no styles",
                len(result["plain"]),
                note=(
                    f"first (cold) run {result['first']:.2f} s, baseline "
                    f"{result['plain_first']:.2f} s; "
                    f"{answered}{result['bytes'] / 1024:.0f} KB"
                ),
            )
        )
    bench.notes.append(
        "Turkish workbooks written atomically to a file on disk; warm runs follow one cold run in "
        "a fresh process (which includes importing openpyxl)."
    )
    bench.seconds = time.perf_counter() - started
    return bench
