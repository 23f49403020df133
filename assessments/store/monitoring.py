"""``store.monitoring``: the progress forms collected for the action plan (schema version 6).

Every collected form is a row of its own and is never changed, so the history of what each
unit reported stays; a unit's report for a period is the form it saved last (then the one
collected last). A report is always read whole, so its values are one JSON body.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import TYPE_CHECKING

from ..monitoring.model import ActionProgress, IndicatorActual, ProgressReport

if TYPE_CHECKING:
    from .database import Store

_COLUMNS = "plan_key, period, unit, file_name, sha256, saved_at, collected_at, modified, body"


def _report(row) -> ProgressReport:
    body = json.loads(row["body"])
    return ProgressReport(
        plan_key=row["plan_key"],
        period=row["period"],
        unit=row["unit"],
        actions=tuple(ActionProgress(**a) for a in body["actions"]),
        indicators=tuple(IndicatorActual(**i) for i in body["indicators"]),
        file_name=row["file_name"],
        sha256=row["sha256"],
        saved_at=row["saved_at"],
        collected_at=row["collected_at"],
        modified=bool(row["modified"]),
    )


class Monitoring:
    def __init__(self, store: Store):
        self._store = store

    def add(self, report: ProgressReport) -> None:
        """Store one collected form, committed at once."""
        body = json.dumps(
            {
                "actions": [asdict(a) for a in report.actions],
                "indicators": [asdict(i) for i in report.indicators],
            },
            ensure_ascii=False,
        )
        with self._store.transaction():
            self._store._run(
                f"INSERT INTO progress_reports ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    report.plan_key,
                    report.period,
                    report.unit,
                    report.file_name,
                    report.sha256,
                    report.saved_at,
                    report.collected_at,
                    int(report.modified),
                    body,
                ],
            )

    def by_sha(self, sha256: str) -> ProgressReport | None:
        row = self._store._one(
            f"SELECT {_COLUMNS} FROM progress_reports WHERE sha256 = ? ORDER BY id LIMIT 1",
            [sha256],
        )
        return None if row is None else _report(row)

    def current(self, plan_key: str, period: str | None = None) -> list[ProgressReport]:
        """Each unit's report per period (the form saved last), by period then id."""
        rows = self._store._query(
            f"""SELECT {_COLUMNS}, id FROM progress_reports r
                WHERE plan_key = ? AND (? IS NULL OR period = ?)
                AND id = (SELECT id FROM progress_reports o
                          WHERE o.plan_key = r.plan_key AND o.period = r.period
                          AND o.unit = r.unit ORDER BY o.saved_at DESC, o.id DESC LIMIT 1)
                ORDER BY period, id""",
            [plan_key, period, period],
        )
        return [_report(row) for row in rows]

    def history(self, plan_key: str) -> list[ProgressReport]:
        """Every form collected for the plan, in the order collected."""
        rows = self._store._query(
            f"SELECT {_COLUMNS} FROM progress_reports WHERE plan_key = ? ORDER BY id", [plan_key]
        )
        return [_report(row) for row in rows]
