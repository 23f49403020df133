"""``write_monitor_workbook``: the monitoring workbook of a period, for the coordinator and
top management: a status board (plan, goals and targets with their realisation rates and
traffic lights, action status counts), the indicator table, the delayed actions, the units
that have not reported, and the plan's rate over the periods so far. A4 landscape, one page
wide; written whole or not at all."""

from __future__ import annotations

from pathlib import Path

from openpyxl.styles import PatternFill

from ..atomic import write_atomically
from ..exchange.writing import Look, page_setup, put, set_height, set_widths, table_header
from ..formatting import percent
from ..plan.words import label as plan_label
from .model import STATUSES
from .rates import PeriodMeasure, light
from .words import label, sheet

LIGHT_FILLS = {
    "green": PatternFill("solid", fgColor="C6EFCE"),
    "amber": PatternFill("solid", fgColor="FFEB9C"),
    "red": PatternFill("solid", fgColor="FFC7CE"),
}
INDICATOR_WIDTHS = (9, 10, 40, 10, 11, 11, 12, 12, 9, 36)
DELAYED_WIDTHS = (10, 46, 30, 13, 14, 12, 40)
EFFECT_WIDTHS = (10, 40, 10, 11, 11, 10, 10, 10, 12, 14)
EFFECT_KEYS = ("action_code", "action_title", "practice", "planned_step", "units_compared")
EFFECT_KEYS += ("", "", "change", "reached", "moved")
LIGHT_WORDS = {
    "green": ("Yeşil", "Green"),
    "amber": ("Sarı", "Amber"),
    "red": ("Kırmızı", "Red"),
}


def _rate(ws, row: int, col: int, rate: float | None, light: str | None, lang: str) -> None:
    words = LIGHT_WORDS.get(light, ("", ""))[0 if lang == "tr" else 1]
    put(ws, row, col, percent(rate, lang), border=Look.box, fill=LIGHT_FILLS.get(light))
    put(ws, row, col + 1, words, border=Look.box, fill=LIGHT_FILLS.get(light))


def _row(ws, row: int, values, widths) -> None:
    """One table row of wrapped cells, as tall as its longest text needs."""
    for col, value in enumerate(values, start=1):
        put(ws, row, col, value, border=Look.box, align=Look.wrap)
    set_height(ws, row, [(str(v or ""), w, 11) for v, w in zip(values, widths, strict=False)])


def _title(ws, text: str, measure: PeriodMeasure, lang: str) -> int:
    put(ws, 1, 1, text, font=Look.title)
    put(ws, 2, 1, measure.period.label(lang), font=Look.subtitle)
    return 4


def _board(ws, measure: PeriodMeasure, lang: str) -> None:
    tr = lang == "tr"
    set_widths(ws, (12, 60, 14, 12))
    page_setup(ws)
    row = _title(ws, "İzleme durum panosu" if tr else "Monitoring status board", measure, lang)
    put(ws, row, 1, "Plan", font=Look.bold)
    put(ws, row, 2, measure.plan_title, font=Look.bold, align=Look.wrap)
    _rate(ws, row, 3, measure.plan_rate, light(measure.plan_rate), lang)
    row += 2
    table_header(ws, row, [plan_label("code", lang), label("goal_target", lang)])
    table_header(ws, row, [label("rate", lang), label("light", lang)], first_col=3)
    for goal in measure.goals:
        row += 1
        put(ws, row, 1, goal.goal.code, font=Look.bold, border=Look.box)
        put(ws, row, 2, goal.goal.title, font=Look.bold, border=Look.box, align=Look.wrap)
        _rate(ws, row, 3, goal.rate, goal.light, lang)
        for target in (t for t in measure.targets if t.goal.key == goal.goal.key):
            row += 1
            put(ws, row, 1, target.target.code, border=Look.box)
            put(ws, row, 2, target.target.title, border=Look.box, align=Look.wrap)
            _rate(ws, row, 3, target.rate, target.light, lang)
    row += 2
    table_header(ws, row, [plan_label("status", lang), "", "Eylem" if tr else "Actions"])
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
    counts = measure.status_counts()
    for status in (*STATUSES, None):
        row += 1
        name = label(status, lang) if status else ("Rapor edilmedi" if tr else "Not reported")
        put(ws, row, 1, name, border=Look.box)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        put(ws, row, 3, counts.get(status, 0), border=Look.box)
    row += 2
    for colour in ("green", "amber", "red"):
        put(ws, row, 1, label(colour, lang), fill=LIGHT_FILLS[colour], font=Look.small)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        row += 1


def _indicators(ws, measure: PeriodMeasure, lang: str) -> None:
    keys = ("target_code", "indicator_code", "indicator_name", "measure", "baseline")
    keys += ("target_value", "actual_value", "rate", "light", "explanation")
    set_widths(ws, INDICATOR_WIDTHS)
    page_setup(ws, title_rows="4:4")
    _title(ws, sheet("indicators", lang), measure, lang)
    table_header(ws, 4, [label(k, lang) for k in keys])
    row = 4
    for target in measure.targets:
        for item in target.indicators:
            row += 1
            values = (
                target.target.code,
                item.indicator.code,
                item.indicator.name,
                item.indicator.unit,
                item.indicator.baseline,
                item.target_value,
                item.actual,
            )
            _row(ws, row, (*values, None, None, item.explanation), INDICATOR_WIDTHS)
            _rate(ws, row, 8, item.rate, item.light, lang)


def _delayed(ws, measure: PeriodMeasure, lang: str) -> None:
    keys = ("action_code", "action_title", "unit", "planned_end", "status")
    keys += ("progress_percent", "explanation")
    set_widths(ws, DELAYED_WIDTHS)
    page_setup(ws, title_rows="4:4")
    _title(ws, sheet("delayed", lang), measure, lang)
    table_header(ws, 4, [label(k, lang) for k in keys])
    from ..plan.layout import quarter_text

    row = 4
    for state in (s for s in measure.actions if s.delayed):
        row += 1
        status = label(state.status, lang) if state.status else "—"
        values = (
            state.action.code,
            state.action.title,
            state.action.responsible_unit,
            quarter_text(state.action.end, lang),
            status,
            state.percent,
            state.explanation,
        )
        _row(ws, row, values, DELAYED_WIDTHS)


def _missing(ws, measure: PeriodMeasure, lang: str) -> None:
    set_widths(ws, (50,))
    page_setup(ws, landscape=False)
    _title(ws, sheet("missing", lang), measure, lang)
    table_header(ws, 4, [label("unit", lang)])
    for row, unit in enumerate(measure.missing_units, start=5):
        put(ws, row, 1, unit, border=Look.box)


def _trend(ws, measures: list[PeriodMeasure], lang: str) -> None:
    set_widths(ws, (26, 14, 12))
    page_setup(ws, landscape=False)
    put(ws, 1, 1, sheet("trend", lang), font=Look.title)
    table_header(ws, 3, ["Dönem" if lang == "tr" else "Period", label("rate", lang)])
    table_header(ws, 3, [label("light", lang)], first_col=3)
    for row, m in enumerate(measures, start=4):
        put(ws, row, 1, m.period.label(lang), border=Look.box)
        _rate(ws, row, 2, m.plan_rate, light(m.plan_rate), lang)


def _effects(ws, effects, rounds: tuple[str, str], lang: str) -> None:
    """Per action and practice: the planned step and the levels before and after."""
    tr = lang == "tr"
    before, after = rounds
    set_widths(ws, EFFECT_WIDTHS)
    page_setup(ws, title_rows="4:4")
    title = "Olgunluk etkisi" if tr else "Effect on maturity"
    put(ws, 1, 1, title, font=Look.title)
    note = (
        f"{before} dönemi ile {after} dönemi: eylemin ele aldığı uygulamada ilgili birimlerin "
        "ortalama mevcut düzeyi (iki dönemde de yanıt veren birimler)."
        if tr
        else f"Round {before} against round {after}: the mean current level of the units "
        "concerned in each practice the action addresses (units that answered in both)."
    )
    put(ws, 2, 1, note, font=Look.subtitle)
    heads = [label(k, lang) for k in EFFECT_KEYS[:4]]
    heads += [f"{label('units_compared', lang)}", before, after]
    heads += [label(k, lang) for k in EFFECT_KEYS[7:]]
    table_header(ws, 4, heads)
    row = 4
    for effect in effects:
        for step in effect.steps:
            row += 1
            values = (
                effect.action.code,
                effect.action.title,
                step.question_id,
                f"{step.planned_from} → {step.planned_to}",
                len(step.units),
                step.before,
                step.after,
                step.change,
                _yes_no(step.reached, lang),
                _yes_no(effect.moved, lang),
            )
            _row(ws, row, values, EFFECT_WIDTHS)
            for col in (6, 7, 8):
                ws.cell(row, col).number_format = "0.00"
            if step.change is not None:
                fill = LIGHT_FILLS["green" if step.change > 0 else "red"]
                ws.cell(row, 8).fill = fill


def _yes_no(value: bool | None, lang: str) -> str:
    if value is None:
        return "—"
    return ("Evet" if value else "Hayır") if lang == "tr" else ("Yes" if value else "No")


def write_monitor_workbook(
    measure: PeriodMeasure,
    history: list[PeriodMeasure],
    path: str | Path,
    lang: str,
    effects=None,
) -> Path:
    """``effects``: (action effects, (plan round, later round)) when a later round exists."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.title = sheet("board", lang)
    _board(book.active, measure, lang)
    _indicators(book.create_sheet(sheet("indicators", lang)), measure, lang)
    _delayed(book.create_sheet(sheet("delayed", lang)), measure, lang)
    _missing(book.create_sheet(sheet("missing", lang)), measure, lang)
    _trend(book.create_sheet(sheet("trend", lang)), history, lang)
    if effects is not None:
        _effects(book.create_sheet(sheet("effect", lang)), *effects, lang)
    return write_atomically(path, book.save)
