"""Every number of the worked examples in docs/scoring.md, recomputed by assessments.scoring.

The numbers below are copied from the doc (section numbers given in each test); nothing is
parsed from it. When the doc's examples change, change these tests with them, and vice versa.
Each value is checked twice: unrounded (as the exact fraction the doc writes) and as shown in
Turkish and English ("2,33" / "2.33", "%46,7" / "46.7%").
"""

from __future__ import annotations

from fractions import Fraction

import pytest

from assessments import formatting
from assessments.questionnaire import Dimension, Question, Questionnaire, Text
from assessments.scoring import (
    Answer,
    band_for,
    city_score,
    gaps,
    percent_of,
    score_assessment,
    validate_answer,
)

# --- the example questionnaire (doc section 12) ---------------------------------------------

TOY = (  # (dimension id, dimension weight, ((question id, question weight), ...))
    ("VERI", 2.0, (("VERI-1", 2.0), ("VERI-2", 1.0), ("VERI-3", 1.0))),
    ("HIZ", 1.0, (("HIZ-1", 1.5), ("HIZ-2", 1.0), ("HIZ-3", 0.5), ("HIZ-4", 1.0))),
)


def build_questionnaire(spec) -> Questionnaire:
    dimensions = tuple(
        Dimension(
            id=did,
            weight=dw,
            name=Text(tr=did, en=did),
            description=Text(),
            questions=tuple(
                Question(
                    id=qid,
                    dimension_id=did,
                    weight=w,
                    component="",
                    tags=(),
                    text=Text(tr=qid, en=qid),
                    guidance=Text(),
                    levels={},
                )
                for qid, w in questions
            ),
        )
        for did, dw, questions in spec
    )
    return Questionnaire(
        id="ornek",
        version="1.0.0",
        languages=("tr", "en"),
        title=Text(tr="Örnek", en="Example"),
        description=Text(),
        level_names={},
        components={},
        tags={},
        dimensions=dimensions,
        fingerprint="",
    )


def answers(*items: Answer) -> dict[str, Answer]:
    return {a.question_id: a for a in items}


@pytest.fixture(scope="module")
def toy():
    return build_questionnaire(TOY)


NA_NOTE = "Birimimizde bu veri üretilmiyor."

# Doc section 13 / 15 (unit 1): the IT department.
UNIT_1 = answers(
    Answer("VERI-1", current=2, target=4),
    Answer("VERI-2", current=3),  # empty target -> target = current
    Answer("VERI-3", current=5, not_applicable=True, note=NA_NOTE),  # the 5 is ignored
    Answer("HIZ-1", current=1, target=3),
    Answer("HIZ-2", current=4, target=5),
    Answer("HIZ-3", current=1, target=3),
    # HIZ-4 unanswered
)
# Doc section 15: transport (all in scope) and municipal police (HIZ out of scope).
UNIT_2 = answers(
    Answer("VERI-1", current=4, target=5),
    Answer("VERI-2", current=2, target=4),
    Answer("VERI-3", current=1),
    Answer("HIZ-1", current=3, target=3),
    Answer("HIZ-2", not_applicable=True, note="Hizmet ilgili daire başkanlığında."),
)
UNIT_3 = answers(
    Answer("VERI-1", current=1, target=3),
    Answer("VERI-3", current=0, target=2),
    Answer("HIZ-1", current=5, target=5),  # kept, but HIZ is out of scope: never counted
)
UNIT_3_OUT_OF_SCOPE = ("HIZ",)


def shown(value, kind="number"):
    """(Turkish, English) display of a value, as the doc prints them."""
    show = {
        "number": formatting.number,
        "percent": formatting.percent,
        "fraction": formatting.fraction,
    }[kind]
    return show(value, "tr"), show(value, "en")


def exactly(fraction: Fraction):
    """The float the code should hold for a fraction the doc writes (e.g. 7/3)."""
    return pytest.approx(float(fraction), rel=1e-12, abs=1e-12)


# --- section 12: the example's data is what the doc says ------------------------------------


def test_example_answers_are_valid(toy):
    for unit in (UNIT_1, UNIT_2, UNIT_3):
        for answer in unit.values():
            assert validate_answer(answer) == [], answer


def test_doc_sums_match_the_example_data(toy):
    """The Σ w and Σ w×c lines of section 13, from the questionnaire's own weights."""

    def sums(dimension_id, unit):
        dim = toy.dimension(dimension_id)
        used = [
            (q.weight, unit[q.id]) for q in dim.questions if q.id in unit and unit[q.id].answered
        ]
        return (
            sum(w for w, _ in used),
            sum(w * a.current for w, a in used),
            sum(w * a.effective_target for w, a in used),
        )

    assert sums("VERI", UNIT_1) == (3, 7, 11)
    assert sums("HIZ", UNIT_1) == (3, 6, 11)
    assert sums("VERI", UNIT_2) == (4, 11, 15)
    assert sums("HIZ", UNIT_2) == (1.5, 4.5, 4.5)
    assert sums("VERI", UNIT_3) == (3, 2, 8)


# --- section 13: example 1 ------------------------------------------------------------------


def test_example_1_dimension_veri(toy):
    veri = score_assessment(toy, UNIT_1).dimension("VERI")
    assert (veri.answered, veri.not_applicable, veri.questions) == (2, 1, 3)
    assert veri.current == exactly(Fraction(7, 3))
    assert shown(veri.current) == ("2,33", "2.33")
    assert shown(veri.percent, "percent") == ("%46,7", "46.7%")
    assert veri.target == exactly(Fraction(11, 3))
    assert shown(veri.target) == ("3,67", "3.67")
    assert shown(percent_of(veri.target), "percent") == ("%73,3", "73.3%")
    assert veri.gap == exactly(Fraction(4, 3))
    assert shown(veri.gap) == ("1,33", "1.33")


def test_example_1_na_levels_are_ignored(toy):
    """Section 13: VERI-3's stored level 5 does not count, whatever it is."""
    without_level = dict(UNIT_1, **{"VERI-3": Answer("VERI-3", not_applicable=True, note=NA_NOTE)})
    assert score_assessment(toy, without_level) == score_assessment(toy, UNIT_1)


def test_example_1_dimension_hiz(toy):
    hiz = score_assessment(toy, UNIT_1).dimension("HIZ")
    assert (hiz.answered, hiz.not_applicable, hiz.questions) == (3, 0, 4)
    assert hiz.current == 2
    assert shown(hiz.current) == ("2,00", "2.00")
    assert shown(hiz.percent, "percent") == ("%40,0", "40.0%")
    assert hiz.target == exactly(Fraction(11, 3))
    assert shown(hiz.target) == ("3,67", "3.67")
    assert hiz.gap == exactly(Fraction(5, 3))
    assert shown(hiz.gap) == ("1,67", "1.67")


def test_example_1_overall(toy):
    score = score_assessment(toy, UNIT_1)
    assert score.current == exactly(Fraction(20, 9))
    assert shown(score.current) == ("2,22", "2.22")
    assert score.percent == exactly(Fraction(20, 9) * 20)
    assert shown(score.percent, "percent") == ("%44,4", "44.4%")
    assert score.band.name("tr") == "Uyumlaştırma"
    assert score.band.name("en") == "Alignment"
    assert score.target == exactly(Fraction(11, 3))
    assert shown(score.target) == ("3,67", "3.67")
    assert shown(score.target_percent, "percent") == ("%73,3", "73.3%")
    assert score.gap == exactly(Fraction(13, 9))
    assert shown(score.gap) == ("1,44", "1.44")


def test_example_1_completeness(toy):
    score = score_assessment(toy, UNIT_1)
    assert (score.answered, score.applicable, score.not_applicable) == (5, 6, 1)
    assert score.completeness == exactly(Fraction(5, 6))
    assert shown(score.completeness, "fraction") == ("%83", "83%")


def test_example_1_gap_list(toy):
    listed = [
        (g.question_id, g.current, g.target, g.gap, g.weight, g.priority) for g in gaps(toy, UNIT_1)
    ]
    assert listed == [
        ("VERI-1", 2, 4, 2, 2, 4),
        ("HIZ-1", 1, 3, 2, 1.5, 3),
        ("HIZ-3", 1, 3, 2, 0.5, 1),  # ties HIZ-2 on priority 1; the larger gap goes first
        ("HIZ-2", 4, 5, 1, 1, 1),
    ]


# --- section 14: example 2 ------------------------------------------------------------------


def test_example_2a_unanswered_dimension_has_no_score(toy):
    veri_only = {qid: a for qid, a in UNIT_1.items() if qid.startswith("VERI")}
    score = score_assessment(toy, veri_only)
    hiz = score.dimension("HIZ")
    assert hiz.current is None and hiz.target is None and hiz.percent is None
    assert shown(hiz.current) == ("-", "-")
    assert score.current == exactly(Fraction(7, 3))
    assert shown(score.current) == ("2,33", "2.33")
    assert shown(score.percent, "percent") == ("%46,7", "46.7%")
    assert score.band.name("en") == "Alignment"
    assert shown(score.target) == ("3,67", "3.67")
    # The doc's counter-example: counting HIZ as 0 would give 14/9 = 1,56.
    assert shown(float(Fraction(14, 9))) == ("1,56", "1.56")
    assert score.current != pytest.approx(14 / 9)
    assert (score.answered, score.applicable) == (2, 6)
    assert shown(score.completeness, "fraction") == ("%33", "33%")


def test_example_2b_out_of_scope_dimension(toy):
    score = score_assessment(toy, UNIT_1, out_of_scope=["HIZ"])
    hiz = score.dimension("HIZ")
    assert not hiz.in_scope
    assert shown(hiz.current) == ("-", "-")
    assert score.current == exactly(Fraction(7, 3))
    assert shown(score.current) == ("2,33", "2.33")
    assert shown(score.percent, "percent") == ("%46,7", "46.7%")
    assert score.band.name("tr") == "Uyumlaştırma"
    assert shown(score.target) == ("3,67", "3.67")
    assert (score.answered, score.applicable, score.not_applicable) == (2, 2, 1)
    assert shown(score.completeness, "fraction") == ("%100", "100%")
    assert [(g.question_id, g.gap, g.priority) for g in gaps(toy, UNIT_1, ["HIZ"])] == [
        ("VERI-1", 2, 4)
    ]


# --- section 15: example 3, the city --------------------------------------------------------


def test_example_3_unit_2(toy):
    score = score_assessment(toy, UNIT_2)
    assert score.dimension("VERI").current == 2.75
    assert score.dimension("VERI").target == 3.75
    assert score.dimension("HIZ").current == 3
    assert score.dimension("HIZ").target == 3
    assert score.current == exactly(Fraction(17, 6))
    assert shown(score.current) == ("2,83", "2.83")
    assert shown(score.percent, "percent") == ("%56,7", "56.7%")
    assert score.band.name("tr") == "Uyumlaştırma"
    assert (score.answered, score.applicable) == (4, 6)
    assert shown(score.completeness, "fraction") == ("%67", "67%")


def test_example_3_unit_3(toy):
    score = score_assessment(toy, UNIT_3, UNIT_3_OUT_OF_SCOPE)
    assert score.dimension("VERI").current == exactly(Fraction(2, 3))
    assert score.dimension("VERI").target == exactly(Fraction(8, 3))
    assert score.dimension("HIZ").current is None
    assert shown(score.current) == ("0,67", "0.67")
    assert shown(score.percent, "percent") == ("%13,3", "13.3%")
    assert score.band.name("tr") == "Yok"
    assert (score.answered, score.applicable) == (2, 3)
    assert shown(score.completeness, "fraction") == ("%67", "67%")


@pytest.fixture(scope="module")
def city(toy):
    return city_score(toy, [(UNIT_1, ()), (UNIT_2, ()), (UNIT_3, UNIT_3_OUT_OF_SCOPE)])


def test_example_3_city_dimensions(city):
    veri = city.dimension("VERI")
    assert veri.units == 3
    assert veri.mean == exactly(Fraction(69, 36))
    assert shown(veri.mean) == ("1,92", "1.92")
    assert shown(veri.minimum) == ("0,67", "0.67")
    assert shown(veri.maximum) == ("2,75", "2.75")
    assert veri.target_mean == exactly(Fraction(121, 36))
    assert shown(veri.target_mean) == ("3,36", "3.36")

    hiz = city.dimension("HIZ")
    assert hiz.units == 2  # unit 3 declared HIZ out of scope
    assert hiz.mean == 2.5
    assert shown(hiz.mean) == ("2,50", "2.50")
    assert shown(hiz.minimum) == ("2,00", "2.00")
    assert shown(hiz.maximum) == ("3,00", "3.00")
    assert hiz.target_mean == exactly(Fraction(10, 3))
    assert shown(hiz.target_mean) == ("3,33", "3.33")


def test_example_3_city_overall(toy, city):
    assert city.units == 3
    assert city.current == exactly(Fraction(19, 9))
    assert shown(city.current) == ("2,11", "2.11")
    assert shown(city.percent, "percent") == ("%42,2", "42.2%")
    assert city.band.name("tr") == "Uyumlaştırma"
    assert city.band.name("en") == "Alignment"
    assert city.target == exactly(Fraction(181, 54))
    assert shown(city.target) == ("3,35", "3.35")
    assert shown(percent_of(city.target), "percent") == ("%67,0", "67.0%")
    # The doc's remark: not the mean of the units' overall scores (103/54 = 1,91).
    unit_overalls = [
        score_assessment(toy, UNIT_1).current,
        score_assessment(toy, UNIT_2).current,
        score_assessment(toy, UNIT_3, UNIT_3_OUT_OF_SCOPE).current,
    ]
    assert sum(unit_overalls) / 3 == exactly(Fraction(103, 54))
    assert shown(sum(unit_overalls) / 3) == ("1,91", "1.91")


# Doc section 15, "City, per question": (id, w, units answered, mean current, mean target,
# mean gap, units with gap >= 2, city priority) with the doc's exact fractions; None is "-".
CITY_QUESTIONS = [
    ("VERI-1", 2.0, 3, Fraction(7, 3), Fraction(4), Fraction(5, 3), 2, Fraction(10, 3)),
    ("VERI-2", 1.0, 2, Fraction(5, 2), Fraction(7, 2), Fraction(1), 1, Fraction(1)),
    ("VERI-3", 1.0, 2, Fraction(1, 2), Fraction(3, 2), Fraction(1), 1, Fraction(1)),
    ("HIZ-1", 1.5, 2, Fraction(2), Fraction(3), Fraction(1), 1, Fraction(3, 2)),
    ("HIZ-2", 1.0, 1, Fraction(4), Fraction(5), Fraction(1), 0, Fraction(1)),
    ("HIZ-3", 0.5, 1, Fraction(1), Fraction(3), Fraction(2), 1, Fraction(1)),
    ("HIZ-4", 1.0, 0, None, None, None, 0, Fraction(0)),
]
# The same rows as the doc shows them in Turkish.
CITY_QUESTIONS_SHOWN_TR = {
    "VERI-1": ("2,33", "4,00", "1,67", "3,33"),
    "VERI-2": ("2,50", "3,50", "1,00", "1,00"),
    "VERI-3": ("0,50", "1,50", "1,00", "1,00"),
    "HIZ-1": ("2,00", "3,00", "1,00", "1,50"),
    "HIZ-2": ("4,00", "5,00", "1,00", "1,00"),
    "HIZ-3": ("1,00", "3,00", "2,00", "1,00"),
    "HIZ-4": ("-", "-", "-", "0,00"),
}


@pytest.mark.parametrize("row", CITY_QUESTIONS, ids=[r[0] for r in CITY_QUESTIONS])
def test_example_3_city_questions(toy, city, row):
    qid, weight, units, mean_current, mean_target, mean_gap, gap_2, priority = row
    found = next(q for q in city.questions if q.question_id == qid)
    assert found.weight == weight
    assert found.units_answered == units
    assert found.units_gap_2 == gap_2
    for value, expected in (
        (found.mean_current, mean_current),
        (found.mean_target, mean_target),
        (found.mean_gap, mean_gap),
        (found.priority, priority),
    ):
        if expected is None:
            assert value is None
        else:
            assert value == exactly(expected)
    assert (
        formatting.number(found.mean_current, "tr"),
        formatting.number(found.mean_target, "tr"),
        formatting.number(found.mean_gap, "tr"),
        formatting.number(found.priority, "tr"),
    ) == CITY_QUESTIONS_SHOWN_TR[qid]


def test_example_3_city_questions_in_questionnaire_order(toy, city):
    assert [q.question_id for q in city.questions] == [q.id for q in toy.questions]


# --- sections 6 and 11: bands and display ---------------------------------------------------


@pytest.mark.parametrize(
    ("percent", "tr", "en"),
    [
        (0, "Yok", "Not present"),
        (19.94, "Yok", "Not present"),
        (19.96, "Planlama", "Planning"),  # shown "%20,0": the band follows what is shown
        (20, "Planlama", "Planning"),
        (39.9, "Planlama", "Planning"),
        (40, "Uyumlaştırma", "Alignment"),
        (59.9, "Uyumlaştırma", "Alignment"),
        (60, "Gelişim", "Development"),
        (79.94, "Gelişim", "Development"),
        (80, "Bütünleşme", "Integration"),
        (99.94, "Bütünleşme", "Integration"),
        (99.96, "Optimizasyon", "Optimisation"),  # shown "%100,0"
        (100, "Optimizasyon", "Optimisation"),
    ],
)
def test_band_table(percent, tr, en):
    band = band_for(percent)
    assert (band.name("tr"), band.name("en")) == (tr, en)


@pytest.mark.parametrize(("score", "expected"), [(0, 0), (1, 20), (2.5, 50), (5, 100)])
def test_percent_is_score_over_five_times_hundred(score, expected):
    assert percent_of(score) == expected


def test_no_score_no_percent_no_band():
    assert percent_of(None) is None
    assert band_for(None) is None


def test_band_follows_the_percent_as_shown():
    """Section 6: 2,998 -> 59,96 %, shown "%60,0", and the band is Gelişim."""
    percent = percent_of(2.998)
    assert shown(percent, "percent") == ("%60,0", "60.0%")
    assert band_for(percent).name("tr") == "Gelişim"
    assert band_for(percent_of(2.997)).name("tr") == "Uyumlaştırma"  # 59,94 -> shown "%59,9"


@pytest.mark.parametrize(
    ("value", "kind", "tr", "en"),
    [
        (2.125, "number", "2,13", "2.13"),  # exact half: up, as by hand
        (2.375, "number", "2,38", "2.38"),
        (2.675, "number", "2,68", "2.68"),  # though stored as 2.67499... in binary
        (5 / 8, "fraction", "%63", "63%"),
        (7 / 8, "fraction", "%88", "88%"),
        (None, "number", "-", "-"),
        (None, "percent", "-", "-"),
        (None, "fraction", "-", "-"),
    ],
)
def test_rounding_rules_of_section_11(value, kind, tr, en):
    assert shown(value, kind) == (tr, en)


def test_no_completeness_when_everything_is_na(toy):
    """Section 7: denominator 0 -> no completeness, and no score either."""
    all_na = answers(
        *(Answer(q.id, not_applicable=True, note="Görev alanımız dışında.") for q in toy.questions)
    )
    score = score_assessment(toy, all_na)
    assert score.applicable == 0
    assert score.completeness is None
    assert score.current is None and score.band is None
    assert shown(score.completeness, "fraction") == ("-", "-")


def test_answer_rules_of_section_2():
    def codes(answer):
        return [p.code for p in validate_answer(answer)]

    assert codes(Answer("Q", current=3, target=2)) == ["a.target_below"]
    assert codes(Answer("Q", current=6)) == ["a.level_range"]
    assert codes(Answer("Q", target=-1)) == ["a.level_range"]
    assert codes(Answer("Q", not_applicable=True)) == ["a.na_needs_note"]
    assert codes(Answer("Q", not_applicable=True, note="   ")) == ["a.na_needs_note"]
    assert codes(Answer("Q", not_applicable=True, note=NA_NOTE)) == []
    assert codes(Answer("Q", current=3)) == []
    assert Answer("Q", current=3).effective_target == 3  # empty target = current
    assert not Answer("Q", target=4).answered  # a target alone does not answer a question


# --- the bundled questionnaire, recomputed by hand ------------------------------------------


def test_bundled_questionnaire_two_answers_by_hand(questionnaire):
    """Answer two questions of the first dimension; recompute with their real weights."""
    dim = questionnaire.dimensions[0]
    first, second = dim.questions[0], dim.questions[1]
    given = answers(Answer(first.id, current=2, target=4), Answer(second.id, current=4))
    score = score_assessment(questionnaire, given)

    w1, w2 = Fraction(first.weight), Fraction(second.weight)
    current = (w1 * 2 + w2 * 4) / (w1 + w2)
    target = (w1 * 4 + w2 * 4) / (w1 + w2)
    assert score.dimension(dim.id).current == exactly(current)
    assert score.dimension(dim.id).target == exactly(target)
    # Only one dimension has a score, so the overall score is that dimension's score.
    assert score.current == exactly(current)
    assert score.target == exactly(target)
    assert all(d.current is None for d in score.dimensions if d.dimension_id != dim.id)
    assert score.completeness == exactly(Fraction(2, len(questionnaire.questions)))
    assert [(g.question_id, g.gap, g.priority) for g in gaps(questionnaire, given)] == [
        (first.id, 2, first.weight * 2)
    ]


def test_bundled_questionnaire_two_answers_known_weights(questionnaire):
    """The same with today's numbers: STR-01 (weight 1,5) at 2 and STR-02 (weight 1) at 4
    give (1,5 x 2 + 1 x 4) / 2,5 = 7 / 2,5 = 2,80."""
    assert questionnaire.question("STR-01").weight == 1.5
    assert questionnaire.question("STR-02").weight == 1.0
    given = answers(Answer("STR-01", current=2, target=4), Answer("STR-02", current=4))
    score = score_assessment(questionnaire, given)
    assert score.dimension("STR").current == pytest.approx(2.8)
    assert shown(score.current) == ("2,80", "2.80")
    assert shown(score.percent, "percent") == ("%56,0", "56.0%")
    assert score.band.name("tr") == "Uyumlaştırma"
    assert shown(score.target) == ("4,00", "4.00")


def reference_score(questionnaire, given, out_of_scope=()):
    """docs/scoring.md sections 3, 4 and 7 written out again with exact fractions."""
    dimension_scores = {}
    answered = applicable = 0
    for dim in questionnaire.dimensions:
        if dim.id in out_of_scope:
            continue
        used = [
            (Fraction(q.weight), given[q.id])
            for q in dim.questions
            if q.id in given and given[q.id].current is not None and not given[q.id].not_applicable
        ]
        na = sum(1 for q in dim.questions if q.id in given and given[q.id].not_applicable)
        answered += len(used)
        applicable += len(dim.questions) - na
        if used:
            total = sum(w for w, _ in used)
            dimension_scores[dim.id] = (
                sum(w * a.current for w, a in used) / total,
                sum(w * (a.current if a.target is None else a.target) for w, a in used) / total,
            )
    weights = {d.id: Fraction(d.weight) for d in questionnaire.dimensions}
    total = sum(weights[d] for d in dimension_scores)
    overall = (
        sum(weights[d] * s for d, (s, _) in dimension_scores.items()) / total if total else None
    )
    target = (
        sum(weights[d] * t for d, (_, t) in dimension_scores.items()) / total if total else None
    )
    return (
        dimension_scores,
        overall,
        target,
        (Fraction(answered, applicable) if applicable else None),
    )


def test_stored_assessment_scores_as_the_doc_says(store, questionnaire, answered):
    """A full stored assessment (plausible answers incl. N/A), scored by the code and by the
    doc's formulas; one dimension declared out of scope as well."""
    given = store.answers(answered.uuid)
    for out_of_scope in ((), (questionnaire.dimensions[-1].id,)):
        score = score_assessment(questionnaire, given, out_of_scope)
        dims, overall, target, completeness = reference_score(questionnaire, given, out_of_scope)
        for d in score.dimensions:
            if d.dimension_id in dims:
                assert d.current == exactly(dims[d.dimension_id][0])
                assert d.target == exactly(dims[d.dimension_id][1])
            else:
                assert d.current is None
        assert score.current == exactly(overall)
        assert score.target == exactly(target)
        assert score.completeness == exactly(completeness)


# --- sections 16-18: organisation-wide practices, compliance gaps, themes and assets ----------

BIDB = "Bilgi İşlem Dairesi Başkanlığı"


def toy_2_0():
    """Section 16-18's variant of the example: HIZ-2 organisation-wide (owner IT), legal
    minimums on VERI-1 (3) and HIZ-3 (2), themes and assets per question."""
    from dataclasses import replace

    from assessments.questionnaire import LegalMinimum

    base = build_questionnaire(TOY)
    extra = {
        "VERI-1": dict(
            themes=("digital",),
            asset="technology",
            legal_minimum=LegalMinimum(3, Text(tr="Örnek Kanun", en="Example Law")),
        ),
        "VERI-2": dict(themes=("digital", "social"), asset="technology"),
        "VERI-3": dict(themes=("digital",), asset="technology"),
        "HIZ-1": dict(themes=("social",), asset="institutions"),
        "HIZ-2": dict(
            themes=("digital",), asset="institutions", scope="organisation-wide", owner_unit=BIDB
        ),
        "HIZ-3": dict(
            themes=("mobility",),
            asset="people",
            legal_minimum=LegalMinimum(2, Text(tr="Örnek Yönetmelik", en="Example Rule")),
        ),
        "HIZ-4": dict(themes=("green",), asset="facilities"),
    }
    dims = tuple(
        replace(d, questions=tuple(replace(q, **extra[q.id]) for q in d.questions))
        for d in base.dimensions
    )
    assets = {k: Text(tr=k, en=k) for k in ("people", "technology", "facilities", "institutions")}
    return replace(
        base, dimensions=dims, themes=("green", "digital", "social", "mobility"), assets=assets
    )


# Section 16: three units answer HIZ-1 and the organisation-wide HIZ-2.
ORG_UNITS = {
    BIDB: answers(Answer("HIZ-2", current=4, target=5)),
    "Ulaşım Dairesi Başkanlığı": answers(
        Answer("HIZ-1", current=3, target=3), Answer("HIZ-2", current=2, target=3)
    ),
    "Zabıta Dairesi Başkanlığı": answers(
        Answer("HIZ-1", current=1, target=2), Answer("HIZ-2", current=1, target=4)
    ),
}


def test_example_4_without_the_rule_hiz_2_counts_three_times():
    q = toy_2_0()
    city = city_score(q, [(a, ()) for a in ORG_UNITS.values()])
    hiz2 = next(c for c in city.questions if c.question_id == "HIZ-2")
    assert hiz2.units_answered == 3
    assert hiz2.mean_current == exactly(Fraction(7, 3)) and hiz2.mean_target == exactly(4)
    assert shown(hiz2.priority) == ("1,67", "1.67")
    assert city.dimension("HIZ").mean == exactly(Fraction(38, 15))  # (4 + 2,6 + 1) / 3
    assert shown(city.dimension("HIZ").mean) == ("2,53", "2.53")


def test_example_4_the_owner_answer_counts_once():
    from assessments.profiles import city_answers

    q = toy_2_0()
    counted = city_answers(q, ORG_UNITS)
    assert counted.not_counted == {
        "HIZ-2": ("Ulaşım Dairesi Başkanlığı", "Zabıta Dairesi Başkanlığı")
    }
    assert counted.without_owner == ()
    assert "HIZ-2" not in counted.units["Ulaşım Dairesi Başkanlığı"]
    city = city_score(q, [(a, ()) for a in counted.units.values()])
    hiz2 = next(c for c in city.questions if c.question_id == "HIZ-2")
    assert (hiz2.units_answered, hiz2.mean_current, hiz2.mean_target) == (1, 4, 5)
    assert shown(hiz2.priority) == ("1,00", "1.00")
    hiz = city.dimension("HIZ")
    assert hiz.mean == exactly(Fraction(8, 3)) and (hiz.minimum, hiz.maximum) == (1, 4)
    assert hiz.target_mean == exactly(Fraction(10, 3))
    assert shown(city.current) == ("2,67", "2.67")
    assert shown(city.percent, "percent") == ("%53,3", "53.3%")
    assert city.band.name("tr") == "Uyumlaştırma"


def test_example_4_an_absent_owner_is_reported_not_replaced():
    from assessments.profiles import city_answers

    q = toy_2_0()
    others = {k: v for k, v in ORG_UNITS.items() if k != BIDB}
    counted = city_answers(q, others)
    assert counted.without_owner == ("HIZ-2",)
    city = city_score(q, [(a, ()) for a in counted.units.values()])
    assert next(c for c in city.questions if c.question_id == "HIZ-2").units_answered == 0
    # The owner is matched ignoring case and spacing, and can be given by the coordinator.
    renamed = {"bilgi işlem  dairesi BAŞKANLIĞI": ORG_UNITS[BIDB]}
    assert city_answers(q, renamed).without_owner == ()
    moved = city_answers(q, ORG_UNITS, owner_units={"HIZ-2": "Zabıta Dairesi Başkanlığı"})
    assert set(moved.not_counted["HIZ-2"]) == {BIDB, "Ulaşım Dairesi Başkanlığı"}


# Section 17: a unit below two legal minimums.
COMPLIANCE_UNIT = answers(
    Answer("VERI-1", current=2),  # legal minimum 3, no target above current
    Answer("VERI-2", current=1, target=4),
    Answer("HIZ-1", current=1, target=3),
    Answer("HIZ-3", current=1, target=2),  # legal minimum 2
)


def test_example_5_compliance_gaps_rank_first():
    from assessments.scoring import compliance_gaps

    q = toy_2_0()
    ranked = gaps(q, COMPLIANCE_UNIT)
    assert [(g.question_id, g.compliance, g.shortfall, g.gap, g.priority) for g in ranked] == [
        ("HIZ-3", True, 1, 1, 0.5),
        ("VERI-1", True, 1, 0, 0),
        ("VERI-2", False, 0, 3, 3),
        ("HIZ-1", False, 0, 2, 3),
    ]
    assert [g.question_id for g in compliance_gaps(q, COMPLIANCE_UNIT)] == ["HIZ-3", "VERI-1"]
    # Without the legal minimums the list is the section 9 one: VERI-1 (gap 0) is not in it.
    assert [g.question_id for g in gaps(build_questionnaire(TOY), COMPLIANCE_UNIT)] == [
        "VERI-2",
        "HIZ-1",
        "HIZ-3",
    ]


def test_example_5_city_lists_questions_with_a_unit_below_the_minimum_first():
    from assessments.scoring import city_priorities

    q = toy_2_0()
    other = answers(Answer("VERI-1", current=4), Answer("VERI-2", current=2, target=5))
    city = city_score(q, [(COMPLIANCE_UNIT, ()), (other, ())])
    ranked = city_priorities(city)
    assert [(c.question_id, c.units_below_minimum) for c in ranked] == [
        ("HIZ-3", 1),
        ("VERI-1", 1),
        ("VERI-2", 0),
        ("HIZ-1", 0),
    ]


def test_example_6_scores_by_theme_and_asset():
    from assessments.scoring import group_scores

    q = toy_2_0()
    themes = {g.group_id: g for g in group_scores(q, UNIT_1, by="theme")}
    assert list(themes) == ["green", "digital", "social", "mobility"]
    assert themes["digital"].current == exactly(Fraction(11, 4))
    assert themes["digital"].target == exactly(4) and themes["digital"].answered == 3
    assert themes["social"].current == exactly(Fraction(9, 5))
    assert themes["social"].target == exactly(3)
    assert themes["mobility"].current == 1 and themes["mobility"].target == 3
    assert themes["green"].current is None and themes["green"].questions == 1
    assert shown(themes["digital"].percent, "percent") == ("%55,0", "55.0%")
    assets = {g.group_id: g for g in group_scores(q, UNIT_1, by="asset")}
    assert assets["technology"].current == exactly(Fraction(7, 3))
    assert assets["institutions"].current == exactly(Fraction(11, 5))
    assert assets["institutions"].target == exactly(Fraction(19, 5))
    assert assets["people"].current == 1 and assets["facilities"].current is None
    # Out of scope dimensions leave their questions out here too.
    no_hiz = {g.group_id: g for g in group_scores(q, UNIT_1, ["HIZ"], by="theme")}
    assert no_hiz["social"].current == 3 and no_hiz["mobility"].current is None


def test_example_6_city_by_theme_is_the_plain_mean_of_units():
    from assessments.scoring import city_group_scores

    q = toy_2_0()
    city = {g.group_id: g for g in city_group_scores(q, [(UNIT_1, ()), (UNIT_2, ())])}
    # Unit 2 digital: VERI-1 (w2, 4), VERI-2 (w1, 2), VERI-3 (w1, 1); HIZ-2 N/A -> 11/4.
    assert city["digital"].current == exactly(Fraction(11, 4))  # (11/4 + 11/4) / 2
    assert city["digital"].answered == 2
    # social: unit 1 9/5, unit 2 (1x2 + 1,5x3) / 2,5 = 13/5 -> (9/5 + 13/5) / 2 = 11/5.
    assert city["social"].current == exactly(Fraction(11, 5))
