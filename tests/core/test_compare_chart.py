"""The coordinator's comparison radar: chosen units' dimension scores and the city average."""

from __future__ import annotations

import math
import random

import pytest

from assessments.charts import plotted_series
from assessments.compare_chart import (
    MAX_UNITS,
    comparison_figure,
    comparison_series,
    unit_gid,
)
from assessments.merge.city_figures import consolidate
from assessments.sample_answers import plausible_answers, unit_name


@pytest.fixture
def consolidation(store, questionnaire):
    """Ten units of round 2026; the third has its first dimension out of scope."""
    out = questionnaire.dimensions[0].id
    for index in range(10):
        info = store.create_assessment(
            unit_name(index), "2026", questionnaire, out_of_scope=[out] if index == 2 else []
        )
        for answer in plausible_answers(questionnaire, random.Random(index)).values():
            if not (index == 2 and questionnaire.question(answer.question_id).dimension_id == out):
                store.set_answer(info.uuid, answer)
    return consolidate(store, questionnaire, "2026")


def dimension_scores(row, questionnaire) -> list[float]:
    values = []
    for dimension in questionnaire.dimensions:
        score = row.score.dimension(dimension.id)
        values.append(math.nan if score.current is None or not score.in_scope else score.current)
    return values


def test_series_are_the_units_scores_in_the_order_chosen(consolidation, questionnaire):
    rows = {row.unit: row for row in consolidation.units}
    chosen = [unit_name(4), unit_name(1), "Böyle Bir Birim Yok", unit_name(4)]
    series = comparison_series(consolidation, chosen, "tr")
    assert [s.label for s in series] == [unit_name(4), unit_name(1), "Kent ortalaması (10 birim)"]
    assert list(series[0].values) == [
        rows[unit_name(4)].score.dimension(d.id).current for d in questionnaire.dimensions
    ]
    assert series[0].colour != series[1].colour  # each unit its own colour, line style and marker
    assert series[0].style["linestyle"] != series[1].style["linestyle"]
    assert list(series[-1].values) == [
        consolidation.city.dimension(d.id).mean for d in questionnaire.dimensions
    ]


def test_an_out_of_scope_dimension_is_a_hole_never_a_zero(consolidation, questionnaire):
    (series,) = comparison_series(consolidation, [unit_name(2)], "en", city=False)
    assert series.values[0] is None
    figure = comparison_figure(consolidation, [unit_name(2)], "en", city=False)
    plotted = plotted_series(figure)[unit_gid(unit_name(2))]
    assert math.isnan(plotted[0])
    assert all(not math.isnan(v) for v in plotted[1:])


def test_figure_plots_the_chosen_units_and_the_city(consolidation, questionnaire):
    rows = {row.unit: row for row in consolidation.units}
    chosen = [unit_name(0), unit_name(7)]
    figure = comparison_figure(consolidation, chosen, "tr")
    plotted = plotted_series(figure)
    assert set(plotted) == {unit_gid(unit_name(0)), unit_gid(unit_name(7)), "radar:city"}
    for unit in chosen:
        assert plotted[unit_gid(unit)] == pytest.approx(
            dimension_scores(rows[unit], questionnaire), nan_ok=True
        )
    names = [t.get_text().replace("\n", " ") for t in figure.axes[0].texts]
    assert names == [d.name.get("tr") for d in questionnaire.dimensions]
    legend = [t.get_text().replace("\n", " ") for t in figure.legends[0].get_texts()]
    assert legend == [*chosen, "Kent ortalaması (10 birim)"]


def test_at_most_max_units_are_drawn(consolidation):
    every = [row.unit for row in consolidation.units]
    assert len(every) > MAX_UNITS
    series = comparison_series(consolidation, every, "tr", city=False)
    assert [s.label for s in series] == every[:MAX_UNITS]
    assert len({(s.colour, s.style["linestyle"], s.style["marker"]) for s in series}) == MAX_UNITS


def test_nothing_chosen_says_so(consolidation):
    figure = comparison_figure(consolidation, [], "en", city=False)
    assert plotted_series(figure) == {}
    assert "Choose units to compare." in [t.get_text() for t in figure.texts]


def test_a_wide_figure_has_its_legend_beside_the_radar(consolidation):
    from matplotlib.figure import Figure

    figure = comparison_figure(
        consolidation,
        [unit_name(0), unit_name(1)],
        "tr",
        Figure(figsize=(9.5, 5.2)),
        legend="right",
    )
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    canvas.draw()
    renderer = canvas.get_renderer()
    legend = figure.legends[0].get_window_extent(renderer)
    names = [t.get_window_extent(renderer) for t in figure.axes[0].texts]
    assert max(box.x1 for box in names) < legend.x0  # no dimension name under the legend
    assert figure.axes[0].bbox.height > 0.7 * figure.bbox.height  # the radar has the height
