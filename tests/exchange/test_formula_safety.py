"""User text never becomes a formula, and the workbook opens in LibreOffice without errors."""

from __future__ import annotations

import subprocess
import zipfile

import openpyxl
from exchange_helpers import key_row, rows_by_question

from assessments.exchange.export import export_assessment
from assessments.scoring import Answer

HYPERLINK = '=HYPERLINK("http://x","y")'


def _export_with_dangerous_texts(tmp_path, store, questionnaire):
    info = store.create_assessment(
        "Ulaşım Dairesi Başkanlığı", "2026", questionnaire, respondent="@admin"
    )
    ids = [q.id for q in questionnaire.questions]
    store.set_answer(info.uuid, Answer(ids[0], 2, 3, note=HYPERLINK, evidence="+1+1"))
    store.set_answer(info.uuid, Answer(ids[1], 1, 2, note="-2+3", evidence="\tsekme"))
    store.set_answer(info.uuid, Answer(ids[2], 1, 2, note="#DIV/0!", evidence="=1/0"))
    return export_assessment(store, questionnaire, info.uuid, tmp_path / "ulasim.xlsx", "tr"), ids


def test_formula_like_notes_are_stored_as_text(tmp_path, store, questionnaire):
    path, ids = _export_with_dangerous_texts(tmp_path, store, questionnaire)

    wb = openpyxl.load_workbook(path)
    ws = wb["Yanıtlar"]
    _, cols = key_row(ws)
    rows = rows_by_question(ws)
    note = ws.cell(rows[ids[0]], cols["note"])
    assert note.value == HYPERLINK
    assert note.data_type == "s"
    assert note.quotePrefix
    assert ws.cell(rows[ids[0]], cols["evidence"]).data_type == "s"
    assert ws.cell(rows[ids[2]], cols["note"]).data_type == "s"  # not an error value
    assert ws.cell(rows[ids[2]], cols["evidence"]).value == "=1/0"
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/sheet"):
                assert b"<f>" not in z.read(name), name


def test_workbook_opens_in_libreoffice_and_shows_the_text(tmp_path, soffice, store, questionnaire):
    from pypdf import PdfReader

    path, _ = _export_with_dangerous_texts(tmp_path, store, questionnaire)
    out = tmp_path / "pdf"
    done = subprocess.run(
        [
            soffice,
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(path),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert done.returncode == 0, done.stderr
    pdf = out / "ulasim.pdf"
    assert pdf.is_file() and pdf.stat().st_size > 10_000
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert HYPERLINK in text.replace("\n", "")
    assert "Err:" not in text and "#NAME?" not in text
