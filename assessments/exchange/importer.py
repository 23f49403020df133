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

from dataclasses import dataclass
from pathlib import Path

from ..clock import later, now_utc, shown_time
from ..messages import MaturityError, Problem, text
from ..questionnaire import Questionnaire
from ..store import AssessmentInfo, Store, StoredAssessment
from ..store.imports import MODIFIED_FLAG
from .reader import ParsedWorkbook, read_workbook


@dataclass(frozen=True)
class ImportResult:
    status: str  # imported | replaced
    assessment: AssessmentInfo
    file_name: str
    answered: int
    previous_revision: int | None = None
    modified: bool = False  # an edited export, accepted on request
    notices: tuple[Problem, ...] = ()  # e.g. answers carried over from 1.x, to review

    def message(self, lang: str) -> str:
        info = self.assessment
        if self.status == "replaced":
            line = text(
                "x.replaced",
                lang,
                file=self.file_name,
                unit=info.unit,
                round=info.round,
                old=self.previous_revision,
                new=info.revision,
                answered=self.answered,
            )
        else:
            line = text(
                f"x.imported_{info.source}",
                lang,
                file=self.file_name,
                unit=info.unit,
                round=info.round,
                answered=self.answered,
            )
        if self.modified:
            line += "\n" + text("x.modified_accepted", lang, file=self.file_name)
        for notice in self.notices:
            line += "\n" + notice.message(lang)
        return line


def import_file(
    store: Store, questionnaire: Questionnaire, path: str | Path, *, accept_modified: bool = False
) -> ImportResult:
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


def store_parsed(
    store: Store, parsed: ParsedWorkbook, source_file: str, *, flags: tuple[str, ...] = ()
) -> ImportResult:
    """Store one valid ParsedWorkbook (its answers, identity and provenance) in one transaction
    and log it in ``imports``. Raises MaturityError, storing nothing, when the rules refuse it."""
    parsed.raise_if_invalid()
    if parsed.modified and MODIFIED_FLAG not in flags:
        raise MaturityError("x.modified", file=parsed.file_name)
    stamp = now_utc()
    with store.transaction():
        by_uuid, by_place = store.imports.clashes(parsed.assessment_uuid, parsed.unit, parsed.round)
        existing = decide(parsed, by_uuid, by_place)
        store.imports.write(parsed, source_file, stamp, replaces=existing, flags=flags)
        status = "replaced" if existing else "imported"
        reasons = [Problem("m.modified_flagged", {})] if MODIFIED_FLAG in flags else []
        info = store.assessment(parsed.assessment_uuid)
        store.imports.log(
            path=source_file,
            sha256=parsed.file_sha256,
            status=status,
            reasons=reasons,
            assessment_uuid=parsed.assessment_uuid,
            unit=info.unit,
            round=info.round,
            stored=True,
            stamp=stamp,
        )
    return ImportResult(
        status=status,
        assessment=info,
        file_name=source_file,
        answered=sum(1 for a in parsed.answers.values() if a.answered),
        previous_revision=existing.revision if existing else None,
        modified=MODIFIED_FLAG in flags,
        notices=tuple(parsed.notices),
    )


def decide(
    parsed: ParsedWorkbook, by_uuid: StoredAssessment | None, by_place: StoredAssessment | None
) -> StoredAssessment | None:
    """The stored assessment to replace, None to insert a new one, or MaturityError to refuse."""
    for row in (by_uuid, by_place):
        if row and row.source == "local":
            raise MaturityError("x.local_exists", unit=row.unit, round=row.round)
    if by_place and (not by_uuid or by_place.id != by_uuid.id):
        raise MaturityError(
            "x.other_exists", unit=by_place.unit, round=by_place.round, uuid=by_place.uuid
        )
    if not by_uuid:
        return None
    if parsed.kind == "template":
        if not later(parsed.exported_at, by_uuid.exported_at):
            raise MaturityError(
                "x.not_newer_template",
                unit=by_uuid.unit,
                round=by_uuid.round,
                incoming=shown_time(parsed.exported_at),
                stored=shown_time(by_uuid.exported_at),
            )
    elif parsed.revision <= by_uuid.revision:
        raise MaturityError(
            "x.not_newer",
            unit=by_uuid.unit,
            round=by_uuid.round,
            incoming=parsed.revision,
            stored=by_uuid.revision,
        )
    return by_uuid
