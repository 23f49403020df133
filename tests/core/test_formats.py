"""Every format a unit sends (issue 15): an export or a filled template written by the project's
own writer and saved again by LibreOffice as .xlsx, .xlsm, .ods and .xls (Excel 97), or as
.xlsb, reads exactly as the original (answers, unit, round, identity, checksum), and a merged
folder takes every workbook in it, reports every other file as not a workbook and passes over
only lock and hidden files."""

from __future__ import annotations

import random
import shutil

import docx
import openpyxl
import pytest
from office_formats import LibreOffice, needs_soffice, write_xlsb

from assessments.exchange.export import export_assessment
from assessments.exchange.layout import FORM_KEYS
from assessments.exchange.reader import read_workbook
from assessments.exchange.template import write_template
from assessments.merge.engine import merge
from assessments.sample_answers import plausible_answers
from assessments.store import Store

UNITS = (
    "Bilgi İşlem Dairesi Başkanlığı",
    "Çevre Koruma ve Kontrol Dairesi",
    "Fen İşleri Dairesi Başkanlığı",
    "Sağlık İşleri Dairesi",
    "Ulaşım Planlama ve Raylı Sistemler",
)
TEMPLATE_UNIT = "Zabıta Dairesi Başkanlığı"
FORMATS = ("xlsx", "xlsm", "ods", "xls", "xlsb")


@pytest.fixture(scope="session")
def office(tmp_path_factory):
    """LibreOffice with a profile of this test session's own."""
    return LibreOffice(tmp_path_factory.mktemp("soffice-profile"))


@pytest.fixture(scope="session")
def originals(tmp_path_factory, questionnaire):
    """Five units' exports and one filled template, as the project writes them (.xlsx)."""
    folder = tmp_path_factory.mktemp("originals")
    exports = []
    with Store(folder / "birimler.sqlite3") as store:
        for seed, unit in enumerate(UNITS):
            info = store.create_assessment(unit, "2026", questionnaire, respondent="Ayşe Yılmaz")
            for answer in plausible_answers(questionnaire, random.Random(seed)).values():
                store.set_answer(info.uuid, answer)
            exports.append(
                export_assessment(
                    store, questionnaire, info.uuid, folder / f"birim{seed}.xlsx", "tr"
                )
            )
    template = _filled_template(questionnaire, folder / "sablon.xlsx")
    return exports, template


def _filled_template(questionnaire, path):
    """A template filled in as a unit fills it (form and a few answers, by openpyxl)."""
    write_template(questionnaire, path, "tr")
    book = openpyxl.load_workbook(path)
    guide = book.worksheets[0]
    form = {"unit": TEMPLATE_UNIT, "round": "2026", "respondent": "Mehmet Demir"}
    for row in guide.iter_rows():
        for cell in row:
            if cell.value in FORM_KEYS:
                guide.cell(cell.row, cell.column + 2).value = form[cell.value]
    sheet = book["Yanıtlar"]
    key_row = next(r for r in sheet.iter_rows() if any(c.value == "question_id" for c in r))
    cols = {c.value: c.column for c in key_row if isinstance(c.value, str)}
    ids = [q.id for q in questionnaire.questions]
    filled = 0
    for row in range(key_row[0].row + 1, sheet.max_row + 1):
        if sheet.cell(row, cols["question_id"]).value in ids[:6]:
            sheet.cell(row, cols["current_level"]).value = 2 + filled % 3
            sheet.cell(row, cols["target_level"]).value = 4
            sheet.cell(row, cols["note"]).value = f"Gerekçe {filled}: çalışma sürüyor; İzmir ğüşıöç"
            filled += 1
    book.save(path)
    return path


@pytest.fixture(scope="session")
def saved_as(office, originals, tmp_path_factory):
    """(which, format) -> the original saved again in that format; which: 0-4 an export of
    UNITS, "template" the filled template."""
    folder = tmp_path_factory.mktemp("saved-as")
    exports, template = originals
    made = {}
    for which, source in [*enumerate(exports), ("template", template)]:
        for fmt in FORMATS:
            name = f"{source.stem}-kaydedildi.{fmt}"
            if fmt == "xlsb":  # LibreOffice reads .xlsb but cannot write it
                made[which, fmt] = write_xlsb(
                    office.convert(source, "xlsx", folder, name=f"{source.stem}-lo.xlsx"),
                    folder / name,
                )
            elif which in (0, "template") or FORMATS.index(fmt) == which:
                made[which, fmt] = office.convert(source, fmt, folder, name=name)
    return made


def _same_reading(original, again):
    assert again.ok, [p.message("en") for p in again.problems]
    assert not again.modified
    for attr in ("kind", "unit", "round", "respondent", "assessment_uuid", "revision", "status"):
        assert getattr(again, attr) == getattr(original, attr), attr
    assert again.answers == original.answers
    assert again.rows == original.rows  # the same cells: "Yanıtlar!E14" in every format
    assert again.meta == original.meta  # the hidden _meta sheet survives every save
    assert again.computed_sha256 == original.computed_sha256


@needs_soffice
@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_saved_in_another_format_reads_as_the_original(
    fmt, originals, saved_as, questionnaire
):
    original = read_workbook(originals[0][0], questionnaire)
    assert original.ok and original.kind == "export" and len(original.answers) > 50
    _same_reading(original, read_workbook(saved_as[0, fmt], questionnaire))


@needs_soffice
@pytest.mark.parametrize("fmt", FORMATS)
def test_a_filled_template_saved_in_another_format_reads_as_the_original(
    fmt, originals, saved_as, questionnaire
):
    original = read_workbook(originals[1], questionnaire)
    assert original.ok and original.kind == "template" and len(original.answers) == 6
    assert original.unit == TEMPLATE_UNIT
    again = read_workbook(saved_as["template", fmt], questionnaire)
    _same_reading(original, again)
    assert "ğüşıöç" in next(iter(again.answers.values())).note


@needs_soffice
def test_a_folder_of_every_format_is_merged_and_its_other_files_reported(
    tmp_path, originals, saved_as, questionnaire
):
    inbox = tmp_path / "Gelen"
    (inbox / "mart").mkdir(parents=True)
    sent = {}
    for which, fmt in enumerate(FORMATS):
        target = (inbox if which % 2 else inbox / "mart") / saved_as[which, fmt].name
        shutil.copy2(saved_as[which, fmt], target)
        sent[target.name] = UNITS[which]
    template = inbox / saved_as["template", "ods"].name
    shutil.copy2(saved_as["template", "ods"], template)
    sent[template.name] = TEMPLATE_UNIT
    document = docx.Document()
    document.add_paragraph("Birimin notları")
    document.save(inbox / "notlar.docx")
    (inbox / "foto.jpg").write_bytes(b"\xff\xd8\xff\xe0" + b"\x00" * 64)
    (inbox / "OKUBENI").write_text("birleştirme için", encoding="utf-8")
    for skipped in ("~$birim0-kaydedildi.xlsx", ".~lock.birim2-kaydedildi.ods#", "._x.xlsx"):
        (inbox / skipped).write_bytes(b"\x00" * 162)

    with Store(tmp_path / "koordinator.sqlite3") as coordinator:
        report = merge([inbox], coordinator, questionnaire, workers=0)
        outcomes = {o.name: o for o in report.outcomes}
        assert set(outcomes) == {*sent, "notlar.docx", "foto.jpg", "OKUBENI"}  # no lock file
        for name, unit in sent.items():
            assert outcomes[name].status == "accepted", (name, outcomes[name].message("en"))
            assert outcomes[name].unit == unit and outcomes[name].stored
        stored = {info.unit: info.uuid for info in coordinator.assessments()}
        assert set(stored) == set(sent.values())
        for which, unit in enumerate(UNITS):  # the answers stored are the export's own
            assert coordinator.answers(stored[unit]) == (
                read_workbook(originals[0][which], questionnaire).answers
            )
        logged = {entry.path.rsplit("/", 1)[-1]: entry for entry in coordinator.imports.rows()}

    for name, suffix in (("notlar.docx", ".docx"), ("foto.jpg", ".jpg")):
        assert outcomes[name].status == "rejected" and not outcomes[name].stored
        (reason,) = outcomes[name].reasons
        assert (reason.code, reason.params) == ("m.not_a_workbook", {"suffix": suffix})
        assert f"Çalışma kitabı değil ({suffix} dosyası)" in outcomes[name].message("tr")
        assert f"Not a workbook (a {suffix} file)" in outcomes[name].message("en")
        assert logged[name].status == "rejected"  # in the database's import log too
    assert outcomes["OKUBENI"].reasons[0].code == "m.no_suffix"
    total = len(sent) + 3
    assert report.summary("tr") == f"{total} dosya: alındı {len(sent)}, reddedildi 3."
    assert report.exit_code == 1  # something was rejected: the coordinator must look


def test_only_other_files_in_a_folder_mean_nothing_usable(tmp_path, store, questionnaire):
    (tmp_path / "rapor.pdf").write_bytes(b"%PDF-1.7\n")
    (tmp_path / "~$rapor.xlsx").write_bytes(b"\x00")
    report = merge([tmp_path], store, questionnaire, workers=0)
    assert [(o.name, o.status) for o in report.outcomes] == [("rapor.pdf", "rejected")]
    assert report.exit_code == 2 and not report.usable


def test_the_database_kept_in_the_merged_folder_is_not_a_units_file(
    tmp_path, originals, questionnaire
):
    """A coordinator who keeps the database (with SQLite's files and its backups) in the inbox
    folder: the merge reads the units' workbooks there and leaves the database's own files."""
    inbox = tmp_path / "Gelen Dosyalar"
    inbox.mkdir()
    for export in originals[0][:2]:
        shutil.copy2(export, inbox / export.name)
    (inbox / "notlar.txt").write_text("birimin notu", encoding="utf-8")
    with Store(inbox / "olgunluk.sqlite3") as coordinator:
        coordinator.backup("elle")
        (inbox / "olgunluk.sqlite3-journal").write_bytes(b"")  # as a killed write leaves it
        report = merge([inbox], coordinator, questionnaire, workers=0)
    statuses = {o.name: o.status for o in report.outcomes}
    assert statuses == {
        originals[0][0].name: "accepted",
        originals[0][1].name: "accepted",
        "notlar.txt": "rejected",  # a stranger's file is still named, never passed over
    }


def test_a_file_given_by_name_is_read_whatever_its_name_says(tmp_path, originals, questionnaire):
    """The format is told by the content: an export renamed .ods still reads."""
    renamed = tmp_path / "birim.ods"
    shutil.copy2(originals[0][0], renamed)
    parsed = read_workbook(renamed, questionnaire)
    assert parsed.ok and parsed.unit == UNITS[0]
