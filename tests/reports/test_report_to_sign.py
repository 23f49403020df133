"""A report to sign (issue 16 item 6): who and what in words on page 1, an approval block, a
logo, TASLAK on drafts only, an appendix of notes, evidence and N/A justifications, and no
font-subsetting chatter in the log. Read back from the PDF with pypdf."""

from __future__ import annotations

import logging
import re
import subprocess
import sys
from datetime import datetime

import pytest
from pypdf import PdfReader

from assessments.messages import MaturityError
from assessments.reports.pdf import write_report
from assessments.results import load_results
from assessments.scoring import Answer

NOTE = "Strateji belgesi 2025'te güncellendi; meclis onayı bekleniyor."
EVIDENCE = "https://www.balikesir.bel.tr/strateji-2025.pdf"
NA_WHY = "Görev alanımız dışında; ilçe belediyeleri yürütüyor."


def read(path) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(path).pages]


@pytest.fixture
def remarks(store, questionnaire, answered):
    """One answer with a note and evidence, one N/A with its justification."""
    first, second = questionnaire.questions[3], questionnaire.questions[10]
    store.set_answer(
        answered.uuid, Answer(first.id, current=2, target=4, note=NOTE, evidence=EVIDENCE)
    )
    store.set_answer(answered.uuid, Answer(second.id, not_applicable=True, note=NA_WHY))
    return first, second


def _report(store, questionnaire, uuid, path, lang="tr", **kwargs):
    return write_report(load_results(store, questionnaire, uuid), path, lang, **kwargs)


def test_page_one_says_who_what_and_when_in_words(store, questionnaire, answered, tmp_path):
    pages = read(_report(store, questionnaire, answered.uuid, tmp_path / "r.pdf"))
    first = pages[0]
    today = datetime.now().strftime("%d.%m.%Y")
    for expected in (
        "Balıkesir Büyükşehir Belediyesi",
        "Belediye: Balıkesir Büyükşehir Belediyesi",
        "Bilgi İşlem Dairesi Başkanlığı",
        "Dönem: 2026",
        "Yanıtlayan: Ayşe Yılmaz",
        f"Rapor tarihi: {today}",
        f"Soru seti: {questionnaire.title.get('tr')}, sürüm {questionnaire.version}",
    ):
        assert expected in first, expected
    assert re.search(r"Son değişiklik: \d\d\.\d\d\.\d{4} \d\d:\d\d", first)
    assert questionnaire.label not in first and "@" not in first


def test_english_page_one(store, questionnaire, answered, tmp_path):
    first = read(_report(store, questionnaire, answered.uuid, tmp_path / "r.pdf", "en"))[0]
    assert "Municipality: Balıkesir Metropolitan Municipality" in first
    assert (
        f"Questionnaire: {questionnaire.title.get('en')}, version {questionnaire.version}" in first
    )
    assert "DRAFT" in first and "TASLAK" not in first


def test_the_approval_block(store, questionnaire, answered, tmp_path):
    pages = read(_report(store, questionnaire, answered.uuid, tmp_path / "r.pdf"))
    holding = [page for page in pages if "Onay Hazırlayan Onaylayan" in page]
    assert len(holding) == 1  # the whole block on one page
    block = holding[0][holding[0].index("Onay Hazırlayan") :]
    assert re.match(r"Onay Hazırlayan Onaylayan Ad Soyad: Ayşe Yılmaz Unvan: İmza: Tarih:", block)


def test_taslak_on_every_page_of_a_draft_and_on_no_page_once_final(
    store, questionnaire, answered, tmp_path
):
    draft = read(_report(store, questionnaire, answered.uuid, tmp_path / "taslak.pdf"))
    assert all("TASLAK" in page for page in draft)
    assert "henüz kesinleştirilmedi" in draft[0]
    store.update_assessment(answered.uuid, status="final")
    final = read(_report(store, questionnaire, answered.uuid, tmp_path / "kesin.pdf"))
    assert not any("TASLAK" in page for page in final)
    assert "Durum: kesin" in final[0] and "henüz kesinleştirilmedi" not in final[0]


def test_the_appendix_holds_notes_evidence_and_na_justifications(
    store, questionnaire, answered, remarks, tmp_path
):
    first, second = remarks
    pages = read(_report(store, questionnaire, answered.uuid, tmp_path / "r.pdf"))
    start = next(
        n for n, page in enumerate(pages) if "Ek: Notlar, kanıtlar ve N/A gerekçeleri" in page
    )
    appendix = " ".join(pages[start:])
    assert f"{first.id} · " in appendix and NOTE in appendix
    assert EVIDENCE in appendix.replace(" ", "")  # a long URL is cut at the cell's edge
    assert f"{second.id} · " in appendix and f"Kapsam dışı (N/A): {NA_WHY}" in appendix
    assert appendix.index(first.id) < appendix.index(second.id)  # questionnaire order


def test_an_appendix_without_remarks_says_so(store, questionnaire, tmp_path):
    info = store.create_assessment("Hukuk Müşavirliği", "2026", questionnaire)
    store.set_answer(info.uuid, Answer(questionnaire.questions[0].id, current=1))
    pages = read(_report(store, questionnaire, info.uuid, tmp_path / "r.pdf"))
    assert "Hiçbir soruya not, kanıt ya da N/A gerekçesi yazılmamış." in pages[-1]


def test_a_note_longer_than_a_page_continues_and_nothing_is_cut(
    store, questionnaire, answered, tmp_path
):
    question = questionnaire.questions[5]
    words = [f"söz{n:05d}" for n in range(3000)]  # ~27,000 characters
    store.set_answer(answered.uuid, Answer(question.id, current=1, target=2, note=" ".join(words)))
    pages = read(_report(store, questionnaire, answered.uuid, tmp_path / "r.pdf"))
    text = " ".join(pages)
    assert all(word in text for word in words[::97] + words[-1:])


def _png(path, colour=(0.2, 0.4, 0.7)):
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    figure = Figure(figsize=(2, 1), dpi=50)
    FigureCanvasAgg(figure)
    figure.patch.set_facecolor(colour)
    figure.savefig(path, format="png")
    return path


def test_a_logo_on_page_one(store, questionnaire, answered, tmp_path):
    logo = _png(tmp_path / "logo.png")
    with_logo = PdfReader(
        _report(store, questionnaire, answered.uuid, tmp_path / "a.pdf", logo=logo)
    )
    without = PdfReader(_report(store, questionnaire, answered.uuid, tmp_path / "b.pdf"))
    assert len(with_logo.pages[0].images) == 1 and len(without.pages[0].images) == 0


@pytest.mark.parametrize(
    ("content", "code"), [(None, "r.logo_missing"), (b"not a picture", "r.logo_unreadable")]
)
def test_a_bad_logo_is_a_clear_error(store, questionnaire, answered, tmp_path, content, code):
    logo = tmp_path / "logo.png"
    if content is not None:
        logo.write_bytes(content)
    with pytest.raises(MaturityError) as caught:
        _report(store, questionnaire, answered.uuid, tmp_path / "r.pdf", logo=logo)
    assert caught.value.code == code and str(logo) in caught.value.message("tr")
    assert not (tmp_path / "r.pdf").exists()


def test_the_cli_takes_a_logo_and_names_a_bad_one(answered, tmp_path, monkeypatch):
    def report(*extra):
        return subprocess.run(
            [
                sys.executable,
                "-m",
                "assessments",
                "--lang",
                "tr",
                "report",
                "--unit",
                answered.unit,
                "--round",
                "2026",
                "--out",
                str(tmp_path / "r.pdf"),
                *extra,
            ],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
        )

    good = report("--logo", str(_png(tmp_path / "logo.png")))
    assert good.returncode == 0, good.stderr
    assert len(PdfReader(tmp_path / "r.pdf").pages[0].images) == 1
    monkeypatch.setenv("MATURITY_LOGO", str(tmp_path / "yok.png"))  # the settings value
    bad = report()
    assert bad.returncode == 1
    assert bad.stderr.strip() == f"Hata: Logo dosyası bulunamadı: {tmp_path / 'yok.png'}"


def test_no_font_subsetting_chatter_in_the_log(store, questionnaire, answered, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    _report(store, questionnaire, answered.uuid, tmp_path / "r.pdf")
    assert not [r for r in caplog.records if r.name.startswith("fontTools")]
