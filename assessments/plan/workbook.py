"""The action-plan workbook: overview, target cards in the guide's layout, the action table,
costs per goal/target/year and per funding source, a timeline (Gantt by conditional
formatting), and the editable sheets that ``workbook_import`` reads back (layout.py).

A4 landscape, Turkish by default; user text is always text, never a formula; written at once
(``atomic.write_atomically``) or not at all.
"""

from __future__ import annotations

from pathlib import Path

from ..atomic import write_atomically
from ..exchange.writing import Look, page_setup, put, table_header, text_height
from ..questionnaire import Questionnaire
from . import layout
from .layout import FIRST_ROW, SHEETS, columns, heading, quarter_text
from .model import FREQUENCIES, FUNDING, PRIORITIES, Action, Plan, Target
from .words import label

_T = {
    "overview": ("Genel Bakış", "Overview"),
    "cards": ("Hedef Kartları", "Target Cards"),
    "costs": ("Maliyet", "Costs"),
    "timeline": ("Takvim", "Timeline"),
    "city": ("Şehir", "City"),
    "period": ("Plan dönemi", "Plan period"),
    "status": ("Durum", "Status"),
    "version": ("Sürüm", "Version"),
    "round": ("Değerlendirme dönemi", "Assessment round"),
    "questionnaire": ("Soru seti", "Questionnaire"),
    "counts": ("Amaç / hedef / eylem", "Goals / targets / actions"),
    "total": ("Toplam tahmini maliyet (TL)", "Total estimated cost (TRY)"),
    "how": (
        "Düzenleme: Amaçlar, Hedefler, Göstergeler ve Eylemler sayfalarındaki hücreleri "
        "değiştirin; "
        "yeni satırda anahtar hücresini boş bırakın; satırı silmek öğeyi siler. Ardından: "
        "maturity plan import <dosya>. Hedef kartları, maliyet ve takvim sayfaları içe aktarmada "
        "okunmaz; yeniden yazıldıklarında güncellenir.",
        "Editing: change cells on the Goals, Targets, Indicators and Actions sheets; leave the key "
        "cell empty on a new row; deleting a row deletes the item. Then: maturity plan import "
        "<file>. The target-card, cost and timeline sheets are not read on import; they are "
        "rewritten from the plan.",
    ),
    "goal": ("Amaç", "Goal"),
    "target": ("Hedef", "Target"),
    "indicators": ("Performans göstergeleri", "Performance indicators"),
    "card_cost": ("Maliyet tahmini (TL)", "Cost estimate (TRY)"),
    "actions": ("Eylemler", "Actions"),
    "by_target": (
        "Amaç ve hedeflere göre tahmini maliyet (TL)",
        "Estimated cost by goal and target (TRY)",
    ),
    "by_funding": ("Finansman kaynaklarına göre (TL)", "By funding source (TRY)"),
    "sum": ("Toplam", "Total"),
    "item": ("Amaç / hedef", "Goal / target"),
    "source": ("Kaynak", "Source"),
}
MONEY = "#,##0"
GANTT_FILL = "2F5597"


def _t(key: str, lang: str) -> str:
    return _T[key][0 if lang == "tr" else 1]


def _lines(values) -> str:
    return "\n".join(values)


def _label_row(ws, row: int, text: str, value, width_cols: int, lang: str) -> None:
    put(ws, row, 1, text, font=Look.bold, fill=Look.pale_fill, border=Look.box, align=Look.wrap)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=width_cols)
    cell = put(ws, row, 2, value, border=Look.box, align=Look.wrap)
    if isinstance(value, (int, float)):
        cell.number_format = MONEY
    ws.row_dimensions[row].height = text_height([(str(value), 100, 11)])


def _overview(ws, plan: Plan, lang: str) -> None:
    ws.column_dimensions["A"].width = 34
    ws.column_dimensions["B"].width = 90
    put(ws, 1, 1, plan.title, font=Look.title)
    actions = plan.actions()
    rows = [
        (_t("city", lang), plan.city),
        (_t("period", lang), f"{plan.start_year}-{plan.end_year}"),
        (_t("status", lang), label(plan.status, lang)),
        (_t("version", lang), str(plan.version)),
        (_t("round", lang), plan.round),
        (_t("questionnaire", lang), plan.questionnaire),
        (_t("counts", lang), f"{len(plan.goals)} / {len(plan.targets())} / {len(actions)}"),
        (_t("total", lang), sum(a.total_cost for _, _, a in actions)),
    ]
    for i, (name, value) in enumerate(rows, start=3):
        put(ws, i, 1, name, font=Look.bold, border=Look.box)
        cell = put(ws, i, 2, value, border=Look.box, align=Look.left)
        if isinstance(value, float):
            cell.number_format = MONEY
    note = put(ws, len(rows) + 4, 1, _t("how", lang), font=Look.note, align=Look.wrap)
    ws.merge_cells(start_row=note.row, start_column=1, end_row=note.row, end_column=2)
    ws.row_dimensions[note.row].height = 75
    page_setup(ws, one_page=True)


def _card(ws, row: int, goal, target: Target, plan: Plan, lang: str) -> int:
    """One target card (the guide's Hedef Kartı) from ``row``; returns the next free row."""
    years = list(plan.years)
    width = 5 + len(years)
    _label_row(ws, row, _t("goal", lang), f"{goal.code} {goal.title}", width, lang)
    _label_row(ws, row + 1, _t("target", lang), f"{target.code} {target.title}", width, lang)
    row += 2
    head = [
        _t("indicators", lang),
        heading("effect_percent", lang),
        heading("baseline", lang),
        *[str(y) for y in years],
        heading("monitoring", lang),
        heading("reporting", lang),
    ]
    table_header(ws, row, head)
    ws.row_dimensions[row].height = 42
    for indicator in target.indicators:
        row += 1
        name = f"{indicator.code} {indicator.name}" + (
            f" ({indicator.unit})" if indicator.unit else ""
        )
        values = [
            name,
            indicator.effect_percent,
            indicator.baseline,
            *[indicator.targets.get(y) for y in years],
            label(indicator.monitoring, lang),
            label(indicator.reporting, lang),
        ]
        for col, value in enumerate(values, start=1):
            put(ws, row, col, value, border=Look.box, align=Look.wrap if col == 1 else Look.centre)
        ws.row_dimensions[row].height = text_height([(name, 40, 11)])
    row += 1
    for key, value in (
        ("responsible_unit", target.responsible_unit),
        ("collaborating_units", ", ".join(target.collaborating_units)),
        ("risks", _lines(target.risks)),
        ("strategies", _lines(target.strategies)),
        ("card_cost", target.total_cost),
        ("findings", _lines(target.findings)),
        ("needs", _lines(target.needs)),
        ("actions", _lines(f"{a.code} {a.title}" for a in target.actions)),
    ):
        text = _t(key, lang) if key in _T else heading(key, lang)
        _label_row(ws, row, text, value, width, lang)
        row += 1
    return row + 1


def _cards(ws, plan: Plan, lang: str) -> None:
    from openpyxl.worksheet.pagebreak import Break

    widths = [40, 12, 14] + [10] * len(plan.years) + [14, 14]
    for col, w in enumerate(widths, start=1):
        ws.column_dimensions[ws.cell(1, col).column_letter].width = w
    row = 1
    for goal, target in plan.targets():
        row = _card(ws, row, goal, target, plan, lang)
        ws.row_breaks.append(Break(id=row - 1))  # one card a page
    page_setup(ws)


def questions_text(action: Action) -> str:
    """One line per practice: ``VERI-01 2→4: Unit A; Unit B`` (what the importer parses)."""
    return _lines(
        f"{s.id} {s.from_level}→{s.to_level}" + (f": {'; '.join(s.units)}" if s.units else "")
        for s in action.questions
    )


def _named(vocab: dict, value: str, lang: str) -> str:
    names = vocab.get(value)
    return names[1 if lang == "tr" else 2] if names else value


def _rows(sheet: str, plan: Plan, lang: str, qn: Questionnaire | None):
    """(values by key, kind) for each row of an editable sheet."""
    years = list(plan.years)
    comps, tags = layout.vocabulary(qn, "component"), layout.vocabulary(qn, "tag")
    for goal in plan.goals:
        if sheet == "goals":
            yield {
                "key": goal.key,
                "code": goal.code,
                "title": goal.title,
                "description": goal.description,
            }
        for target in goal.targets:
            if sheet == "targets":
                yield {
                    "key": target.key,
                    "goal": goal.code,
                    "code": target.code,
                    "title": target.title,
                    "responsible_unit": target.responsible_unit,
                    "collaborating_units": _lines(target.collaborating_units),
                    "risks": _lines(target.risks),
                    "strategies": _lines(target.strategies),
                    "cost_estimate": target.cost_estimate,
                    "findings": _lines(target.findings),
                    "needs": _lines(target.needs),
                }
            for i in target.indicators if sheet == "indicators" else ():
                yield {
                    "key": i.key,
                    "target": target.code,
                    "code": i.code,
                    "name": i.name,
                    "unit": i.unit,
                    "formula": i.formula,
                    "source": i.source,
                    "effect_percent": i.effect_percent,
                    "baseline": i.baseline,
                    **{f"target_{y}": i.targets.get(y) for y in years},
                    "monitoring": label(i.monitoring, lang),
                    "reporting": label(i.reporting, lang),
                }
            for a in target.actions if sheet == "actions" else ():
                yield {
                    "key": a.key,
                    "target": target.code,
                    "code": a.code,
                    "title": a.title,
                    "description": a.description,
                    "steps": _lines(a.steps),
                    "output": a.output,
                    "questions": questions_text(a),
                    "responsible_unit": a.responsible_unit,
                    "collaborating_units": _lines(a.collaborating_units),
                    "partners": _lines(a.partners),
                    "start": quarter_text(a.start, lang),
                    "end": quarter_text(a.end, lang),
                    **{f"cost_{y}": a.costs.get(y) for y in years},
                    "funding": label(a.funding, lang),
                    "funding_note": a.funding_note,
                    "component": _named(comps, a.component, lang),
                    "mission_area": a.mission_area,
                    "themes": ", ".join(_named(tags, t, lang) for t in a.themes),
                    "priority": label(a.priority, lang),
                    "status": label(a.status, lang),
                    "indicator": a.indicator,
                }


WIDE = {
    "title": 40,
    "description": 40,
    "steps": 60,
    "output": 40,
    "questions": 40,
    "risks": 36,
    "strategies": 36,
    "findings": 44,
    "needs": 30,
    "collaborating_units": 34,
    "partners": 24,
    "name": 36,
    "formula": 36,
    "source": 24,
    "responsible_unit": 28,
    "indicator": 30,
}


def _editable(ws, sheet: str, plan: Plan, lang: str, qn) -> None:
    from openpyxl.utils import get_column_letter

    keys = columns(sheet, plan.years)
    table_header(ws, 1, [heading(key, lang) for key in keys])
    for col, key in enumerate(keys, start=1):
        put(ws, 2, col, key, font=Look.key, fill=Look.key_fill, border=Look.box)
        ws.column_dimensions[get_column_letter(col)].width = WIDE.get(
            key, 14 if key != "key" else 12
        )
    ws.row_dimensions[1].height = 45
    row = FIRST_ROW - 1
    for row, values in enumerate(_rows(sheet, plan, lang, qn), start=FIRST_ROW):
        for col, key in enumerate(keys, start=1):
            value = values.get(key)
            if key == "total":
                first, last = (
                    keys.index(f"cost_{plan.start_year}") + 1,
                    keys.index(f"cost_{plan.end_year}") + 1,
                )
                value = f"=SUM({get_column_letter(first)}{row}:{get_column_letter(last)}{row})"
                ws.cell(row, col, value).number_format = MONEY  # our own formula, never user text
                ws.cell(row, col).border = Look.box
                continue
            cell = put(
                ws,
                row,
                col,
                value,
                border=Look.box,
                align=Look.wrap,
                font=Look.key if key == "key" else None,
            )
            if key.startswith("cost_") or key == "cost_estimate":
                cell.number_format = MONEY
        ws.row_dimensions[row].height = text_height(
            [(str(values.get(k) or ""), WIDE.get(k, 14), 11) for k in keys if k in WIDE]
        )
    _choices(ws, keys, row, lang)
    ws.freeze_panes = ws.cell(FIRST_ROW, 4)
    page_setup(ws, title_rows="1:1")


def _choices(ws, keys: list[str], last_row: int, lang: str) -> None:
    """Drop-down lists for the fixed lists (a typed label or id is accepted on import too)."""
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    from .model import ACTION_STATUSES

    lists = {
        "funding": FUNDING,
        "priority": PRIORITIES,
        "status": ACTION_STATUSES,
        "monitoring": FREQUENCIES,
        "reporting": FREQUENCIES,
    }
    for key, choices in lists.items():
        if key not in keys:
            continue
        letter = get_column_letter(keys.index(key) + 1)
        check = DataValidation(
            type="list",
            allow_blank=True,
            formula1='"' + ",".join(label(c, lang) for c in choices) + '"',
        )
        check.add(f"{letter}{FIRST_ROW}:{letter}{max(last_row, FIRST_ROW) + 200}")
        ws.add_data_validation(check)


def cost_by_target(plan: Plan) -> list[tuple[str, str, bool, dict[int, float]]]:
    """(code, title, is_goal, cost per year) rows: each goal, then its targets."""
    rows = []
    for goal in plan.goals:
        per_target = []
        for target in goal.targets:
            years = {y: sum(a.costs.get(y, 0.0) for a in target.actions) for y in plan.years}
            per_target.append((target.code, target.title, False, years))
        total = {y: sum(r[3][y] for r in per_target) for y in plan.years}
        rows += [(goal.code, goal.title, True, total), *per_target]
    return rows


def cost_by_funding(plan: Plan) -> dict[str, dict[int, float]]:
    found = {f: {y: 0.0 for y in plan.years} for f in FUNDING}
    for _, _, a in plan.actions():
        for year, cost in a.costs.items():
            if year in found[a.funding]:
                found[a.funding][year] += cost
    return found


def _cost_table(ws, row: int, title: str, lines, years, lang: str) -> int:
    put(ws, row, 1, title, font=Look.section)
    row += 1
    head = [_t("item", lang), *[str(y) for y in years], _t("sum", lang)]
    table_header(ws, row, head)
    totals = {y: 0.0 for y in years}
    for name, bold, values, counted in lines:
        row += 1
        put(ws, row, 1, name, border=Look.box, align=Look.wrap, font=Look.bold if bold else None)
        for col, y in enumerate(years, start=2):
            put(
                ws,
                row,
                col,
                values[y],
                border=Look.box,
                number_format=MONEY,
                font=Look.bold if bold else None,
            )
            totals[y] += values[y] if counted else 0
        put(
            ws,
            row,
            len(years) + 2,
            sum(values.values()),
            border=Look.box,
            number_format=MONEY,
            font=Look.bold,
        )
        ws.row_dimensions[row].height = text_height([(name, 60, 11)])
    row += 1
    put(ws, row, 1, _t("sum", lang), font=Look.bold, border=Look.box, fill=Look.pale_fill)
    for col, y in enumerate(years, start=2):
        put(
            ws,
            row,
            col,
            totals[y],
            font=Look.bold,
            border=Look.box,
            number_format=MONEY,
            fill=Look.pale_fill,
        )
    put(
        ws,
        row,
        len(years) + 2,
        sum(totals.values()),
        font=Look.bold,
        border=Look.box,
        number_format=MONEY,
        fill=Look.pale_fill,
    )
    return row + 2


def _costs(ws, plan: Plan, lang: str) -> None:
    years = list(plan.years)
    ws.column_dimensions["A"].width = 60
    for col in range(2, len(years) + 3):
        ws.column_dimensions[ws.cell(1, col).column_letter].width = 15
    lines = [
        (f"{code} {title}", is_goal, values, not is_goal)
        for code, title, is_goal, values in cost_by_target(plan)
    ]
    row = _cost_table(ws, 1, _t("by_target", lang), lines, years, lang)
    funding = [(label(f, lang), False, values, True) for f, values in cost_by_funding(plan).items()]
    _cost_table(ws, row, _t("by_funding", lang), funding, years, lang)
    page_setup(ws)


def _timeline(ws, plan: Plan, lang: str) -> None:
    """Action rows x quarter columns; a bar where the quarter lies between start and end,
    drawn by conditional formatting from the hidden index columns D and E."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill
    from openpyxl.utils import get_column_letter

    quarters = [(y, q) for y in plan.years for q in range(1, 5)]
    head = [
        heading("code", lang),
        heading("title", lang),
        heading("responsible_unit", lang),
        "",
        "",
    ]
    quarter = "Ç" if lang == "tr" else "Q"
    table_header(ws, 1, head + [f"{quarter}{q}\n’{str(y)[2:]}" for y, q in quarters])
    for col, (y, q) in enumerate(quarters, start=6):
        put(ws, 2, col, y * 4 + q - 1, font=Look.key)
        ws.column_dimensions[get_column_letter(col)].width = 5
    ws.row_dimensions[1].height = 30
    ws.row_dimensions[2].hidden = True
    for col, width in zip("ABCDE", (9, 48, 30, 5, 5), strict=True):
        ws.column_dimensions[col].width = width
    ws.column_dimensions["D"].hidden = ws.column_dimensions["E"].hidden = True
    row = 2
    for row, (_, _, a) in enumerate(plan.actions(), start=3):
        put(ws, row, 1, a.code, border=Look.box, align=Look.top)
        put(ws, row, 2, a.title, border=Look.box, align=Look.wrap)
        put(ws, row, 3, a.responsible_unit, border=Look.box, align=Look.wrap)
        put(ws, row, 4, a.start.index if a.start else None)
        put(ws, row, 5, a.end.index if a.end else None)
        for col in range(6, 6 + len(quarters)):
            ws.cell(row, col).border = Look.box
        ws.row_dimensions[row].height = text_height(
            [(a.title, 48, 11), (a.responsible_unit, 30, 11)]
        )
    last = get_column_letter(5 + len(quarters))
    ws.conditional_formatting.add(
        f"F3:{last}{max(row, 3)}",
        FormulaRule(
            formula=["AND(ISNUMBER($D3),F$2>=$D3,F$2<=$E3)"],
            fill=PatternFill("solid", fgColor=GANTT_FILL, bgColor=GANTT_FILL),
        ),
    )
    ws.freeze_panes = "F3"
    page_setup(ws, title_rows="1:1", one_page=False)


def _meta(wb, plan: Plan) -> None:
    ws = wb.create_sheet(layout.META_SHEET)
    values = {
        "format": layout.FORMAT,
        "plan_key": plan.key,
        "version": str(plan.version),
        "start_year": str(plan.start_year),
        "end_year": str(plan.end_year),
    }
    for row, (key, value) in enumerate(values.items(), start=1):
        put(ws, row, 1, key)
        put(ws, row, 2, value)
    ws.sheet_state = "veryHidden"


def build_workbook(plan: Plan, lang: str = "tr", questionnaire: Questionnaire | None = None):
    from openpyxl import Workbook

    wb = Workbook()
    i = 0 if lang == "tr" else 1
    wb.active.title = _t("overview", lang)
    _overview(wb.active, plan, lang)
    _cards(wb.create_sheet(_t("cards", lang)), plan, lang)
    _editable(wb.create_sheet(SHEETS["actions"][i]), "actions", plan, lang, questionnaire)
    _costs(wb.create_sheet(_t("costs", lang)), plan, lang)
    _timeline(wb.create_sheet(_t("timeline", lang)), plan, lang)
    for sheet in ("indicators", "targets", "goals"):
        _editable(wb.create_sheet(SHEETS[sheet][i]), sheet, plan, lang, questionnaire)
    _meta(wb, plan)
    return wb


def write_workbook(
    plan: Plan, path: str | Path, lang: str = "tr", questionnaire: Questionnaire | None = None
) -> Path:
    wb = build_workbook(plan, lang, questionnaire)
    return write_atomically(path, lambda temp: wb.save(temp))
