"""``store.collection``: the data-collection rounds the coordinator opens (schema version 7):
which units are expected to send their assessment of a round, by when, and whether the round
is closed. One row per round, its expected units as JSON (always read whole)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..clock import now_utc
from ..messages import MaturityError

if TYPE_CHECKING:
    from .database import Store


@dataclass(frozen=True)
class CollectionRound:
    round: str
    expected: tuple[str, ...]  # unit names
    due: str  # ISO date, "" for none
    opened_at: str
    closed_at: str  # "" while open

    @property
    def is_open(self) -> bool:
        return not self.closed_at


def _record(row) -> CollectionRound:
    return CollectionRound(
        row["round"],
        tuple(json.loads(row["expected"])),
        row["due"],
        row["opened_at"],
        row["closed_at"],
    )


class Collection:
    def __init__(self, store: Store):
        self._store = store

    def get(self, round: str) -> CollectionRound | None:
        row = self._store._one("SELECT * FROM collection_rounds WHERE round = ?", [round])
        return None if row is None else _record(row)

    def all(self) -> list[CollectionRound]:
        return [_record(r) for r in self._store._query("SELECT * FROM collection_rounds")]

    def open(self, round: str, expected: list[str], due: str = "") -> CollectionRound:
        """Open (or reopen, with a new list) the collection of ``round``, committed at once."""
        body = json.dumps(list(expected), ensure_ascii=False)
        with self._store.transaction():
            self._store._run(
                """INSERT INTO collection_rounds (round, expected, due, opened_at, closed_at)
                   VALUES (?, ?, ?, ?, '')
                   ON CONFLICT(round) DO UPDATE SET expected = excluded.expected,
                   due = excluded.due, closed_at = ''""",
                [round, body, due, now_utc()],
            )
        return self.get(round)

    def close(self, round: str) -> CollectionRound:
        if self.get(round) is None:
            raise MaturityError("r.not_open", round=round)
        with self._store.transaction():
            self._store._run(
                "UPDATE collection_rounds SET closed_at = ? WHERE round = ?", [now_utc(), round]
            )
        return self.get(round)
