"""``store.imports``: imported assessments (one writer for ``maturity import`` and ``maturity
merge``), the files set aside in a conflict, and the import log.

``imports.reason`` holds one format, JSON: unit, round, whether the file's answers are stored,
and the reasons as message codes with parameters (at most LOG_PROBLEMS, then a count), so the
log reads right later in either language. Rows of earlier versions (``maturity import``'s
``""`` / ``"modified"``) are still read.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

from .. import turkish
from ..messages import Problem
from . import names

if TYPE_CHECKING:
    from .database import Store

LOG_PROBLEMS = 50  # reasons kept per log row; the rest is counted
MODIFIED_FLAG = "modified"
# Statuses of rows whose file's answers were stored when the row was written (older rows).
_STORING = ("accepted", "flagged", "imported", "replaced")

_STORED_SELECT = """
    SELECT a.id, a.uuid, u.name AS unit, a.round, a.source, a.revision, a.exported_at,
           a.source_file
    FROM assessments a JOIN units u ON u.id = a.unit_id
"""


@dataclass(frozen=True)
class StoredAssessment:
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
class KnownFile:
    """A file (by content) the database has already seen and taken."""

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


@dataclass(frozen=True)
class SetAside:
    """A file kept aside in a conflict, with what it claims."""

    id: int
    file_name: str
    sha256: str
    set_aside_at: str
    assessment_uuid: str
    unit: str
    round: str
    revision: int
    exported_at: str
    stored_uuid: str
    answers: tuple[dict, ...]


def _stored(row) -> StoredAssessment | None:
    if row is None:
        return None
    return StoredAssessment(
        row["id"],
        row["uuid"],
        row["unit"],
        row["round"],
        row["source"],
        row["revision"],
        row["exported_at"],
        row["source_file"],
    )


def _shortened(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[:limit] + "…"


def encode_reason(unit: str, round: str, stored: bool, reasons: Iterable[Problem]) -> str:
    """The JSON of a log row; a crafted unit or round from a file is kept short."""
    unit, round = _shortened(unit, names.UNIT_NAME_MAX), _shortened(round, names.ROUND_MAX)
    reasons = list(reasons)
    kept = reasons[:LOG_PROBLEMS]
    if len(reasons) > LOG_PROBLEMS:
        kept.append(
            Problem("m.log_more", {"count": len(reasons) - LOG_PROBLEMS, "shown": LOG_PROBLEMS})
        )
    return json.dumps(
        {
            "unit": unit,
            "round": round,
            "stored": stored,
            "reasons": [{"code": r.code, "params": r.params, "where": r.where} for r in kept],
        },
        ensure_ascii=False,
        default=str,
    )


def decode_reason(status: str, reason: str) -> tuple[str, tuple[Problem, ...], dict, bool]:
    """(status, reasons, identity, stored) of a log row: merge rows and import rows alike."""
    legacy = status in ("imported", "replaced") and not reason.startswith("{")
    if legacy:  # written by ``maturity import`` before one format: a comma list of flags
        flagged = MODIFIED_FLAG in reason.split(",")
        reasons = (Problem("m.modified_flagged", {}),) if flagged else ()
        return ("flagged" if flagged else "accepted"), reasons, {}, True
    try:
        data = json.loads(reason) if reason else {}
        if not isinstance(data, dict):
            raise ValueError(reason)
    except ValueError:
        return status, (Problem("m.log_text", {"text": reason}),), {}, False
    reasons = tuple(
        Problem(r.get("code", "m.log_text"), r.get("params", {}), "", r.get("where", ""))
        for r in data.get("reasons", [])
        if isinstance(r, dict)
    )
    if status in ("imported", "replaced"):
        flagged = any(r.code == "m.modified_flagged" for r in reasons)
        status = "flagged" if flagged else "accepted"
    return status, reasons, data, bool(data.get("stored", status in _STORING))


class Imports:
    """Imported assessments and the import log of one Store. Write methods run inside
    ``store.transaction()``: the caller makes the file's data and its log row one commit."""

    def __init__(self, store: Store):
        self._store = store

    # -- imported assessments -------------------------------------------------------------

    def clashes(
        self, uuid: str, unit: str, round: str
    ) -> tuple[StoredAssessment | None, StoredAssessment | None]:
        """The stored assessment with the file's uuid, and the one of its unit and round."""
        one = self._store._one
        by_uuid = _stored(one(_STORED_SELECT + " WHERE a.uuid = ?", [uuid]))
        by_place = _stored(
            one(
                _STORED_SELECT + " WHERE u.name_key = ? AND a.round = ?",
                [names.unit_key(unit), " ".join(round.split())],
            )
        )
        return by_uuid, by_place

    def write(
        self,
        parsed: Any,
        source_file: str,
        stamp: str,
        *,
        replaces: StoredAssessment | None,
        flags: Iterable[str] = (),
    ) -> int:
        """Store a read workbook (an exchange ``ParsedWorkbook``) as an imported assessment:
        a new one, or in place of ``replaces`` (the same uuid). Its unit name, round and
        revision are checked first (MaturityError, nothing written). Returns the row id."""
        unit = names.unit_name(parsed.unit)
        round = names.round_label(parsed.round)
        revision = names.revision(parsed.revision)
        if parsed.kind == "template":  # templates count their own versions as they come in
            revision = replaces.revision + 1 if replaces else 1
        values = {
            "uuid": parsed.assessment_uuid,
            "unit_id": self._unit_id(unit, stamp),
            "round": round,
            "questionnaire_id": parsed.questionnaire_id,
            "questionnaire_version": parsed.questionnaire_version,
            "questionnaire_fingerprint": parsed.questionnaire_fingerprint,
            "status": parsed.status,
            "revision": revision,
            "respondent": parsed.respondent.strip(),
            "created_at": parsed.created_at or parsed.exported_at or stamp,
            "updated_at": parsed.updated_at or parsed.exported_at or stamp,
            "source": parsed.kind,
            "out_of_scope": json.dumps(list(parsed.out_of_scope)),
            "profile": parsed.profile,
            "position": None,
            "source_file": source_file,
            "exported_at": parsed.exported_at,
            "flags": json.dumps(sorted(set(flags))),
        }
        run = self._store._run
        if replaces is not None:
            assignments = ", ".join(f"{column} = ?" for column in values)
            run(
                f"UPDATE assessments SET {assignments} WHERE id = ?",
                [*values.values(), replaces.id],
            )
            run("DELETE FROM answers WHERE assessment_id = ?", [replaces.id])
            assessment_id = replaces.id
        else:
            columns, marks = ", ".join(values), ", ".join("?" for _ in values)
            assessment_id = run(
                f"INSERT INTO assessments ({columns}) VALUES ({marks})", list(values.values())
            ).lastrowid
        self._store._conn.executemany(
            """INSERT INTO answers (assessment_id, question_id, current_level, target_level,
               not_applicable, note, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                (
                    assessment_id,
                    a.question_id,
                    a.current,
                    a.target,
                    int(a.not_applicable),
                    a.note,
                    a.evidence,
                    values["updated_at"],
                )
                for a in parsed.answers.values()
            ],
        )
        return assessment_id

    def _unit_id(self, name: str, stamp: str) -> int:
        row = self._store._one("SELECT id FROM units WHERE name_key = ?", [names.unit_key(name)])
        if row:
            return row["id"]
        return self._store._run(
            "INSERT INTO units (name, name_key, created_at) VALUES (?, ?, ?)",
            [name, names.unit_key(name), stamp],
        ).lastrowid

    def set_aside(
        self, parsed: Any, source_file: str, sha256: str, stamp: str, stored: StoredAssessment
    ) -> None:
        """Keep a conflicting file whole (identity and answers) beside the stored assessment
        of its unit and round, which stays as it is. The same file again is kept once."""
        if sha256 and self._store._one(
            "SELECT 1 FROM conflicts WHERE sha256 = ? AND stored_uuid = ?", [sha256, stored.uuid]
        ):
            return
        identity = {
            key: getattr(parsed, key, "")
            for key in (
                "kind",
                "status",
                "respondent",
                "created_at",
                "updated_at",
                "questionnaire_id",
                "questionnaire_version",
            )
        }
        answers = [
            {
                "question_id": a.question_id,
                "current": a.current,
                "target": a.target,
                "not_applicable": a.not_applicable,
                "note": a.note,
                "evidence": a.evidence,
            }
            for a in parsed.answers.values()
        ]
        self._store._run(
            """INSERT INTO conflicts (file_name, sha256, set_aside_at, assessment_uuid, unit,
               round, revision, exported_at, stored_uuid, identity, answers)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
            [
                source_file,
                sha256,
                stamp,
                parsed.assessment_uuid,
                turkish.clean(str(parsed.unit))[: names.UNIT_NAME_MAX * 4],
                str(parsed.round)[: names.ROUND_MAX * 4],
                _bounded(parsed.revision),
                parsed.exported_at,
                stored.uuid,
                json.dumps(identity, ensure_ascii=False, default=str),
                json.dumps(answers, ensure_ascii=False),
            ],
        )

    def resolve_set_aside(self, sha256: str, stored_uuid: str) -> None:
        """The coordinator chose this file of its conflict: it is no longer kept aside
        (call inside ``store.transaction()``, with the file's storing)."""
        self._store._run(
            "DELETE FROM conflicts WHERE sha256 = ? AND stored_uuid = ?", [sha256, stored_uuid]
        )

    def set_aside_files(self, unit: str | None = None, round: str | None = None) -> list[SetAside]:
        """The files kept aside in conflicts (of one unit and round, if given), oldest first."""
        rows = self._store._query("SELECT * FROM conflicts ORDER BY id")
        found = [
            SetAside(
                r["id"],
                r["file_name"],
                r["sha256"],
                r["set_aside_at"],
                r["assessment_uuid"],
                r["unit"],
                r["round"],
                r["revision"],
                r["exported_at"],
                r["stored_uuid"],
                tuple(json.loads(r["answers"])),
            )
            for r in rows
        ]
        if unit is not None:
            found = [f for f in found if names.unit_key(f.unit) == names.unit_key(unit)]
        return [f for f in found if round is None or f.round == round]

    def unit_and_round(self, uuid: str) -> tuple[str, str]:
        row = self._store._one(
            "SELECT u.name, a.round FROM assessments a JOIN units u ON u.id = a.unit_id "
            "WHERE a.uuid = ?",
            [uuid],
        )
        return (row["name"], row["round"]) if row else ("", "")

    # -- the log ----------------------------------------------------------------------------

    def log(
        self,
        *,
        path: str,
        sha256: str,
        status: str,
        reasons: Iterable[Problem],
        assessment_uuid: str,
        unit: str,
        round: str,
        stored: bool,
        stamp: str,
    ) -> None:
        """One row of the import log (inside the transaction of what it reports)."""
        self._store._run(
            """INSERT INTO imports (file_name, sha256, imported_at, status, reason,
               assessment_uuid) VALUES (?, ?, ?, ?, ?, ?)""",
            [
                path,
                sha256,
                stamp,
                status,
                encode_reason(unit, round, stored, reasons),
                assessment_uuid or None,
            ],
        )

    def known_files(self) -> dict[str, KnownFile]:
        """sha256 -> the first file with that content that was taken (neither rejected nor
        set aside in a conflict: those are judged again, so no spoof blocks a file for good)."""
        found: dict[str, KnownFile] = {}
        rows = self._store._query(
            "SELECT sha256, file_name, imported_at, assessment_uuid, status, reason FROM imports"
            " WHERE status NOT IN ('rejected', 'conflict') AND sha256 != '' ORDER BY id"
        )
        for row in rows:
            found.setdefault(
                row["sha256"],
                KnownFile(row["file_name"], row["imported_at"], row["assessment_uuid"] or ""),
            )
        return found

    def file_of(self, stored: StoredAssessment) -> tuple[str, str]:
        """The path and sha256 of the file a stored assessment came from (its latest storing
        row)."""
        rows = self._store._query(
            "SELECT file_name, sha256, status, reason FROM imports WHERE assessment_uuid = ? "
            "ORDER BY id DESC",
            [stored.uuid],
        )
        for row in rows:
            if decode_reason(row["status"], row["reason"] or "")[3]:
                return row["file_name"], row["sha256"]
        return stored.source_file, ""

    def entries(self, round: str | None = None) -> list[LogEntry]:
        """The import log: for each file (path and content), its latest entry, in the order
        the files first arrived. With ``round``, only files of that round and files whose
        round is unknown (unreadable ones)."""
        rows = self._store._query(
            """SELECT i.id, i.imported_at, i.file_name, i.status, i.reason, i.sha256,
                      COALESCE(i.assessment_uuid, '') AS uuid, u.name AS unit,
                      a.round AS stored_round
               FROM imports i LEFT JOIN assessments a ON a.uuid = i.assessment_uuid
               LEFT JOIN units u ON u.id = a.unit_id ORDER BY i.id"""
        )
        latest: dict[tuple[str, str], LogEntry] = {}
        for row in rows:
            shown, reasons, data, stored = decode_reason(row["status"], row["reason"] or "")
            entry = LogEntry(
                row["id"],
                row["imported_at"],
                row["file_name"],
                shown,
                reasons,
                row["sha256"],
                row["uuid"],
                data.get("unit") or row["unit"] or "",
                data.get("round") or row["stored_round"] or "",
                stored,
            )
            key = (entry.path, entry.sha256)
            # the latest state of a file, listed where the file first arrived
            latest[key] = entry if key not in latest else replace(entry, id=latest[key].id)
        entries = list(latest.values())
        if round is not None:
            entries = [e for e in entries if e.round in (round, "")]
        return entries

    def rows(self) -> list[LogEntry]:
        """Every row of the log in the order written (no merging per file), its status as
        written (``imported``/``replaced`` for ``maturity import``), its reasons decoded."""
        found = []
        for row in self._store._query("SELECT * FROM imports ORDER BY id"):
            _shown, reasons, data, stored = decode_reason(row["status"], row["reason"] or "")
            found.append(
                LogEntry(
                    row["id"],
                    row["imported_at"],
                    row["file_name"],
                    row["status"],
                    reasons,
                    row["sha256"],
                    row["assessment_uuid"] or "",
                    data.get("unit", ""),
                    data.get("round", ""),
                    stored,
                )
            )
        return found


def _bounded(value) -> int:
    return value if isinstance(value, int) and 0 <= value <= names.REVISION_MAX else -1
