"""The plan model: validation messages, JSON round trip, pure edits, the repository contract."""

from __future__ import annotations

from dataclasses import replace

import pytest

from assessments import turkish
from assessments.messages import MaturityError, ValidationError
from assessments.plan import edit
from assessments.plan.codec import dumps, loads, plan_from_json, plan_to_json
from assessments.plan.model import Action, Goal, Indicator, Plan, Quarter, QuestionStep, Target
from assessments.plan.repository import JsonFileRepository, MemoryRepository
from assessments.plan.validate import validate_plan

UNITS = ["Bilgi İşlem Dairesi Başkanlığı", "İmar ve Şehircilik Dairesi Başkanlığı"]


def sample() -> Plan:
    action = Action(
        "E1.1.1",
        "Veri envanteri",
        questions=(QuestionStep("VERI-01", 2, 4, (UNITS[1],)),),
        responsible_unit=UNITS[0],
        collaborating_units=(UNITS[1],),
        partners=("BASKİ",),
        start=Quarter(2026, 2),
        end=Quarter(2027, 4),
        costs={2026: 100000.0, 2027: 50000.0},
        funding="development-agency",
        themes=("digital",),
        steps=("a", "b"),
    )
    indicators = (
        Indicator(
            "G1.1.1",
            "Envanter oranı",
            "%",
            "x / y × 100",
            effect_percent=60,
            baseline=20.0,
            targets={2026: 40.0, 2030: 100.0},
        ),
        Indicator("G1.1.2", "Katalog", "adet", effect_percent=40, baseline=0.0),
    )
    target = Target(
        "H1.1",
        "Veri yönetişimi",
        indicators=indicators,
        responsible_unit=UNITS[0],
        risks=("Personel",),
        actions=(action,),
    )
    return Plan(
        "Akıllı Şehir Eylem Planı", "Balıkesir", goals=(Goal("A1", "Veri", targets=(target,)),)
    )


def codes(problems):
    return sorted(p.code for p in problems)


def test_a_good_plan_has_no_problems():
    assert validate_plan(sample(), UNITS, {"VERI-01"}) == []


def test_each_rule_gives_its_message_and_place():
    plan = sample()
    _, target, action = plan.actions()[0]
    bad_action = replace(
        action,
        start=Quarter(2027, 1),
        end=Quarter(2026, 3),
        costs={2026: -5.0, 2031: 1.0},
        responsible_unit="Yok Böyle Birim",
    )
    bad_target = replace(
        target, indicators=(replace(target.indicators[0], effect_percent=70), target.indicators[1])
    )
    plan = edit.put_action(
        edit.put_target(plan, plan.goals[0].key, bad_target), target.key, bad_action
    )
    problems = validate_plan(plan, UNITS, {"VERI-01"})
    assert codes(problems) == [
        "p.effects_sum",
        "p.end_before_start",
        "p.negative_cost",
        "p.outside_period",
        "p.unknown_unit",
    ]
    where = {p.code: p.where for p in problems}
    assert where["p.end_before_start"] == "E1.1.1.end"
    assert where["p.effects_sum"] == "H1.1.indicators"
    tr = next(p for p in problems if p.code == "p.effects_sum").message("tr")
    assert "%110" in tr and "H1.1" in tr
    assert "outside the plan period (2026-2030)" in next(
        p for p in problems if p.code == "p.outside_period"
    ).message("en")


def test_units_match_under_turkish_case_rules():
    plan = sample()
    assert validate_plan(plan, [turkish.upper(u) for u in UNITS]) == []


def test_json_round_trip_keeps_every_field_and_the_issue_shape():
    plan = sample()
    data = plan_to_json(plan)
    action = data["goals"][0]["targets"][0]["actions"][0]
    assert action["questions"] == [{"id": "VERI-01", "from": 2, "to": 4, "units": [UNITS[1]]}]
    assert action["start"] == "2026-Q2" and action["costs"] == {"2026": 100000.0, "2027": 50000.0}
    indicator = data["goals"][0]["targets"][0]["indicators"][0]
    assert {
        "code",
        "name",
        "effect_percent",
        "baseline",
        "targets",
        "monitoring",
        "reporting",
    } <= set(indicator)
    assert plan_from_json(data) == plan
    assert loads(dumps(plan)) == plan


def test_bad_json_is_a_message_not_a_traceback():
    with pytest.raises(MaturityError) as err:
        plan_from_json({"goals": [{"code": "A1"}]})
    assert err.value.code == "p.bad_json"


def test_quarters_parse_in_both_languages():
    assert Quarter.parse("2027-Q3") == Quarter(2027, 3)
    assert Quarter.parse("Ç2 2028") == Quarter(2028, 2)
    assert Quarter.parse("2029/4") == Quarter(2029, 4)
    with pytest.raises(ValueError):
        Quarter.parse("2026-Q5")


def test_repository_commits_all_or_nothing_with_history(tmp_path):
    repo = JsonFileRepository(tmp_path / "plan.json", units=UNITS)
    plan = repo.save_plan(sample())
    _, target, action = plan.actions()[0]
    with pytest.raises(ValidationError):
        repo.save_action(plan.key, target.key, replace(action, costs={2026: -1.0}))
    assert repo.load(plan.key) == plan  # unchanged
    renamed = repo.save_action(plan.key, target.key, replace(action, title="Yeni ad"))
    assert renamed.version == plan.version + 1
    goal2 = Goal("A2", "İkinci", targets=(Target("H2.1", "Hedef"),))
    after = repo.save_goal(plan.key, goal2)
    moved = repo.move_action(plan.key, action.key, after.goals[1].targets[0].key)
    assert moved.goals[1].targets[0].actions[0].title == "Yeni ad"
    assert moved.goals[0].targets[0].actions == ()
    history = JsonFileRepository(tmp_path / "plan.json").history(plan.key)
    assert [c.kind for c in history] == ["plan", "action", "goal", "move"]
    assert '"Veri envanteri"' in history[1].before and '"Yeni ad"' in history[1].after
    assert JsonFileRepository(tmp_path / "plan.json").load(plan.key) == repo.load(plan.key)


def test_delete_and_unknown_keys():
    repo = MemoryRepository()
    plan = repo.save_plan(sample())
    key = plan.actions()[0][2].key
    assert repo.delete(plan.key, key).actions() == []
    with pytest.raises(MaturityError):
        repo.delete(plan.key, key)
