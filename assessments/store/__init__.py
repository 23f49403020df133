"""The storage package: the only place that runs SQL (tests/core/test_architecture.py).

- ``database.Store``: the connection (private), migrations, backups, units, local
  assessments and their answers; ``store.batch()`` for many commits in a row.
- ``store.imports`` (imports.py): imported assessments (one writer for import and merge),
  files set aside in conflicts, the import log.
- ``store.rounds`` (rounds.py): round-level reads for the consolidation and the results.
- names.py: unit names, rounds and revisions as the store accepts them.
- files.py: the database's files (network drives, stale temporaries, backups).
"""

from ..clock import now_utc
from .database import (
    BUSY_TIMEOUT_MS,
    JOURNAL_MODE,
    AssessmentInfo,
    HistoryEntry,
    Store,
    Unit,
)
from .files import (
    SQLITE_VERSION,
    STALE_AFTER_S,
    answer_count,
    backups_of,
    clean_stale_temporaries,
    latest_backup,
    network_location,
    network_warning,
    restore_backup,
)
from .imports import KnownFile, LogEntry, SetAside, StoredAssessment
from .rounds import Level, RoundAssessment

__all__ = [
    "BUSY_TIMEOUT_MS",
    "JOURNAL_MODE",
    "SQLITE_VERSION",
    "STALE_AFTER_S",
    "answer_count",
    "AssessmentInfo",
    "HistoryEntry",
    "KnownFile",
    "Level",
    "LogEntry",
    "RoundAssessment",
    "SetAside",
    "Store",
    "StoredAssessment",
    "Unit",
    "backups_of",
    "clean_stale_temporaries",
    "latest_backup",
    "network_location",
    "network_warning",
    "now_utc",
    "restore_backup",
]
