"""The action plan as data: plan -> strategic goals (amaç) -> targets (hedef) -> actions (eylem).

The shape follows the public strategic-planning guide's conventions (docs/action-plan.md): a
target carries the target card (indicators with their effect on the target, baseline and a
value per plan year, monitoring and reporting frequency, responsible and collaborating units,
risks, strategies, cost estimate, findings, needs); an action carries who does what, when, at
what cost per year and from which funding source. Every item has a stable ``key`` that never
changes (workbook import, history) and a ``code`` the coordinator may edit (A1, H1.1, E1.1.1).
Everything is frozen: an edit makes a new plan (``assessments.plan.edit``).
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass, field, replace

DEFAULT_PERIOD = (2026, 2030)
PLAN_STATUSES = ("draft", "approved")
ACTION_STATUSES = ("planned", "in-progress", "done", "postponed", "cancelled")
PRIORITIES = ("high", "medium", "low")
# Funding sources of the guide's source table (Kaynak Tablosu).
FUNDING = (
    "own-budget",
    "iller-bankasi",
    "development-agency",
    "ministry",
    "eu-ipa",
    "international",
    "other",
)
FREQUENCIES = ("3-months", "6-months", "12-months")


def new_key(prefix: str) -> str:
    """A stable, unique item key such as ``a-3f9c1e2b``: never shown as a code, never edited."""
    return f"{prefix}-{secrets.token_hex(4)}"


@dataclass(frozen=True, order=True)
class Quarter:
    """A quarter of a year: the unit of an action's start and end."""

    year: int
    quarter: int  # 1..4

    def __str__(self) -> str:
        return f"{self.year}-Q{self.quarter}"

    @property
    def index(self) -> int:
        """Quarters since year 0: differences give durations."""
        return self.year * 4 + self.quarter - 1

    @classmethod
    def parse(cls, value: str) -> Quarter:
        """``2026-Q1``, ``2026 Q1``, ``Q1 2026``, ``2026/1`` or ``Ç1 2026``; else ValueError."""
        text = str(value).strip().upper().replace("Ç", "Q")
        match = re.fullmatch(r"(\d{4})\s*[-/ ]?\s*Q?([1-4])", text) or re.fullmatch(
            r"Q([1-4])\s*[-/ ]?\s*(\d{4})", text
        )
        if not match:
            raise ValueError(value)
        a, b = match.groups()
        year, quarter = (int(a), int(b)) if len(a) == 4 else (int(b), int(a))
        return cls(year, quarter)


@dataclass(frozen=True)
class QuestionStep:
    """A practice the action addresses and the level step it should bring, for which units."""

    id: str
    from_level: int
    to_level: int
    units: tuple[str, ...] = ()  # empty: the whole organisation (or not known)


@dataclass(frozen=True)
class Indicator:
    """A performance indicator of a target card."""

    code: str
    name: str
    unit: str = ""  # %, count, days...
    formula: str = ""  # how it is computed, or its data source
    source: str = ""  # where the values come from
    effect_percent: float = 100.0  # the indicator's weight in the target (sum 100)
    baseline: float | None = None  # value at plan start
    targets: dict[int, float] = field(default_factory=dict)  # plan year -> target value
    monitoring: str = "6-months"
    reporting: str = "6-months"
    key: str = field(default_factory=lambda: new_key("i"))


@dataclass(frozen=True)
class Action:
    code: str
    title: str
    key: str = field(default_factory=lambda: new_key("a"))
    description: str = ""
    steps: tuple[str, ...] = ()
    output: str = ""
    questions: tuple[QuestionStep, ...] = ()
    responsible_unit: str = ""
    collaborating_units: tuple[str, ...] = ()  # units of the register
    partners: tuple[str, ...] = ()  # outside the municipality: BASKİ, AFAD, universities...
    start: Quarter | None = None
    end: Quarter | None = None
    costs: dict[int, float] = field(default_factory=dict)  # year -> TRY
    funding: str = "own-budget"
    funding_note: str = ""  # e.g. which agency or programme
    component: str = ""  # national-strategy component id
    mission_area: str = ""  # the 2030 plan's mission area, where known
    themes: tuple[str, ...] = ()
    priority: str = "medium"
    status: str = "planned"
    indicator: str = ""  # the performance indicator of the action (free text)

    @property
    def total_cost(self) -> float:
        return sum(self.costs.values())


@dataclass(frozen=True)
class Target:
    code: str
    title: str
    key: str = field(default_factory=lambda: new_key("t"))
    indicators: tuple[Indicator, ...] = ()
    responsible_unit: str = ""
    collaborating_units: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    strategies: tuple[str, ...] = ()
    cost_estimate: float | None = None  # None: the sum of its actions' costs
    findings: tuple[str, ...] = ()
    needs: tuple[str, ...] = ()
    actions: tuple[Action, ...] = ()

    @property
    def total_cost(self) -> float:
        """The card's cost estimate: as typed, else the sum of the actions' costs."""
        if self.cost_estimate is not None:
            return self.cost_estimate
        return sum(a.total_cost for a in self.actions)


@dataclass(frozen=True)
class Goal:
    code: str
    title: str
    key: str = field(default_factory=lambda: new_key("g"))
    description: str = ""
    targets: tuple[Target, ...] = ()


@dataclass(frozen=True)
class Plan:
    title: str
    city: str
    start_year: int = DEFAULT_PERIOD[0]
    end_year: int = DEFAULT_PERIOD[1]
    status: str = "draft"
    version: int = 1
    goals: tuple[Goal, ...] = ()
    key: str = field(default_factory=lambda: new_key("p"))
    round: str = ""  # the assessment round the draft was made from
    questionnaire: str = ""  # id@version
    updated: str = ""

    @property
    def years(self) -> range:
        return range(self.start_year, self.end_year + 1)

    def targets(self) -> list[tuple[Goal, Target]]:
        return [(g, t) for g in self.goals for t in g.targets]

    def actions(self) -> list[tuple[Goal, Target, Action]]:
        return [(g, t, a) for g in self.goals for t in g.targets for a in t.actions]

    def with_changes(self, **changes) -> Plan:
        return replace(self, **changes)

    def find(self, key: str):
        """The goal, target, action or indicator with ``key``, or None."""
        for g in self.goals:
            if g.key == key:
                return g
            for t in g.targets:
                if t.key == key:
                    return t
                for item in (*t.actions, *t.indicators):
                    if item.key == key:
                        return item
        return None
