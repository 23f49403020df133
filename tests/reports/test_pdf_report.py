"""The PDF report holds the unit, the scores and the top gaps as real, extractable text."""

from __future__ import annotations

import pytest
from pypdf import PdfReader

from assessments import formatting
from assessments.messages import MaturityError
from assessments.reports.pdf import write_report
from assessments.results import load_results
from assessments.scoring import Answer

A4_POINTS = (595, 842)


def pdf_text(path) -> tuple[list[str], str]:
    """Each page's text, and all of it with line breaks folded to spaces (cells wrap)."""
    pages = [page.extract_text() for page in PdfReader(path).pages]
    return pages, " ".join(" ".join(pages).split())


def flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def with_na(store, questionnaire, answered):
    question = questionnaire.dimension("VERI").questions[2]
    note = "Açık veri portalını Bilgi İşlem yönetiyor; birimimizde veri üretilmiyor."
    store.set_answer(answered.uuid, Answer(question.id, not_applicable=True, note=note))
    return question, note


def test_turkish_report_holds_unit_scores_and_top_gaps(
    store, questionnaire, answered, city, with_na, tmp_path
):
    results = load_results(store, questionnaire, answered.uuid)
    path = write_report(results, tmp_path / "rapor.pdf", "tr")
    pages, text = pdf_text(path)

    assert pages[1].startswith("Öncelikli 10 açık")  # page 2: what the unit does next
    for page in PdfReader(path).pages:
        assert [round(v) for v in page.mediabox[2:]] == list(A4_POINTS)
    # Header: who, which round, which questionnaire; Turkish letters survive extraction.
    for expected in (
        "Akıllı Şehir Olgunluk Raporu",
        "Bilgi İşlem Dairesi Başkanlığı",
        "Dönem: 2026",
        "Yanıtlayan: Ayşe Yılmaz",
        "Durum: taslak",
        f"Soru seti: {questionnaire.title.get('tr')}, sürüm {questionnaire.version}",
    ):
        assert expected in flat(pages[0]), expected
    assert questionnaire.label not in pages[0]  # a technical id means nothing to a reader
    assert {"İ", "ş", "ğ", "ı", "ü", "ç", "ö"} <= set(text)
    # The scores: overall, then one table line per dimension with current, target, gap, percent.
    score = results.score
    n = formatting.number
    assert f"{n(score.current, 'tr')} / 5" in text
    assert formatting.percent(score.percent, "tr") in text and score.band.tr in text
    page_one = pages[0].splitlines()
    for row in results.dimensions:
        cells = [
            row.name.get("tr"),
            n(row.current, "tr"),
            n(row.target, "tr"),
            n(row.gap, "tr"),
            formatting.percent(row.percent, "tr"),
            n(row.city_mean, "tr"),
        ]
        assert any(line.startswith(" ".join(cells)) for line in page_one), cells
    assert "Kent ortalaması (2 diğer birim)" in text
    # The top 10 gaps, with the rubric's next level as the concrete step.
    top = results.top_gaps()
    assert len(top) == 10
    for rank, gap in enumerate(top, start=1):
        assert f"{rank} {gap.question_id} · {gap.dimension.name.get('tr')}" in text
        step = f"Düzey {gap.next_level} ({gap.next_level_name.get('tr')}): {gap.next_step('tr')}"
        assert flat(step) in text, gap.question_id
    appendix = next(n for n, page in enumerate(pages) if page.startswith("Ek: Notlar"))
    assert results.gaps[10].question_id not in " ".join(
        pages[:appendix]
    )  # the eleventh is left out
    # N/A with its justification; completeness.
    question, note = with_na
    assert f"{question.id} · Veri ve Platformlar" in text and flat(note) in text
    assert f"({score.answered}/{score.applicable})" in text


def test_english_report(store, questionnaire, answered, tmp_path):
    results = load_results(store, questionnaire, answered.uuid)
    _, text = pdf_text(write_report(results, tmp_path / "report.pdf", "en"))
    assert "Smart City Maturity Report" in text and "Round: 2026" in text
    assert f"{results.score.current:.2f} / 5" in text
    gap = results.top_gaps()[0]
    assert (
        flat(f"Level {gap.next_level} ({gap.next_level_name.get('en')}): {gap.next_step('en')}")
        in text
    )
    assert "City avg." not in text  # no other unit: no city column


def test_report_without_answers_shows_dashes_not_zeros(store, questionnaire, tmp_path):
    info = store.create_assessment("Hukuk Müşavirliği", "2026", questionnaire)
    _, text = pdf_text(
        write_report(load_results(store, questionnaire, info.uuid), tmp_path / "r.pdf", "tr")
    )
    assert "- / 5" in text and "Strateji ve Yönetişim - - - -" in text
    assert "Hedefi mevcut düzeyinin üstünde olan soru yok." in text


def test_failed_write_keeps_the_old_file_and_leaves_no_temp(
    store, questionnaire, answered, tmp_path, monkeypatch
):
    from matplotlib.backends import backend_pdf

    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "rapor.pdf"
    target.write_bytes(b"the old report")

    def broken(self, figure=None, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(backend_pdf.PdfPages, "savefig", broken)
    with pytest.raises(MaturityError) as caught:
        write_report(load_results(store, questionnaire, answered.uuid), target, "tr")
    assert caught.value.message("tr") == (
        "'rapor.pdf' yazılamadı: disk dolu. Yer açıp yeniden deneyin; önceki dosya değişmedi."
    )
    assert target.read_bytes() == b"the old report"
    assert [p.name for p in folder.iterdir()] == ["rapor.pdf"]


def test_missing_folder_is_a_clear_error(store, questionnaire, answered, tmp_path):
    with pytest.raises(MaturityError) as caught:
        write_report(
            load_results(store, questionnaire, answered.uuid), tmp_path / "yok" / "r.pdf", "tr"
        )
    assert caught.value.code == "x.folder_missing"


def test_compliance_gaps_and_scores_by_theme_and_asset(store, questionnaire, tmp_path):
    legal = questionnaire.question("VERI-02")
    info = store.create_assessment("Park ve Bahçeler Dairesi Başkanlığı", "2026", questionnaire)
    store.set_answer(info.uuid, Answer(legal.id, current=legal.legal_minimum.level - 1, target=4))
    results = load_results(store, questionnaire, info.uuid)
    _, text = pdf_text(write_report(results, tmp_path / "rapor.pdf", "tr"))
    assert "Uyum açıkları: yasal asgari düzeyin altındaki yanıtlar" in text
    assert flat(legal.legal_minimum.basis.get("tr")) in text
    assert "Temalara ve varlıklara göre puanlar" in text
    for group in results.themes:
        name = questionnaire.tags[group.group_id].get("tr")
        assert f"{name} {formatting.number(group.current, 'tr')}" in text, name
    for group in results.assets:
        assert questionnaire.assets[group.group_id].get("tr") in text
