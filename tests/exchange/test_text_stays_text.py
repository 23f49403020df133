"""User text is never a formula in any workbook the app writes: in the consolidated workbook's
long Answers table (its rows streamed as XML) as in every other sheet, text that Excel would
take for a formula when the cell is edited carries the quote prefix the docs promise."""

from __future__ import annotations

import zipfile

import openpyxl

from assessments.exchange.canonical import FORMULA_STARTS
from assessments.exchange.export import export_assessment
from assessments.merge.consolidated import write_consolidated
from assessments.merge.engine import merge
from assessments.scoring import Answer

TEXTS = ('=HYPERLINK("http://x","y")', "+1+1", "-madde bir", "@admin", "\tsekme", "=1/0")


def test_every_formula_like_text_in_the_consolidated_workbook_is_quoted(
    tmp_path, store, coordinator, questionnaire
):
    info = store.create_assessment("=Birim Adı", "2026", questionnaire, respondent="@admin")
    ids = [q.id for q in questionnaire.questions]
    for qid, text in zip(ids, TEXTS, strict=False):
        store.set_answer(info.uuid, Answer(qid, 1, 2, note=text, evidence=text))
    path = export_assessment(store, questionnaire, info.uuid, tmp_path / "birim.xlsx", "tr")
    assert merge([path], coordinator, questionnaire).exit_code == 0

    out = write_consolidated(coordinator, questionnaire, tmp_path / "birlesik.xlsx", "2026")

    book = openpyxl.load_workbook(out)
    risky = [
        cell
        for ws in book.worksheets
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith(FORMULA_STARTS)
    ]
    answers = book["Yanıtlar"]
    in_long_table = [c for c in risky if c.parent is answers]
    assert len(in_long_table) >= 2 * len(TEXTS) + len(questionnaire.questions)  # notes, unit
    assert [c.coordinate for c in risky if not (c.quotePrefix and c.data_type == "s")] == []
    with zipfile.ZipFile(out) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/"):
                assert b"<f>" not in z.read(name), name
