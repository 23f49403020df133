"""Read workbooks in input order, in this process or in a small pool of worker processes.

Reading (unzipping, parsing, validating) is most of a merge's work and needs no database, so
with many files it runs in worker processes while the main process stores results in order.
At most ``WINDOW_PER_WORKER`` files per worker are in flight, so memory stays bounded however
many files there are. The pool uses the "spawn" start method everywhere, as on Windows, where
the app runs: a script calling ``merge`` needs the usual ``if __name__ == "__main__":`` guard.
If the pool cannot start or breaks, the remaining files are read here.
"""

from __future__ import annotations

import logging
import os
import sys
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

from ..messages import Problem
from ..questionnaire import Questionnaire
from .read_result import ReadResult, read_for_merge

log = logging.getLogger(__name__)

POOL_FROM_FILES = 100  # up to this, starting worker processes (~0.3 s) costs about what it saves
MAX_WORKERS = 2
WINDOW_PER_WORKER = 8

_worker_questionnaire: Questionnaire | None = None


def default_workers(files: int) -> int:
    """Worker processes for ``files`` files: none for a few, else up to MAX_WORKERS. None in a
    frozen (PyInstaller) build, where a worker process starts the executable again and needs
    ``multiprocessing.freeze_support()`` at its entry point; pass ``workers`` to override."""
    if files <= POOL_FROM_FILES or getattr(sys, "frozen", False):
        return 0
    return max(0, min(MAX_WORKERS, (os.cpu_count() or 1)))


def _init_worker(questionnaire: Questionnaire) -> None:
    global _worker_questionnaire
    _worker_questionnaire = questionnaire


def _read_in_worker(path: str) -> ReadResult:
    return read_for_merge(path, _worker_questionnaire).slim()


def read_in_order(
    jobs: Iterable[tuple[object, Path | None]], questionnaire: Questionnaire, workers: int = 0
) -> Iterator[tuple[object, ReadResult | None]]:
    """For each ``(job, path)`` yield ``(job, result)`` in the same order; a job with no path
    is passed through with no result (a duplicate needs no reading). Stop consuming at any
    time (a cancelled merge): the pool is shut down and unstarted reads are dropped."""
    if workers <= 1:
        for job, path in jobs:
            yield job, (read_for_merge(path, questionnaire).slim() if path is not None else None)
        return
    yield from _pooled(iter(jobs), questionnaire, workers)


def _new_pool(workers: int, questionnaire: Questionnaire):
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    try:
        return ProcessPoolExecutor(
            workers,
            mp_context=multiprocessing.get_context("spawn"),
            initializer=_init_worker,
            initargs=(questionnaire,),
        )
    except (OSError, ValueError, RuntimeError) as exc:
        log.warning("No worker processes (%s); reading in this process", exc)
        return None


def _pooled(jobs: Iterator, questionnaire: Questionnaire, workers: int):
    from concurrent.futures.process import BrokenProcessPool

    pool = _new_pool(workers, questionnaire)
    if pool is None:
        yield from read_in_order(jobs, questionnaire, 0)
        return
    window: deque = deque()
    worked = False  # has any worker delivered a result?

    def submit(job, path):
        future = None
        if path is not None and pool is not None:
            try:
                future = pool.submit(_read_in_worker, str(path))
            except (
                BrokenProcessPool,
                RuntimeError,
            ) as exc:  # broken, or a script without a main guard
                log.warning("Worker processes failed (%s)", exc)
        window.append((job, path, future))

    try:
        for job, path in islice(jobs, workers * WINDOW_PER_WORKER):
            submit(job, path)
        while window:
            job, path, future = window.popleft()
            result = None
            if path is not None:
                try:
                    result = future.result() if future is not None else None
                    worked = worked or result is not None
                except BrokenProcessPool:
                    # A worker died. If worker processes work here (some delivered, or a fresh
                    # one answers), this file probably crashed the reader: read it alone in a
                    # fresh process, so that a crash cannot take this process with it, and go
                    # on with a new pool. Otherwise processes cannot be used here: read
                    # everything in this process.
                    pool.shutdown(wait=False, cancel_futures=True)
                    worked = worked or _processes_work(questionnaire)
                    pool = _new_pool(workers, questionnaire) if worked else None
                    if worked:
                        result = _isolated(path, questionnaire)
                    pending = list(window)
                    window.clear()
                    for item in pending:
                        submit(item[0], item[1])
                except Exception as exc:  # e.g. a result that cannot be sent back: read it here
                    log.warning("Reading %s in a worker failed (%s); reading it here", path, exc)
                if result is None:
                    result = read_for_merge(path, questionnaire).slim()
            following = next(jobs, None)
            if following is not None:
                submit(*following)
            yield job, result
    finally:
        if pool is not None:
            pool.shutdown(wait=True, cancel_futures=True)


def _processes_work(questionnaire: Questionnaire) -> bool:
    """Does a fresh worker process start and answer? (A pool that broke before any result
    may mean processes do not work here, or that the first file crashed its reader.)"""
    pool = _new_pool(1, questionnaire)
    if pool is None:
        return False
    try:
        return pool.submit(os.getpid).result() > 0
    except Exception:  # BrokenProcessPool, RuntimeError (a script without a main guard)
        return False
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _isolated(path: Path, questionnaire: Questionnaire) -> ReadResult:
    """Read one file in a process of its own; a crash there rejects only this file."""
    from concurrent.futures.process import BrokenProcessPool

    pool = _new_pool(1, questionnaire)
    if pool is None:
        return ReadResult(str(path), None, failure=Problem("m.reader_crashed", {}))
    try:
        return pool.submit(_read_in_worker, str(path)).result()
    except (BrokenProcessPool, RuntimeError):
        log.error("Reading %s stopped the reading process", path)
        return ReadResult(str(path), None, failure=Problem("m.reader_crashed", {}))
    finally:
        pool.shutdown(wait=True, cancel_futures=True)
