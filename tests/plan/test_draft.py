"""The draft from a real merged round (30 demo units): the issue's draft rules."""

from __future__ import annotations

from openpyxl import load_workbook

from assessments.loader import bundled_questionnaire
from assessments.plan.draft import choose_gaps, draft_plan, is_compliance
from assessments.plan.library import bundled_library
from assessments.plan.validate import validate_plan


def _draft(state, **kw):
    q = bundled_questionnaire()
    return q, draft_plan(state, q, bundled_library(q), **kw)


def _practices(plan):
    return [(a, s) for _, _, a in plan.actions() for s in a.questions]


def test_the_draft_is_valid_against_the_register(round_state):
    _, state = round_state
    q, plan = _draft(state)
    assert validate_plan(plan, state.units, {x.id for x in q.questions}) == []
    assert plan.round == "2026" and plan.years == range(2026, 2031)


def test_compliance_gaps_come_first(round_state):
    _, state = round_state
    q, plan = _draft(state)
    flags = [is_compliance(state.gap(s.id), q.question(s.id)) for _, s in _practices(plan)]
    assert any(flags) and not all(flags)
    assert flags == sorted(flags, reverse=True)  # every compliance gap before the others
    first = plan.goals[0].targets[0]
    assert first.actions[0].priority == "high" and first.actions[0].start.year == 2026


def test_one_action_per_practice_wide_owned_by_its_owner(round_state):
    _, state = round_state
    q, plan = _draft(state, top=40)
    ids = [s.id for _, s in _practices(plan)]
    assert len(ids) == len(set(ids))  # never one action per reporting unit
    wide = [(a, s) for a, s in _practices(plan) if q.question(s.id).organisation_wide]
    assert wide, "the demo round has organisation-wide gaps"
    for action, step in wide:
        assert action.responsible_unit == q.question(step.id).owner_unit
        assert step.units == (q.question(step.id).owner_unit,)
        assert action.collaborating_units == ()


def test_unit_level_action_names_every_unit_concerned(round_state):
    _, state = round_state
    q, plan = _draft(state)
    for action, step in _practices(plan):
        if q.question(step.id).organisation_wide:
            continue
        expected = {u.unit for u in state.gap(step.id).units}
        assert set(step.units) == expected and len(expected) > 1
        assert set(action.collaborating_units) | {action.responsible_unit} >= expected


def test_baselines_are_the_rounds_numbers(round_state):
    _, state = round_state
    q, plan = _draft(state)
    for _, target in plan.targets():
        step = target.actions[0].questions[0]
        gap = state.gap(step.id)
        level = target.indicators[0]
        if not q.question(step.id).organisation_wide:
            assert level.baseline == round(gap.mean_current, 2)
        assert sum(i.effect_percent for i in target.indicators) == 100
        assert set(level.targets) == set(plan.years)
        assert level.targets[2030] >= level.baseline


def test_every_top_ten_gap_of_the_consolidated_workbook_is_addressed(round_state, merged_round):
    _, state = round_state
    _, plan = _draft(state)
    wb = load_workbook(merged_round / "consolidated.xlsx", read_only=True)
    sheet = wb["Action Plan Candidates"]
    rows = list(sheet.iter_rows(min_row=2, max_row=11, values_only=True))
    wb.close()
    top = [row[2] for row in rows]
    assert len(top) == 10 and all(top)
    addressed = {s.id for _, s in _practices(plan)}
    assert set(top) <= addressed


def test_top_limits_the_ranked_practices_but_not_compliance(round_state):
    _, state = round_state
    q = bundled_questionnaire()
    few = choose_gaps(state, q, top=1)
    legal = [g for g in state.gaps if is_compliance(g, q.question(g.question_id))]
    assert {g.question_id for g in legal} <= {g.question_id for g in few}
    assert len(few) <= len(legal) + 1


def test_goals_by_theme_keep_the_same_actions(round_state):
    _, state = round_state
    q, by_dimension = _draft(state)
    _, by_theme = _draft(state, by="theme")
    assert [s.id for _, s in _practices(by_theme)] != [] and sorted(
        s.id for _, s in _practices(by_theme)
    ) == sorted(s.id for _, s in _practices(by_dimension))
    titles = [g.title for g in by_theme.goals[1:]]
    theme_names = {q.tags[t].get("tr") for t in q.themes}
    assert titles and all(any(name in title for name in theme_names) for title in titles)
    assert by_theme.goals[0].title == by_dimension.goals[0].title  # compliance first either way
