"""Round over round (issue 15, item 6): when the database holds an earlier round, the
consolidated workbook gets a comparison sheet: the city and each unit, per dimension and
overall, earlier round, this round, the change and a verdict (improved / unchanged /
declined). Only units assessed in both rounds are compared unit by unit; the city rows compare
the two rounds' city figures as each round's workbook states them."""

from __future__ import annotations

from dataclasses import dataclass

from .. import turkish
from ..clock import round_key
from .city_figures import Consolidation
from .words import word

UNCHANGED_WITHIN = 0.05  # levels 0..5: a smaller move is rounding, not progress


@dataclass(frozen=True)
class ComparisonRow:
    scope: str  # "" for the city, else the unit
    dimension_id: str  # "" for overall
    earlier: float | None
    now: float | None

    @property
    def change(self) -> float | None:
        return None if self.earlier is None or self.now is None else self.now - self.earlier

    @property
    def verdict(self) -> str | None:
        change = self.change
        if change is None:
            return None
        if abs(change) < UNCHANGED_WITHIN:
            return "unchanged"
        return "improved" if change > 0 else "declined"


def earlier_round(data: Consolidation) -> str | None:
    """The latest round before the workbook's own, if the database holds one."""
    before = [r for r in data.rounds if round_key(r) < round_key(data.round)]
    return max(before, key=round_key) if before else None


def _unit_scores(unit) -> dict[str, float | None]:
    scores = {d.dimension_id: d.current for d in unit.score.dimensions if d.in_scope}
    scores[""] = unit.score.current
    return scores


def compare(now: Consolidation, earlier: Consolidation) -> list[ComparisonRow]:
    """City rows first (overall, then each dimension), then each unit in both rounds."""
    dims = [d.id for d in now.questionnaire.dimensions]
    rows = [ComparisonRow("", "", earlier.city.current, now.city.current)]
    rows += [
        ComparisonRow("", d, earlier.city.dimension(d).mean, now.city.dimension(d).mean)
        for d in dims
    ]
    before = {u.unit: _unit_scores(u) for u in earlier.units}
    for unit in sorted(now.units, key=lambda u: turkish.sort_key(u.unit)):
        if unit.unit not in before:
            continue
        scores = _unit_scores(unit)
        for d in ("", *dims):
            rows.append(ComparisonRow(unit.unit, d, before[unit.unit].get(d), scores.get(d)))
    return rows


def write_sheet(ws, cells, rows: list[ComparisonRow], now: Consolidation, earlier: str, lang: str):
    """The comparison sheet (write-only ``ws``; ``cells`` the workbook's cell maker)."""
    from ..exchange.writing import page_setup, set_widths

    q = now.questionnaire
    names = {d.id: d.name.get(lang) for d in q.dimensions}
    set_widths(ws, [34, 30, 12, 12, 12, 14])
    page_setup(ws, title_rows="3:3", landscape=False)
    ws.append([cells(ws, word("cmp_title", lang).format(earlier=earlier, now=now.round), "title")])
    ws.append([cells(ws, word("cmp_note", lang), "note")])
    ws.merged_cells.add("A2:F2")
    ws.row_dimensions[2].height = 40
    head = [word("cmp_scope", lang), word("dimension", lang), earlier, now.round]
    head += [word("cmp_change", lang), word("cmp_verdict", lang)]
    ws.append([cells(ws, h, "header_left" if i < 2 else "header") for i, h in enumerate(head)])
    ws.row_dimensions[3].height = 30
    ws.freeze_panes = "C4"
    for row in rows:
        scope = row.scope or word("cmp_city", lang)
        dimension = names.get(row.dimension_id, word("cmp_overall", lang))
        bold = "text_bold" if not row.dimension_id else "text"
        verdict = word(f"cmp_{row.verdict}", lang) if row.verdict else word("cmp_no_score", lang)
        ws.append(
            [
                cells(ws, scope, bold),
                cells(ws, dimension, bold),
                *[
                    cells(ws, "-" if v is None else v, "num2")
                    for v in (row.earlier, row.now, row.change)
                ],
                cells(ws, verdict, "centre"),
            ]
        )
    ws.auto_filter.ref = f"A3:F{3 + len(rows)}"
