"""The commit baseline: a bare sqlite3 INSERT + COMMIT per change, with the store's pragmas
(WAL, synchronous=FULL, foreign keys, busy timeout) on a file database. No ORM, no validation,
no history: the cost of making one row durable on this disk."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path


def timed_commits(path: Path, changes: int, warm_up: int = 20) -> list[float]:
    """Seconds per INSERT+COMMIT, ``changes`` of them after ``warm_up`` untimed ones."""
    conn = sqlite3.connect(str(path), isolation_level=None, timeout=10)
    try:
        conn.execute("PRAGMA busy_timeout = 10000")
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA journal_mode = TRUNCATE")
        conn.execute("PRAGMA synchronous = FULL")
        conn.execute(
            "CREATE TABLE IF NOT EXISTS changes (id INTEGER PRIMARY KEY, question_id TEXT,"
            " current_level INTEGER, target_level INTEGER, changed_at TEXT)"
        )
        times = []
        for index in range(warm_up + changes):
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute(
                "INSERT INTO changes (question_id, current_level, target_level, changed_at)"
                " VALUES (?, ?, ?, ?)",
                (f"Q-{index % 54}", index % 6, 5, "2026-01-01T00:00:00Z"),
            )
            conn.execute("COMMIT")
            if index >= warm_up:
                times.append(time.perf_counter() - started)
        return times
    finally:
        conn.close()
