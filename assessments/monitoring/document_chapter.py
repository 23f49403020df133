"""The monitoring report chapter of the action-plan Word document (``plan document
--period P``): where the plan stands in the period, as the six-monthly report to top
management reads (realisation rates per goal and target, action status, delayed actions, units
that have not reported)."""

from __future__ import annotations

from ..formatting import percent
from ..plan.layout import quarter_text
from .model import STATUSES
from .rates import PeriodMeasure
from .words import label

LIGHT = {"green": ("yeşil", "green"), "amber": ("sarı", "amber"), "red": ("kırmızı", "red")}


def _light(light: str | None, lang: str) -> str:
    return LIGHT[light][0 if lang == "tr" else 1] if light else "—"


def _summary(measure: PeriodMeasure, lang: str) -> str:
    reported, expected = (
        len(measure.reported_units),
        len(measure.reported_units) + len(measure.missing_units),
    )
    delayed = sum(1 for a in measure.actions if a.delayed)
    rate = percent(measure.plan_rate, lang)
    if lang == "tr":
        return (
            f"{measure.period.label(lang).capitalize()} itibarıyla planın gerçekleşme oranı "
            f"{rate}. Sorumlu {expected} birimden {reported} birim izleme formunu gönderdi; "
            f"{len(measure.actions)} eylemden {delayed} eylem gecikmede. Göstergelerin gerçekleşme "
            "oranı (gerçekleşen − başlangıç) / (yıl sonu hedefi − başlangıç) × 100 formülüyle, "
            "hedeflerinki göstergelerin hedefe etkisiyle ağırlıklandırılarak hesaplandı."
        )
    return (
        f"As of {measure.period.label(lang)} the plan's realisation rate is {rate}. "
        f"{reported} of {expected} responsible units sent their monitoring form; {delayed} of "
        f"{len(measure.actions)} actions are delayed. Indicator rates are (actual − baseline) / "
        "(year's target − baseline) × 100; target rates weight them by their effect."
    )


def monitoring_chapter(doc, measure: PeriodMeasure, lang: str, table) -> None:
    """``table(doc, head, rows, widths_cm, size)``: the document's own table builder."""
    tr = lang == "tr"
    title = "İzleme raporu" if tr else "Monitoring report"
    doc.add_heading(f"{title}: {measure.period.label(lang)}", level=2)
    doc.add_paragraph(_summary(measure, lang))
    rows = []
    for goal in measure.goals:
        rows.append(
            [goal.goal.code, goal.goal.title, percent(goal.rate, lang), _light(goal.light, lang)]
        )
        for target in (t for t in measure.targets if t.goal.key == goal.goal.key):
            rows.append(
                [
                    target.target.code,
                    target.target.title,
                    percent(target.rate, lang),
                    _light(target.light, lang),
                ]
            )
    head = ["Kod" if tr else "Code", label("goal_target", lang)]
    head += [label("rate", lang), label("light", lang)]
    table(doc, head, rows, [2, 10, 2.8, 2.2], 9)
    doc.add_paragraph()
    counts = measure.status_counts()
    status_rows = [[label(s, lang), counts.get(s, 0)] for s in STATUSES]
    status_rows.append(["Rapor edilmedi" if tr else "Not reported", counts.get(None, 0)])
    table(doc, [label("status", lang), "Eylem" if tr else "Actions"], status_rows, [8, 3], 9)
    delayed = [a for a in measure.actions if a.delayed]
    doc.add_heading("Geciken eylemler" if tr else "Delayed actions", level=3)
    if delayed:
        rows = [
            [
                a.action.code,
                a.action.title,
                a.action.responsible_unit,
                quarter_text(a.action.end, lang),
                label(a.status, lang) if a.status else "—",
                a.explanation,
            ]
            for a in delayed
        ]
        keys = ("action_code", "action_title", "unit", "planned_end", "status", "explanation")
        table(doc, [label(k, lang) for k in keys], rows, [1.8, 4.6, 3.4, 2, 2, 3.2], 8)
    else:
        doc.add_paragraph("Geciken eylem yok." if tr else "No action is delayed.")
    doc.add_heading("Rapor vermeyen birimler" if tr else "Units that have not reported", level=3)
    missing = ", ".join(measure.missing_units)
    doc.add_paragraph(
        missing or ("Bütün sorumlu birimler raporladı." if tr else "Every unit reported.")
    )
