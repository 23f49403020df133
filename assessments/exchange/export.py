"""The unit export: a workbook a person reads and a machine merges.

Sheets: Özet/Summary (scores, the dimension table, a native radar chart, the largest gaps),
Yanıtlar/Answers (one row per question under the stable key row), Rubrik/Rubric (every level
text) and the hidden machine sheet ``_meta`` (identity, revision and the sha256 of both).
openpyxl is imported here only inside functions: this module is cheap to import.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .. import __version__
from ..atomic import safe_file_name, write_atomically
from ..clock import local_time, now_utc
from ..messages import MaturityError
from ..questionnaire import Questionnaire
from ..scoring import Answer, gaps, score_assessment
from ..store import AssessmentInfo, Store
from ..vocabulary import TERMS
from .canonical import clean_answer, content_sha256
from .layout import FORMAT_VERSION, na_word, sheet_name

ANSWER_COLUMNS = [
    "dimension",
    "question_id",
    "question",
    "current_level",
    "current_label",
    "target_level",
    "gap",
    "not_applicable",
    "note",
    "evidence",
    "updated_at",
]
# Printable: 118 characters fit A4 landscape at 100 % in Calibri and at 93 % in the wider
# DejaVu Sans, so the smallest text (9 pt) prints at 8 pt or more.
ANSWER_WIDTHS = [10, 8, 29, 6, 10, 6, 5, 7, 13, 10, 14]
SMALL = ("dimension", "current_label", "updated_at")  # 9 pt; the rest 10 pt
TOP_GAPS = 10
CENTRED = ("current_level", "target_level", "gap", "not_applicable")

WORDS = {
    "subtitle": ("Birim öz değerlendirme sonucu", "Unit self-assessment result"),
    "unit": ("Birim", "Unit"),
    "round": ("Dönem", "Round"),
    "respondent": ("Yanıtlayan", "Respondent"),
    "status": ("Durum", "Status"),
    "draft": ("Taslak", "Draft"),
    "final": ("Kesinleşti", "Final"),
    "created_at": ("Oluşturuldu", "Created"),
    "updated_at": ("Son değişiklik", "Last changed"),
    "exported_at": ("Dışa aktarıldı", "Exported"),
    "questionnaire": ("Soru seti", "Questionnaire"),
    "local_time": ("Saatler yerel saattir.", "Times are local times."),
    "overall": ("Genel sonuç", "Overall result"),
    "score": ("Puan (0-5)", "Score (0-5)"),
    "target_score": ("Hedef (0-5)", "Target (0-5)"),
    "target": ("Hedef", "Target"),
    "gap": ("Fark", "Gap"),
    "percent": ("Yüzde", "Percent"),
    "band": TERMS["band"],
    "completeness": ("Tamamlanma", "Completeness"),
    "answered": ("Yanıtlanan", "Answered"),
    "dimensions": ("Boyutlar", "Dimensions"),
    "dimension": ("Boyut", "Dimension"),
    "current": ("Mevcut", "Current"),
    "na": TERMS["not_applicable"],
    "out_of_scope": ("kapsam dışı", "out of scope"),
    "top_gaps": (
        "Öncelikli gelişim alanları (ağırlık × fark)",
        "Priority improvement areas (weight × gap)",
    ),
    "question": ("Soru", "Question"),
    "priority": ("Öncelik", "Priority"),
    "no_gaps": (
        "Hedefi mevcut düzeyin üstünde olan soru yok.",
        "No question has a target above its current level.",
    ),
    "chart": ("Mevcut ve hedef düzeyler", "Current and target levels"),
    "footnote": (
        "Bu dosya Akıllı Şehir Olgunluk uygulamasından dışa aktarıldı. Yanıtlar sayfasındaki "
        "değişiklikler "
        "içe aktarmada fark edilir; düzeltmeler uygulamada yapılıp dosya yeniden dışa "
        "aktarılmalıdır.",
        "Exported from the Smart City Maturity app. Changes to the Answers sheet are detected on "
        "import; make corrections in the app and export again.",
    ),
    "level": ("Düzey", "Level"),
    "level_name": ("Düzey adı", "Level name"),
    "description": ("Açıklama", "Description"),
    "this_unit": ("Bu birim", "This unit"),
    "current_mark": ("◀ mevcut", "◀ current"),
    "target_mark": ("◀ hedef", "◀ target"),
    "both_mark": ("◀ mevcut = hedef", "◀ current = target"),
}


def word(key: str, lang: str) -> str:
    tr, en = WORDS[key]
    return tr if lang == "tr" else en


@dataclass(frozen=True)
class ExportSnapshot:
    """Everything an export needs from the store, read at one moment."""

    info: AssessmentInfo
    answers: dict[str, Answer]
    answer_times: dict[str, str]


def snapshot(store: Store, uuid: str) -> ExportSnapshot:
    return ExportSnapshot(store.assessment(uuid), store.answers(uuid), store.answer_times(uuid))


def export_assessment(
    store: Store, questionnaire: Questionnaire, uuid: str, path: str | Path, lang: str = "tr"
) -> Path:
    """Write the export of one assessment to ``path`` (atomically); returns the path."""
    return write_export(snapshot(store, uuid), questionnaire, path, lang)


def write_export(
    snap: ExportSnapshot,
    questionnaire: Questionnaire,
    path: str | Path,
    lang: str = "tr",
    exported_at: str | None = None,
) -> Path:
    """Write an export from a snapshot; safe to call on a worker thread."""
    if snap.info.questionnaire_fingerprint != questionnaire.fingerprint:
        raise MaturityError(
            "s.questionnaire_mismatch",
            found=f"{snap.info.questionnaire_id}@{snap.info.questionnaire_version}",
        )
    book = build_export(snap, questionnaire, lang, exported_at or now_utc())
    return write_atomically(path, book.save)


def suggested_file_name(info: AssessmentInfo, lang: str = "tr") -> str:
    """A file name for the save dialog: ``Olgunluk - <unit> - <round>.xlsx``."""
    prefix = "Olgunluk" if lang == "tr" else "Maturity"
    return safe_file_name(f"{prefix} - {info.unit} - {info.round}") + ".xlsx"


def build_export(snap: ExportSnapshot, questionnaire: Questionnaire, lang: str, exported_at: str):
    """The export as an openpyxl Workbook (not yet saved)."""
    from openpyxl import Workbook

    from .writing import write_meta

    answers = {qid: clean_answer(a) for qid, a in snap.answers.items()}
    book = Workbook()
    summary = book.active
    summary.title = sheet_name("summary", lang)
    _summary(summary, snap.info, answers, questionnaire, lang, exported_at)
    _answers(
        book.create_sheet(sheet_name("answers", lang)),
        answers,
        snap.answer_times,
        questionnaire,
        lang,
    )
    _rubric(book.create_sheet(sheet_name("rubric", lang)), answers, questionnaire, lang)
    info = snap.info
    meta = {
        "format_version": FORMAT_VERSION,
        "kind": "export",
        "questionnaire_id": questionnaire.id,
        "questionnaire_version": questionnaire.version,
        "questionnaire_fingerprint": questionnaire.fingerprint,
        "assessment_uuid": info.uuid,
        "revision": info.revision,
        "unit": info.unit,
        "round": info.round,
        "respondent": info.respondent,
        "status": info.status,
        "out_of_scope": _json_list(info.out_of_scope),
        "created_at": info.created_at,
        "updated_at": info.updated_at,
        "exported_at": exported_at,
        "app_version": __version__,
        "lang": lang,
        "profile": info.profile or "",
    }
    meta["content_sha256"] = content_sha256(meta, answers.values())
    write_meta(book, meta)
    book.properties.creator = f"Akıllı Şehir Olgunluk {__version__}"
    book.properties.title = f"{info.unit} — {info.round}"
    book.active = 0
    return book


def _json_list(items) -> str:
    import json

    return json.dumps(list(items), ensure_ascii=False)


# -- Summary --------------------------------------------------------------------------------


def _summary(
    ws, info: AssessmentInfo, answers, questionnaire: Questionnaire, lang: str, exported_at: str
):
    from ..profiles import not_asked
    from .writing import Look, page_setup, put, set_widths

    score = score_assessment(
        questionnaire, answers, info.out_of_scope, excluded_questions=not_asked(questionnaire, info)
    )
    set_widths(ws, [46, 11, 11, 9, 15, 13, 12])
    put(ws, 1, 1, questionnaire.title.get(lang), font=Look.title)
    put(ws, 2, 1, word("subtitle", lang), font=Look.subtitle)
    row = _summary_details(ws, 4, info, questionnaire, lang, exported_at)
    row = _summary_overall(ws, row + 2, score, lang)
    table = row + 3
    dimensions_end = row = _summary_dimensions(ws, table, score, questionnaire, lang)
    from openpyxl.worksheet.pagebreak import Break

    ws.row_breaks.append(Break(id=row + 1))  # printed: the priorities start a page
    row = _summary_gaps(ws, row + 2, answers, info, questionnaire, lang)
    _footnote(ws, row + 2, lang)
    # below the tables, not beside them (beside, the sheet was twice a page wide and printed at
    # half size), on a page of its own
    ws.row_breaks.append(Break(id=row + 3))
    _radar(ws, table + 1, dimensions_end, lang, f"A{row + 5}")
    # one page wide, as many long as the gaps need: squeezed onto one page it printed at 4.7 pt
    page_setup(ws, landscape=True, lang=lang)


def _summary_details(
    ws, row: int, info: AssessmentInfo, questionnaire: Questionnaire, lang: str, exported_at: str
) -> int:
    """Who, which round, which status and when; returns the row of the note below them."""
    from .writing import Look, date_format, put

    details = [
        ("unit", info.unit),
        ("round", info.round),
        ("respondent", info.respondent),
        ("status", word(info.status, lang)),
        ("created_at", local_time(info.created_at)),
        ("updated_at", local_time(info.updated_at)),
        ("exported_at", local_time(exported_at)),
        ("questionnaire", f"{questionnaire.id} {questionnaire.version}"),
    ]
    for key, value in details:
        put(ws, row, 1, word(key, lang), font=Look.bold)
        fmt = date_format(lang) if not isinstance(value, str) and value is not None else None
        put(ws, row, 2, value if value is not None else "", align=Look.left, number_format=fmt)
        ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=7)
        row += 1
    put(ws, row, 1, word("local_time", lang), font=Look.note)
    return row


def _summary_overall(ws, row: int, score, lang: str) -> int:
    """The overall result table; returns the row of its values."""
    from .writing import Look, put, table_header

    put(ws, row, 1, word("overall", lang), font=Look.section)
    row += 1
    keys = ("score", "target_score", "gap", "percent", "band", "completeness", "answered")
    table_header(ws, row, [word(k, lang) for k in keys])
    values = [
        score.current,
        score.target,
        score.gap,
        None if score.percent is None else score.percent / 100,
        score.band.name(lang) if score.band else "-",
        score.completeness,
        f"{score.answered} / {score.applicable}",
    ]
    formats = ["0.00", "0.00", "0.00", "0.0%", None, "0%", None]
    for col, (value, fmt) in enumerate(zip(values, formats, strict=True), start=1):
        put(
            ws,
            row + 1,
            col,
            value if value is not None else "-",
            border=Look.box,
            number_format=fmt,
            font=Look.bold,
            align=Look.centre,
        )
    return row


def _summary_dimensions(ws, row: int, score, questionnaire: Questionnaire, lang: str) -> int:
    """The dimension table and its radar; returns the table's last row."""
    from .writing import Look, put, table_header

    put(ws, row, 1, word("dimensions", lang), font=Look.section)
    row += 1
    keys = ("dimension", "current", "target", "gap", "answered", "na")
    table_header(ws, row, [word(k, lang) for k in keys])
    for dim_score in score.dimensions:
        row += 1
        dim = questionnaire.dimension(dim_score.dimension_id)
        put(ws, row, 1, dim.name.get(lang), border=Look.box)
        if not dim_score.in_scope:
            for col in range(2, 5):
                put(ws, row, col, None, border=Look.box)
            put(
                ws,
                row,
                5,
                word("out_of_scope", lang),
                border=Look.box,
                font=Look.note,
                align=Look.centre,
            )
            put(ws, row, 6, None, border=Look.box)
            continue
        for col, value in ((2, dim_score.current), (3, dim_score.target), (4, dim_score.gap)):
            put(ws, row, col, value, border=Look.box, number_format="0.00")
        applicable = dim_score.questions - dim_score.not_applicable
        put(ws, row, 5, f"{dim_score.answered} / {applicable}", border=Look.box, align=Look.centre)
        put(ws, row, 6, dim_score.not_applicable, border=Look.box, align=Look.centre)
    return row


def _radar(ws, head: int, end: int, lang: str, anchor: str) -> None:
    from openpyxl.chart import RadarChart, Reference

    from .writing import level_axis

    chart = RadarChart()
    chart.type = "marker"
    chart.title = word("chart", lang)
    chart.style = 26
    data = Reference(ws, min_col=2, max_col=3, min_row=head, max_row=end)
    chart.add_data(data, titles_from_data=True)
    chart.set_categories(Reference(ws, min_col=1, min_row=head + 1, max_row=end))
    level_axis(chart)
    chart.width, chart.height = 19, 13
    ws.add_chart(chart, anchor)


def _summary_gaps(
    ws, row: int, answers, info: AssessmentInfo, questionnaire: Questionnaire, lang: str
) -> int:
    """The largest priority gaps; returns the last row written."""
    from .writing import Look, put, set_height, table_header

    put(ws, row, 1, word("top_gaps", lang), font=Look.section)
    row += 1
    from ..profiles import not_asked

    asked_gaps = gaps(
        questionnaire, answers, info.out_of_scope, excluded_questions=not_asked(questionnaire, info)
    )
    found = asked_gaps[:TOP_GAPS]
    if not found:
        put(ws, row, 1, word("no_gaps", lang), font=Look.note)
        return row
    keys = ("question", "current", "target", "gap", "priority")
    table_header(ws, row, [word(k, lang) for k in keys])
    for g in found:
        row += 1
        text = f"{g.question_id}  {questionnaire.question(g.question_id).text.get(lang)}"
        put(ws, row, 1, text, border=Look.box, align=Look.wrap, font=Look.small)
        for col, value in ((2, g.current), (3, g.target), (4, g.gap)):
            put(ws, row, col, value, border=Look.box, align=Look.centre)
        put(ws, row, 5, g.priority, border=Look.box, align=Look.centre, number_format="0.0#")
        set_height(ws, row, [(text, 46, 9)])
    return row


def _footnote(ws, row: int, lang: str) -> None:
    from .writing import Look, put, set_height

    put(ws, row, 1, word("footnote", lang), font=Look.note, align=Look.wrap)
    ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=7)
    set_height(ws, row, [(word("footnote", lang), 117, 9)])


# -- Answers --------------------------------------------------------------------------------


def _answers(ws, answers, times, questionnaire: Questionnaire, lang: str):
    from .writing import Look, date_format, header_rows, page_setup, put, set_height, set_widths

    header_rows(ws, ANSWER_COLUMNS, lang, widths=ANSWER_WIDTHS)
    set_widths(ws, ANSWER_WIDTHS)
    width = dict(zip(ANSWER_COLUMNS, ANSWER_WIDTHS, strict=True))
    row = 2
    for question in questionnaire.questions:
        row += 1
        a = answers.get(question.id) or Answer(question.id)
        dimension = questionnaire.dimension(question.dimension_id).name.get(lang)
        text = question.text.get(lang)
        current_label = questionnaire.level_name(a.current, lang) if a.current is not None else ""
        values = [
            dimension,
            question.id,
            text,
            a.current,
            current_label,
            a.target,
            a.gap if a.answered else None,
            na_word(True, lang) if a.not_applicable else "",
            a.note,
            a.evidence,
            local_time(times.get(question.id, "")),
        ]
        for col, value in enumerate(values, start=1):
            key = ANSWER_COLUMNS[col - 1]
            align = Look.centre if key in CENTRED else Look.wrap
            fmt = date_format(lang) if key == "updated_at" else None
            font = Look.small if key in SMALL else Look.body
            font = Look.body_bold if key == "question_id" else font
            put(ws, row, col, value, font=font, align=align, border=Look.box, number_format=fmt)
        texts = [(text, 10), (a.note, 10), (a.evidence, 10), (dimension, 9), (current_label, 9)]
        keys = ("question", "note", "evidence", "dimension", "current_label")
        set_height(ws, row, [(t, width[k], size) for (t, size), k in zip(texts, keys, strict=True)])
    ws.freeze_panes = "D3"
    ws.auto_filter.ref = f"A2:K{row}"
    page_setup(ws, title_rows="1:1", lang=lang, header=_page_header(questionnaire, lang))


def _page_header(questionnaire: Questionnaire, lang: str) -> str:
    return f"{questionnaire.title.get(lang)} — {word('subtitle', lang)}"


# -- Rubric ---------------------------------------------------------------------------------


def _rubric(ws, answers, questionnaire: Questionnaire, lang: str):
    from .writing import Look, page_setup, put, set_height, set_widths

    w = lambda key: word(key, lang)  # noqa: E731
    set_widths(ws, [8, 6, 14, 70, 12])  # 110 characters: A4 landscape at 100 % (DejaVu too)
    for col, key in enumerate(
        ["question", "level", "level_name", "description", "this_unit"], start=1
    ):
        put(
            ws,
            1,
            col,
            w(key) if key != "question" else "Soru no" if lang == "tr" else "Question no.",
            font=Look.header,
            fill=Look.header_fill,
            border=Look.box,
        )
    row = 1
    for dim in questionnaire.dimensions:
        row += 1
        put(ws, row, 1, dim.name.get(lang), font=Look.section)
        ws.row_dimensions[row].height = 22
        for question in dim.questions:
            row += 1
            a = answers.get(question.id) or Answer(question.id)
            put(ws, row, 1, question.id, font=Look.bold, fill=Look.pale_fill, align=Look.top)
            text = question.text.get(lang)
            put(ws, row, 2, text, font=Look.bold, fill=Look.pale_fill, align=Look.wrap)
            ws.merge_cells(start_row=row, start_column=2, end_row=row, end_column=5)
            set_height(ws, row, [(text, 102, 11)])
            for level in range(6):
                row += 1
                description = question.level_text(level, lang)
                mark = _mark(a, level, lang)
                put(ws, row, 1, question.id, font=Look.note, align=Look.top)
                put(ws, row, 2, level, align=Look.centre)
                put(ws, row, 3, questionnaire.level_name(level, lang), align=Look.top)
                put(ws, row, 4, description, align=Look.wrap, font=Look.bold if mark else None)
                put(ws, row, 5, mark, font=Look.bold if mark else None, align=Look.top)
                set_height(ws, row, [(description, 70, 11)])
    ws.freeze_panes = "A2"
    page_setup(ws, title_rows="1:1", lang=lang, header=_page_header(questionnaire, lang))


def _mark(answer: Answer, level: int, lang: str) -> str:
    if not answer.answered:
        return ""
    target = answer.effective_target
    if answer.current == level and target == level:
        return word("both_mark", lang)
    if answer.current == level:
        return word("current_mark", lang)
    if target == level:
        return word("target_mark", lang)
    return ""
