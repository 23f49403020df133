"""Benchmark 2: an answer change to its durable commit through the core (``Store.set_answer``
on a file database), against a bare sqlite3 INSERT + COMMIT with the same pragmas.

Each change really changes the answer (the level moves on by one), so every call writes its
history rows and commits; ``set_answer`` returns only when the change is on disk.
"""

from __future__ import annotations

import time
from pathlib import Path

from . import child
from .common import Benchmark, Config, Row, below, median, percentile

WARM_UP = 20


def measure(folder: str, changes: int) -> dict:
    """In a child process: seconds per ``set_answer`` and per bare INSERT+COMMIT."""
    from assessments.loader import bundled_questionnaire
    from assessments.scoring import Answer
    from assessments.store import Store

    from .baselines.sqlite_commit import timed_commits

    folder_path = Path(folder)
    questionnaire = bundled_questionnaire()
    ids = [q.id for q in questionnaire.questions]
    times = []
    with Store(folder_path / "commit.sqlite3") as store:
        info = store.create_assessment(
            "Bilgi İşlem Dairesi Başkanlığı", "2026", questionnaire, respondent="Ayşe Yılmaz"
        )
        for index in range(WARM_UP + changes):
            level = (index // len(ids) + 1) % 6  # differs from the question's previous level
            answer = Answer(
                ids[index % len(ids)],
                current=level,
                target=5,
                note="Mevcut durum: pilot uygulama sürüyor.",
            )
            started = time.perf_counter()
            store.set_answer(info.uuid, answer, questionnaire)
            if index >= WARM_UP:
                times.append(time.perf_counter() - started)
        stored = len(store.history(info.uuid))
    bare = timed_commits(folder_path / "bare.sqlite3", changes, WARM_UP)
    return {"store": times, "bare": bare, "history_rows": stored}


def run(config: Config) -> Benchmark:
    bench = Benchmark("commit", "2. Answer change to durable commit (Store.set_answer)")
    started = time.perf_counter()
    folder = config.scratch("commit")
    result = child.run(
        "bench.commit:measure",
        {"folder": str(folder), "changes": config.commit_changes},
        folder,
        config.timeout_s,
    ).result
    store_ms = [t * 1000 for t in result["store"]]
    bare_ms = [t * 1000 for t in result["bare"]]
    n = len(store_ms)
    baseline = (
        "bare sqlite3 INSERT+COMMIT, same pragmas (rollback journal TRUNCATE, synchronous=FULL)"
    )
    bench.rows.append(
        Row(
            "median of an answer change",
            median(store_ms),
            "ms",
            n,
            below(5, "ms"),
            median(bare_ms),
            baseline,
            len(bare_ms),
        )
    )
    bench.rows.append(
        Row(
            "p99 of an answer change",
            percentile(store_ms, 99),
            "ms",
            n,
            below(20, "ms"),
            percentile(bare_ms, 99),
            baseline,
            len(bare_ms),
            note=f"max {max(store_ms):.1f} ms; baseline max {max(bare_ms):.1f} ms",
        )
    )
    bench.notes.append(
        f"{n} changes after {WARM_UP} untimed ones, on a file database in {config.workdir} "
        "(the same disk as the user's data folder on this machine); each call validates, writes "
        "the answer and its history rows in one BEGIN IMMEDIATE transaction and returns after "
        "COMMIT (fsync of the WAL)."
    )
    bench.seconds = time.perf_counter() - started
    return bench
