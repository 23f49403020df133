"""The merge's side of the database, all through ``store.imports`` (the store runs the SQL).

Every merged file is stored in one transaction together with its row in the import log (and
the rows of the stored files it displaces), so the log and the data never disagree. A rejected
file gets its log row too; a file in conflict with the stored assessment of its unit and round
is set aside whole (``store.imports.set_aside``), never replacing it.
"""

from __future__ import annotations

from pathlib import PurePath

from ..store import KnownFile, LogEntry, Store, StoredAssessment
from .read_result import ReadResult
from .rules import Decision

__all__ = [
    "KnownFile",
    "LogEntry",
    "import_log",
    "log_displaced",
    "lookup",
    "read_name",
    "store_file",
]


def lookup(
    store: Store, read: ReadResult
) -> tuple[StoredAssessment | None, StoredAssessment | None]:
    """The stored assessment with the file's uuid, and the one of its unit and round."""
    p = read.parsed
    return store.imports.clashes(p.assessment_uuid, p.unit, p.round)


def store_file(store: Store, read: ReadResult, decision: Decision, stamp: str) -> None:
    """Apply a decision to store a file: call inside ``store.transaction()``."""
    p = read.parsed
    if decision.sets_aside is not None:
        store.imports.set_aside(p, read_name(read), p.file_sha256, stamp, decision.sets_aside)
        return
    store.imports.write(
        p,
        read_name(read),
        stamp,
        replaces=decision.replaces,
        flags=["modified"] if p.modified else [],
    )  # only when accepted


def log_displaced(store: Store, decision: Decision, stamp: str) -> None:
    """Log the new status of the stored files the decision displaces."""
    for item in decision.displaced:
        path, sha = store.imports.file_of(item.stored)
        store.imports.log(
            path=path,
            sha256=sha,
            status=item.status,
            reasons=item.reasons,
            assessment_uuid=item.stored.uuid,
            unit=item.stored.unit,
            round=item.stored.round,
            stored=not item.removed,
            stamp=stamp,
        )


def read_name(read: ReadResult) -> str:
    return PurePath(read.path).name


def import_log(store: Store, round: str | None = None) -> list[LogEntry]:
    """The import log: for each file, its latest entry, in the order the files first arrived
    (``store.imports.entries``)."""
    return store.imports.entries(round)
