"""Benchmark 3: the radar chart's redraw after an answer change, as the results tab does it:
``results.load_results`` from the store, ``charts.radar_figure`` into the existing Figure, and a
full draw of the canvas on Agg (the Qt canvas draws with Agg too, then copies the pixels).

The answer change itself (a commit, benchmark 2) is not timed here; the first redraw, which
builds matplotlib's caches, is reported apart from the warm median.
"""

from __future__ import annotations

import random
import time
from pathlib import Path

from . import child
from .common import Benchmark, Config, Row, below, median


def measure(folder: str, runs: int) -> dict:
    """In a child process: seconds per redraw (load + figure + draw) and per bare polar plot."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    from assessments import charts, results
    from assessments.loader import bundled_questionnaire
    from assessments.sample_answers import plausible_answers
    from assessments.scoring import Answer
    from assessments.store import Store

    from .baselines import bare_polar

    questionnaire = bundled_questionnaire()
    ids = [q.id for q in questionnaire.questions]
    store = Store(Path(folder) / "radar.sqlite3")
    info = store.create_assessment("Bilgi İşlem Dairesi Başkanlığı", "2026", questionnaire)
    for answer in plausible_answers(questionnaire, random.Random(7)).values():
        store.set_answer(info.uuid, answer)
    figure = Figure(figsize=charts.RADAR_SIZE, dpi=100)
    canvas = FigureCanvasAgg(figure)
    load, draw, total = [], [], []
    for index in range(runs + 1):
        store.set_answer(info.uuid, Answer(ids[index % len(ids)], current=index % 6, target=5))
        started = time.perf_counter()
        data = results.load_results(store, questionnaire, info.uuid)
        loaded = time.perf_counter()
        charts.radar_figure(data, "tr", figure=figure)
        canvas.draw()
        done = time.perf_counter()
        load.append(loaded - started)
        draw.append(done - loaded)
        total.append(done - started)
    current = [r.current or 0.0 for r in data.dimensions]
    target = [r.target or 0.0 for r in data.dimensions]
    bare_plot = bare_polar.BarePolar(Figure(figsize=charts.RADAR_SIZE, dpi=100), None)
    bare_plot.canvas = FigureCanvasAgg(bare_plot.figure)
    bare, in_place = [], []
    for redraw, times in ((bare_plot.rebuild, bare), (bare_plot.update, in_place)):
        for index in range(runs + 1):
            shifted = current[index % len(current) :] + current[: index % len(current)]
            started = time.perf_counter()
            redraw(shifted, target)
            times.append(time.perf_counter() - started)
    store.close()
    return {
        "load": load[1:],
        "draw": draw[1:],
        "total": total[1:],
        "first": total[0],
        "bare": bare[1:],
        "bare_in_place": in_place[1:],
        "dimensions": len(current),
    }


def run(config: Config) -> Benchmark:
    bench = Benchmark("radar", "3. Radar chart redraw after an answer change")
    started = time.perf_counter()
    folder = config.scratch("radar")
    result = child.run(
        "bench.radar:measure",
        {"folder": str(folder), "runs": config.radar_runs},
        folder,
        config.timeout_s,
    ).result
    total = [t * 1000 for t in result["total"]]
    bare = [t * 1000 for t in result["bare"]]
    bench.rows.append(
        Row(
            "load_results + radar_figure + draw (Agg)",
            median(total),
            "ms",
            len(total),
            below(60, "ms"),
            median(bare),
            f"bare matplotlib polar plot, 2 series × {result['dimensions']} spokes, same figure",
            len(bare),
            note=(
                f"of which load_results {median([t * 1000 for t in result['load']]):.1f} ms, "
                "figure and "
                f"draw {median([t * 1000 for t in result['draw']]):.1f} ms; first (cold) redraw "
                f"{result['first'] * 1000:.0f} ms; the bare polar plot with its lines moved in "
                "place "
                f"instead of rebuilt: {median([t * 1000 for t in result['bare_in_place']]):.1f} ms"
            ),
        )
    )
    bench.notes.append(
        "One assessment in the database (a unit's PC); the chart is drawn in Turkish at the "
        "results tab's size (6.4 × 5.6 in at 100 dpi). Warm runs after one untimed first redraw. "
        "The results tab itself loads the results on a worker thread, redraws only while it is "
        "shown, and also redraws the gap chart when the dimension scores change (not timed here)."
    )
    bench.seconds = time.perf_counter() - started
    return bench
