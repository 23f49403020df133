"""The merge's database writes and the import log they leave.

Every merged file is stored in one transaction together with its row in ``imports`` (and the
rows of the stored files it displaces), so the log and the data never disagree. A rejected file
gets its log row too. ``imports.reason`` holds JSON (unit, round, whether the file's answers are
stored, and the reasons as message codes with parameters), so the log can be shown again later
in either language; rows written by ``maturity import`` (reason ``""`` or ``"modified"``) are
read as well.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import PurePath

from .. import turkish
from ..messages import Problem
from ..store import Store
from .read_result import ReadResult
from .rules import Decision, Stored

# Statuses of rows whose file's answers were stored when the row was written.
_STORING = ("accepted", "flagged", "imported", "replaced")

_STORED_SELECT = """
    SELECT a.id, a.uuid, u.name AS unit, a.round, a.source, a.revision, a.exported_at, a.source_file
    FROM assessments a JOIN units u ON u.id = a.unit_id
"""


@dataclass(frozen=True)
class KnownFile:
    """A file (by content) the database has already seen and not rejected."""

    path: str
    imported_at: str
    assessment_uuid: str


@dataclass(frozen=True)
class LogEntry:
    """One row of the import log, decoded."""

    id: int
    time: str  # UTC ISO 8601
    path: str
    status: str  # merge statuses; ``maturity import`` rows mapped to accepted / flagged
    reasons: tuple[Problem, ...]
    sha256: str
    assessment_uuid: str
    unit: str
    round: str
    stored: bool


def lookup(store: Store, read: ReadResult) -> tuple[Stored | None, Stored | None]:
    """The stored assessment with the file's uuid, and the one of its unit and round."""
    p = read.parsed
    by_uuid = _stored(store, _STORED_SELECT + " WHERE a.uuid = ?", [p.assessment_uuid])
    by_place = _stored(store, _STORED_SELECT + " WHERE u.name_key = ? AND a.round = ?",
                       [turkish.fold(p.unit), p.round])
    return by_uuid, by_place


def _stored(store: Store, sql: str, params: list) -> Stored | None:
    row = store.db.execute(sql, params).fetchone()
    return Stored(*row) if row else None


def known_files(store: Store) -> dict[str, KnownFile]:
    """sha256 -> the first file with that content that was not rejected."""
    found: dict[str, KnownFile] = {}
    rows = store.db.execute(
        "SELECT sha256, file_name, imported_at, assessment_uuid FROM imports "
        "WHERE status != 'rejected' AND sha256 != '' ORDER BY id")
    for sha, path, when, uuid in rows:
        found.setdefault(sha, KnownFile(path, when, uuid or ""))
    return found


def unit_and_round(store: Store, uuid: str) -> tuple[str, str]:
    row = store.db.execute(
        "SELECT u.name, a.round FROM assessments a JOIN units u ON u.id = a.unit_id WHERE a.uuid = ?",
        [uuid]).fetchone()
    return (row[0], row[1]) if row else ("", "")


# -- writing ---------------------------------------------------------------------------------

def store_file(store: Store, read: ReadResult, decision: Decision, stamp: str) -> None:
    """Apply a decision to store a file: call inside ``store.transaction()``."""
    p = read.parsed
    db = store.db
    if decision.removes is not None:  # a conflict lost by another assessment of this unit and round
        db.execute("DELETE FROM answers WHERE assessment_id = ?", [decision.removes.id])
        db.execute("DELETE FROM answer_history WHERE assessment_id = ?", [decision.removes.id])
        db.execute("DELETE FROM assessments WHERE id = ?", [decision.removes.id])
    existing = decision.replaces
    revision = p.revision
    if p.kind == "template":  # templates count their own versions as they come in
        revision = existing.revision + 1 if existing else 1
    values = {
        "uuid": p.assessment_uuid, "unit_id": _unit_id(store, p.unit, stamp), "round": p.round,
        "questionnaire_id": p.questionnaire_id, "questionnaire_version": p.questionnaire_version,
        "questionnaire_fingerprint": p.questionnaire_fingerprint, "status": p.status,
        "revision": revision, "respondent": p.respondent.strip(),
        "created_at": p.created_at or p.exported_at or stamp,
        "updated_at": p.updated_at or p.exported_at or stamp,
        "source": p.kind, "out_of_scope": json.dumps(list(p.out_of_scope)), "position": None,
        "source_file": read_name(read), "exported_at": p.exported_at,
        "flags": json.dumps(["modified"] if p.modified else []),  # stored only when accepted
    }
    if existing is not None:
        assignments = ", ".join(f"{column} = ?" for column in values)
        db.execute(f"UPDATE assessments SET {assignments} WHERE id = ?", [*values.values(), existing.id])
        db.execute("DELETE FROM answers WHERE assessment_id = ?", [existing.id])
        assessment_id = existing.id
    else:
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        assessment_id = db.execute(f"INSERT INTO assessments ({columns}) VALUES ({marks})",
                                   list(values.values())).lastrowid
    db.conn.executemany(
        """INSERT INTO answers (assessment_id, question_id, current_level, target_level,
           not_applicable, note, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
        [(assessment_id, a.question_id, a.current, a.target, int(a.not_applicable), a.note,
          a.evidence, values["updated_at"]) for a in p.answers.values()])


def log_displaced(store: Store, decision: Decision, stamp: str) -> None:
    """Log the new status of the stored files the decision displaces."""
    for item in decision.displaced:
        path, sha = stored_file_of(store, item.stored)
        log_row(store, path=path, sha256=sha, status=item.status, reasons=item.reasons,
                assessment_uuid=item.stored.uuid, unit=item.stored.unit, round=item.stored.round,
                stored=not item.removed, stamp=stamp)


def stored_file_of(store: Store, stored: Stored) -> tuple[str, str]:
    """The path and sha256 of the file a stored assessment came from (its latest storing row)."""
    rows = store.db.execute(
        "SELECT file_name, sha256, status, reason FROM imports WHERE assessment_uuid = ? ORDER BY id DESC",
        [stored.uuid])
    for path, sha, status, reason in rows:
        if _decode(status, reason)[3]:
            return path, sha
    return stored.source_file, ""


def log_row(store: Store, *, path: str, sha256: str, status: str, reasons: Iterable[Problem],
            assessment_uuid: str, unit: str, round: str, stored: bool, stamp: str) -> None:
    reason = json.dumps({
        "unit": unit, "round": round, "stored": stored,
        "reasons": [{"code": r.code, "params": r.params, "where": r.where} for r in reasons],
    }, ensure_ascii=False, default=str)
    store.db.execute(
        """INSERT INTO imports (file_name, sha256, imported_at, status, reason, assessment_uuid)
           VALUES (?, ?, ?, ?, ?, ?)""",
        [path, sha256, stamp, status, reason, assessment_uuid or None])


def read_name(read: ReadResult) -> str:
    return PurePath(read.path).name


def _unit_id(store: Store, name: str, stamp: str) -> int:
    db = store.db
    row = db.execute("SELECT id FROM units WHERE name_key = ?", [turkish.fold(name)]).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO units (name, name_key, created_at) VALUES (?, ?, ?)",
                      [name, turkish.fold(name), stamp]).lastrowid


# -- reading the log -------------------------------------------------------------------------

def _decode(status: str, reason: str) -> tuple[str, tuple[Problem, ...], dict, bool]:
    """(status, reasons, identity, stored) of a log row, merge rows and import rows alike."""
    if status in ("imported", "replaced"):  # written by ``maturity import``
        flagged = "modified" in reason.split(",")
        reasons = (Problem("m.modified_flagged", {}),) if flagged else ()
        return ("flagged" if flagged else "accepted"), reasons, {}, True
    try:
        data = json.loads(reason) if reason else {}
        if not isinstance(data, dict):
            raise ValueError(reason)
    except ValueError:
        return status, (Problem("m.log_text", {"text": reason}),), {}, False
    reasons = tuple(Problem(r.get("code", "m.log_text"), r.get("params", {}), "", r.get("where", ""))
                    for r in data.get("reasons", []) if isinstance(r, dict))
    return status, reasons, data, bool(data.get("stored"))


def import_log(store: Store, round: str | None = None) -> list[LogEntry]:
    """The import log: for each file (path and content), its latest entry, in the order the
    files first arrived. With ``round``, only files of that round and files whose round is
    unknown (unreadable ones)."""
    rows = store.db.execute(
        """SELECT i.id, i.imported_at, i.file_name, i.status, i.reason, i.sha256,
                  COALESCE(i.assessment_uuid, ''), u.name, a.round
           FROM imports i LEFT JOIN assessments a ON a.uuid = i.assessment_uuid
           LEFT JOIN units u ON u.id = a.unit_id ORDER BY i.id""").fetchall()
    latest: dict[tuple[str, str], LogEntry] = {}
    for row_id, when, path, status, reason, sha, uuid, unit, stored_round in rows:
        shown, reasons, data, stored = _decode(status, reason or "")
        entry = LogEntry(row_id, when, path, shown, reasons, sha, uuid,
                         data.get("unit") or unit or "", data.get("round") or stored_round or "", stored)
        key = (path, sha)
        latest[key] = entry if key not in latest else _later_entry(latest[key], entry)
    entries = list(latest.values())
    if round is not None:
        entries = [e for e in entries if e.round in (round, "")]
    return entries


def _later_entry(first: LogEntry, latest: LogEntry) -> LogEntry:
    """The latest state of a file, listed where the file first arrived."""
    return replace(latest, id=first.id)
