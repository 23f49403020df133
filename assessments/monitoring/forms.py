"""``write_forms``: one monitoring form per responsible unit for a period (``layout``).

Each form lists the unit's actions (status, percent done, explanation to fill in) and the
indicators of the targets it is responsible for (the actual value to fill in), with the
baseline and the year's target beside them. Only the yellow cells are unlocked; drop-downs
and number rules guide Excel and LibreOffice users; the hidden identity sheet carries the
plan, period, unit and the digest of the fixed cells, so the collector knows the form and
sees any edit of what was issued.
"""

from __future__ import annotations

import json
from pathlib import Path

from ..atomic import safe_file_name, write_atomically
from ..clock import now_utc
from ..exchange.writing import Look, page_setup, put, set_height, set_widths
from ..messages import MaturityError
from ..plan.layout import quarter_text
from ..plan.model import Plan
from . import layout
from .model import form_units, unit_actions, unit_indicators
from .periods import Period
from .words import STATUS_LABELS, label, sheet


def form_file_name(period: Period, unit: str, lang: str) -> str:
    word = "izleme" if lang == "tr" else "monitoring"
    return f"{word}-{period}-{safe_file_name(unit, 'birim')}.xlsx"


def check_period(plan: Plan, period: Period) -> None:
    if period.year not in plan.years:
        raise MaturityError(
            "mon.period_outside", period=str(period), start=plan.start_year, end=plan.end_year
        )


def write_forms(plan: Plan, period: Period, folder: str | Path, lang: str) -> list[Path]:
    """Every unit's form in ``folder`` (each file written whole or not at all)."""
    check_period(plan, period)
    units = form_units(plan)
    if not units:
        raise MaturityError("mon.no_units")
    folder = Path(folder)
    if not folder.is_dir():
        try:
            folder.mkdir(parents=True)
        except OSError as exc:
            raise MaturityError(
                "x.folder_not_writable", folder=str(folder), detail=exc.strerror or str(exc)
            ) from None
    issued_at = now_utc()
    written = []
    for unit in units:
        book = build_form(plan, period, unit, lang, issued_at)
        written.append(write_atomically(folder / form_file_name(period, unit, lang), book.save))
    return written


def action_rows(plan: Plan, unit: str, lang: str) -> list[list]:
    """The fixed cells of the unit's action rows, as written and as the digest covers them."""
    return [
        [a.code, a.title, t.code, quarter_text(a.start, lang), quarter_text(a.end, lang)]
        for t, a in unit_actions(plan, unit)
    ]


def indicator_rows(plan: Plan, period: Period, unit: str) -> list[list]:
    return [
        [i.code, i.name, t.code, i.unit, i.baseline, i.targets.get(period.year)]
        for t, i in unit_indicators(plan, unit)
    ]


def build_form(plan: Plan, period: Period, unit: str, lang: str, issued_at: str):
    from openpyxl import Workbook

    book = Workbook()
    _info_sheet(book.active, plan, period, unit, lang)
    actions = action_rows(plan, unit, lang)
    indicators = indicator_rows(plan, period, unit)
    _table(book.create_sheet(sheet("actions", lang)), layout.ACTION_COLUMNS, actions, lang)
    _table(book.create_sheet(sheet("indicators", lang)), layout.INDICATOR_COLUMNS, indicators, lang)
    identity = {
        "kind": layout.FORM_KIND,
        "format_version": layout.FORMAT_VERSION,
        "plan_key": plan.key,
        "plan_version": str(plan.version),
        "period": str(period),
        "unit": unit,
        "issued_at": issued_at,
        "lang": lang,
        "fixed_sha256": layout.fixed_digest(actions, indicators),
        "action_keys": json.dumps({a.code: a.key for _t, a in unit_actions(plan, unit)}),
        "indicator_keys": json.dumps({i.code: i.key for _t, i in unit_indicators(plan, unit)}),
    }
    _identity_sheet(book.create_sheet(layout.IDENTITY_SHEET), identity)
    return book


def _info_sheet(ws, plan: Plan, period: Period, unit: str, lang: str) -> None:
    tr = lang == "tr"
    ws.title = sheet("info", lang)
    set_widths(ws, (26, 90))
    page_setup(ws, landscape=False)
    put(ws, 1, 1, "Eylem planı izleme formu" if tr else "Action plan monitoring form")
    ws.cell(1, 1).font = Look.title
    facts = (
        ("Birim" if tr else "Unit", unit),
        ("Dönem" if tr else "Period", period.label(lang)),
        ("Plan" if tr else "Plan", f"{plan.title} ({plan.city} {plan.start_year}-{plan.end_year})"),
    )
    for row, (name, value) in enumerate(facts, start=3):
        put(ws, row, 1, name, font=Look.bold)
        put(ws, row, 2, value, align=Look.wrap)
    statuses = "; ".join(pair[0 if tr else 1] for pair in STATUS_LABELS.values())
    lines = _instructions(lang, statuses)
    for row, line in enumerate(lines, start=8):
        put(ws, row, 1, line, align=Look.wrap)
        ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=2)
        ws.row_dimensions[row].height = 32


def _instructions(lang: str, statuses: str) -> list[str]:
    if lang == "tr":
        return [
            "Yalnızca sarı hücreleri doldurun; kodları, adları, başlangıç ve hedef değerlerini "
            "değiştirmeyin, satır eklemeyin ya da silmeyin.",
            f"Eylemler sayfası, Durum: listeden seçin ({statuses}).",
            "Gerçekleşme (%): eylemin dönem sonuna kadar tamamlanan kısmı, 0 ile 100 arasında.",
            "Göstergeler sayfası, Gerçekleşen değer: göstergenin dönem sonundaki değeri, "
            "göstergenin biriminde (ör. yüzde için 45).",
            "Açıklama: gecikme, iptal ya da sapmanın nedeni; kanıt belgesinin adı.",
            "Dosyayı Excel ya da LibreOffice Calc ile kaydedip Akıllı Şehir Ofisi'ne gönderin.",
        ]
    return [
        "Fill in only the yellow cells; do not change codes, names, baselines or targets, and "
        "do not add or delete rows.",
        f"Actions sheet, Status: pick from the list ({statuses}).",
        "Progress (%): how much of the action is done by the end of the period, 0 to 100.",
        "Indicators sheet, Actual value: the indicator's value at the end of the period, in "
        "its unit (e.g. 45 for a percentage).",
        "Explanation: why an action is late, cancelled or off course; the evidence document.",
        "Save the file in Excel or LibreOffice Calc and send it to the Smart City Office.",
    ]


def _table(ws, columns: tuple[str, ...], rows: list[list], lang: str) -> None:
    from openpyxl.styles import Protection

    inputs = layout.ACTION_INPUTS if "action_code" in columns else layout.INDICATOR_INPUTS
    widths = layout.ACTION_WIDTHS if "action_code" in columns else layout.INDICATOR_WIDTHS
    set_widths(ws, widths)
    page_setup(ws, title_rows="1:2")
    for col, key in enumerate(columns, start=1):
        put(ws, 1, col, label(key, lang), font=Look.header, fill=Look.header_fill)
        ws.cell(1, col).alignment = Look.header_align
        put(ws, 2, col, key, font=Look.key, fill=Look.key_fill, border=Look.box)
    ws.row_dimensions[1].height = 30
    ws.freeze_panes = ws.cell(layout.FIRST_ROW, 2)
    unlocked = Protection(locked=False)
    for offset, fixed in enumerate(rows):
        row = layout.FIRST_ROW + offset
        for col, value in enumerate(fixed, start=1):
            put(ws, row, col, value, align=Look.wrap, border=Look.box)
        for key in inputs:
            cell = ws.cell(row, columns.index(key) + 1)
            cell.fill, cell.border, cell.protection = Look.input_fill, Look.box, unlocked
            cell.alignment = Look.wrap
        set_height(
            ws, row, [(str(v or ""), w, 11) for v, w in zip(fixed, widths, strict=False)], 30
        )
    _rules(ws, columns, len(rows), lang)
    ws.protection.sheet = True  # no password: the digest, not the lock, protects the fixed cells
    ws.protection.formatColumns = ws.protection.formatRows = False


def _rules(ws, columns: tuple[str, ...], count: int, lang: str) -> None:
    from openpyxl.utils import get_column_letter
    from openpyxl.worksheet.datavalidation import DataValidation

    if count == 0:
        return
    last = layout.FIRST_ROW + count - 1

    def area(key: str) -> str:
        letter = get_column_letter(columns.index(key) + 1)
        return f"{letter}{layout.FIRST_ROW}:{letter}{last}"

    tr = lang == "tr"
    if "status" in columns:
        names = ",".join(pair[0 if tr else 1] for pair in STATUS_LABELS.values())
        status = DataValidation(type="list", formula1=f'"{names}"', allow_blank=True)
        status.error = "Listeden bir durum seçin." if tr else "Pick a status from the list."
        status.add(area("status"))
        ws.add_data_validation(status)
        percent = DataValidation(
            type="decimal", operator="between", formula1="0", formula2="100", allow_blank=True
        )
        percent.error = "0 ile 100 arasında bir sayı." if tr else "A number from 0 to 100."
        percent.add(area("progress_percent"))
        ws.add_data_validation(percent)
    if "actual_value" in columns:
        actual = DataValidation(type="decimal", operator="between", allow_blank=True)
        actual.formula1, actual.formula2 = "-1E+15", "1E+15"
        actual.error = "Bir sayı yazın." if tr else "Write a number."
        actual.add(area("actual_value"))
        ws.add_data_validation(actual)


def _identity_sheet(ws, identity: dict[str, str]) -> None:
    for row, key in enumerate(layout.IDENTITY_KEYS, start=1):
        put(ws, row, 1, key)
        put(ws, row, 2, identity[key])
    ws.sheet_state = "veryHidden"
