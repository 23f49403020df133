"""Every Turkish letter (and â, î, û) survives the database, the export, the import and the PDF
report; unit names are searched and sorted by Turkish rules in the store, also after import."""

from __future__ import annotations

import html
import random
import zipfile

import pytest
from pypdf import PdfReader

from assessments.exchange.export import export_assessment, suggested_file_name
from assessments.exchange.importer import import_file
from assessments.exchange.reader import read_workbook
from assessments.reports.pdf import write_report
from assessments.results import load_results
from assessments.sample_answers import plausible_answers
from assessments.scoring import Answer

LETTERS = "ÇçĞğİıÖöŞşÜü âîû"
UNIT = f"Çağrı Ğ İı Öğütülmüş Şişe Üzüm {LETTERS} Müdürlüğü"
RESPONDENT = "Şükrü Ağıroğlu (Çevre İşleri Şefi) âîû"
NOTE = f"Gerekçe: {LETTERS} — IĞDIR, ığdır, İZMİR, izmir; KÂĞIT, kâğıt, HALÎ, halî, ÛMİT, ûmit."
EVIDENCE = f"Kanıt: {LETTERS} · ŞUBAT 2026 · çıktı ölçümü"


@pytest.fixture
def turkish_assessment(store, questionnaire):
    info = store.create_assessment(UNIT, "2026 Güz", questionnaire, respondent=RESPONDENT)
    answers = plausible_answers(questionnaire, random.Random(13))
    first, second = questionnaire.questions[0].id, questionnaire.questions[1].id
    answers[first] = Answer(first, current=1, target=3, note=NOTE, evidence=EVIDENCE)
    answers[second] = Answer(second, not_applicable=True, note=NOTE)
    for answer in answers.values():
        store.set_answer(info.uuid, answer)
    return store.assessment(info.uuid), first, second


def pdf_text(path) -> str:
    return " ".join(" ".join(page.extract_text() for page in PdfReader(path).pages).split())


def test_every_letter_through_db_export_import_and_pdf(
    store, coordinator, questionnaire, turkish_assessment, tmp_path
):
    info, first, second = turkish_assessment
    # The database gives back exactly what was typed.
    assert store.assessment(info.uuid).unit == UNIT
    assert store.answer(info.uuid, first).note == NOTE
    assert store.answer(info.uuid, first).evidence == EVIDENCE

    # The export carries the letters as text (UTF-8 XML), also in its name.
    name = suggested_file_name(info, "tr")
    assert LETTERS.replace(" ", "") in name.replace(" ", "")
    path = export_assessment(store, questionnaire, info.uuid, tmp_path / name, "tr")
    with zipfile.ZipFile(path) as z:
        xml = b"".join(z.read(n) for n in z.namelist() if n.endswith(".xml")).decode("utf-8")
    xml = html.unescape(xml)  # openpyxl with lxml writes non-ASCII letters as &#350; and so on
    for text in (UNIT, RESPONDENT, NOTE, EVIDENCE):
        assert text in xml, text

    # The import (into the coordinator's database) gives back every character.
    parsed = read_workbook(path, questionnaire)
    assert parsed.ok and not parsed.modified
    assert (parsed.unit, parsed.respondent, parsed.round) == (UNIT, RESPONDENT, "2026 Güz")
    result = import_file(coordinator, questionnaire, path)
    imported = coordinator.assessment(result.assessment.uuid)
    assert (imported.unit, imported.respondent) == (UNIT, RESPONDENT)
    assert coordinator.answers(info.uuid) == store.answers(info.uuid)

    # The PDF made from the imported assessment holds the letters as extractable text.
    report = write_report(
        load_results(coordinator, questionnaire, info.uuid), tmp_path / "rapor.pdf", "tr"
    )
    text = pdf_text(report)
    for letter in LETTERS.replace(" ", ""):
        assert letter in text, letter
    for expected in (UNIT, "Yanıtlayan: " + RESPONDENT, NOTE):  # the N/A justification is printed
        assert " ".join(expected.split()) in text, expected


def test_english_export_and_report_keep_turkish_names(
    store, coordinator, questionnaire, turkish_assessment, tmp_path
):
    info, first, _ = turkish_assessment
    path = export_assessment(store, questionnaire, info.uuid, tmp_path / "en.xlsx", "en")
    import_file(coordinator, questionnaire, path)
    assert coordinator.answer(info.uuid, first).note == NOTE
    text = pdf_text(
        write_report(load_results(coordinator, questionnaire, info.uuid), tmp_path / "r.pdf", "en")
    )
    assert UNIT in text and "Respondent: " + RESPONDENT in text


NAMES = [
    "İmar ve Şehircilik",
    "Hukuk Müşavirliği",
    "Işık Planlama",
    "ılık Su Tesisleri",
    "Çevre Koruma",
    "Cami Hizmetleri",
    "Zabıta",
    "Şehir Planlama",
    "Su ve Kanal",
    "Ödeme Birimi",
    "Oda Yönetimi",
    "İSTANBUL İrtibat Bürosu",
    "ISPARTA Koordinasyon",
    "Üretim",
    "Ulaşım",
    "Gençlik",
    "Ğ Deneme",
]
TURKISH_ORDER = [
    "Cami Hizmetleri",
    "Çevre Koruma",
    "Gençlik",
    "Ğ Deneme",
    "Hukuk Müşavirliği",
    "ılık Su Tesisleri",
    "ISPARTA Koordinasyon",
    "Işık Planlama",
    "İmar ve Şehircilik",
    "İSTANBUL İrtibat Bürosu",
    "Oda Yönetimi",
    "Ödeme Birimi",
    "Su ve Kanal",
    "Şehir Planlama",
    "Ulaşım",
    "Üretim",
    "Zabıta",
]


def _search(store, text: str) -> list[str]:
    return [u.name for u in store.search_units(text)]


def test_unit_search_and_sort_follow_turkish_rules(store):
    for name in NAMES:
        store.add_unit(name)
    assert [u.name for u in store.units()] == TURKISH_ORDER
    assert sorted(NAMES) != TURKISH_ORDER  # code-point order would be wrong
    assert _search(store, "istanbul") == ["İSTANBUL İrtibat Bürosu"]
    assert _search(store, "İSTANBUL") == ["İSTANBUL İrtibat Bürosu"]
    assert _search(store, "ısparta") == ["ISPARTA Koordinasyon"]
    assert _search(store, "ışık") == ["Işık Planlama"]
    assert _search(store, "ILIK") == ["ılık Su Tesisleri"]
    assert _search(store, "şehir") == ["İmar ve Şehircilik", "Şehir Planlama"]
    assert _search(store, "ŞEHİR") == ["İmar ve Şehircilik", "Şehir Planlama"]
    assert _search(store, "  imar   ve ") == ["İmar ve Şehircilik"]
    # The same unit is found whatever its case: no second "İMAR VE ŞEHİRCİLİK".
    assert store.find_unit("İMAR VE ŞEHİRCİLİK").name == "İmar ve Şehircilik"
    assert store.find_unit("imar ve şehircilik").name == "İmar ve Şehircilik"


def test_imported_units_sort_and_match_by_turkish_rules(source, coordinator, questionnaire):
    """Units arriving by import (the coordinator's case) obey the same rules; an export whose
    unit differs from a known unit only in case joins that unit."""
    coordinator.add_unit("HUKUK MÜŞAVİRLİĞİ")
    for unit in (
        "İmar ve Şehircilik Dairesi Başkanlığı",
        "ılık Su Tesisleri",
        "Işık Planlama",
        "Hukuk Müşavirliği",
    ):
        import_file(coordinator, questionnaire, source.export(unit, seed=len(unit)))
    assert [u.name for u in coordinator.units()] == [
        "HUKUK MÜŞAVİRLİĞİ",
        "ılık Su Tesisleri",
        "Işık Planlama",
        "İmar ve Şehircilik Dairesi Başkanlığı",
    ]
    assert [u.name for u in coordinator.search_units("imar")] == [
        "İmar ve Şehircilik Dairesi Başkanlığı"
    ]
