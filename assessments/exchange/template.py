"""The fill-in template: a workbook a unit answers in Excel alone, without the app.

It has the export's Answers sheet keys, so the same reader imports it; drop-down lists for the
levels and for N/A; each question's rubric beside it; an instructions sheet with a small form
(unit, round, respondent); only the input cells unlocked, the sheets protected without a
password; and the machine sheet marking it as a template of this questionnaire.
"""

from __future__ import annotations

from pathlib import Path

from .. import __version__
from ..atomic import write_atomically
from ..clock import now_utc
from ..questionnaire import Questionnaire
from .canonical import content_sha256
from .export import safe_file_name
from .layout import FORM_KEYS, FORM_LABELS, FORMAT_VERSION, label, na_word, sheet_name

ANSWER_COLUMNS = [
    "dimension",
    "question_id",
    "question",
    "rubric",
    "current_level",
    "target_level",
    "not_applicable",
    "note",
    "evidence",
]
ANSWER_WIDTHS = [16, 9, 40, 75, 10, 10, 12, 38, 28]
INPUT_KEYS = ("current_level", "target_level", "not_applicable", "note", "evidence")
FIRST_ROW = 3  # rows 1-2: labels and keys

TEXTS = {
    "tr": {
        "title": "{title} — doldurma şablonu",
        "intro": "Bu şablon uygulama kurulmadan Excel ya da LibreOffice ile doldurulur. Doldurup "
        "kaydettikten sonra dosyayı Akıllı Şehir Ofisine geri gönderin.",
        "form": "1. Birim bilgileri",
        "how": "2. Nasıl doldurulur?",
        "steps": [
            "'{answers}' sayfasında her soru bir satırdır. Soruyu ve yanındaki düzey "
            "açıklamalarını "
            "(0-5) okuyun; biriminizi en iyi anlatan düzeyi seçin.",
            "Mevcut düzey: biriminizin bugün bulunduğu düzey. Hücreyi seçip açılan listeden 0-5 "
            "arasında bir değer seçin.",
            "Hedef düzey: önümüzdeki dönem için hedeflediğiniz düzey; mevcut düzeyden düşük "
            "olamaz. "
            "Boş bırakırsanız mevcut düzey hedef sayılır.",
            "Kapsam dışı (N/A): soru biriminizin görev alanına girmiyorsa {yes} seçin ve '{note}' "
            "sütununa nedenini yazın. Kapsam dışı sorular puana katılmaz.",
            "Gerekçe / notlar ve Kanıt: kısa bir açıklama ile belge, rapor, karar ya da bağlantı "
            "gibi kanıtlar (isteğe bağlı).",
            "Boş bırakılan sorular puana katılmaz ama tamamlanma oranını düşürür.",
        ],
        "care": "3. Dikkat",
        "cautions": [
            "'{question_id}' sütununu ve gri anahtar satırını (question_id, current_level...) "
            "değiştirmeyin: içe aktarma soruları ve sütunları bunlarla bulur. Satırları "
            "sıralayabilir, süzebilir, yeni sütun ekleyebilirsiniz.",
            "Dosyayı .xlsx olarak kaydedin; parola koymayın, makrolu (.xlsm) biçime çevirmeyin.",
            "Sayfalar parolasız korunmuştur; yalnızca sarı hücreler doldurulur.",
        ],
        "levels": "Düzeyler",
        "level_prompt": "0-5 arası bir düzey seçin.",
        "level_error": "Düzey 0, 1, 2, 3, 4 ya da 5 olmalı.",
        "na_prompt": "Soru biriminizin görev alanı dışındaysa Evet seçin ve gerekçe yazın.",
        "na_error": "Evet ya da Hayır seçin.",
        "error_title": "Geçersiz değer",
    },
    "en": {
        "title": "{title} — fill-in template",
        "intro": "Fill in this template in Excel or LibreOffice without installing the app. Save "
        "it and send the file back to the Smart City Office.",
        "form": "1. About your unit",
        "how": "2. How to fill it in",
        "steps": [
            "On the '{answers}' sheet each question is one row. Read the question and the level "
            "descriptions (0-5) beside it; choose the level that best describes your unit.",
            "Current level: where your unit stands today. Select the cell and pick 0-5 from the "
            "list.",
            "Target level: the level you aim for in the next period; it cannot be below the "
            "current "
            "level. Left empty, the current level counts as the target.",
            "Not applicable (N/A): if the question is outside your unit's remit choose {yes} and "
            "write "
            "why in '{note}'. N/A questions do not count toward the score.",
            "Justification / notes and Evidence: a short explanation and evidence such as "
            "documents, reports, decisions or links (optional).",
            "Questions left empty do not count toward the score but lower the completeness.",
        ],
        "care": "3. Please note",
        "cautions": [
            "Do not change the '{question_id}' column or the grey key row (question_id, "
            "current_level...): the import finds questions and columns by them. You may sort, "
            "filter and add columns.",
            "Save as .xlsx; do not add a password or convert to macro-enabled (.xlsm).",
            "The sheets are protected without a password; only the yellow cells are filled in.",
        ],
        "levels": "Levels",
        "level_prompt": "Choose a level from 0 to 5.",
        "level_error": "The level must be 0, 1, 2, 3, 4 or 5.",
        "na_prompt": "Choose Yes if the question is outside your unit's remit, and write why.",
        "na_error": "Choose Yes or No.",
        "error_title": "Invalid value",
    },
}


def suggested_template_name(
    lang: str = "tr", unit: str | None = None, round: str | None = None
) -> str:
    prefix = "Olgunluk şablonu" if lang == "tr" else "Maturity template"
    parts = [prefix] + [p for p in (unit, round) if p]
    return safe_file_name(" - ".join(parts)) + ".xlsx"


def write_template(
    questionnaire: Questionnaire,
    path: str | Path,
    lang: str = "tr",
    unit: str | None = None,
    round: str | None = None,
    profile: str | None = None,
) -> Path:
    """Write a fill-in template (atomically); ``unit``/``round`` pre-fill and lock the form.
    ``profile`` lists only the practices that profile asks of ``unit`` (``questions_for``)."""
    book = build_template(questionnaire, lang, unit, round, now_utc(), profile)
    return write_atomically(path, book.save)


def build_template(
    questionnaire: Questionnaire,
    lang: str,
    unit: str | None,
    round: str | None,
    created_at: str,
    profile: str | None = None,
):
    from openpyxl import Workbook

    from ..profiles import questions_for
    from .writing import write_meta

    asked = set(questions_for(questionnaire, profile, unit or ""))

    book = Workbook()
    guide = book.active
    guide.title = sheet_name("instructions", lang)
    answers = book.create_sheet(sheet_name("answers", lang))
    _instructions(guide, questionnaire, lang, unit, round)
    _answers(answers, questionnaire, lang, asked)
    meta = {
        "format_version": FORMAT_VERSION,
        "kind": "template",
        "questionnaire_id": questionnaire.id,
        "questionnaire_version": questionnaire.version,
        "questionnaire_fingerprint": questionnaire.fingerprint,
        "assessment_uuid": "",
        "revision": 0,
        "unit": unit or "",
        "round": round or "",
        "respondent": "",
        "status": "draft",
        "out_of_scope": "[]",
        "created_at": created_at,
        "updated_at": created_at,
        "exported_at": created_at,
        "app_version": __version__,
        "lang": lang,
        "profile": profile or "",
    }
    meta["content_sha256"] = content_sha256(meta, [])  # templates are meant to be edited: unchecked
    write_meta(book, meta)
    book.properties.creator = f"Akıllı Şehir Olgunluk {__version__}"
    book.properties.title = TEXTS[lang]["title"].format(title=questionnaire.title.get(lang))
    book.active = 0
    return book


def _instructions(ws, questionnaire: Questionnaire, lang: str, unit, round):
    from openpyxl.styles import Protection

    from .writing import Look, page_setup, put, set_height, set_widths

    set_widths(ws, [10, 26, 72])
    ws.column_dimensions["A"].hidden = True  # the form's stable keys
    width = 98  # B + C, where the paragraphs are merged
    first = TEXTS[lang]
    title = first["title"].format(title=questionnaire.title.get(lang))
    put(ws, 1, 2, title, font=Look.title, align=Look.wrap)
    ws.merge_cells("B1:C1")
    set_height(ws, 1, [(title, width, 16)])
    row = 2

    def paragraph(text, font=None, fill=None):
        nonlocal row
        row += 1
        put(ws, row, 2, text, font=font, align=Look.wrap, fill=fill)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
        set_height(ws, row, [(text, width, font.size if font and font.size else 11)])

    paragraph(first["intro"])
    row += 1
    put(ws, row + 1, 2, first["form"], font=Look.section)
    row += 1
    prefill = {"unit": unit or "", "round": round or ""}
    for key in FORM_KEYS:
        row += 1
        tr, en = FORM_LABELS[key]
        put(ws, row, 1, key, font=Look.key)
        put(ws, row, 2, tr if lang == "tr" else en, font=Look.bold, align=Look.top)
        value = prefill.get(key, "")
        cell = put(ws, row, 3, value, fill=None if value else Look.input_fill, border=Look.box)
        cell.protection = Protection(locked=bool(value))
        ws.row_dimensions[row].height = 20
    names = {
        "answers": sheet_name("answers", lang),
        "yes": na_word(True, lang),
        "note": label("note", lang),
        "question_id": label("question_id", lang),
    }
    for language in (lang, "en" if lang == "tr" else "tr"):
        texts = TEXTS[language]
        if language != lang:
            row += 1
            paragraph(
                texts["title"].format(title=questionnaire.title.get(language)), font=Look.section
            )
            paragraph(texts["intro"])
        row += 1
        paragraph(texts["how"], font=Look.section)
        for step in texts["steps"]:
            paragraph("• " + step.format(**names))
        row += 1
        paragraph(texts["care"], font=Look.section)
        for caution in texts["cautions"]:
            paragraph("• " + caution.format(**names))
        row += 1
        paragraph(texts["levels"], font=Look.section)
        level_names = questionnaire.level_names.get(language) or next(
            iter(questionnaire.level_names.values())
        )
        paragraph("   ".join(f"{level} = {name}" for level, name in enumerate(level_names)))
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    page_setup(ws, landscape=False)


def _answers(ws, questionnaire: Questionnaire, lang: str, asked: set[str]):
    from openpyxl.styles import Protection
    from openpyxl.utils import get_column_letter

    from .writing import Look, header_rows, page_setup, put, set_height, set_widths

    header_rows(ws, ANSWER_COLUMNS, lang)
    set_widths(ws, ANSWER_WIDTHS)
    col = {key: i for i, key in enumerate(ANSWER_COLUMNS, start=1)}
    unlocked = Protection(locked=False)
    row = FIRST_ROW - 1
    for question in questionnaire.questions:
        if question.id not in asked:
            continue
        row += 1
        dimension = questionnaire.dimension(question.dimension_id).name.get(lang)
        text = question.text.get(lang)
        rubric = "\n".join(
            f"{level} – {questionnaire.level_name(level, lang)}: {question.level_text(level, lang)}"
            for level in range(6)
        )
        put(ws, row, col["dimension"], dimension, align=Look.wrap, border=Look.box)
        put(
            ws,
            row,
            col["question_id"],
            question.id,
            align=Look.top,
            border=Look.box,
            font=Look.bold,
        )
        put(ws, row, col["question"], text, align=Look.wrap, border=Look.box)
        put(ws, row, col["rubric"], rubric, align=Look.wrap, border=Look.box, font=Look.small)
        for key in INPUT_KEYS:
            align = Look.wrap if key in ("note", "evidence") else Look.centre
            cell = put(ws, row, col[key], None, fill=Look.input_fill, border=Look.box, align=align)
            cell.protection = unlocked
        set_height(ws, row, [(rubric, 75, 9), (text, 40, 11)])
    letter = {key: get_column_letter(i) for key, i in col.items()}
    _input_rules(ws, letter, row, lang)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.auto_filter.ref = f"A2:{letter['evidence']}{row}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.protection.sort = False
    page_setup(ws, title_rows="1:2")


def _input_rules(ws, letter: dict[str, str], last: int, lang: str) -> None:
    """Drop-down lists for the levels and N/A, and a mark on the two rules a filled row can
    break (target below current, N/A without a justification) before the file reaches the
    importer."""
    from openpyxl.formatting.rule import FormulaRule
    from openpyxl.styles import PatternFill
    from openpyxl.worksheet.datavalidation import DataValidation

    texts = TEXTS[lang]

    def choices(values: str, error: str, prompt: str) -> DataValidation:
        return DataValidation(
            type="list",
            formula1=f'"{values}"',
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=texts["error_title"],
            error=texts[error],
            showInputMessage=True,
            prompt=texts[prompt],
        )

    def column(key: str) -> str:
        return f"{letter[key]}{FIRST_ROW}:{letter[key]}{last}"

    levels = choices("0,1,2,3,4,5", "level_error", "level_prompt")
    levels.add(f"{letter['current_level']}{FIRST_ROW}:{letter['target_level']}{last}")
    yes, no = na_word(True, lang), na_word(False, lang)
    na = choices(f"{yes},{no}", "na_error", "na_prompt")
    na.add(column("not_applicable"))
    ws.add_data_validation(levels)
    ws.add_data_validation(na)
    warn = PatternFill("solid", fgColor="F8CBAD")
    c, t, n, note = (
        f"${letter[k]}{FIRST_ROW}"
        for k in ("current_level", "target_level", "not_applicable", "note")
    )
    below = f"AND(ISNUMBER({c}),ISNUMBER({t}),{t}<{c})"
    ws.conditional_formatting.add(column("target_level"), FormulaRule(formula=[below], fill=warn))
    unjustified = f'AND(OR({n}="{yes}",{n}="Evet",{n}="Yes"),LEN(TRIM({note}))=0)'
    ws.conditional_formatting.add(column("note"), FormulaRule(formula=[unjustified], fill=warn))
