"""The workbook format: sheet names, the stable column keys, the machine sheet's keys and the
words accepted for "not applicable". Writers and the reader share these, so they cannot drift.
"""

from __future__ import annotations

# 2: the machine sheet's ``content_sha256`` covers the identity as well as the answers; files of
# format 1 (``answers_sha256``, the answers only) are still read with their own rule.
FORMAT_VERSION = 2
META_SHEET = "_meta"
KINDS = ("export", "template")

# Sheet role -> (Turkish, English) name. The reader accepts either language.
SHEETS = {
    "summary": ("Özet", "Summary"),
    "answers": ("Yanıtlar", "Answers"),
    "rubric": ("Rubrik", "Rubric"),
    "instructions": ("Yönergeler", "Instructions"),
}

# The stable keys the reader looks for, whatever the language, order or extra columns.
QUESTION_ID = "question_id"
KEY_COLUMNS = ("question_id", "current_level", "target_level", "not_applicable", "note", "evidence")

# Every column a writer may put on the Answers sheet: key -> (Turkish label, English label).
COLUMN_LABELS = {
    "dimension": ("Boyut", "Dimension"),
    "question_id": ("Soru no", "Question no."),
    "question": ("Soru", "Question"),
    "rubric": ("Düzeyler (rubrik)", "Levels (rubric)"),
    "current_level": ("Mevcut düzey", "Current level"),
    "current_label": ("Mevcut düzey adı", "Current level name"),
    "target_level": ("Hedef düzey", "Target level"),
    "gap": ("Fark", "Gap"),
    "not_applicable": ("Kapsam dışı (N/A)", "Not applicable (N/A)"),
    "note": ("Gerekçe / notlar", "Justification / notes"),
    "evidence": ("Kanıt", "Evidence"),
    "updated_at": ("Son değişiklik", "Last changed"),
}

# What the content checksum covers besides the answers: everything an import stores.
IDENTITY_KEYS = (
    "format_version",
    "kind",
    "questionnaire_id",
    "questionnaire_version",
    "questionnaire_fingerprint",
    "assessment_uuid",
    "revision",
    "unit",
    "round",
    "respondent",
    "status",
    "out_of_scope",
    "created_at",
    "updated_at",
    "exported_at",
)
# The machine sheet (key/value rows), in the order written.
# "profile": the unit profile's id, "" for none; outside the checksum, so files written before
# it existed verify unchanged (a reader without it treats the file as made without a profile).
META_KEYS = (*IDENTITY_KEYS, "app_version", "content_sha256", "lang", "profile")
# Bounds on what a file may claim (a revision past SQLite's integers, a 5,000-digit round).
MAX_NAME = 200  # unit, respondent
MAX_ROUND = 100
MAX_REVISION = 10**9

# The fill-in form on a template's instructions sheet: key cell, label cell, value cell.
FORM_KEYS = ("unit", "round", "respondent")
FORM_LABELS = {
    "unit": ("Birim", "Unit"),
    "round": ("Dönem", "Round"),
    "respondent": ("Dolduran (ad, unvan)", "Filled in by (name, title)"),
}

# A template's table of dimensions a unit declares out of scope, below the form: key cell
# ``out_of_scope:<dimension id>`` in the hidden column, the dimension's name, the Yes/No cell.
SCOPE_KEY = "out_of_scope:"
SCOPE_LABELS = {
    "dimension": ("Boyut", "Dimension"),
    "out_of_scope": (
        "Bu boyut birimimizin kapsamı dışında",
        "This dimension is outside our unit's remit",
    ),
}

# "Not applicable" cells: what Excel users type or pick. Compared after Turkish case folding.
NA_YES = frozenset({"evet", "e", "yes", "y", "x", "1", "true", "doğru", "dogru", "n/a", "na"})
NA_NO = frozenset({"hayır", "hayir", "h", "no", "n", "0", "false", "yanlış", "yanlis", "-"})
NA_WORDS = {"yes": ("Evet", "Yes"), "no": ("Hayır", "No")}


def sheet_name(role: str, lang: str) -> str:
    tr, en = SHEETS[role]
    return tr if lang == "tr" else en


def label(key: str, lang: str) -> str:
    tr, en = COLUMN_LABELS[key]
    return tr if lang == "tr" else en


def na_word(value: bool, lang: str) -> str:
    tr, en = NA_WORDS["yes" if value else "no"]
    return tr if lang == "tr" else en
