"""What a merge reports: one FileOutcome per input, the MergeReport around them, and the
MergeProgress a caller (the CLI, the GUI's worker thread) watches and may cancel.

Reasons are ``messages.Problem`` objects (a code, its parameters and, for a problem inside the
workbook, the cell), so the same outcome reads right in Turkish and English, in the terminal,
the GUI's log table, the JSON report and the consolidated workbook.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import PurePath

from ..messages import Problem, text

# In the order the CLI summary lists them.
STATUSES = ("accepted", "flagged", "duplicate", "superseded", "conflict", "rejected")
STATUS_LABELS = {
    "accepted": ("alındı", "accepted"),
    "flagged": ("alındı, işaretli", "accepted, flagged"),
    "duplicate": ("yinelenen", "duplicate"),
    "superseded": ("eski sürüm", "superseded"),
    "conflict": ("çakışma", "conflict"),
    "rejected": ("reddedildi", "rejected"),
}


def status_label(status: str, lang: str) -> str:
    tr, en = STATUS_LABELS.get(status, (status, status))
    return tr if lang == "tr" else en


def reason_text(problem: Problem, lang: str) -> str:
    """A reason without the file name (the log shows the file in its own column)."""
    body = text(problem.code, lang, **problem.params)
    return f"{problem.where}: {body}" if problem.where else body


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one input file."""

    path: str
    status: str  # one of STATUSES
    reasons: tuple[Problem, ...] = ()
    sha256: str = ""
    assessment_uuid: str = ""
    unit: str = ""
    round: str = ""
    stored: bool = False  # its answers are in the database now

    @property
    def name(self) -> str:
        return PurePath(self.path).name

    def lines(self, lang: str) -> list[str]:
        return [reason_text(p, lang) for p in self.reasons]

    def message(self, lang: str) -> str:
        return "\n".join(self.lines(lang))

    def as_dict(self, lang: str) -> dict:
        return {
            "path": self.path,
            "file": self.name,
            "status": self.status,
            "status_label": status_label(self.status, lang),
            "stored": self.stored,
            "reason": self.message(lang),
            "reasons": [
                {
                    "code": p.code,
                    "params": p.params,
                    "where": p.where,
                    "message": reason_text(p, lang),
                }
                for p in self.reasons
            ],
            "sha256": self.sha256,
            "assessment_uuid": self.assessment_uuid,
            "unit": self.unit,
            "round": self.round,
        }


@dataclass
class MergeReport:
    """Every input's outcome, in input order (folders expanded)."""

    outcomes: list[FileOutcome] = field(default_factory=list)
    round: str | None = None  # the round asked for, if any
    cancelled: bool = False
    not_processed: tuple[str, ...] = ()  # files left when the merge was cancelled
    started_at: str = ""
    finished_at: str = ""

    @property
    def counts(self) -> dict[str, int]:
        found = dict.fromkeys(STATUSES, 0)
        for outcome in self.outcomes:
            found[outcome.status] = found.get(outcome.status, 0) + 1
        return found

    @property
    def usable(self) -> bool:
        """Was any input a workbook we could take (or had already taken)?"""
        return any(o.status != "rejected" for o in self.outcomes)

    @property
    def exit_code(self) -> int:
        """0 every input accepted (duplicates, superseded files and conflicts included: each
        was a valid workbook), 1 some rejected or the merge was cancelled, 2 nothing usable."""
        if not self.usable and not self.cancelled:
            return 2
        if self.cancelled or any(o.status == "rejected" for o in self.outcomes):
            return 1
        return 0

    @property
    def stored_rounds(self) -> list[str]:
        """Rounds of the files stored by this merge, in input order, each once."""
        return list(dict.fromkeys(o.round for o in self.outcomes if o.stored and o.round))

    def summary(self, lang: str) -> str:
        counts = self.counts
        parts = [f"{status_label(s, lang)} {counts[s]}" for s in STATUSES if counts[s]]
        line = text("m.summary", lang, total=len(self.outcomes), counts=", ".join(parts) or "-")
        if self.cancelled:
            line += "\n" + text("m.cancelled", lang, left=len(self.not_processed))
        return line

    def as_dict(self, lang: str) -> dict:
        return {
            "round": self.round,
            "cancelled": self.cancelled,
            "exit_code": self.exit_code,
            "started_at": self.started_at,
            "finished_at": self.finished_at,
            "counts": self.counts,
            "files": [o.as_dict(lang) for o in self.outcomes],
            "not_processed": list(self.not_processed),
        }


class MergeProgress:
    """A merge's progress, for a progress bar, and its cancel switch.

    The engine updates it between files and calls ``on_progress(done, total, current_name)``
    on the merging thread (a GUI forwards that to its own thread, e.g. by a signal).
    ``cancel()`` may be called from any thread; the engine stops before the next file and keeps
    every file already stored (each file is its own transaction).
    """

    def __init__(self, on_progress: Callable[[int, int, str], None] | None = None):
        self.on_progress = on_progress
        self.total = 0
        self.done = 0
        self.current = ""
        self.counts = dict.fromkeys(STATUSES, 0)
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    @property
    def accepted(self) -> int:
        return self.counts["accepted"] + self.counts["flagged"]

    @property
    def rejected(self) -> int:
        return self.counts["rejected"]

    # -- called by the engine -------------------------------------------------------------

    def begin(self, total: int) -> None:
        self.total, self.done, self.current = total, 0, ""
        self._notify()

    def starting(self, name: str) -> None:
        self.current = name
        self._notify()

    def finished(self, status: str) -> None:
        self.done += 1
        self.counts[status] = self.counts.get(status, 0) + 1
        self.current = ""
        self._notify()

    def _notify(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.done, self.total, self.current)
