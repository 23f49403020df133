"""The action-plan workbook's editable sheets and their stable column keys, shared by the writer
and the importer. Row 1 holds the labels in the user's language, row 2 the keys (what the
importer looks for, so columns may be moved), data from row 3. A row's ``key`` cell ties it to
the item; an empty key makes a new item.
"""

from __future__ import annotations

from ..questionnaire import Questionnaire
from .model import Quarter

FORMAT = "balikesir-maturity/action-plan-workbook"
META_SHEET = "_plan"
FIRST_ROW = 3

SHEETS = {
    "goals": ("Amaçlar", "Goals"),
    "targets": ("Hedefler", "Targets"),
    "indicators": ("Göstergeler", "Indicators"),
    "actions": ("Eylemler", "Actions"),
}


def year_keys(prefix: str, years) -> list[str]:
    return [f"{prefix}{y}" for y in years]


def columns(sheet: str, years) -> list[str]:
    if sheet == "goals":
        return ["key", "code", "title", "description"]
    if sheet == "targets":
        return [
            "key",
            "goal",
            "code",
            "title",
            "responsible_unit",
            "collaborating_units",
            "risks",
            "strategies",
            "cost_estimate",
            "findings",
            "needs",
        ]
    if sheet == "indicators":
        return [
            "key",
            "target",
            "code",
            "name",
            "unit",
            "formula",
            "source",
            "effect_percent",
            "baseline",
            *year_keys("target_", years),
            "monitoring",
            "reporting",
        ]
    return [
        "key",
        "target",
        "code",
        "title",
        "description",
        "steps",
        "output",
        "questions",
        "responsible_unit",
        "collaborating_units",
        "partners",
        "start",
        "end",
        *year_keys("cost_", years),
        "total",
        "funding",
        "funding_note",
        "component",
        "mission_area",
        "themes",
        "priority",
        "status",
        "indicator",
    ]


HEADINGS = {
    "key": ("Anahtar (değiştirmeyin)", "Key (do not change)"),
    "goal": ("Amaç kodu", "Goal code"),
    "target": ("Hedef kodu", "Target code"),
    "code": ("Kod", "Code"),
    "title": ("Başlık", "Title"),
    "name": ("Gösterge", "Indicator"),
    "description": ("Açıklama", "Description"),
    "responsible_unit": ("Sorumlu birim", "Responsible unit"),
    "collaborating_units": ("İşbirliği yapılacak birimler", "Collaborating units"),
    "partners": ("Dış paydaşlar", "Outside partners"),
    "risks": ("Riskler", "Risks"),
    "strategies": ("Stratejiler", "Strategies"),
    "cost_estimate": ("Maliyet tahmini (TL)", "Cost estimate (TRY)"),
    "findings": ("Tespitler", "Findings"),
    "needs": ("İhtiyaçlar", "Needs"),
    "unit": ("Birim (ölçü)", "Unit of measure"),
    "formula": ("Formül", "Formula"),
    "source": ("Veri kaynağı", "Data source"),
    "effect_percent": ("Hedefe etkisi (%)", "Effect on target (%)"),
    "baseline": ("Plan dönemi başlangıç değeri", "Baseline at plan start"),
    "monitoring": ("İzleme sıklığı", "Monitoring frequency"),
    "reporting": ("Raporlama sıklığı", "Reporting frequency"),
    "steps": ("Uygulama adımları", "Implementation steps"),
    "output": ("Çıktı", "Output"),
    "questions": (
        "Ele alınan sorular (düzey adımı: birimler)",
        "Questions addressed (level step: units)",
    ),
    "start": ("Başlangıç", "Start"),
    "end": ("Bitiş", "End"),
    "total": ("Toplam (TL)", "Total (TRY)"),
    "funding": ("Finansman kaynağı", "Funding source"),
    "funding_note": ("Finansman notu", "Funding note"),
    "component": ("Ulusal strateji bileşeni", "National strategy component"),
    "mission_area": ("2030 misyon alanı", "2030 mission area"),
    "themes": ("Temalar", "Themes"),
    "priority": ("Öncelik", "Priority"),
    "status": ("Durum", "Status"),
    "indicator": ("Performans göstergesi", "Performance indicator"),
}


def heading(key: str, lang: str) -> str:
    i = 0 if lang == "tr" else 1
    if key.startswith("target_"):
        return ("Hedef {y}", "Target {y}")[i].format(y=key[7:])
    if key.startswith("cost_"):
        return ("Maliyet {y} (TL)", "Cost {y} (TRY)")[i].format(y=key[5:])
    return HEADINGS[key][i]


def quarter_text(quarter: Quarter | None, lang: str) -> str:
    if quarter is None:
        return ""
    return f"{quarter.year}-{'Ç' if lang == 'tr' else 'Q'}{quarter.quarter}"


def vocabulary(questionnaire: Questionnaire | None, kind: str) -> dict[str, tuple[str, ...]]:
    """id -> (id, Turkish, English) names of the questionnaire's components or tags."""
    if questionnaire is None:
        return {}
    names = questionnaire.components if kind == "component" else questionnaire.tags
    return {k: (k, v.get("tr"), v.get("en")) for k, v in names.items()}
