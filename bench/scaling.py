"""Benchmark 6: merge scaling. The whole merge of 200, 1,000 and 5,000 files: the time per file
stays flat (within 1.3x of the smallest size's) and the peak resident memory stays under 300 MB.

Memory is the peak of the merging process and its reading workers together, sampled from
outside every 50 ms (bench/child.py); the getrusage peaks of the process and of its largest
worker are in the notes. The smallest size reuses benchmark 5's runs when the sizes match.
Generating the inputs is not timed (bench/demo_files.py keeps them in the cache).
"""

from __future__ import annotations

import time

from . import demo_files
from .common import Benchmark, Config, Row, below, median, ratio_at_most
from .merge import merge_run, write_file_list

RSS_BUDGET_MB = 300


def run(config: Config, reuse: list[dict] | None = None) -> Benchmark:
    """``reuse``: benchmark 5's child results (``ChildResult.__dict__``) for its file count."""
    sizes = sorted(config.scaling_sizes)
    bench = Benchmark(
        "scaling", "6. Merge scaling: " + ", ".join(f"{n:,}" for n in sizes) + " files"
    )
    started = time.perf_counter()
    files = demo_files.exports(config.cache, sizes[-1], config.real_exports)
    measured: dict[int, list[dict]] = {}
    for size in sizes:
        if reuse and reuse[0]["result"]["files"] == size:
            measured[size] = reuse
            continue
        listing = write_file_list(files[:size], config.scratch(f"scaling-{size}-inputs"))
        measured[size] = [merge_run(config, listing, f"scaling-{size}").__dict__]

    def per_file(size: int, key: str) -> float:
        return median([r["result"][key] for r in measured[size]]) / size * 1000

    smallest = sizes[0]
    for key, label in (("total_s", "whole merge"), ("import_s", "import stage")):
        reference = per_file(smallest, key)
        for size in sizes:
            runs = measured[size]
            accepted = min(r["result"]["counts"].get("accepted", 0) for r in runs)
            if size == smallest:
                bench.rows.append(
                    Row(
                        f"{size:,} files: time per file, {label}",
                        reference,
                        "ms",
                        len(runs),
                        note=f"the reference; accepted {accepted} of {size}",
                    )
                )
                continue
            bench.rows.append(
                Row(
                    f"{size:,} files: time per file, {label}",
                    per_file(size, key),
                    "ms",
                    len(runs),
                    ratio_at_most(1.3),
                    reference,
                    f"time per file at {smallest:,} files",
                    len(measured[smallest]),
                    note=f"{median([r['result'][key] for r in runs]):.1f} s in all; accepted "
                    f"{accepted} of {size}",
                )
            )
    for size in sizes:
        runs = measured[size]
        tree = max(r["tree_peak_rss_mb"] or 0 for r in runs) or None
        main = max(r["peak_rss_mb"] or 0 for r in runs)
        workers = max(r["workers_peak_rss_mb"] or 0 for r in runs)
        idle = median([r["result"]["idle_rss_mb"] or 0 for r in runs])
        bench.rows.append(
            Row(
                f"{size:,} files: peak RSS, merge process + workers",
                tree,
                "MB",
                len(runs),
                below(RSS_BUDGET_MB, "MB"),
                idle,
                "the merge process before merging (imports done, database open)",
                len(runs),
                note=f"merging process alone {main:.0f} MB, "
                + (
                    f"largest worker {workers:.0f} MB (getrusage)"
                    if workers
                    else "no worker processes"
                ),
            )
        )
    bench.notes.append(
        "Each size is one whole merge (import stage + consolidated workbook) into a new database "
        "in a fresh process; N is the number of runs per size. Files beyond the first "
        f"{config.real_exports} are variants of them (bench/demo_files.py)."
    )
    bench.data = {str(size): measured[size] for size in sizes}
    bench.seconds = time.perf_counter() - started
    return bench
