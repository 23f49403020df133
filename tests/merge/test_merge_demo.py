"""``write_demo``: realistic exports the merge accepts, the same for the same seed."""

from __future__ import annotations

from assessments.exchange.reader import read_workbook
from assessments.merge.demo_exports import demo_unit, write_demo
from assessments.sample_answers import UNIT_NAMES


def test_demo_exports_are_valid_real_unit_exports(demo_exports, questionnaire):
    parsed = [read_workbook(path, questionnaire) for path in demo_exports]
    assert all(p.ok and not p.modified and p.kind == "export" for p in parsed)
    assert [p.unit for p in parsed[:30]] == list(UNIT_NAMES)
    assert len({p.assessment_uuid for p in parsed}) == len(parsed)
    assert {p.round for p in parsed} == {"2026"}
    assert any(p.out_of_scope for p in parsed)
    assert any(a.note for p in parsed for a in p.answers.values())
    assert any(a.not_applicable for p in parsed for a in p.answers.values())


def test_the_same_seed_gives_the_same_units(questionnaire):
    first, _ = demo_unit(questionnaire, 4, "2026", seed=3)
    again, _ = demo_unit(questionnaire, 4, "2026", seed=3)
    other, _ = demo_unit(questionnaire, 4, "2026", seed=4)
    assert first == again
    assert first.info.uuid != other.info.uuid


def test_worker_processes_write_the_same_files(tmp_path, questionnaire):
    alone = write_demo(questionnaire, tmp_path / "a", 3, "2027", seed=1, workers=0)
    pooled = write_demo(questionnaire, tmp_path / "b", 3, "2027", seed=1, workers=2)
    assert [p.name for p in alone] == [p.name for p in pooled]
    for a, b in zip(alone, pooled, strict=True):
        assert read_workbook(a, questionnaire).answers == read_workbook(b, questionnaire).answers
