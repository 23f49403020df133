"""The Word document "Akıllı Şehir Eylem Planı" (python-docx): cover, table of contents,
method, current state (city radar, unit x dimension heat map, dimension table, strengths and
weaknesses, compliance gaps), goals-targets-actions with the target cards as real Word tables,
costing, timeline, monitoring; placeholders for the foreword and the approvals. Editable in Word
and LibreOffice; a PDF through LibreOffice headless where it is installed.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import tempfile
from pathlib import Path

from ..atomic import write_atomically
from ..formatting import number
from ..messages import MaturityError
from ..questionnaire import Questionnaire
from .document_words import W
from .layout import quarter_text
from .model import Plan, Target
from .state import RoundState
from .words import label
from .workbook import cost_by_funding, cost_by_target, questions_text


def _w(key: str, lang: str, **params) -> str:
    tr, en = W[key]
    return (tr if lang == "tr" else en).format(**params)


def _money(value: float, lang: str) -> str:
    text = f"{value:,.0f}"
    return text.replace(",", ".") if lang == "tr" else text


def _shade(cell, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), colour)
    cell._tc.get_or_add_tcPr().append(shading)


def _table(doc, head: list[str], rows: list[list], widths=None, size: float = 9):
    from docx.shared import Pt

    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Table Grid"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
        _shade(cell, "1F3864")
        for run in cell.paragraphs[0].runs:
            run.font.bold, run.font.size = True, Pt(size)
            run.font.color.rgb = _white()
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values, strict=True):
            cell.text = "" if value is None else str(value)
            for paragraph in cell.paragraphs:
                for run in paragraph.runs:
                    run.font.size = Pt(size)
    if widths:
        _widths(table, widths)
    return table


def _widths(table, widths) -> None:
    """Column widths that Word and LibreOffice both keep: the grid and every cell."""
    from docx.shared import Cm

    table.autofit = False
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        spans: dict[int, list] = {}  # a merged cell spans several grid columns
        for cell, width in zip(row.cells, widths, strict=False):
            spans.setdefault(id(cell._tc), [cell, 0.0])[1] += width
        for cell, width in spans.values():
            cell.width = Cm(width)


def _white():
    from docx.shared import RGBColor

    return RGBColor(0xFF, 0xFF, 0xFF)


def _toc(doc, plan: Plan, lang: str) -> None:
    """A real TOC field (Word and LibreOffice update it: F9 / Tools > Update); its cached text
    lists the chapters so the document reads right before the first update."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    doc.add_heading(_w("toc", lang), level=1)
    paragraph = doc.add_paragraph()

    def char(kind: str):
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        run = OxmlElement("w:r")
        run.append(element)
        paragraph._p.append(run)

    char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = 'TOC \\o "1-2" \\h \\z \\u'
    run = OxmlElement("w:r")
    run.append(instr)
    paragraph._p.append(run)
    char("separate")
    cached = OxmlElement("w:r")
    text = OxmlElement("w:t")
    text.set(qn("xml:space"), "preserve")
    text.text = _w("toc_hint", lang)
    cached.append(text)
    paragraph._p.append(cached)
    char("end")
    for key in (
        "foreword",
        "method",
        "state",
        "goals",
        "costing",
        "timeline",
        "monitoring",
        "approvals",
    ):
        doc.add_paragraph(_w(key, lang), style="List Number")


def _radar_png(state: RoundState, questionnaire: Questionnaire, lang: str) -> bytes:
    import math

    from matplotlib.figure import Figure

    dims = [d for d in state.dimensions if d.mean is not None]
    names = [questionnaire.dimension(d.dimension_id).name.get(lang) for d in dims]
    angles = [2 * math.pi * i / len(dims) for i in range(len(dims))] + [0]
    figure = Figure(figsize=(6.5, 5.2), dpi=120)
    ax = figure.add_subplot(projection="polar")
    for values, colour, key in (
        ([d.mean for d in dims], "#1F3864", "current"),
        ([d.target_mean for d in dims], "#C55A11", "target"),
    ):
        values = [v or 0 for v in values] + [values[0] or 0]
        ax.plot(angles, values, color=colour, linewidth=2, label=_w(key, lang))
        ax.fill(angles, values, color=colour, alpha=0.12)
    ax.set_xticks(angles[:-1], [n if len(n) < 22 else n[:20] + "…" for n in names], fontsize=7)
    ax.set_ylim(0, 5)
    ax.set_yticks(range(1, 6))
    ax.legend(loc="lower right", bbox_to_anchor=(1.25, -0.1), fontsize=8)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png", bbox_inches="tight")
    return buffer.getvalue()


def _heat_colour(score: float | None) -> str:
    if score is None:
        return "FFFFFF"
    palette = ("F8696B", "FA9473", "FCBF7B", "FFEB84", "B1D580", "63BE7B")
    return palette[max(0, min(5, int(score)))]


def _cover(doc, plan: Plan, lang: str) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
    from docx.shared import Pt

    for _ in range(6):
        doc.add_paragraph()
    for text, size, bold in (
        (_w("cover_org", lang, city=plan.city), 16, False),
        (plan.title, 28, True),
        (_w("cover_period", lang, start=plan.start_year, end=plan.end_year), 14, False),
        (
            _w(
                "cover_status",
                lang,
                status=label(plan.status, lang),
                version=plan.version,
                round=plan.round or "-",
            ),
            11,
            False,
        ),
        (_w("cover_note", lang), 10, False),
    ):
        paragraph = doc.add_paragraph()
        paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = paragraph.add_run(text)
        run.font.size, run.font.bold = Pt(size), bold
    doc.add_paragraph().add_run().add_break(WD_BREAK.PAGE)


def _method(doc, plan: Plan, state: RoundState | None, lang: str) -> None:
    from ..formatting import fraction

    doc.add_heading(_w("method", lang), level=1)
    if state is not None:
        doc.add_paragraph(
            _w(
                "method_text",
                lang,
                questionnaire=state.questionnaire,
                round=state.round,
                units=len(state.units),
                applicable=state.applicable,
                answered=state.answered,
                completeness=fraction(state.completeness, lang),
            )
        )
    doc.add_paragraph(_w("method_draft", lang))


def _state(doc, state: RoundState | None, qn: Questionnaire, lang: str) -> None:
    from docx.shared import Cm

    doc.add_heading(_w("state", lang), level=1)
    if state is None:
        doc.add_paragraph(_w("no_state", lang))
        return
    doc.add_heading(_w("radar", lang), level=2)
    doc.add_picture(io.BytesIO(_radar_png(state, qn, lang)), width=Cm(14))
    doc.add_heading(_w("dimension_table", lang), level=2)
    n = lambda v: number(v, lang)  # noqa: E731
    _table(
        doc,
        [_w(k, lang) for k in ("dimension", "mean", "min", "max", "target_mean", "units")],
        [
            [
                qn.dimension(d.dimension_id).name.get(lang),
                n(d.mean),
                n(d.minimum),
                n(d.maximum),
                n(d.target_mean),
                d.units,
            ]
            for d in state.dimensions
        ],
        [6, 2, 2, 2, 2, 1.5],
    )
    _heat_map(doc, state, qn, lang)
    ranked = sorted((d for d in state.dimensions if d.mean is not None), key=lambda d: -d.mean)
    for key, items in (("strengths", ranked[:3]), ("weaknesses", ranked[-3:][::-1])):
        doc.add_heading(_w(key, lang), level=2)
        for d in items:
            doc.add_paragraph(
                _w(
                    "dim_line",
                    lang,
                    name=qn.dimension(d.dimension_id).name.get(lang),
                    mean=n(d.mean),
                    target=n(d.target_mean),
                ),
                style="List Bullet",
            )
    _compliance(doc, state, qn, lang)


def _heat_map(doc, state: RoundState, qn: Questionnaire, lang: str) -> None:
    from docx.shared import Pt

    doc.add_heading(_w("heat", lang), level=2)
    dims = [d.id for d in qn.dimensions]
    rows = [
        [unit, *[number(state.unit_scores[unit].get(d), lang, 1) for d in dims]]
        for unit in state.units
    ]
    table = _table(
        doc, [_w("unit", lang), *dims], rows, [4.6] + [12.4 / len(dims)] * len(dims), size=7
    )
    for r, unit in enumerate(state.units, start=1):
        for c, d in enumerate(dims, start=1):
            _shade(table.rows[r].cells[c], _heat_colour(state.unit_scores[unit].get(d)))
    for cell in table.rows[0].cells:
        for run in cell.paragraphs[0].runs:
            run.font.size = Pt(7)


def _compliance(doc, state: RoundState, qn: Questionnaire, lang: str) -> None:
    doc.add_heading(_w("compliance", lang), level=2)
    found = [g for g in state.gaps if g.compliance]
    if not found:
        doc.add_paragraph(_w("no_compliance", lang))
        return
    rows = []
    for g in sorted(found, key=lambda g: -g.units_below_minimum):
        q = qn.question(g.question_id)
        rows.append(
            [
                f"{q.id} {q.text.get(lang)}",
                q.legal_minimum.level,
                g.units_below_minimum,
                q.legal_minimum.basis.get(lang),
            ]
        )
    _table(
        doc, [_w(k, lang) for k in ("practice", "level", "below", "basis")], rows, [7, 1.8, 2, 6]
    )


def _card_row(table, label_text: str, value: str) -> None:
    """A label cell and one value cell spanning the rest of the card: the spanning cell is
    written directly (python-docx's merge re-lays the whole row and was most of the time)."""
    from docx.shared import Pt

    # python-docx has no public way to wrap an existing <w:tc> as a cell
    from docx.table import _Cell

    row = table.add_row()
    tcs = row._tr.tc_lst
    for tc in tcs[2:]:
        row._tr.remove(tc)
    tcs[1].grid_span = len(tcs) - 1
    first, rest = _Cell(tcs[0], table), _Cell(tcs[1], table)
    first.text, rest.text = label_text, value
    _shade(first, "DDEBF7")
    for cell in (first, rest):
        for paragraph in cell.paragraphs:
            for run in paragraph.runs:
                run.font.size = Pt(8)
    first.paragraphs[0].runs[0].font.bold = True


def _target_card(doc, goal, target: Target, plan: Plan, lang: str) -> None:
    """The guide's Hedef Kartı as one Word table."""
    from docx.shared import Pt

    years = list(plan.years)
    head = [
        _w("indicator", lang),
        _w("effect", lang),
        _w("baseline", lang),
        *map(str, years),
        _w("monitor", lang),
        _w("report", lang),
    ]
    table = doc.add_table(rows=0, cols=len(head))
    table.style = "Table Grid"
    _card_row(table, _w("c_goal", lang), f"{goal.code} {goal.title}")
    _card_row(table, _w("c_target", lang), f"{target.code} {target.title}")
    cells = table.add_row().cells
    for cell, text in zip(cells, head, strict=True):
        cell.text = text
        _shade(cell, "1F3864")
        run = cell.paragraphs[0].runs[0]
        run.font.bold, run.font.size, run.font.color.rgb = True, Pt(7), _white()
    n = lambda v: "" if v is None else number(v, lang, 2)  # noqa: E731
    for i in target.indicators:
        cells = table.add_row().cells
        values = [
            f"{i.code} {i.name}" + (f" ({i.unit})" if i.unit else ""),
            n(i.effect_percent),
            n(i.baseline),
            *[n(i.targets.get(y)) for y in years],
            label(i.monitoring, lang),
            label(i.reporting, lang),
        ]
        for cell, value in zip(cells, values, strict=True):
            cell.text = value
            cell.paragraphs[0].runs[0].font.size = Pt(7) if value else Pt(7)
    _widths(table, [4.4, 1.4, 1.6, *[6.5 / len(years)] * len(years), 1.6, 1.6])
    for key, value in (
        ("c_responsible", target.responsible_unit),
        ("c_collaborating", ", ".join(target.collaborating_units)),
        ("c_risks", "\n".join(target.risks)),
        ("c_strategies", "\n".join(target.strategies)),
        ("c_cost", _money(target.total_cost, lang)),
        ("c_findings", "\n".join(target.findings)),
        ("c_needs", "\n".join(target.needs)),
    ):
        _card_row(table, _w(key, lang), value or "-")


def _action_table(doc, action, plan: Plan, qn: Questionnaire | None, lang: str) -> None:
    component = action.component
    if qn is not None and component in qn.components:
        component = qn.components[component].get(lang)
    costs = "; ".join(f"{y}: {_money(c, lang)}" for y, c in sorted(action.costs.items()))
    rows = [
        ("f_description", action.description),
        ("f_steps", "\n".join(f"• {s}" for s in action.steps)),
        ("f_output", action.output),
        ("f_questions", questions_text(action)),
        ("f_responsible", action.responsible_unit),
        ("f_collaborating", ", ".join(action.collaborating_units)),
        ("f_partners", ", ".join(action.partners)),
        (
            "f_period",
            f"{quarter_text(action.start, lang) or '-'} – {quarter_text(action.end, lang) or '-'}",
        ),
        ("f_costs", f"{costs} ({_w('total', lang)}: {_money(action.total_cost, lang)})"),
        (
            "f_funding",
            label(action.funding, lang)
            + (f" – {action.funding_note}" if action.funding_note else ""),
        ),
        ("f_component", component + (f" / {action.mission_area}" if action.mission_area else "")),
        ("f_indicator", action.indicator),
        ("f_priority", f"{label(action.priority, lang)} / {label(action.status, lang)}"),
    ]
    table = _table(
        doc,
        [action.code, action.title],
        [[_w(k, lang), v or "-"] for k, v in rows],
        [4, 13],
        size=8,
    )
    for row in table.rows[1:]:
        _shade(row.cells[0], "F2F2F2")


def _goals(doc, plan: Plan, qn: Questionnaire | None, lang: str) -> None:
    doc.add_heading(_w("goals", lang), level=1)
    for goal in plan.goals:
        doc.add_heading(f"{goal.code} {goal.title}", level=2)
        if goal.description:
            doc.add_paragraph(goal.description)
        for target in goal.targets:
            doc.add_heading(f"{target.code} {target.title}", level=3)
            doc.add_paragraph(_w("card", lang)).runs[0].bold = True
            _target_card(doc, goal, target, plan, lang)
            doc.add_paragraph()
            for action in target.actions:
                _action_table(doc, action, plan, qn, lang)
                doc.add_paragraph()


def _costing(doc, plan: Plan, lang: str) -> None:
    years = list(plan.years)
    doc.add_heading(_w("costing", lang), level=1)
    doc.add_heading(_w("cost_target", lang), level=2)
    rows = [
        [f"{code} {title}", *[_money(v[y], lang) for y in years], _money(sum(v.values()), lang)]
        for code, title, _, v in cost_by_target(plan)
    ]
    total = {y: sum(a.costs.get(y, 0.0) for _, _, a in plan.actions()) for y in years}
    rows.append(
        [
            _w("total", lang),
            *[_money(total[y], lang) for y in years],
            _money(sum(total.values()), lang),
        ]
    )
    widths = [6.5, *[8 / len(years)] * len(years), 2.3]
    _table(doc, [_w("item", lang), *map(str, years), _w("total", lang)], rows, widths, size=7)
    doc.add_heading(_w("cost_funding", lang), level=2)
    funding = cost_by_funding(plan)
    rows = [
        [label(f, lang), *[_money(v[y], lang) for y in years], _money(sum(v.values()), lang)]
        for f, v in funding.items()
    ]
    _table(doc, [_w("f_funding", lang), *map(str, years), _w("total", lang)], rows, widths, size=7)


def _timeline(doc, plan: Plan, lang: str) -> None:
    doc.add_heading(_w("timeline", lang), level=1)
    years = list(plan.years)
    rows, spans = [], []
    for _, _, a in plan.actions():
        marks = []
        for y in years:
            quarters = [
                q
                for q in range(1, 5)
                if a.start and a.end and a.start.index <= y * 4 + q - 1 <= a.end.index
            ]
            marks.append("".join("■" if q in quarters else "·" for q in range(1, 5)))
        rows.append([a.code, a.title, *marks])
        spans.append(marks)
    table = _table(
        doc,
        [_w("f_code", lang), _w("action_table", lang), *map(str, years)],
        rows,
        [1.6, 7.4, *[8 / len(years)] * len(years)],
        size=7,
    )
    for r, marks in enumerate(spans, start=1):
        for c, mark in enumerate(marks, start=2):
            if "■" in mark:
                _shade(table.rows[r].cells[c], "BDD7EE")


def _closing(doc, lang: str, monitoring=None) -> None:
    doc.add_heading(_w("monitoring", lang), level=1)
    doc.add_paragraph(_w("monitoring_text", lang))
    if monitoring is not None:
        from ..monitoring.document_chapter import monitoring_chapter

        monitoring_chapter(doc, monitoring, lang, _table)
    doc.add_heading(_w("approvals", lang), level=1)
    _table(
        doc,
        [_w(k, lang) for k in ("role", "name", "signature", "date")],
        [[_w(k, lang), "", "", ""] for k in ("prepared", "checked", "approved")],
        [6, 4, 4, 3],
        size=9,
    )
    doc.add_paragraph()
    doc.add_paragraph(_w("council", lang))


def build_document(
    plan: Plan,
    state: RoundState | None,
    questionnaire: Questionnaire,
    lang: str = "tr",
    monitoring=None,
):
    """``monitoring``: a period's ``monitoring.rates.PeriodMeasure`` for the monitoring
    report chapter, or None."""
    from docx import Document
    from docx.shared import Cm, Pt

    doc = Document()
    section = doc.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)  # A4
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(2)
    doc.styles["Normal"].font.name = "Calibri"
    doc.styles["Normal"].font.size = Pt(10)
    doc.core_properties.title = plan.title
    doc.core_properties.language = "tr-TR" if lang == "tr" else "en-GB"
    _cover(doc, plan, lang)
    _toc(doc, plan, lang)
    doc.add_heading(_w("foreword", lang), level=1)
    doc.add_paragraph(_w("foreword_text", lang))
    _method(doc, plan, state, lang)
    _state(doc, state, questionnaire, lang)
    _goals(doc, plan, questionnaire, lang)
    _costing(doc, plan, lang)
    _timeline(doc, plan, lang)
    _closing(doc, lang, monitoring)
    return doc


def write_document(
    plan: Plan,
    path: str | Path,
    state: RoundState | None,
    questionnaire: Questionnaire,
    lang: str = "tr",
    monitoring=None,
) -> Path:
    doc = build_document(plan, state, questionnaire, lang, monitoring)
    return write_atomically(path, lambda temp: doc.save(str(temp)))


def soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def write_pdf(source: str | Path, pdf: str | Path, timeout: float = 180) -> Path | None:
    """``source`` (docx or xlsx) as PDF through LibreOffice headless; None when LibreOffice is
    not installed (the caller says so). A failed conversion raises MaturityError."""
    program = soffice()
    if program is None:
        return None
    source, pdf = Path(source).absolute(), Path(pdf)
    with tempfile.TemporaryDirectory() as work:
        # A private profile: a LibreOffice the user has open does not block the conversion.
        profile = Path(work, "profile").as_uri()
        try:
            done = subprocess.run(
                [
                    program,
                    f"-env:UserInstallation={profile}",
                    "--headless",
                    "--convert-to",
                    "pdf",
                    "--outdir",
                    work,
                    str(source),
                ],
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            raise MaturityError("p.pdf_failed", detail=str(exc)) from exc
        made = Path(work, source.stem + ".pdf")
        if not made.exists():
            raise MaturityError("p.pdf_failed", detail=(done.stderr or done.stdout).strip()[-300:])
        body = made.read_bytes()
    return write_atomically(pdf, lambda temp: temp.write_bytes(body))
