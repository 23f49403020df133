"""The numbers behind the results view and the report, and how each is explained."""

from __future__ import annotations

import dataclasses
import random
from statistics import fmean

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from report_helpers import NA_NOTE, fill

from assessments.clock import round_key
from assessments.profiles import city_answers
from assessments.results import build_results, city_context, load_results
from assessments.sample_answers import plausible_answers
from assessments.scoring import score_assessment


def test_dimension_rows_are_the_scores(questionnaire, store, answered):
    results = load_results(store, questionnaire, answered.uuid)
    score = score_assessment(questionnaire, store.answers(answered.uuid), answered.out_of_scope)
    assert [r.dimension_id for r in results.dimensions] == [d.id for d in questionnaire.dimensions]
    for row, expected in zip(results.dimensions, score.dimensions, strict=True):
        assert (row.current, row.target, row.gap) == (
            expected.current,
            expected.target,
            expected.gap,
        )
    assert results.score == score
    assert (results.unit, results.round, results.respondent) == (
        answered.unit,
        "2026",
        "Ayşe Yılmaz",
    )


def test_dimension_explanation_shows_formula_inputs_and_result(questionnaire, hand_answers):
    results = build_results(questionnaire, hand_answers, ["ULA"])
    strategy = questionnaire.dimension("STR")
    levels = [hand_answers[q.id].current for q in strategy.questions]
    weights = [q.weight for q in strategy.questions]
    expected = sum(w * c for w, c in zip(weights, levels, strict=True)) / sum(weights)
    row = results.dimension("STR")
    assert row.current == pytest.approx(expected)

    tr = row.explanations["current"].get("tr")
    assert tr.startswith("Boyut puanı = Σ(ağırlık × mevcut düzey) / Σ ağırlık")
    first = f"{weights[0]:g}".replace(".", ",") + f"×{levels[0]}"
    assert first in tr
    assert tr.split("\n")[1].endswith(f"= {expected:.2f}".replace(".", ","))
    en = row.explanations["current"].get("en")
    assert en.split("\n")[1].endswith(f"= {expected:.2f}")

    data = results.dimension("VERI").explanations
    assert "1 soru kapsam dışı (N/A)" in data["current"].get("tr")
    assert "hedef = mevcut düzey" in data["target"].get("tr")  # one VERI answer has no target
    assert "kapsam dışı" in results.dimension("ULA").explanations["current"].get("tr")
    assert '"-"' in results.dimension("ALT").explanations["current"].get("tr")  # unanswered: no 0


def test_overall_explanations(questionnaire, hand_answers):
    results = build_results(questionnaire, hand_answers, ["ULA"])
    score = results.score
    completeness = results.explanations["completeness"].get("tr")
    assert (
        f"= {score.answered} / ({score.applicable + score.not_applicable} − {score.not_applicable})"
        in completeness
    )
    assert results.explanations["percent"].get("en").endswith(f"= {score.percent:.1f}%")
    assert results.explanations["band"].get("tr").endswith(f"→ {score.band.tr}")
    unscored = sum(1 for d in score.dimensions if d.current is None)  # 8 of 2.0.0's 10
    assert f"Puanı olmayan {unscored} boyut hesaba katılmadı." in results.explanations[
        "current"
    ].get("tr")


def test_gaps_come_with_the_next_rubric_level(questionnaire, store, answered):
    results = load_results(store, questionnaire, answered.uuid)
    assert results.gaps, "the fixture has gaps"
    # Compliance gaps first (docs/scoring.md section 17), then the weighted gaps by priority.
    compliance = [g.gap.compliance for g in results.gaps]
    assert compliance == sorted(compliance, reverse=True)
    priorities = [g.priority for g in results.gaps if not g.gap.compliance]
    assert priorities == sorted(priorities, reverse=True)
    assert len(results.top_gaps()) == min(10, len(results.gaps))
    for gap in results.gaps:
        assert gap.next_level == gap.current + 1
        assert gap.next_level <= gap.target or gap.gap.compliance  # below the legal minimum
        assert gap.next_step("tr") == gap.question.levels["tr"][gap.current + 1]
        assert gap.next_step("en") == gap.question.levels["en"][gap.current + 1]
        assert gap.next_level_name.get("tr") == questionnaire.level_names["tr"][gap.current + 1]
        assert gap.explanation.get("tr").startswith("Öncelik = ağırlık × fark")


def test_not_applicable_and_unanswered(questionnaire, hand_answers):
    results = build_results(questionnaire, hand_answers, ["ULA"])
    assert [(r.question.id, r.justification) for r in results.not_applicable] == [
        (questionnaire.dimension("VERI").questions[-1].id, NA_NOTE)
    ]
    unanswered = {q.id for q in results.unanswered}
    assert unanswered == {
        q.id for q in questionnaire.questions if q.dimension_id not in ("STR", "VERI", "ULA")
    }
    assert len(unanswered) == results.score.applicable - results.score.answered


def test_no_city_average_without_other_units(questionnaire, store, answered):
    assert city_context(store, questionnaire, "2026", answered.uuid) is None
    results = load_results(store, questionnaire, answered.uuid)
    assert results.city is None
    assert all(row.city_mean is None for row in results.dimensions)


def test_city_average_is_the_mean_of_the_other_units(questionnaire, store, answered, city):
    context = city_context(store, questionnaire, "2026", answered.uuid)
    assert context is not None and context.units == 2  # not itself, not the 2025 round
    # an organisation-wide practice counts once: its owner's answer (scoring.md section 16)
    counted = city_answers(questionnaire, {info.unit: store.answers(info.uuid) for info in city})
    scores = [score_assessment(questionnaire, counted.units[info.unit]) for info in city]
    for dim in questionnaire.dimensions:
        expected = fmean(s.dimension(dim.id).current for s in scores)
        assert context.means[dim.id] == pytest.approx(expected)
    results = load_results(store, questionnaire, answered.uuid)
    assert [r.city_mean for r in results.dimensions] == [
        context.means[d.id] for d in questionnaire.dimensions
    ]
    assert "diğer 2 birimin" in results.dimension("STR").explanations["city"].get("tr")


def test_city_average_ignores_another_questionnaire(questionnaire, store, answered):
    other = dataclasses.replace(questionnaire, id="baska-soru-seti")
    fill(store, other, "Ulaşım Dairesi Başkanlığı", "2026", 5)
    assert city_context(store, questionnaire, "2026", answered.uuid) is None


def test_trend_holds_every_round_in_natural_order(questionnaire, store, answered):
    for round, seed in (("2025", 1), ("2026-10", 2), ("2026-2", 3)):
        fill(store, questionnaire, answered.unit, round, seed)
    fill(
        store, questionnaire, "Ulaşım Dairesi Başkanlığı", "2024", 4
    )  # another unit: not in the trend
    results = load_results(store, questionnaire, answered.uuid)
    assert [p.round for p in results.trend] == ["2025", "2026", "2026-2", "2026-10"]
    assert [p.is_current for p in results.trend] == [False, True, False, False]
    assert results.trend[1].score == results.score
    assert results.has_trend


def test_single_round_has_no_trend(questionnaire, store, answered):
    assert not load_results(store, questionnaire, answered.uuid).has_trend


def test_round_key_orders_numbers_as_numbers():
    assert sorted(["2026-10", "2026-2", "2025", "2026"], key=round_key) == [
        "2025",
        "2026",
        "2026-2",
        "2026-10",
    ]


@settings(max_examples=30, deadline=None)
@given(seed=st.integers(0, 10_000), completeness=st.floats(0.0, 1.0))
def test_every_gap_points_to_a_real_next_level(questionnaire, seed, completeness):
    answers = plausible_answers(questionnaire, random.Random(seed), completeness)
    results = build_results(questionnaire, answers)
    for gap in results.gaps:
        assert 1 <= gap.next_level <= 5
        assert gap.next_step("tr").strip()
    assert results.score.answered + len(results.unanswered) == results.score.applicable
