"""The merge rules (docs/merging.md), as one pure decision per valid workbook.

``decide`` looks only at the incoming workbook and the stored assessments it could clash with,
and says what to do: store it (new, replacing an older revision of the same assessment, or
replacing another assessment of the same unit and round in a conflict) or not, with the status
and reasons for the log, and the new status of a stored file it displaces. The engine applies
the decision in one transaction; the content-hash duplicate rule comes before (engine.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import PurePath

from ..messages import Problem
from .read_result import ReadResult


@dataclass(frozen=True)
class Stored:
    """An assessment already in the database that an incoming file may clash with."""

    id: int
    uuid: str
    unit: str
    round: str
    source: str  # local | export | template
    revision: int
    exported_at: str
    source_file: str


@dataclass(frozen=True)
class Displaced:
    """A stored assessment's file whose status changes because of the incoming one."""

    stored: Stored
    status: str  # superseded | conflict
    reasons: tuple[Problem, ...]
    removed: bool  # its answers leave the database


@dataclass(frozen=True)
class Decision:
    status: str
    reasons: tuple[Problem, ...] = ()
    store: bool = False
    replaces: Stored | None = None  # the same assessment, updated in place
    removes: Stored | None = None  # another assessment of the same unit and round, deleted
    displaced: tuple[Displaced, ...] = ()


def shown_time(iso: str) -> str:
    """A stored UTC time as the log shows it, the same in both languages."""
    return f"{iso[:16].replace('T', ' ')} UTC" if iso else "-"


def later(incoming: str, stored: str) -> bool:
    """Is ``incoming`` strictly later? A missing or unreadable stored time counts as older,
    a missing incoming one as not later."""
    new, old = _moment(incoming), _moment(stored)
    return new is not None and (old is None or new > old)


def _moment(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def notes(read: ReadResult) -> list[Problem]:
    """What the log says about an accepted file besides its status."""
    parsed = read.parsed
    found = []
    if parsed.kind == "template":
        found.append(Problem("m.template", {}))
    if read.other_version:
        found.append(Problem("m.other_version", {"found": read.other_version}))
        if read.unknown_ids:
            found.append(Problem("m.unknown_questions", {"count": len(read.unknown_ids),
                                                         "ids": ", ".join(read.unknown_ids)}))
        if read.missing_ids:
            found.append(Problem("m.missing_questions", {"count": len(read.missing_ids),
                                                         "ids": ", ".join(read.missing_ids)}))
        if read.unknown_dimensions:
            found.append(Problem("m.unknown_dimensions", {"ids": ", ".join(read.unknown_dimensions)}))
    return found


def decide(read: ReadResult, by_uuid: Stored | None, by_place: Stored | None, *,
           accept_modified: bool = False, round: str | None = None) -> Decision:
    """What to do with a valid workbook (``read.parsed.ok``)."""
    p = read.parsed
    name = _name(read.path)
    if round is not None and p.round != round:
        return _rejected("m.other_round", found=p.round, expected=round)
    reasons = notes(read)
    flagged = False
    if p.modified:
        if not accept_modified:
            return _rejected("x.modified", file=name)
        flagged = True
        reasons.insert(0, Problem("m.modified_flagged", {}))
    for row in (by_uuid, by_place):
        if row and row.source == "local":
            return _rejected("x.local_exists", unit=row.unit, round=row.round)

    displaced: list[Displaced] = []
    if by_uuid:
        if p.kind == "template":
            newer = later(p.exported_at, by_uuid.exported_at)
        else:
            newer = p.revision > by_uuid.revision
        if not newer:
            return _not_newer(read, by_uuid)
        reasons.append(Problem("m.replaces", {"old": by_uuid.revision, "file": by_uuid.source_file}))
        displaced.append(Displaced(by_uuid, "superseded", (
            Problem("m.superseded_by", {"file": name, "new": p.revision, "old": by_uuid.revision}),), True))

    status = "flagged" if flagged else "accepted"
    removes = None
    if by_place and (by_uuid is None or by_place.id != by_uuid.id):
        both = {"unit": p.unit, "round": p.round}
        mine, theirs = shown_time(p.exported_at), shown_time(by_place.exported_at)
        if not later(p.exported_at, by_place.exported_at):  # a tie keeps what is stored
            lost = Problem("m.conflict_lost", {**both, "other": by_place.source_file, "other_time": theirs, "time": mine})
            kept = Problem("m.conflict_kept", {**both, "other": name, "other_time": mine, "time": theirs})
            return Decision("conflict", (lost, *reasons), displaced=(Displaced(by_place, "conflict", (kept,), False),))
        status = "conflict"
        removes = by_place
        reasons.insert(0, Problem("m.conflict_won", {**both, "other": by_place.source_file, "other_time": theirs, "time": mine}))
        displaced.append(Displaced(by_place, "conflict", (
            Problem("m.conflict_replaced", {**both, "other": name, "other_time": mine, "time": theirs}),), True))
    return Decision(status, tuple(reasons), store=True, replaces=by_uuid, removes=removes,
                    displaced=tuple(displaced))


def _not_newer(read: ReadResult, stored: Stored) -> Decision:
    p = read.parsed
    if p.kind == "template":
        reason = Problem("m.older_template", {"file": stored.source_file, "time": shown_time(p.exported_at),
                                              "stored_time": shown_time(stored.exported_at)})
        return Decision("superseded", (reason,))
    if p.revision == stored.revision:
        return Decision("duplicate", (Problem("m.same_revision", {"revision": p.revision, "file": stored.source_file}),))
    return Decision("superseded", (Problem("m.older_revision", {"revision": p.revision, "stored": stored.revision,
                                                                "file": stored.source_file}),))


def _rejected(code: str, **params) -> Decision:
    return Decision("rejected", (Problem(code, params),))


def _name(path: str) -> str:
    return PurePath(path).name
