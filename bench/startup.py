"""Benchmark 1: cold start to the main window's first paint, against a bare PySide6 window.

Both programs time themselves from the operating system's creation of their process to the
first paint of their window (MATURITY_STARTUP_PROBE=exit: print, then quit), so interpreter
start-up counts for both. Runs alternate app / baseline, after one discarded warm-up pair that
brings the files into the operating system's cache: "cold" means a new process, as when a user
starts the app, not an empty disk cache.
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

from .common import PYTHON, ROOT, Benchmark, Config, Row, app_env, median, ratio_at_most

BARE_WINDOW = ROOT / "bench" / "baselines" / "bare_window.py"
APP = [PYTHON, "-m", "desktop"]
BARE = [PYTHON, str(BARE_WINDOW)]
BUDGET = ratio_at_most(1.5)


class ProbeFailed(RuntimeError):
    pass


def probe(command: list[str], env: dict[str, str], timeout_s: float = 60.0) -> dict[str, float]:
    """Start a program with the start-up probe on and read what it prints
    (``first-paint-ms``, ``ready-ms``, ``rss-kb``). The probe makes it quit by itself; one that
    does not is killed after ``timeout_s``."""
    env = dict(env, MATURITY_STARTUP_PROBE="exit")
    try:
        done = subprocess.run(
            command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout_s
        )
    except subprocess.TimeoutExpired as exc:
        raise ProbeFailed(f"{' '.join(command)}: did not quit within {timeout_s:.0f} s") from exc
    values: dict[str, float] = {}
    for line in done.stdout.splitlines():
        parts = line.split()
        if len(parts) == 2 and parts[0].endswith(("-ms", "-kb")):
            try:
                values[parts[0]] = float(parts[1])
            except ValueError:
                continue
    if "first-paint-ms" not in values:
        tail = "\n".join((done.stderr or done.stdout).strip().splitlines()[-15:])
        raise ProbeFailed(
            f"{' '.join(command)}: no first-paint-ms (exit code {done.returncode})\n{tail}"
        )
    return values


def alternate(
    app: list[str],
    bare: list[str],
    runs: int,
    app_home: Path,
    bare_home: Path,
    warm_up: bool = True,
) -> tuple[list[dict], list[dict]]:
    """``runs`` probes of each program, alternating, after a discarded warm-up pair."""
    app_env_ = app_env(app_home)
    bare_env = app_env(bare_home)
    if warm_up:
        probe(app, app_env_)
        probe(bare, bare_env)
    app_values, bare_values = [], []
    for _ in range(runs):
        app_values.append(probe(app, app_env_))
        bare_values.append(probe(bare, bare_env))
    return app_values, bare_values


def run(config: Config) -> Benchmark:
    bench = Benchmark("startup", "1. Cold start to the main window shown (first paint)")
    started = time.perf_counter()
    home = config.scratch("startup")
    app_values, bare_values = alternate(
        APP, BARE, config.startup_runs, home / "app", home / "bare", warm_up=config.startup_runs > 1
    )
    paint = [v["first-paint-ms"] for v in app_values]
    ready = [v["ready-ms"] for v in app_values if "ready-ms" in v]
    bare = [v["first-paint-ms"] for v in bare_values]
    bench.rows.append(
        Row(
            "first paint of the main window (python -m desktop)",
            median(paint),
            "ms",
            len(paint),
            BUDGET,
            median(bare),
            "bare PySide6 QMainWindow (bench/baselines/bare_window.py)",
            len(bare),
            note=f"range {min(paint):.0f}–{max(paint):.0f} ms; baseline "
            f"{min(bare):.0f}–{max(bare):.0f} ms",
        )
    )
    if ready:
        bench.notes.append(
            f"Database open and questionnaire loaded (ready-ms, after the first paint): median "
            f"{median(ready):.0f} ms from process start."
        )
    bench.notes.append(
        "Both time themselves from the OS's creation of the process (interpreter start-up "
        "included) to the first paint event, offscreen (QT_QPA_PLATFORM=offscreen); runs alternate "
        "app/baseline after a discarded warm-up pair (OS file cache warm, as for any second start)."
    )
    bench.seconds = time.perf_counter() - started
    return bench
