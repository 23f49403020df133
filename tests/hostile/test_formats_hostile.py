"""Hostile and unreadable files in the formats other than .xlsx (issue 15): each is refused,
before python-calamine opens it, with its own reason naming the file (and the sheet or cell),
never a traceback: password-protected (encrypted OOXML, an .xls with FilePass, an .ods saved
with a password), macros, Excel 5.0/95 and other old formats, other documents, OpenDocument
problems, grids too large to allocate, and formulas in answer cells of .ods/.xls/.xlsb."""

from __future__ import annotations

import os
import struct
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from office_formats import (
    LibreOffice,
    needs_soffice,
    record,
    write_compound,
    write_xlsb,
)

from assessments.exchange.cfb import CompoundFile
from assessments.exchange.reader import read_workbook
from assessments.merge.engine import merge

ROOT = Path(__file__).resolve().parents[2]
# A real EncryptionInfo header (agile encryption, version 4.4) before its XML descriptor.
ENCRYPTION_INFO = struct.pack("<HHI", 4, 4, 0x40) + b'<?xml version="1.0"?><encryption/>'


def _problems(path: Path, questionnaire):
    parsed = read_workbook(path, questionnaire)  # never raises
    assert parsed.problems, "refused"
    for problem in parsed.problems:  # every message names the file
        assert problem.source == path.name
        assert problem.message("tr") and problem.message("en")
    return parsed.problems


def _codes(path: Path, questionnaire) -> list[str]:
    return [p.code for p in _problems(path, questionnaire)]


@pytest.fixture(scope="module")
def office(tmp_path_factory):
    return LibreOffice(tmp_path_factory.mktemp("soffice-profile"))


@pytest.fixture(scope="module")
def lo_files(office, source, tmp_path_factory):
    """The source's export saved by LibreOffice as .ods and .xls, and one with a formula in an
    answer cell (Yanıtlar, the first question's current level) as .xlsx, .ods and .xls."""
    folder = tmp_path_factory.mktemp("lo")
    made = {fmt: office.convert(source.base, fmt, folder) for fmt in ("ods", "xls")}
    formula = folder / "formullu.xlsx"
    book = openpyxl.load_workbook(source.base)
    sheet = book["Yanıtlar"]
    key_row = next(r for r in sheet.iter_rows() if any(c.value == "question_id" for c in r))
    column = next(c.column for c in key_row if c.value == "current_level")
    cell = sheet.cell(key_row[0].row + 1, column)
    cell.value = "=1+2"
    book.save(formula)
    made["formula-xlsx"] = formula
    made["formula-cell"] = f"Yanıtlar!{cell.coordinate}"
    for fmt in ("ods", "xls"):
        made[f"formula-{fmt}"] = office.convert(formula, fmt, folder)
    return made


# -- password-protected ----------------------------------------------------------------------


def test_an_encrypted_workbook_is_refused_as_password_protected(tmp_path, questionnaire):
    """What Excel writes for "Encrypt with password": a compound file of EncryptionInfo and
    EncryptedPackage, whatever the name says."""
    path = tmp_path / "sifreli.xlsx"
    path.write_bytes(
        write_compound({"EncryptionInfo": ENCRYPTION_INFO, "EncryptedPackage": os.urandom(6000)})
    )
    assert CompoundFile(path.read_bytes()).names() == ["EncryptionInfo", "EncryptedPackage"]
    (problem,) = _problems(path, questionnaire)
    assert problem.code == "x.password"
    assert "parolayla korunuyor: parolayı kaldırıp yeniden kaydedin" in problem.message("tr")
    assert "password-protected: remove the password, save it again" in problem.message("en")


def test_an_encrypted_workbook_in_a_folder_is_rejected_with_its_reason(
    tmp_path, coordinator, questionnaire
):
    inbox = tmp_path / "Gelen"
    inbox.mkdir()
    data = write_compound({"EncryptionInfo": ENCRYPTION_INFO, "EncryptedPackage": b"\x01" * 5000})
    for name in ("sifreli.xlsx", "sifreli.xlsb", "sifreli.xlsm"):
        (inbox / name).write_bytes(data)
    report = merge([inbox], coordinator, questionnaire, workers=0)
    assert {(o.name, o.status, o.reasons[0].code) for o in report.outcomes} == {
        (name, "rejected", "x.password")
        for name in ("sifreli.xlsx", "sifreli.xlsb", "sifreli.xlsm")
    }


@needs_soffice
def test_an_xls_with_a_password_is_refused(lo_files, tmp_path, questionnaire):
    stream = CompoundFile(lo_files["xls"].read_bytes()).stream("Workbook")
    (bof_size,) = struct.unpack_from("<H", stream, 2)
    filepass = struct.pack("<HHH", 0x002F, 54, 1) + b"\x00" * 52  # FilePass: RC4
    path = tmp_path / "parolali.xls"
    path.write_bytes(
        write_compound({"Workbook": stream[: 4 + bof_size] + filepass + stream[4 + bof_size :]})
    )
    assert _codes(path, questionnaire) == ["x.password"]


@needs_soffice
def test_an_ods_saved_with_a_password_is_refused(lo_files, tmp_path, questionnaire):
    path = _rewrite(
        lo_files["ods"],
        tmp_path / "parolali.ods",
        {
            "META-INF/manifest.xml": lambda d: d.replace(
                b'manifest:full-path="content.xml" manifest:media-type="text/xml"/>',
                b'manifest:full-path="content.xml" manifest:media-type="text/xml">'
                b'<manifest:encryption-data manifest:checksum-type="SHA1/1K"/>'
                b"</manifest:file-entry>",
            )
        },
    )
    assert _codes(path, questionnaire) == ["x.password"]


# -- macros, old formats, other documents -----------------------------------------------------


@needs_soffice
def test_an_xls_with_macros_is_refused(lo_files, tmp_path, questionnaire):
    stream = CompoundFile(lo_files["xls"].read_bytes()).stream("Workbook")
    path = tmp_path / "makrolu.xls"
    path.write_bytes(write_compound({"Workbook": stream}, ("_VBA_PROJECT_CUR",)))
    assert _codes(path, questionnaire) == ["x.macros"]


@needs_soffice
def test_an_excel_95_book_is_an_old_format(lo_files, tmp_path, questionnaire):
    stream = bytearray(CompoundFile(lo_files["xls"].read_bytes()).stream("Workbook"))
    stream[4:6] = struct.pack("<H", 0x0500)  # BOF of BIFF5
    path = tmp_path / "excel95.xls"
    path.write_bytes(write_compound({"Book": bytes(stream)}))
    (problem,) = _problems(path, questionnaire)
    assert problem.code == "x.legacy_format" and "Excel 5.0/95" in problem.message("tr")
    assert ".xlsx olarak kaydedin" in problem.message("tr")


@pytest.mark.parametrize(
    ("name", "data", "code", "words"),
    [
        ("eski.xls", b"\x09\x04\x06\x00\x00\x00\x10\x00" + b"\x00" * 64, "x.legacy_format", "4.0"),
        ("lotus.wk1", b"\x00\x00\x02\x00\x06\x04" + b"\x00" * 64, "x.legacy_format", "Lotus"),
        ("rapor.xlsx", b"%PDF-1.7\n" + b"\x00" * 64, "x.wrong_document", "PDF belgesi"),
        ("foto.xls", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64, "x.wrong_document", "PNG resmi"),
    ],
)
def test_old_formats_and_other_files_say_what_they_are(
    name, data, code, words, tmp_path, questionnaire
):
    path = tmp_path / name
    path.write_bytes(data)
    (problem,) = _problems(path, questionnaire)
    assert problem.code == code and words in problem.message("tr")


def test_word_documents_are_not_workbooks(tmp_path, questionnaire):
    document = docx.Document()
    document.add_paragraph("Birimin notları")
    document.save(tmp_path / "notlar.xlsx")
    (tmp_path / "eski.xls").write_bytes(write_compound({"WordDocument": b"\xec\xa5" + b"\x00" * 9}))
    (new,) = _problems(tmp_path / "notlar.xlsx", questionnaire)
    (old,) = _problems(tmp_path / "eski.xls", questionnaire)
    assert new.code == old.code == "x.wrong_document"
    assert "Word belgesi (.docx), çalışma kitabı değil" in new.message("tr")
    assert "Word 97-2003 document (.doc), not a workbook" in old.message("en")


@needs_soffice
@pytest.mark.parametrize(
    ("mimetype", "code", "words"),
    [
        (b"application/vnd.oasis.opendocument.text", "x.wrong_document", "metin belgesi (.odt)"),
        (b"application/vnd.sun.xml.calc", "x.legacy_format", "OpenOffice.org 1.x"),
        (b"application/x-bilinmeyen", "x.ods_damaged", "LibreOffice'te açıp yeniden kaydedin"),
    ],
)
def test_opendocument_files_that_are_no_spreadsheets(
    mimetype, code, words, lo_files, tmp_path, questionnaire
):
    path = _rewrite(lo_files["ods"], tmp_path / "belge.ods", {"mimetype": lambda d: mimetype})
    (problem,) = _problems(path, questionnaire)
    assert problem.code == code and words in problem.message("tr")


@needs_soffice
def test_an_ods_without_its_content_is_damaged(lo_files, tmp_path, questionnaire):
    path = _rewrite(lo_files["ods"], tmp_path / "eksik.ods", {"content.xml": None})
    (problem,) = _problems(path, questionnaire)
    assert problem.code == "x.ods_damaged" and "content.xml" in problem.message("en")


# -- grids too large to allocate, formulas ----------------------------------------------------


@needs_soffice
@pytest.mark.parametrize(
    "row",
    [
        b'<table:table-row><table:table-cell table:number-columns-repeated="2000000000" '
        b'office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>',
        b'<table:table-row table:number-rows-repeated="2000000000"><table:table-cell '
        b'table:number-columns-repeated="3"/><table:table-cell office:value-type="float" '
        b'office:value="1"/></table:table-row>',
    ],
    ids=["cells", "rows"],
)
def test_an_ods_repeating_a_cell_billions_of_times_is_refused(
    row, lo_files, tmp_path, questionnaire
):
    def grow(data: bytes) -> bytes:
        at = data.index(b"</table:table>")  # the end of the first sheet, Özet
        return data[:at] + row + data[at:]

    path = _rewrite(lo_files["ods"], tmp_path / "dev.ods", {"content.xml": grow})
    (problem,) = _problems(path, questionnaire)
    assert problem.code == "x.sheet_too_large" and problem.where.startswith("Özet!")


@needs_soffice
def test_an_xls_declaring_a_huge_dimension_is_refused(lo_files, tmp_path, questionnaire):
    stream = bytearray(CompoundFile(lo_files["xls"].read_bytes()).stream("Workbook"))
    at = stream.index(struct.pack("<HH", 0x0200, 14))  # the first sheet's Dimensions
    stream[at + 4 : at + 16] = struct.pack("<IIHH", 0, 65536, 0, 256)
    path = tmp_path / "genis.xls"
    path.write_bytes(write_compound({"Workbook": bytes(stream)}))
    (problem,) = _problems(path, questionnaire)
    assert problem.code == "x.sheet_too_large" and problem.where.startswith("Özet")


def test_an_xlsb_with_a_far_dimension_or_two_workbooks_is_refused(source, tmp_path, questionnaire):
    huge = record(0x0094, struct.pack("<IIII", 0, 1_048_575, 0, 16_383))
    far = write_xlsb(source.base, tmp_path / "genis.xlsb", extra={"Yanıtlar": huge})
    (problem,) = _problems(far, questionnaire)
    assert problem.code == "x.sheet_too_large" and problem.where.startswith("Yanıtlar")
    both = tmp_path / "ikisi.xlsb"
    write_xlsb(source.base, both)
    with zipfile.ZipFile(both, "a") as package:  # a part python-calamine would read first
        package.writestr("xl/workbook.xml", "<workbook/>")
    assert _codes(both, questionnaire) == ["x.corrupt"]


@needs_soffice
@pytest.mark.parametrize("fmt", ["xlsx", "ods", "xls", "xlsb"])
def test_a_formula_in_an_answer_cell_is_refused_in_every_format(
    fmt, lo_files, tmp_path, questionnaire
):
    """calamine reads only a formula's cached value: the cell is named, in each format."""
    if fmt == "xlsb":
        book = openpyxl.load_workbook(lo_files["formula-xlsx"])
        sheet = book["Yanıtlar"]
        cell = sheet[lo_files["formula-cell"].split("!")[1]]
        head = struct.pack("<II", cell.column - 1, 0) + struct.pack("<d", 3.0)
        formula = record(0x0000, struct.pack("<IIHBBI", cell.row - 1, 0, 300, 0, 0, 0)) + record(
            0x0009,
            head + b"\x00\x00" + struct.pack("<II", 0, 0),  # BrtFmlaNum, empty formula
        )
        path = write_xlsb(lo_files["xls"], tmp_path / "formullu.xlsb", extra={"Yanıtlar": formula})
    else:
        path = lo_files[f"formula-{fmt}"]
    problems = _problems(path, questionnaire)
    assert [(p.code, p.where, p.params["field"]) for p in problems] == [
        ("x.formula", lo_files["formula-cell"], "current_level")
    ]


# -- through the command line ---------------------------------------------------------------


def test_the_command_line_says_what_to_do_never_a_traceback(tmp_path):
    path = tmp_path / "sifreli.xlsx"
    path.write_bytes(
        write_compound({"EncryptionInfo": ENCRYPTION_INFO, "EncryptedPackage": b"\x00" * 5000})
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "assessments",
            "import",
            "--db",
            str(tmp_path / "c.sqlite3"),
            str(path),
            "--lang",
            "tr",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        timeout=300,
    )
    assert done.returncode == 1 and "Traceback" not in done.stdout + done.stderr
    assert "sifreli.xlsx: Dosya parolayla korunuyor" in done.stderr


def _rewrite(source: Path, target: Path, changes: dict) -> Path:
    """A copy of the zip ``source`` with members changed (None: dropped); ``mimetype`` stays
    first and stored, as ODF wants."""
    with zipfile.ZipFile(source) as package:
        items = [(info, package.read(info.filename)) for info in package.infolist()]
    with zipfile.ZipFile(target, "w") as out:
        for info, data in items:
            change = changes.get(info.filename, lambda d: d)
            if change is None:
                continue
            method = zipfile.ZIP_STORED if info.filename == "mimetype" else zipfile.ZIP_DEFLATED
            out.writestr(info.filename, change(data), compress_type=method)
    return target
