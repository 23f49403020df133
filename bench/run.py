"""Run the performance suite: ``make bench``, ``python -m bench.run`` or ``python bench/run.py``.

    python -m bench.run                 every benchmark; writes bench/results.json and the
                                        table in docs/performance.md
    python -m bench.run --only merge scaling
    python -m bench.run --quick         minimal sizes, to see that everything runs (writes
                                        nothing unless --results/--doc are given)

Budgets that are missed are printed plainly; the exit code is 0 all the same (the suite
reports, it does not fail CI). A benchmark that breaks is reported as failed and the others
still run. Generated inputs are kept in MATURITY_BENCH_CACHE (default: the system's temporary
folder), so only the first run generates them.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
import traceback
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

if __package__ in (None, ""):  # run as a script: python bench/run.py
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench import report  # noqa: E402
from bench.common import Benchmark, Config, default_cache  # noqa: E402

KEYS = ("startup", "commit", "radar", "exchange", "merge", "scaling", "gui_memory", "bundle")
KEYS += ("monitoring",)


def benchmarks() -> dict[str, Callable[[Config, dict[str, Benchmark]], Benchmark]]:
    """Each benchmark by key; the function also gets the benchmarks run before it."""
    from bench import (
        bundle,
        commit,
        exchange,
        gui_memory,
        merge,
        monitoring,
        radar,
        scaling,
        startup,
    )

    def scaling_after_merge(config: Config, done: dict[str, Benchmark]) -> Benchmark:
        previous = done.get("merge")
        return scaling.run(config, reuse=previous.data.get("runs") if previous else None)

    return {
        "startup": lambda config, _done: startup.run(config),
        "commit": lambda config, _done: commit.run(config),
        "radar": lambda config, _done: radar.run(config),
        "exchange": lambda config, _done: exchange.run(config),
        "merge": lambda config, _done: merge.run(config),
        "scaling": scaling_after_merge,
        "gui_memory": lambda config, _done: gui_memory.run(config),
        "bundle": lambda config, _done: bundle.run(config),
        "monitoring": lambda config, _done: monitoring.run(config),
    }


TITLES = {
    "startup": "1. Cold start to the main window shown",
    "commit": "2. Answer change to durable commit",
    "radar": "3. Radar chart redraw",
    "exchange": "4. Unit export and template generation",
    "merge": "5. Merge of demo exports",
    "scaling": "6. Merge scaling",
    "gui_memory": "7. GUI resident memory",
    "bundle": "8. Frozen bundle",
    "monitoring": "9. Collecting monitoring forms",
}


def run_all(config: Config, keys: list[str], out=print) -> list[Benchmark]:
    """Run the benchmarks ``keys`` in order; a failure is reported and the rest still run."""
    done: dict[str, Benchmark] = {}
    table = benchmarks()
    for key in keys:
        out(f"\n== {TITLES[key]} ==", flush=True)
        started = time.perf_counter()
        try:
            bench = table[key](config, done)
        except Exception as exc:  # one broken benchmark must not hide the others
            traceback.print_exc()
            lines = [line.strip() for line in str(exc).splitlines() if line.strip()] or [
                type(exc).__name__
            ]
            detail = lines[0] if len(lines) == 1 else f"{lines[0]} … {lines[-1]}"
            bench = Benchmark(key, TITLES[key], skipped=f"FAILED: {detail}"[:300])
        bench.seconds = bench.seconds or time.perf_counter() - started
        done[key] = bench
        for line in report.console_rows(bench):
            out(line, flush=True)
        out(f"  ({bench.seconds:.0f} s)", flush=True)
    return list(done.values())


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m bench.run", description="The performance suite."
    )
    parser.add_argument(
        "--only",
        nargs="+",
        choices=KEYS,
        metavar="NAME",
        help=f"run only these benchmarks ({', '.join(KEYS)})",
    )
    parser.add_argument(
        "--quick", action="store_true", help="minimal sizes: check that everything runs"
    )
    parser.add_argument(
        "--sizes",
        type=int,
        nargs="+",
        metavar="N",
        help="merge scaling sizes (default 200 1000 5000)",
    )
    parser.add_argument("--cache", type=Path, default=None, help="where generated inputs are kept")
    parser.add_argument("--results", type=Path, default=None, help="write results.json here")
    parser.add_argument(
        "--doc", type=Path, default=None, help="rewrite the benchmark section of this file"
    )
    parser.add_argument(
        "--keep", action="store_true", help="keep the scratch folder (databases, workbooks)"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    keys = [k for k in KEYS if not args.only or k in args.only]
    complete = not args.only and not args.quick
    workdir = Path(tempfile.mkdtemp(prefix="maturity-bench-"))
    cache = args.cache or default_cache()
    cache.mkdir(parents=True, exist_ok=True)
    config = (Config.smoke if args.quick else Config.full)(workdir, cache)
    if args.sizes:
        config.scaling_sizes = tuple(sorted(args.sizes))
    print(f"Performance suite: {', '.join(keys)}\nscratch {workdir}\ncache {cache}", flush=True)
    started = time.perf_counter()
    try:
        results = run_all(config, keys)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    wall = time.perf_counter() - started
    info = {
        "date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "wall_seconds": round(wall, 1),
        "machine": report.machine(),
        "git": report.git_commit(),
        "complete": complete,
        "settings": {k: str(v) if isinstance(v, Path) else v for k, v in vars(config).items()},
    }
    print(f"\nSuite wall time: {wall / 60:.1f} min", flush=True)
    missed = report.missed_lines(results)
    for line in missed:
        print(line)
    failed = [b for b in results if b.skipped.startswith("FAILED")]
    print(
        f"{len(missed)} budget(s) missed, {len(failed)} benchmark(s) failed."
        if missed or failed
        else "Every budget met."
    )
    results_path = args.results or (report.RESULTS if complete else None)
    doc_path = args.doc or (report.DOC if complete else None)
    if results_path:
        print(
            f"Results: {report.write_results(report.results_document(results, info), results_path)}"
        )
    if doc_path:
        print(f"Table: {report.rewrite_doc(report.markdown(results, info), doc_path)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
