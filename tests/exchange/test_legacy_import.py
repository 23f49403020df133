"""Files made with questionnaire 1.x import and merge into a 2.0 database (issue 14, item 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from assessments import legacy
from assessments.exchange.importer import import_file
from assessments.exchange.reader import read_workbook
from assessments.exchange.validate import level_names_index, parse_level
from assessments.merge.engine import merge

FIXTURES = Path(__file__).parent.parent / "fixtures" / "questionnaire-1x"
IMAR = FIXTURES / "Olgunluk - İmar ve Şehircilik Dairesi Başkanlığı - 2025.xlsx"
BILGI = FIXTURES / "Olgunluk - Bilgi İşlem Dairesi Başkanlığı - 2025.xlsx"


@pytest.fixture
def copies(tmp_path):
    folder = tmp_path / "1x"
    folder.mkdir()
    return [Path(shutil.copy2(path, folder / path.name)) for path in (IMAR, BILGI)]


def _as_read_by_1x(path):
    return read_workbook(path, legacy.previous_questionnaire())


def test_questionnaire_is_2x(questionnaire):
    assert questionnaire.version.startswith("2.")
    assert legacy.needs_mapping(legacy.previous_questionnaire().version)


@pytest.mark.parametrize("path", [IMAR, BILGI], ids=["imar", "bilgi"])
def test_split_and_reworded_questions_land_on_2_0(questionnaire, path):
    old = _as_read_by_1x(path)
    assert old.ok, old.problems
    parsed = read_workbook(path, questionnaire)
    assert parsed.ok, [p.message("en") for p in parsed.problems]
    assert not parsed.modified  # the checksum covers the answers as the file holds them
    mapping = legacy.bundled_mapping()
    for old_id, parts in mapping.split.items():
        if old_id not in old.answers:
            continue
        for part in parts:
            carried = parsed.answers[part]
            assert carried.question_id == part
            assert (carried.current, carried.target, carried.not_applicable, carried.note) == (
                old.answers[old_id].current,
                old.answers[old_id].target,
                old.answers[old_id].not_applicable,
                old.answers[old_id].note,
            )
            assert parsed.review[part] == old_id
    for qid in mapping.review:
        if qid in old.answers:
            assert parsed.answers[qid] == old.answers[qid]
            assert parsed.review[qid] == qid
    assert set(parsed.answers) <= {q.id for q in questionnaire.questions}
    assert {n.params["id"] for n in parsed.notices} == set(parsed.review)
    assert parsed.differences is not None and parsed.differences.found.endswith("@1.0.0")
    new_ids = (
        {q.id for q in questionnaire.questions}
        - {q.id for q in legacy.previous_questionnaire().questions}
        - {part for parts in mapping.split.values() for part in parts}
    )
    assert set(parsed.differences.missing_ids) == new_ids


def test_import_reports_answers_to_review(store, questionnaire, copies):
    result = import_file(store, questionnaire, copies[0])
    message = result.message("tr")
    assert "gözden geçirin" in message and "STR-07" in message
    stored = store.answers(result.assessment.uuid)
    parsed = _as_read_by_1x(copies[0])
    assert stored["STR-07"].current == parsed.answers["STR-06"].current
    assert result.answered == sum(1 for a in stored.values() if a.answered)


def test_merge_into_a_2_0_database(store, questionnaire, copies):
    report = merge(copies, store, questionnaire, workers=0)
    assert [o.status for o in report.outcomes].count("rejected") == 0, report.outcomes
    assert all(o.stored for o in report.outcomes)
    codes = {r.code for o in report.outcomes for r in o.reasons}
    assert {"x.review_carried", "m.other_version", "m.missing_questions"} <= codes
    infos = store.assessments("2025")
    assert {i.unit for i in infos} == {
        "İmar ve Şehircilik Dairesi Başkanlığı",
        "Bilgi İşlem Dairesi Başkanlığı",
    }
    bilgi = next(i for i in infos if i.unit.startswith("Bilgi"))
    assert (
        store.answers(bilgi.uuid)["ALT-07"].current
        == _as_read_by_1x(copies[1]).answers["ALT-02"].current
    )


def test_bare_1x_level_name_reads_as_its_level(questionnaire):
    names = level_names_index(questionnaire)
    assert parse_level("Uyum", names) == 2
    assert parse_level("uyum ", names) == 2
    assert parse_level("Uyumlaştırma", names) == 2
    assert parse_level("Uyumsuz", names) is not None and parse_level("Uyumsuz", names) != 2


def test_maturity_import_names_the_answers_to_review(tmp_path, copies, capsys):
    from assessments.cli import main

    assert (
        main(["import", "--db", str(tmp_path / "c.sqlite3"), "--lang", "en", str(copies[1])]) == 0
    )
    out = capsys.readouterr().out
    for old, parts in legacy.bundled_mapping().split.items():
        for part in parts:
            assert f"The answer to {part} was carried over from {old} of version 1.x" in out
    assert "review this answer" in out
