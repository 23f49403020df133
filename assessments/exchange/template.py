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
from .layout import (
    FORM_KEYS,
    FORM_LABELS,
    FORMAT_VERSION,
    SCOPE_KEY,
    SCOPE_LABELS,
    label,
    na_word,
    sheet_name,
)

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
# Printable: 118 characters fit A4 landscape at 100 % in Calibri and at 93 % in the wider
# DejaVu Sans (7 pt a character), so the smallest text (9 pt) prints at 8 pt or more.
ANSWER_WIDTHS = [10, 8, 23, 43, 6, 6, 7, 9, 6]
GUIDE_WIDTHS = [10, 30, 46]  # A: the form's hidden keys; B + C fit A4 portrait at 100 %
INPUT_KEYS = ("current_level", "target_level", "not_applicable", "note", "evidence")
FIRST_ROW = 3  # rows 1-2: labels and keys

TEXTS = {
    "tr": {
        "title": "{title} — doldurma şablonu",
        "intro": "Bu şablon uygulama kurulmadan Excel ya da LibreOffice ile doldurulur. Doldurup "
        "kaydettikten sonra dosyayı Akıllı Şehir Ofisine geri gönderin.",
        "form": "1. Birim bilgileri",
        "scope_intro": "Biriminizin görev alanına hiç girmeyen bir boyut varsa aşağıda o boyut "
        "için {yes} seçin. Boş bırakılan boyut kapsam içindedir.",
        "scope_prompt": "Boyutun tamamı biriminizin görev alanı dışındaysa Evet seçin.",
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
            "Bir boyutun tamamı görev alanınız dışındaysa '1. Birim bilgileri' altındaki tabloda "
            "o boyut için {yes} seçin: boyutun soruları puana katılmaz; o boyutta yine de yanıt "
            "verdiyseniz yanıtlar saklanır ama sayılmaz.",
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
        "scope_intro": "If a dimension lies wholly outside your unit's remit, choose {yes} for it "
        "below. A dimension left empty is in scope.",
        "scope_prompt": "Choose Yes if the whole dimension is outside your unit's remit.",
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
            "If a whole dimension is outside your remit, choose {yes} for it in the table under "
            "'1. About your unit': its questions do not count; answers you give in it anyway are "
            "kept but not counted.",
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
    from .writing import Look, page_setup, put, set_height, set_widths

    set_widths(ws, GUIDE_WIDTHS)
    ws.column_dimensions["A"].hidden = True  # the form's stable keys
    first = TEXTS[lang]
    title = first["title"].format(title=questionnaire.title.get(lang))
    put(ws, 1, 2, title, font=Look.title, align=Look.wrap)
    ws.merge_cells("B1:C1")
    set_height(ws, 1, [(title, sum(GUIDE_WIDTHS[1:]), 16, True)])
    row = _paragraph(ws, 2, first["intro"])
    row = _form(ws, row + 1, lang, unit, round)
    row = _scope_table(ws, row + 1, questionnaire, lang)
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
            heading = texts["title"].format(title=questionnaire.title.get(language))
            row = _paragraph(ws, row, heading, Look.section)
            row = _paragraph(ws, row, texts["intro"])
        row = _paragraph(ws, row + 1, texts["how"], Look.section)
        for step in texts["steps"]:
            row = _paragraph(ws, row, "• " + step.format(**names))
        row = _paragraph(ws, row + 1, texts["care"], Look.section)
        for caution in texts["cautions"]:
            row = _paragraph(ws, row, "• " + caution.format(**names))
        row = _paragraph(ws, row + 1, texts["levels"], Look.section)
        level_names = questionnaire.level_names.get(language) or next(
            iter(questionnaire.level_names.values())
        )
        row = _paragraph(
            ws, row, "   ".join(f"{level} = {name}" for level, name in enumerate(level_names))
        )
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    page_setup(ws, landscape=False, lang=lang, header=title)


def _paragraph(ws, row: int, text: str, font=None) -> int:
    """``text`` on the row after ``row``, across columns B and C; returns its row."""
    from .writing import Look, put, set_height

    font = font or Look.body
    row += 1
    put(ws, row, 2, text, font=font, align=Look.wrap)
    ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=3)
    set_height(ws, row, [(text, sum(GUIDE_WIDTHS[1:]), font.size or 11, bool(font.bold))])
    return row


def _form(ws, row: int, lang: str, unit, round) -> int:
    """Unit, round and respondent: key (hidden column A), label, the value cell (yellow and
    open unless pre-filled). Returns the last row."""
    from openpyxl.styles import Protection

    from .writing import Look, put

    row = _paragraph(ws, row, TEXTS[lang]["form"], Look.section)
    prefill = {"unit": unit or "", "round": round or ""}
    for key in FORM_KEYS:
        row += 1
        tr, en = FORM_LABELS[key]
        put(ws, row, 1, key, font=Look.key)
        put(ws, row, 2, tr if lang == "tr" else en, font=Look.body_bold, align=Look.top)
        value = prefill.get(key, "")
        cell = put(
            ws,
            row,
            3,
            value,
            font=Look.body,
            fill=None if value else Look.input_fill,
            border=Look.box,
        )
        cell.protection = Protection(locked=bool(value))
        ws.row_dimensions[row].height = 20
    return row


def _scope_table(ws, row: int, questionnaire: Questionnaire, lang: str) -> int:
    """One row per dimension: may the unit declare it out of scope (Yes/No list, empty: in
    scope)? The key ``out_of_scope:<id>`` stands in the hidden column A, like the form's."""
    from openpyxl.styles import Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    from .writing import Look, put, set_height

    yes, no = na_word(True, lang), na_word(False, lang)
    row = _paragraph(ws, row, TEXTS[lang]["scope_intro"].format(yes=yes))
    row += 1
    for col, key in ((2, "dimension"), (3, "out_of_scope")):
        tr, en = SCOPE_LABELS[key]
        put(
            ws,
            row,
            col,
            tr if lang == "tr" else en,
            font=Look.small_header,
            fill=Look.header_fill,
            align=Look.header_align,
            border=Look.box,
        )
    ws.row_dimensions[row].height = 20
    first = row + 1
    for dim in questionnaire.dimensions:
        row += 1
        name = dim.name.get(lang)
        put(ws, row, 1, SCOPE_KEY + dim.id, font=Look.key)
        put(ws, row, 2, name, font=Look.body, align=Look.wrap, border=Look.box)
        cell = put(ws, row, 3, None, font=Look.body, fill=Look.input_fill, border=Look.box)
        cell.protection = Protection(locked=False)
        set_height(ws, row, [(name, GUIDE_WIDTHS[1], 10)], minimum=18)
    texts = TEXTS[lang]
    choice = DataValidation(
        type="list",
        formula1=f'"{yes},{no}"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle=texts["error_title"],
        error=texts["na_error"],
        showInputMessage=True,
        prompt=texts["scope_prompt"],
    )
    choice.add(f"C{first}:C{row}")
    ws.add_data_validation(choice)
    return row


def _answers(ws, questionnaire: Questionnaire, lang: str, asked: set[str]):
    from openpyxl.styles import Protection
    from openpyxl.utils import get_column_letter

    from .writing import Look, header_rows, page_setup, put, set_height, set_widths

    header_rows(ws, ANSWER_COLUMNS, lang, widths=ANSWER_WIDTHS)
    set_widths(ws, ANSWER_WIDTHS)
    col = {key: i for i, key in enumerate(ANSWER_COLUMNS, start=1)}
    width = dict(zip(ANSWER_COLUMNS, ANSWER_WIDTHS, strict=True))
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
        cells = {
            "dimension": (dimension, Look.small, Look.wrap),
            "question_id": (question.id, Look.body_bold, Look.top),
            "question": (text, Look.body, Look.wrap),
            "rubric": (rubric, Look.small, Look.wrap),
        }
        for key, (value, font, align) in cells.items():
            put(ws, row, col[key], value, font=font, align=align, border=Look.box)
        for key in INPUT_KEYS:
            align = Look.wrap if key in ("note", "evidence") else Look.centre
            cell = put(
                ws, row, col[key], None, font=Look.body, fill=Look.input_fill, border=Look.box
            )
            cell.alignment = align
            cell.protection = unlocked
        set_height(
            ws,
            row,
            [
                (rubric, width["rubric"], 9),
                (text, width["question"], 10),
                (dimension, width["dimension"], 9),
                (question.id, width["question_id"], 10, True),
            ],
        )
    letter = {key: get_column_letter(i) for key, i in col.items()}
    _input_rules(ws, letter, row, lang)
    ws.freeze_panes = f"C{FIRST_ROW}"
    ws.auto_filter.ref = f"A2:{letter['evidence']}{row}"
    ws.protection.sheet = True
    ws.protection.formatColumns = False
    ws.protection.formatRows = False
    ws.protection.autoFilter = False
    ws.protection.sort = False
    title = TEXTS[lang]["title"].format(title=questionnaire.title.get(lang))
    page_setup(ws, title_rows="1:1", lang=lang, header=title)  # the key row: page 1 only


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
