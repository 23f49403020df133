"""Store a read workbook as one imported, read-only assessment: all of it in one transaction, or
nothing.

Rules (docs/exchange-format.md, "Import"):
- a unit's own work on this computer (source "local") is never overwritten;
- an assessment already imported with the same uuid is replaced only by a newer one: a higher
  revision for exports, a later save time for filled templates; otherwise "not newer";
- an imported assessment with another uuid for the same unit and round is not replaced;
- every successful import is logged in the ``imports`` table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from .. import turkish
from ..messages import MaturityError, text
from ..questionnaire import Questionnaire
from ..store import AssessmentInfo, Store, now_utc
from .reader import ParsedWorkbook, read_workbook

MODIFIED_FLAG = "modified"

_ROW_SELECT = """
    SELECT a.id, a.uuid, a.source, a.revision, a.exported_at, a.round, u.name AS unit_name
    FROM assessments a JOIN units u ON u.id = a.unit_id
"""


@dataclass(frozen=True)
class ImportResult:
    status: str  # imported | replaced
    assessment: AssessmentInfo
    file_name: str
    answered: int
    previous_revision: int | None = None
    modified: bool = False  # an edited export, accepted on request

    def message(self, lang: str) -> str:
        info = self.assessment
        if self.status == "replaced":
            line = text("x.replaced", lang, file=self.file_name, unit=info.unit, round=info.round,
                        old=self.previous_revision, new=info.revision, answered=self.answered)
        else:
            line = text(f"x.imported_{info.source}", lang, file=self.file_name, unit=info.unit,
                        round=info.round, answered=self.answered)
        if self.modified:
            line += "\n" + text("x.modified_accepted", lang, file=self.file_name)
        return line


def import_file(store: Store, questionnaire: Questionnaire, path: str | Path, *,
                accept_modified: bool = False) -> ImportResult:
    """Read, validate and store one workbook. Raises ValidationError listing every problem,
    or MaturityError when the file was edited after export (unless ``accept_modified``) or
    the store refuses it; nothing is stored then."""
    path = Path(path)
    parsed = read_workbook(path, questionnaire)
    parsed.raise_if_invalid()
    if parsed.modified and not accept_modified:
        raise MaturityError("x.modified", file=path.name)
    flags = (MODIFIED_FLAG,) if parsed.modified else ()
    return store_parsed(store, parsed, path.name, flags=flags)


def store_parsed(store: Store, parsed: ParsedWorkbook, source_file: str, *,
                 flags: tuple[str, ...] = ()) -> ImportResult:
    """Store one valid ParsedWorkbook (its answers, identity and provenance) in one transaction
    and log it in ``imports``. Raises MaturityError, storing nothing, when the rules refuse it."""
    parsed.raise_if_invalid()
    if parsed.modified and MODIFIED_FLAG not in flags:
        raise MaturityError("x.modified", file=parsed.file_name)
    db = store.db
    stamp = now_utc()
    with store.transaction():
        by_uuid = _one(db, _ROW_SELECT + " WHERE a.uuid = ?", [parsed.assessment_uuid])
        by_place = _one(db, _ROW_SELECT + " WHERE u.name_key = ? AND a.round = ?",
                        [turkish.fold(parsed.unit), parsed.round])
        existing = decide(parsed, by_uuid, by_place)
        unit_id = _unit_id(db, parsed.unit, stamp)
        revision = parsed.revision
        if parsed.kind == "template":  # templates count their own versions as they come in
            revision = existing["revision"] + 1 if existing else 1
        values = {
            "uuid": parsed.assessment_uuid, "unit_id": unit_id, "round": parsed.round,
            "questionnaire_id": parsed.questionnaire_id,
            "questionnaire_version": parsed.questionnaire_version,
            "questionnaire_fingerprint": parsed.questionnaire_fingerprint,
            "status": parsed.status, "revision": revision, "respondent": parsed.respondent.strip(),
            "created_at": parsed.created_at or parsed.exported_at or stamp,
            "updated_at": parsed.updated_at or parsed.exported_at or stamp,
            "source": parsed.kind, "out_of_scope": json.dumps(list(parsed.out_of_scope)),
            "position": None, "source_file": source_file, "exported_at": parsed.exported_at,
            "flags": json.dumps(sorted(set(flags))),
        }
        if existing:
            assignments = ", ".join(f"{column} = ?" for column in values)
            db.execute(f"UPDATE assessments SET {assignments} WHERE id = ?", [*values.values(), existing["id"]])
            db.execute("DELETE FROM answers WHERE assessment_id = ?", [existing["id"]])
            assessment_id = existing["id"]
        else:
            columns = ", ".join(values)
            marks = ", ".join("?" for _ in values)
            assessment_id = db.execute(f"INSERT INTO assessments ({columns}) VALUES ({marks})",
                                       list(values.values())).lastrowid
        answered_at = values["updated_at"]
        db.conn.executemany(
            """INSERT INTO answers (assessment_id, question_id, current_level, target_level,
               not_applicable, note, evidence, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)""",
            [(assessment_id, a.question_id, a.current, a.target, int(a.not_applicable), a.note,
              a.evidence, answered_at) for a in parsed.answers.values()])
        status = "replaced" if existing else "imported"
        db.execute(
            """INSERT INTO imports (file_name, sha256, imported_at, status, reason, assessment_uuid)
               VALUES (?, ?, ?, ?, ?, ?)""",
            [source_file, parsed.file_sha256, stamp, status, ",".join(sorted(set(flags))),
             parsed.assessment_uuid])
    return ImportResult(
        status=status, assessment=store.assessment(parsed.assessment_uuid), file_name=source_file,
        answered=sum(1 for a in parsed.answers.values() if a.answered),
        previous_revision=existing["revision"] if existing else None,
        modified=MODIFIED_FLAG in flags,
    )


def decide(parsed: ParsedWorkbook, by_uuid: dict | None, by_place: dict | None) -> dict | None:
    """The stored row to replace, None to insert a new one, or MaturityError to refuse."""
    for row in (by_uuid, by_place):
        if row and row["source"] == "local":
            raise MaturityError("x.local_exists", unit=row["unit_name"], round=row["round"])
    if by_place and (not by_uuid or by_place["id"] != by_uuid["id"]):
        raise MaturityError("x.other_exists", unit=by_place["unit_name"], round=by_place["round"],
                            uuid=by_place["uuid"])
    if not by_uuid:
        return None
    if parsed.kind == "template":
        if not _later(parsed.exported_at, by_uuid["exported_at"]):
            raise MaturityError("x.not_newer_template", unit=by_uuid["unit_name"], round=by_uuid["round"],
                                incoming=_shown_time(parsed.exported_at), stored=_shown_time(by_uuid["exported_at"]))
    elif parsed.revision <= by_uuid["revision"]:
        raise MaturityError("x.not_newer", unit=by_uuid["unit_name"], round=by_uuid["round"],
                            incoming=parsed.revision, stored=by_uuid["revision"])
    return by_uuid


def _later(incoming: str, stored: str) -> bool:
    """Is the incoming save time later than the stored one? A missing or unreadable stored
    time counts as older, a missing incoming one as not later."""
    new, old = _moment(incoming), _moment(stored)
    return new is not None and (old is None or new > old)


def _shown_time(iso: str) -> str:
    return f"{iso[:16].replace('T', ' ')} UTC" if iso else "-"


def _moment(value: str) -> datetime | None:
    try:
        return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None
    except ValueError:
        return None


def _one(db, sql: str, params: list) -> dict | None:
    return next(iter(db.query(sql, params)), None)


def _unit_id(db, name: str, stamp: str) -> int:
    row = db.execute("SELECT id FROM units WHERE name_key = ?", [turkish.fold(name)]).fetchone()
    if row:
        return row[0]
    return db.execute("INSERT INTO units (name, name_key, created_at) VALUES (?, ?, ?)",
                      [name, turkish.fold(name), stamp]).lastrowid
