"""``collect``: take the units' filled monitoring forms into the coordinator's database.

The merge's rules: inputs are files or folders (``merge.discover``), each file is read on its
own and taken whole or not at all, the same file twice is a duplicate, for one unit and period
the form saved last wins (the others are reported as older), a form whose fixed cells were
edited after issue is refused unless accepted, and every problem names the file, sheet, cell
and field. Nothing is ever overwritten: earlier forms stay in the history.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from ..clock import later, now_utc
from ..merge.discover import discover, not_a_workbook
from ..messages import MaturityError, Problem, ValidationError
from ..plan.model import Plan
from .form_reader import read_form
from .model import ProgressReport

log = logging.getLogger(__name__)
OUTCOMES = ("accepted", "duplicate", "superseded", "rejected")


@dataclass(frozen=True)
class Collected:
    """What happened to one input file."""

    path: str
    status: str  # one of OUTCOMES
    problems: tuple[Problem, ...] = ()
    unit: str = ""
    period: str = ""

    @property
    def name(self) -> str:
        return Path(self.path).name


@dataclass
class CollectResult:
    files: list[Collected] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for f in self.files if f.status == status)

    @property
    def exit_code(self) -> int:
        return 1 if self.count("rejected") else 0


def _read(path: Path, plan: Plan, accept_modified: bool) -> ProgressReport | Collected:
    try:
        return read_form(path, plan, accept_modified)
    except ValidationError as exc:
        return Collected(str(path), "rejected", tuple(exc.problems))
    except MaturityError as exc:
        return Collected(str(path), "rejected", (Problem(exc.code, exc.params, path.name),))
    except (KeyboardInterrupt, SystemExit, GeneratorExit):
        raise
    except BaseException as exc:  # a reader bug or a panic in calamine: this file only
        log.exception("Unexpected failure reading %s", path)
        detail = f"{type(exc).__name__}: {exc}"[:300]
        return Collected(str(path), "rejected", (Problem("m.unexpected", {"detail": detail}),))


def _newest(reports: list[tuple[Path, ProgressReport]]) -> dict[tuple[str, str], ProgressReport]:
    """Per (unit, period) the report saved last among this batch's files."""
    best: dict[tuple[str, str], ProgressReport] = {}
    for _path, report in reports:
        key = (report.unit, report.period)
        if key not in best or later(report.saved_at, best[key].saved_at):
            best[key] = report
    return best


def collect(
    store, plan: Plan, inputs: Iterable[str | Path], accept_modified: bool = False
) -> CollectResult:
    """Read every form in ``inputs`` and store the ones that win; one commit per form."""
    result = CollectResult()
    found = discover(inputs, store.own_files())
    for problem in found.problems:
        result.files.append(Collected(problem.path, "rejected", problem.reasons))
    for other in found.others:  # in a folder, not a workbook: rejected, never passed over
        reason = replace(not_a_workbook(other), source=other.name)
        result.files.append(Collected(str(other), "rejected", (reason,)))
    reports: list[tuple[Path, ProgressReport]] = []
    seen: set[str] = set()
    for path in found.files:
        read = _read(path, plan, accept_modified)
        if isinstance(read, Collected):
            result.files.append(read)
        elif read.sha256 in seen or store.monitoring.by_sha(read.sha256) is not None:
            params = {"unit": read.unit, "period": read.period}
            problem = Problem("mon.duplicate", params, path.name)
            result.files.append(Collected(str(path), "duplicate", (problem,), *params.values()))
        else:
            seen.add(read.sha256)
            reports.append((path, read))
    newest = _newest(reports)
    stored = {(r.unit, r.period): r for r in store.monitoring.current(plan.key)}
    for path, report in reports:
        key = (report.unit, report.period)
        winner = newest[key]
        earlier = stored.get(key)
        if earlier is not None and later(earlier.saved_at, report.saved_at):
            winner = earlier
        if winner is not report:
            params = {"unit": report.unit, "period": report.period, "other": winner.file_name}
            problem = Problem("mon.superseded", params, path.name)
            result.files.append(Collected(str(path), "superseded", (problem,), *key))
            continue
        store.monitoring.add(replace(report, collected_at=now_utc()))
        result.files.append(Collected(str(path), "accepted", (), *key))
    return result
