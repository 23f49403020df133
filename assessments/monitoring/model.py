"""What a unit reports for a period, as named records (stored by ``store.monitoring``)."""

from __future__ import annotations

from dataclasses import dataclass

# Action status on the monitoring form (the plan's own ``Action.status`` is the plan's intent).
STATUSES = ("not-started", "in-progress", "completed", "delayed", "cancelled")


@dataclass(frozen=True)
class ActionProgress:
    action_key: str
    action_code: str
    status: str | None  # None: the unit left the row empty
    percent: float | None  # 0..100
    explanation: str = ""


@dataclass(frozen=True)
class IndicatorActual:
    indicator_key: str
    indicator_code: str
    actual: float | None
    explanation: str = ""


@dataclass(frozen=True)
class ProgressReport:
    """One unit's form for one period, as collected."""

    plan_key: str
    period: str
    unit: str
    actions: tuple[ActionProgress, ...]
    indicators: tuple[IndicatorActual, ...]
    file_name: str = ""
    sha256: str = ""
    saved_at: str = ""  # when the unit's office program saved it (docProps/core.xml)
    collected_at: str = ""
    modified: bool = False  # the fixed cells were edited after issue and it was accepted
