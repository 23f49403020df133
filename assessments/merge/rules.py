"""The merge rules (docs/merging.md), as one pure decision per valid workbook.

``decide`` looks only at the incoming workbook and the stored assessments it could clash with,
and says what to do: store it (new, replacing an older revision of the same assessment, or
replacing another assessment of the same unit and round in a conflict) or not, with the status
and reasons for the log, and the new status of a stored file it displaces. The engine applies
the decision in one transaction; the content-hash duplicate rule comes before (engine.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePath

from ..clock import later, shown_time
from ..messages import Problem
from ..store import StoredAssessment
from ..store import names as store_names
from .read_result import ReadResult

# An assessment already in the database that an incoming file may clash with.
Stored = StoredAssessment


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
    sets_aside: Stored | None = None  # a conflict with it: the file is kept aside, nothing replaced
    displaced: tuple[Displaced, ...] = ()


def notes(read: ReadResult) -> list[Problem]:
    """What the log says about an accepted file besides its status."""
    parsed = read.parsed
    found = []
    if parsed.kind == "template":
        found.append(Problem("m.template", {}))
    found.extend(parsed.notices)  # answers carried over from 1.x, to review
    if read.other_version:
        found.append(Problem("m.other_version", {"found": read.other_version}))
        if read.unknown_ids:
            found.append(
                Problem(
                    "m.unknown_questions",
                    {"count": len(read.unknown_ids), "ids": ", ".join(read.unknown_ids)},
                )
            )
        if read.missing_ids:
            found.append(
                Problem(
                    "m.missing_questions",
                    {"count": len(read.missing_ids), "ids": ", ".join(read.missing_ids)},
                )
            )
        if read.unknown_dimensions:
            found.append(
                Problem("m.unknown_dimensions", {"ids": ", ".join(read.unknown_dimensions)})
            )
    return found


@dataclass(frozen=True)
class State:
    """What a conflict message says of each side: how complete it is, draft or final."""

    completeness: int  # percent of the questions asked that are answered
    status: str  # draft | final


def _no_state(_stored) -> State | None:
    return None


def decide(
    read: ReadResult,
    by_uuid: Stored | None,
    by_place: Stored | None,
    *,
    accept_modified: bool = False,
    round: str | None = None,
    state_of=_no_state,
) -> Decision:
    """What to do with a valid workbook (``read.parsed.ok``). ``state_of(stored)``: the
    ``State`` of a stored assessment, ``state_of(None)`` the incoming file's (for the
    conflict messages)."""
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

    if by_place and (by_uuid is None or by_place.id != by_uuid.id):
        # another assessment (uuid) holds the place
        return _conflict(read, by_place, reasons, state_of)
    if by_uuid and _moved(p, by_uuid):
        # the same uuid claims another unit or round
        return _conflict(read, by_uuid, reasons, state_of)
    displaced: list[Displaced] = []
    if by_uuid:
        if p.kind == "template":
            newer = later(p.exported_at, by_uuid.exported_at)
        else:
            newer = p.revision > by_uuid.revision
        if not newer:
            return _not_newer(read, by_uuid)
        reasons.append(
            Problem("m.replaces", {"old": by_uuid.revision, "file": by_uuid.source_file})
        )
        displaced.append(
            Displaced(
                by_uuid,
                "superseded",
                (
                    Problem(
                        "m.superseded_by",
                        {"file": name, "new": p.revision, "old": by_uuid.revision},
                    ),
                ),
                True,
            )
        )
    status = "flagged" if flagged else "accepted"
    return Decision(
        status, tuple(reasons), store=True, replaces=by_uuid, displaced=tuple(displaced)
    )


def _moved(p, stored: Stored) -> bool:
    return (
        store_names.unit_key(p.unit) != store_names.unit_key(stored.unit)
        or " ".join(p.round.split()) != stored.round
    )


def _sides(state: State | None, other: State | None) -> dict:
    """The completeness and status of both files, for the conflict messages."""
    unknown = State(0, "")
    state, other = state or unknown, other or unknown
    return {
        "completeness": state.completeness,
        "status": state.status,
        "other_completeness": other.completeness,
        "other_status": other.status,
    }


def _conflict(read: ReadResult, stored: Stored, reasons: list[Problem], state_of) -> Decision:
    """Two assessments claim one unit and round (or one assessment two places): a merge never
    decides which is genuine by the times a file states, which anyone can edit. The stored one
    stays; the file is set aside whole for the coordinator (docs/merging.md), who chooses with
    ``--prefer`` (``preferred``). Both messages name each side's completeness and status."""
    p = read.parsed
    both = {"unit": p.unit, "round": p.round}
    mine, theirs = shown_time(p.exported_at), shown_time(stored.exported_at)
    incoming, kept = state_of(None), state_of(stored)
    aside = Problem(
        "m.conflict_set_aside",
        {
            **both,
            **_sides(incoming, kept),
            "other": stored.source_file,
            "other_time": theirs,
            "time": mine,
        },
    )
    arrived = Problem(
        "m.conflict_arrived",
        {**both, **_sides(kept, incoming), "other": _name(read.path), "other_time": mine},
    )
    return Decision(
        "conflict",
        (aside, *reasons),
        sets_aside=stored,
        displaced=(Displaced(stored, "conflict", (arrived,), False),),
    )


def _not_newer(read: ReadResult, stored: Stored) -> Decision:
    p = read.parsed
    if p.kind == "template":
        reason = Problem(
            "m.older_template",
            {
                "file": stored.source_file,
                "time": shown_time(p.exported_at),
                "stored_time": shown_time(stored.exported_at),
            },
        )
        return Decision("superseded", (reason,))
    if p.revision == stored.revision:
        return Decision(
            "duplicate",
            (Problem("m.same_revision", {"revision": p.revision, "file": stored.source_file}),),
        )
    return Decision(
        "superseded",
        (
            Problem(
                "m.older_revision",
                {"revision": p.revision, "stored": stored.revision, "file": stored.source_file},
            ),
        ),
    )


def _rejected(code: str, **params) -> Decision:
    return Decision("rejected", (Problem(code, params),))


def _name(path: str) -> str:
    return PurePath(path).name


def preferred(read: ReadResult, decision: Decision) -> Decision:
    """The coordinator chose this file of a conflict (``merge --prefer``): it takes the place
    of the stored assessment it clashed with (updated in place, as a newer revision would),
    which becomes superseded, saying the coordinator chose the other."""
    stored = decision.sets_aside
    if decision.status != "conflict" or stored is None:
        return decision
    p = read.parsed
    chosen = Problem(
        "m.conflict_preferred", {"unit": p.unit, "round": p.round, "other": stored.source_file}
    )
    passed_over = Problem("m.conflict_not_preferred", {"file": _name(read.path)})
    rest = tuple(r for r in decision.reasons if r.code != "m.conflict_set_aside")
    return Decision(
        "accepted",
        (chosen, *rest),
        store=True,
        replaces=stored,
        displaced=(Displaced(stored, "superseded", (passed_over,), True),),
    )
