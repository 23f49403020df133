"""City figures count an organisation-wide practice once (its owner's answer) and rank compliance
gaps first: through the results (city average) and the consolidation (issue 14, item 3/5)."""

from __future__ import annotations

import pytest

from assessments.merge.city_figures import consolidate
from assessments.results import city_context, load_results
from assessments.scoring import Answer

ROUND = "2026"
OTHER = "Park ve Bahçeler Dairesi Başkanlığı"


def _wide(questionnaire):
    return next(q for q in questionnaire.questions if q.organisation_wide)


def _unit(store, questionnaire, unit, answers):
    info = store.create_assessment(unit, ROUND, questionnaire)
    for qid, (current, target) in answers.items():
        store.set_answer(info.uuid, Answer(qid, current=current, target=target))
    return info


@pytest.fixture
def two_units(store, questionnaire):
    wide = _wide(questionnaire)
    owner = _unit(store, questionnaire, wide.owner_unit, {wide.id: (4, 5)})
    other = _unit(store, questionnaire, OTHER, {wide.id: (0, 5)})
    return wide, owner, other


def test_the_consolidated_city_counts_the_owner_only(store, questionnaire, two_units):
    wide, owner, other = two_units
    data = consolidate(store, questionnaire, ROUND)
    counted = next(c for c in data.city.questions if c.question_id == wide.id)
    assert (counted.units_answered, counted.mean_current, counted.mean_target) == (1, 4, 5)
    assert data.not_counted[wide.id] == (OTHER,)
    # the unit's own score still holds its answer
    row = next(u for u in data.units if u.unit == OTHER)
    assert row.score.dimension(wide.dimension_id).current == 0
    dim = data.city.dimension(wide.dimension_id)
    assert (dim.units, dim.mean) == (1, 4)


def test_the_city_average_beside_a_unit_counts_the_owner_only(store, questionnaire, two_units):
    wide, owner, other = two_units
    third = _unit(store, questionnaire, "Zabıta Dairesi Başkanlığı", {wide.id: (1, 2)})
    context = city_context(store, questionnaire, ROUND, third.uuid)
    assert context.mean(wide.dimension_id) == 4  # the owner's 4, not the mean of 4 and 0
    assert context.units == 2


def test_a_compliance_gap_ranks_first(store, questionnaire):
    legal = next(
        q
        for q in questionnaire.questions
        if q.legal_minimum and not q.organisation_wide and q.weight <= 1
    )
    heavy = max(
        (q for q in questionnaire.questions if not q.legal_minimum and not q.organisation_wide),
        key=lambda q: q.weight,
    )
    # the heavy practice has the larger weighted gap; the legal one is only one below the minimum
    level = legal.legal_minimum.level - 1
    info = _unit(store, questionnaire, OTHER, {heavy.id: (0, 5), legal.id: (level, level + 1)})
    results = load_results(store, questionnaire, info.uuid)
    assert [g.question_id for g in results.gaps][:2] == [legal.id, heavy.id]
    assert [g.question_id for g in results.compliance_gaps] == [legal.id]
    data = consolidate(store, questionnaire, ROUND)
    assert [c.question.id for c in data.candidates][:2] == [legal.id, heavy.id]
    assert [c.question.id for c in data.compliance] == [legal.id]


def test_scores_by_theme_and_asset(store, questionnaire):
    q = next(q for q in questionnaire.questions if q.themes)
    info = _unit(store, questionnaire, OTHER, {q.id: (3, 4)})
    results = load_results(store, questionnaire, info.uuid)
    theme = next(t for t in results.themes if t.group_id == q.themes[0])
    asset = next(a for a in results.assets if a.group_id == q.asset)
    assert (theme.current, theme.answered, asset.current, asset.answered) == (3, 1, 3, 1)
    assert {t.group_id for t in results.themes} == set(questionnaire.themes)
    data = consolidate(store, questionnaire, ROUND)
    assert next(t for t in data.themes if t.group_id == q.themes[0]).current == 3
    assert {a.group_id for a in data.assets} == set(questionnaire.assets)


def test_band_ranges_follow_the_level_scale(store, questionnaire):
    info = _unit(store, questionnaire, OTHER, {questionnaire.questions[0].id: (5, 5)})
    band = load_results(store, questionnaire, info.uuid).explanations["band"].get("tr")
    assert "80–100 Bütünleşme, 100 Optimizasyon." in band and "100–100" not in band
    assert "0–20 Yok" in band and "Tanımlı" not in band


def test_the_exactly_5_band_is_a_line_not_an_empty_strip(store, questionnaire):
    from matplotlib.patches import Polygon, Rectangle

    from assessments.charts import trend_figure

    info = _unit(store, questionnaire, OTHER, {questionnaire.questions[0].id: (2, 3)})
    fig = trend_figure(load_results(store, questionnaire, info.uuid), "tr")
    ax = fig.axes[0]
    strips = [p for p in ax.patches if isinstance(p, (Polygon, Rectangle))]
    heights = [p.get_window_extent().height for p in strips]
    assert strips and all(h > 1 for h in heights)
    assert any(
        abs(line.get_ydata()[0] - 5) < 1e-9
        for line in ax.get_lines()
        if len(set(line.get_ydata())) == 1
    )
    labels = [t.get_text() for t in ax.texts]
    assert "Optimizasyon" in labels and "Bütünleşme" in labels
