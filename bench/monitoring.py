"""Benchmark 9: collecting the units' monitoring forms (issue 18). Thirty units' filled forms
(three actions and two indicators each) are collected into a fresh database (read, checked
cell by cell and stored, one commit per form), against a bare python-calamine read of every
sheet of the same files. Budget: 30 forms in under 1 s."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

from .common import Benchmark, Config, Row, below, median

UNITS = 30


def demo_plan(units: int):
    """One goal; per unit a target with two indicators and three actions it is responsible
    for."""
    from assessments.plan.model import Action, Goal, Indicator, Plan, Quarter, Target
    from assessments.sample_answers import unit_name

    targets = []
    for index in range(units):
        unit = unit_name(index)
        indicators = tuple(
            Indicator(
                f"PG1.{index + 1}.{n}",
                f"Gösterge {n}",
                unit="%",
                effect_percent=50.0,
                baseline=10.0,
                targets={year: 10.0 + 10 * (year - 2025) for year in range(2026, 2031)},
            )
            for n in (1, 2)
        )
        actions = tuple(
            Action(
                f"E1.{index + 1}.{n}",
                f"Eylem {n}",
                responsible_unit=unit,
                start=Quarter(2026, 1),
                end=Quarter(2027, n),
            )
            for n in (1, 2, 3)
        )
        targets.append(
            Target(
                f"H1.{index + 1}",
                f"Hedef {index + 1}",
                indicators=indicators,
                actions=actions,
                responsible_unit=unit,
            )
        )
    return Plan(
        "Akıllı Şehir Eylem Planı", "Balıkesir", goals=(Goal("A1", "Amaç", targets=tuple(targets)),)
    )


def filled_forms(folder: Path, units: int):
    """The plan and its forms for 2027-1, filled in as the units would (openpyxl)."""
    import openpyxl

    from assessments.monitoring.forms import write_forms
    from assessments.monitoring.periods import Period

    plan = demo_plan(units)
    paths = write_forms(plan, Period(2027, 1), folder, "tr")
    for number, path in enumerate(paths):
        book = openpyxl.load_workbook(path)
        for ws in book.worksheets[1:3]:
            keys = {ws.cell(2, c).value: c for c in range(1, ws.max_column + 1)}
            for row in range(3, ws.max_row + 1):
                if "status" in keys:
                    ws.cell(row, keys["status"]).value = "Devam ediyor"
                    ws.cell(row, keys["progress_percent"]).value = 40 + number % 50
                else:
                    ws.cell(row, keys["actual_value"]).value = 12.5 + number
        book.save(path)
    return plan, paths


def bare_read(paths) -> None:
    from python_calamine import CalamineWorkbook

    for path in paths:
        book = CalamineWorkbook.from_path(str(path))
        for name in book.sheet_names:
            book.get_sheet_by_name(name).to_python()


def run(config: Config) -> Benchmark:
    from assessments.monitoring.collect import collect
    from assessments.store import Store

    bench = Benchmark("monitoring", "9. Collecting monitoring forms")
    started = time.perf_counter()
    units = UNITS if config.monitoring_runs > 1 else 3
    folder = config.scratch("monitoring")
    plan, paths = filled_forms(folder / "forms", units)
    times, bare = [], []
    for index in range(config.monitoring_runs + 1):  # the first pays for the imports
        db = folder / f"db-{index}.sqlite3"
        with Store(db) as store:
            began = time.perf_counter()
            result = collect(store, plan, [folder / "forms"])
            times.append(time.perf_counter() - began)
        assert result.count("accepted") == units, [f.problems for f in result.files]
        began = time.perf_counter()
        bare_read(paths)
        bare.append(time.perf_counter() - began)
    bench.rows.append(
        Row(
            f"collect {units} filled forms (plan collect)",
            median(times[1:]),
            "s",
            len(times) - 1,
            below(1.0, "s"),
            median(bare[1:]),
            "bare python-calamine read of every sheet of the same files",
            len(bare) - 1,
            note=f"first run {times[0]:.2f} s; {units * 5} rows checked and stored",
        )
    )
    bench.notes.append(
        "Each run collects into a fresh database on disk (one durable commit per form)."
    )
    shutil.rmtree(folder, ignore_errors=True)
    bench.seconds = time.perf_counter() - started
    return bench
