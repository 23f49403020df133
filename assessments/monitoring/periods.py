"""Monitoring periods: the halves of a plan year (``2027-1`` = January-June 2027)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..plan.model import Quarter

_PATTERN = re.compile(r"^\s*(\d{4})\s*[-/ .]?\s*(?:H|D|Y)?\s*([12])\s*$", re.IGNORECASE)


@dataclass(frozen=True, order=True)
class Period:
    year: int
    half: int  # 1: January-June, 2: July-December

    def __str__(self) -> str:
        return f"{self.year}-{self.half}"

    @classmethod
    def parse(cls, value: str) -> Period:
        """``2027-1``, ``2027/2``, ``2027 H1``; else ValueError."""
        match = _PATTERN.match(str(value))
        if not match:
            raise ValueError(value)
        return cls(int(match.group(1)), int(match.group(2)))

    @property
    def last_quarter(self) -> Quarter:
        """The quarter the period ends with: an action planned to end before it is late."""
        return Quarter(self.year, 2 * self.half)

    def label(self, lang: str) -> str:
        if lang == "tr":
            return f"{self.year} yılı {self.half}. altı ay"
        return f"{self.year}, {'first' if self.half == 1 else 'second'} half"
