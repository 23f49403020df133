"""The template and the export print legibly on A4: no text of an answer sheet (nor of the
template's guide) prints below 8 pt once the page is scaled, title rows repeat, the footer
names the sheet and the page; and LibreOffice, rendering with whatever font it has (here often
DejaVu Sans, wider than Calibri), prints every question whole on A4 pages at 8 pt or more."""

from __future__ import annotations

import re

import openpyxl
import pytest
from office_formats import LibreOffice, needs_soffice
from pypdf import PdfReader

from assessments.exchange.layout import META_SHEET

A4 = (595.3, 841.9)  # points
# A column w characters wide: Excel (Calibri 11, 7 px a digit + 5 px padding, at 96 dpi) and
# LibreOffice with DejaVu Sans as its fallback (7 pt a digit, measured). The wider one counts.
EXCEL_WIDTH = lambda w: (7 * w + 5) * 0.75  # noqa: E731
FALLBACK_WIDTH = lambda w: 7.0 * w  # noqa: E731


def _print_scale(ws) -> float:
    """The scale the page setup gives: explicit, or fit to one page wide (never enlarging)."""
    setup = ws.page_setup
    if not ws.sheet_properties.pageSetUpPr.fitToPage:
        return (setup.scale or 100) / 100
    assert setup.fitToWidth == 1 and setup.fitToHeight == 0, "fit to width only"
    paper = A4[1] if setup.orientation == "landscape" else A4[0]
    printable = paper - (ws.page_margins.left + ws.page_margins.right) * 72
    columns = [
        dim.width
        for letter, dim in ws.column_dimensions.items()
        if not dim.hidden and letter <= openpyxl.utils.get_column_letter(ws.max_column)
    ]
    wide = max(sum(EXCEL_WIDTH(w) for w in columns), sum(FALLBACK_WIDTH(w) for w in columns))
    return min(1.0, printable / wide)


def _smallest_font(ws) -> float:
    hidden = {letter for letter, dim in ws.column_dimensions.items() if dim.hidden}
    sizes = [
        cell.font.sz or 11
        for row in ws.iter_rows()
        for cell in row
        if cell.value not in (None, "") and cell.column_letter not in hidden
    ]
    parts = (ws.oddHeader.center, ws.oddFooter.left, ws.oddFooter.right)
    sizes += [part.size or 11 for part in parts if part.text]
    return min(sizes)


def _printed_sheets(path):
    book = openpyxl.load_workbook(path)
    return {ws.title: ws for ws in book.worksheets if ws.title != META_SHEET}


@pytest.mark.parametrize(
    ("kind", "sheet"),
    [
        ("template", "Yanıtlar"),
        ("template", "Yönergeler"),
        ("export", "Yanıtlar"),
        ("export", "Özet"),
        ("export", "Rubrik"),
    ],
)
def test_every_text_prints_at_8_pt_or_more_on_a4(kind, sheet, template_path, export_path):
    ws = _printed_sheets(template_path if kind == "template" else export_path)[sheet]

    effective = _smallest_font(ws) * _print_scale(ws)

    assert effective >= 8, f"{sheet}: {effective:.1f} pt"
    assert ws.page_setup.paperSize == 9  # A4
    assert ws.oddFooter.left.text == "&A" and ws.oddFooter.right.text == "Sayfa &P / &N"
    if sheet in ("Yanıtlar", "Rubrik"):
        assert ws.page_setup.orientation == "landscape"
        assert ws.print_title_rows.replace("$", "") == "1:1"  # the key row: page 1 only
    if sheet == "Yanıtlar":
        assert ws.cell(3, 3).alignment.wrap_text  # the question


def test_row_heights_allow_for_a_wider_font(template_path, questionnaire):
    """Each question's row is as tall as its rubric needs in LibreOffice with DejaVu Sans, the
    widest fallback: 1.35 characters of 11 pt text per unit of column width (1.37 measured on
    the rubric column), lines 1.16 times the size apart."""
    ws = openpyxl.load_workbook(template_path)["Yanıtlar"]
    keys = {c.value: c.column_letter for c in ws[2]}
    width = ws.column_dimensions[keys["rubric"]].width
    for row in range(3, ws.max_row + 1):  # every question
        rubric = ws[f"{keys['rubric']}{row}"].value
        per_line = width * 1.35 * 11 / 9
        needed = sum(-(-len(part) // int(per_line)) for part in rubric.split("\n")) * 9 * 1.16
        assert ws.row_dimensions[row].height >= needed, row


def _pages(reader: PdfReader) -> list[tuple[str, list[float]]]:
    """Per page: its text column by column (runs starting at the same x, top to bottom, so a
    wrapped cell reads as one text) and the size of every run as printed (font size × text
    matrix × transformation)."""
    pages = []
    for page in reader.pages:
        runs, sizes = [], []

        def visit(text, cm, tm, font, size, runs=runs, sizes=sizes):
            if not text.strip():
                return
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            c, d = tm[2] * cm[0] + tm[3] * cm[2], tm[2] * cm[1] + tm[3] * cm[3]
            runs.append((round(x), -y, text))
            sizes.append(size * (c * c + d * d) ** 0.5)

        page.extract_text(visitor_text=visit)
        columns: dict[int, list] = {}
        for x, y, text in runs:
            columns.setdefault(x, []).append((y, text))
        text = " | ".join(" ".join(t for _, t in sorted(lines)) for lines in columns.values())
        pages.append((" ".join(text.split()), sizes))
    return pages


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return LibreOffice(tmp_path_factory.mktemp("soffice-profile"))


@needs_soffice
@pytest.mark.parametrize("kind", ["template", "export"])
def test_libreoffice_prints_every_question_whole_on_a4_at_8_pt(
    kind, tmp_path, office, template_path, export_path, questionnaire
):
    path = template_path if kind == "template" else export_path
    reader = PdfReader(office.convert(path, "pdf", tmp_path / "pdf"))

    for page in reader.pages:
        size = sorted((float(page.mediabox.width), float(page.mediabox.height)))
        assert size == pytest.approx(A4, abs=1), size
    # the answer sheet's pages: the column titles repeat at the top of each
    answers = [(text, sizes) for text, sizes in _pages(reader) if "Soru no" in text]
    assert min(min(sizes) for _, sizes in _pages(reader)) >= 7.95  # every sheet, every page
    assert len(answers) > 5
    smallest = min(min(sizes) for _, sizes in answers)
    assert smallest >= 7.95, f"{smallest:.2f} pt"
    printed = re.sub(r"-\s+", "-", " ".join(text for text, _ in answers))  # "kamu-" "özel"
    for question in questionnaire.dimensions[0].questions:
        whole = " ".join(question.text.get("tr").split())
        assert whole in printed, f"{question.id} is cut or missing"
        if kind == "template":
            for level in range(6):
                description = " ".join(question.level_text(level, "tr").split())
                assert description in printed, f"{question.id} level {level}"
    assert re.search(r"Sayfa\W+1\W+/\W+\d+", " ".join(text for text, _ in _pages(reader)))
