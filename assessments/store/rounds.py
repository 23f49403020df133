"""``store.rounds``: round-level reads for the consolidation and the results (every
assessment of a round, their levels, the long answers table), as named records."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import turkish
from ..clock import round_key
from ..scoring import Answer

if TYPE_CHECKING:
    from .database import Store


@dataclass(frozen=True)
class RoundAssessment:
    """One assessment of a round, without its answers."""

    id: int
    uuid: str
    unit: str
    round: str
    source: str  # local | export | template
    status: str
    revision: int
    source_file: str
    exported_at: str
    questionnaire_version: str
    flags: tuple[str, ...]
    out_of_scope: tuple[str, ...]


@dataclass(frozen=True)
class Level:
    """One answer's levels (no texts): what the scores need."""

    question_id: str
    current: int | None
    target: int | None
    not_applicable: bool


class Rounds:
    def __init__(self, store: Store):
        self._store = store

    def labels(self, questionnaire_id: str) -> list[str]:
        """Rounds with assessments of this questionnaire, in natural order."""
        rows = self._store._query(
            "SELECT DISTINCT round FROM assessments WHERE questionnaire_id = ?", [questionnaire_id]
        )
        return sorted((row["round"] for row in rows), key=round_key)

    def assessments(self, round: str, questionnaire_id: str) -> list[RoundAssessment]:
        """The round's assessments of this questionnaire, in Turkish order of their units."""
        rows = self._store._query(
            """SELECT a.id, a.uuid, u.name AS unit, a.round, a.source, a.status, a.revision,
                      a.source_file, a.exported_at, a.questionnaire_version, a.flags,
                      a.out_of_scope
               FROM assessments a JOIN units u ON u.id = a.unit_id
               WHERE a.round = ? AND a.questionnaire_id = ?""",
            [round, questionnaire_id],
        )
        found = [
            RoundAssessment(
                r["id"],
                r["uuid"],
                r["unit"],
                r["round"],
                r["source"],
                r["status"],
                r["revision"],
                r["source_file"],
                r["exported_at"],
                r["questionnaire_version"],
                tuple(json.loads(r["flags"])),
                tuple(json.loads(r["out_of_scope"])),
            )
            for r in rows
        ]
        return sorted(found, key=lambda a: turkish.sort_key(a.unit))

    def levels(self, assessment_id: int) -> Iterator[Level]:
        """An assessment's levels, read at once (no lock is held while the caller works)."""
        rows = self._store._conn.execute(
            "SELECT question_id, current_level, target_level, not_applicable FROM answers "
            "WHERE assessment_id = ?",
            [assessment_id],
        ).fetchall()
        for qid, current, target, na in rows:
            yield Level(qid, current, target, bool(na))

    def answers(self, assessment_id: int) -> dict[str, Answer]:
        """An assessment's answers with their texts, by question id."""
        rows = self._store._query(
            "SELECT question_id, current_level, target_level, not_applicable, note, evidence "
            "FROM answers WHERE assessment_id = ?",
            [assessment_id],
        )
        return {
            r["question_id"]: Answer(
                r["question_id"],
                r["current_level"],
                r["target_level"],
                bool(r["not_applicable"]),
                r["note"],
                r["evidence"],
            )
            for r in rows
        }
