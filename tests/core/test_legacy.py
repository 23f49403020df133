"""1.x answers carried into 2.0, on real 1.x exports (tests/fixtures/questionnaire-1x)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assessments.exchange.reader import read_workbook
from assessments.legacy import (
    bundled_mapping,
    check_mapping,
    legacy_level,
    load_mapping,
    map_answers,
    needs_mapping,
    previous_questionnaire,
)
from assessments.messages import ValidationError
from assessments.scoring import Answer, score_assessment

FIXTURES = Path(__file__).parents[1] / "fixtures" / "questionnaire-1x"
SPLITS = {
    "STR-06": ("STR-06", "STR-07"),
    "ALT-02": ("ALT-02", "ALT-07"),
    "HIZ-03": ("HIZ-03", "HIZ-07"),
    "CEV-01": ("CEV-01", "CEV-07"),
    "DAY-03": ("DAY-03", "DAY-07"),
}


@pytest.fixture(scope="module")
def old_questionnaire():
    return previous_questionnaire()


@pytest.fixture(scope="module")
def exports(old_questionnaire):
    parsed = [read_workbook(path, old_questionnaire) for path in sorted(FIXTURES.glob("*.xlsx"))]
    assert len(parsed) == 2 and all(p.ok for p in parsed), [p.problems for p in parsed]
    return parsed


def test_the_shipped_mapping_fits_the_bundled_questionnaire(questionnaire):
    mapping = bundled_mapping()
    assert check_mapping(mapping, questionnaire) == []
    assert {old: parts for old, parts in mapping.split.items()} == SPLITS
    assert needs_mapping("1.0.0") and needs_mapping("1.4.2")
    assert not needs_mapping("2.0.0") and not needs_mapping("")


def test_a_1x_export_lands_on_the_right_2_0_questions(questionnaire, exports):
    assert all(set(SPLITS) <= set(p.answers) for p in exports)  # the split ones are there
    for parsed in exports:
        old = parsed.answers
        result = map_answers(old, questionnaire)
        assert result.unknown == ()
        assert all(questionnaire.has_question(qid) for qid in result.answers)
        for old_id, answer in old.items():
            parts = SPLITS.get(old_id, (old_id,))
            for part in parts:
                moved = result.answers[part]
                assert moved.question_id == part
                # Everything the unit typed travels: levels, N/A, note, evidence.
                assert (
                    moved.current,
                    moved.target,
                    moved.not_applicable,
                    moved.note,
                    moved.evidence,
                ) == (
                    answer.current,
                    answer.target,
                    answer.not_applicable,
                    answer.note,
                    answer.evidence,
                )
            if old_id in SPLITS:
                assert all(result.flagged[part] == old_id for part in parts)
        new_ids = {
            "STR-08",
            "VERI-07",
            "VERI-08",
            "ALT-08",
            "ULA-07",
            "YES-07",
            *(f"KEN-0{i}" for i in range(1, 7)),
        }
        assert new_ids <= set(result.missing)
        assert not set(result.missing) & set(old)
        # The 2.0 answers score like any other.
        assert score_assessment(questionnaire, result.answers).answered > 0


def test_reworded_questions_keep_their_answer_and_are_flagged(questionnaire, exports):
    full = max(exports, key=lambda p: len(p.answers))
    result = map_answers(full.answers, questionnaire)
    for qid in ("YES-03", "HIZ-01"):
        assert result.answers[qid] == full.answers[qid]
        assert result.flagged[qid] == qid
    assert "STR-01" not in result.flagged


def test_unknown_and_renamed_ids(questionnaire, tmp_path):
    path = tmp_path / "mapping.toml"
    path.write_text('from_major = 1\n[renamed]\n"OLD-01" = "STR-01"\n[split]\n', encoding="utf-8")
    mapping = load_mapping(path)
    given = {"OLD-01": Answer("OLD-01", current=3), "ZZZ-09": Answer("ZZZ-09", current=1)}
    result = map_answers(given, questionnaire, mapping)
    assert result.answers["STR-01"] == Answer("STR-01", current=3)
    assert result.unknown == ("ZZZ-09",) and "STR-01" not in result.flagged


def test_a_bad_mapping_names_file_and_place(questionnaire, tmp_path):
    path = tmp_path / "mapping.toml"
    path.write_text('[split]\n"STR-06" = ["STR-06"]\ncolour = 1\n', encoding="utf-8")
    with pytest.raises(ValidationError) as caught:
        load_mapping(path)
    messages = [p.message("en") for p in caught.value.problems]
    assert (
        "mapping.toml: split.STR-06: A split question must list at least two new question ids."
        in messages
    )
    path.write_text(
        '[split]\n"STR-06" = ["STR-06", "NOPE-01"]\n[renamed]\n"X" = "STR-06"\n', encoding="utf-8"
    )
    found = [p.message("en") for p in check_mapping(load_mapping(path), questionnaire)]
    assert "mapping-1.x.toml: split.STR-06: Unknown question 'NOPE-01'." in found
    assert any("Id 'STR-06' is used more than once" in m for m in found)


def test_a_bare_1x_level_name_still_reads():
    assert legacy_level("Uyum") == 2 and legacy_level("  UYUM ") == 2
    assert legacy_level("Uyumlaştırma") is None  # the 2.0 name is in the questionnaire itself
