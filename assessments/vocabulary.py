"""The words of the product, once: what the screen, the PDF, the workbooks, the hints and the
docs call a thing, in Turkish and English.

One thing, one name (issue 16): N/A was "Birimimiz için geçerli değil" on screen, "Kapsam
dışı (N/A)" in the PDF and "uygulanamaz" in the hints; the band was "olgunluk kademesi",
"Düzey bandı" and "Olgunluk düzeyi". The terms below are the ones to use; a question is
"Kapsam dışı (N/A)", a dimension left out of the assessment is "kapsam dışı" (lower case,
without "(N/A)"). Level names come from the questionnaire (``level_name``), band names from
``scoring.BANDS`` (``band_name``); key names are printed as on the keys ("Ctrl+N", never
"Kontrol+N"). The glossary in docs/user-guide.md lists the same words; a test checks both.
"""

from __future__ import annotations

from . import turkish
from .scoring import BANDS

TERMS: dict[str, tuple[str, str]] = {
    "not_applicable": ("Kapsam dışı (N/A)", "Not applicable (N/A)"),
    "na": ("N/A", "N/A"),
    "out_of_scope": ("kapsam dışı", "out of scope"),
    "band": ("Olgunluk bandı", "Maturity band"),
    "level": ("Düzey", "Level"),
    "current_level": ("Mevcut düzey", "Current level"),
    "target_level": ("Hedef düzey", "Target level"),
    "gap": ("Fark", "Gap"),
    "score": ("Puan", "Score"),
    "justification": ("Gerekçe", "Justification"),
    "notes": ("Notlar", "Notes"),
    "evidence": ("Kanıt", "Evidence"),
    "draft": ("taslak", "draft"),
    "final": ("kesin", "final"),
    "unit": ("Birim", "Unit"),
    "round": ("Dönem", "Round"),
    "respondent": ("Yanıtlayan", "Respondent"),
    "dimension": ("Boyut", "Dimension"),
    "theme": ("Tema", "Theme"),
    "asset": ("Varlık", "Asset"),
    "legal_minimum": ("Yasal asgari düzey", "Legal minimum level"),
    "compliance_gap": ("Uyum açığı", "Compliance gap"),
}

# Key names as printed on the keys, the same in both languages (docs, menus, hints).
KEYS = ("Ctrl", "Shift", "Alt", "Esc", "Enter", "Tab", "Space", "PgUp", "PgDown", "F1")


def term(key: str, lang: str, *, lower: bool = False) -> str:
    """The term in ``lang`` ("tr" or "en"; anything else is English)."""
    tr, en = TERMS[key]
    text = tr if lang == "tr" else en
    return (turkish.lower(text) if lang == "tr" else text.lower()) if lower else text


def band_name(code: str, lang: str) -> str:
    """A band's name ("Tanımlı", "Defined") by its code ("tanimli")."""
    return next(b for b in BANDS if b.code == code).name(lang)


def level_name(questionnaire, level: int, lang: str) -> str:
    """A rubric level's name ("Planlama", "Optimizasyon"): the questionnaire's own words."""
    return questionnaire.level_name(level, lang)


def group_name(questionnaire, by: str, group_id: str, lang: str) -> str:
    """A theme's name (a tag of the questionnaire) or an asset's, by ``by`` ("theme"|"asset")."""
    names = questionnaire.tags if by == "theme" else questionnaire.assets
    return names[group_id].get(lang) if group_id in names else group_id


def glossary(lang: str) -> list[tuple[str, str]]:
    """(term, its other-language term) for the user guide's glossary, in ``lang`` first."""
    other = "en" if lang == "tr" else "tr"
    return [(term(key, lang), term(key, other)) for key in TERMS]
