"""A unit on a profile: what its profile does not ask is never "unanswered" or a gap in the
results, the PDF report or the export, and the profile travels with its files (issue 14)."""

from __future__ import annotations

import shutil

import openpyxl
import pytest

from assessments.exchange.export import export_assessment
from assessments.exchange.importer import import_file
from assessments.exchange.layout import META_SHEET
from assessments.exchange.reader import read_workbook
from assessments.exchange.template import write_template
from assessments.messages import ValidationError
from assessments.profiles import excluded_questions, questions_for
from assessments.results import load_results
from assessments.scoring import Answer
from assessments.store import Store

FINANCE = "Mali Hizmetler Dairesi Başkanlığı"


@pytest.fixture
def support_unit(tmp_path, questionnaire):
    """A support unit that answered every practice its profile asks, at level 2 aiming at 3,
    and one it is not asked (ALT-02, the IT department's) at level 1 aiming at 4."""
    store = Store(tmp_path / "db.sqlite3")
    info = store.create_assessment(FINANCE, "2026", questionnaire, profile="destek")
    asked = questions_for(questionnaire, "destek", FINANCE)
    for qid in asked:
        store.set_answer(info.uuid, Answer(qid, current=2, target=3), questionnaire)
    store.set_answer(info.uuid, Answer("ALT-02", current=1, target=4), questionnaire)
    yield store, info, asked
    store.close()


def test_the_results_count_only_what_the_profile_asks(support_unit, questionnaire):
    store, info, asked = support_unit
    results = load_results(store, questionnaire, info.uuid)
    assert results.unanswered == ()
    assert results.score.completeness == 1
    assert results.score.answered == len(asked)
    assert "ALT-02" not in {row.gap.question_id for row in results.gaps}
    assert set(results.not_asked) == excluded_questions(questionnaire, "destek", FINANCE)
    # ALT-02's level 1 moves no theme or asset: every asked practice stands at 2.
    for group in results.themes + results.assets:
        assert group.answered == group.questions
        assert group.current in (None, 2)
    by_theme = sum(g.questions for g in results.themes)
    assert by_theme == sum(
        len([t for t in q.themes if t in questionnaire.themes])
        for q in questionnaire.questions
        if q.id in set(asked)
    )


def test_without_a_profile_the_same_answers_look_incomplete(tmp_path, questionnaire):
    with Store(tmp_path / "db.sqlite3") as store:
        info = store.create_assessment(FINANCE, "2026", questionnaire)
        for qid in questions_for(questionnaire, "destek", FINANCE):
            store.set_answer(info.uuid, Answer(qid, current=2, target=3), questionnaire)
        results = load_results(store, questionnaire, info.uuid)
        assert results.unanswered and results.score.completeness < 1


def test_the_report_lists_no_unasked_practice_as_unanswered(support_unit, questionnaire, tmp_path):
    from assessments.reports.pdf import write_report

    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext (poppler-utils) is not installed; CI installs it")
    import subprocess

    store, info, _asked = support_unit
    pdf = write_report(load_results(store, questionnaire, info.uuid), tmp_path / "r.pdf", "tr")
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Yanıtlanmamış sorular" not in text


def test_the_export_summary_counts_the_asked_practices(support_unit, questionnaire, tmp_path):
    store, info, asked = support_unit
    path = export_assessment(store, questionnaire, info.uuid, tmp_path / "e.xlsx", "tr")
    book = openpyxl.load_workbook(path)
    cells = [str(c.value) for row in book.worksheets[0].iter_rows() for c in row if c.value]
    assert f"{len(asked)} / {len(asked)}" in cells


def test_the_profile_comes_back_with_an_export(support_unit, questionnaire, tmp_path):
    store, info, asked = support_unit
    path = export_assessment(store, questionnaire, info.uuid, tmp_path / "e.xlsx", "tr")
    assert read_workbook(path, questionnaire).profile == "destek"
    with Store(tmp_path / "coordinator.sqlite3") as coordinator:
        result = import_file(coordinator, questionnaire, path)
        stored = coordinator.assessment(result.assessment.uuid)
        assert stored.profile == "destek"
        again = load_results(coordinator, questionnaire, stored.uuid)
        assert again.unanswered == () and again.score.answered == len(asked)


def test_a_template_made_for_a_profile_is_read_with_it(questionnaire, tmp_path):
    path = write_template(questionnaire, tmp_path / "t.xlsx", "tr", FINANCE, "2026", "destek")
    assert read_workbook(path, questionnaire).profile == "destek"
    plain = write_template(questionnaire, tmp_path / "p.xlsx", "tr", FINANCE, "2026")
    assert read_workbook(plain, questionnaire).profile is None


def test_an_unknown_profile_in_a_file_is_refused_naming_the_cell(questionnaire, tmp_path):
    path = write_template(questionnaire, tmp_path / "t.xlsx", "tr", FINANCE, "2026", "destek")
    book = openpyxl.load_workbook(path)
    meta = book[META_SHEET]
    row = next(r for r in meta.iter_rows() if r[0].value == "profile")
    row[1].value = "herkes"
    book.save(path)
    parsed = read_workbook(path, questionnaire)
    assert not parsed.ok
    with pytest.raises(ValidationError) as caught:
        parsed.raise_if_invalid()
    message = caught.value.message("tr")
    assert "'profile'" in message and "herkes" in message and f"{META_SHEET}!B" in message
