"""The charts plot the scores: values are read back from the drawn artists."""

from __future__ import annotations

import math
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from report_helpers import fill

from assessments import charts
from assessments.results import build_results, load_results

ROOT = Path(__file__).resolve().parents[2]


def nan_safe(values):
    return [None if math.isnan(v) else pytest.approx(v) for v in values]


def scores(values):
    return [None if v is None else pytest.approx(v) for v in values]


def lines_by_gid(fig):
    return {line.get_gid(): line for ax in fig.axes for line in ax.get_lines() if line.get_gid()}


def test_radar_lines_are_the_dimension_scores(questionnaire, hand_answers):
    results = build_results(questionnaire, hand_answers, ["ULA"])
    fig = charts.radar_figure(results, "tr")
    lines = lines_by_gid(fig)
    current, target = lines["radar:current"].get_ydata(), lines["radar:target"].get_ydata()
    assert nan_safe(current[:-1]) == scores(r.current for r in results.dimensions)
    assert nan_safe(target[:-1]) == scores(r.target for r in results.dimensions)
    assert current[0] == current[-1]  # the polygon is closed
    angles = lines["radar:current"].get_xdata()[:-1]
    n = len(questionnaire.dimensions)  # 10 in questionnaire 2.0.0
    assert list(angles) == pytest.approx([2 * math.pi * i / n for i in range(n)])
    # Out of scope and unanswered are holes, never a drawn 0.
    assert math.isnan(current[[r.dimension_id for r in results.dimensions].index("ULA")])
    assert charts.plotted_series(fig)["radar:current"] == pytest.approx(
        list(current[:-1]), nan_ok=True
    )


def test_city_average_series_only_when_other_units_exist(questionnaire, store, answered):
    alone = charts.radar_figure(load_results(store, questionnaire, answered.uuid), "tr")
    assert "radar:city" not in lines_by_gid(alone)

    fill(store, questionnaire, "Çevre Koruma ve Kontrol Dairesi Başkanlığı", answered.round, 11)
    results = load_results(store, questionnaire, answered.uuid)
    fig = charts.radar_figure(results, "tr")
    city = lines_by_gid(fig)["radar:city"]
    assert nan_safe(city.get_ydata()[:-1]) == scores(r.city_mean for r in results.dimensions)
    assert city.get_label() == "Kent ortalaması (1 diğer birim)"
    assert "radar:city" not in lines_by_gid(charts.radar_figure(results, "tr", city=False))


def test_radar_overlays_other_rounds(questionnaire, store, answered):
    fill(store, questionnaire, answered.unit, "2025", 3)
    results = load_results(store, questionnaire, answered.uuid)
    lines = lines_by_gid(charts.radar_figure(results, "en", rounds=True, target=False))
    assert set(lines) == {"radar:round:2025", "radar:current"}
    earlier = results.trend[0].score
    assert nan_safe(lines["radar:round:2025"].get_ydata()[:-1]) == scores(
        d.current for d in earlier.dimensions
    )
    assert lines["radar:current"].get_label() == "Current (2026)"


def test_gap_bars_are_the_dimension_gaps(questionnaire, hand_answers):
    results = build_results(questionnaire, hand_answers, ["ULA"])
    fig = charts.gap_figure(results, "tr")
    bars = {p.get_gid(): p.get_width() for p in fig.axes[0].patches if p.get_gid()}
    expected = {f"gap:{r.dimension_id}": r.gap for r in results.dimensions if r.gap is not None}
    assert bars == pytest.approx(expected)
    assert set(expected) == {"gap:STR", "gap:VERI"}  # nothing drawn for no score
    labels = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert labels[0] == "Strateji ve Yönetişim"
    assert any("kapsam dışı" in t.get_text() for t in fig.axes[0].texts)


def test_trend_lines_are_the_overall_scores_per_round(questionnaire, store, answered):
    fill(store, questionnaire, answered.unit, "2025", 3)
    results = load_results(store, questionnaire, answered.uuid)
    fig = charts.trend_figure(results, "tr", dimensions=["STR"])
    lines = lines_by_gid(fig)
    assert list(lines["trend:current"].get_ydata()) == pytest.approx(
        [p.score.current for p in results.trend]
    )
    assert list(lines["trend:target"].get_ydata()) == pytest.approx(
        [p.score.target for p in results.trend]
    )
    assert list(lines["trend:STR"].get_ydata()) == pytest.approx(
        [p.score.dimension("STR").current for p in results.trend]
    )
    assert [t.get_text() for t in fig.axes[0].get_xticklabels()] == ["2025", "2026"]


def test_labels_are_turkish_in_dejavu_sans(questionnaire, hand_answers):
    fig = charts.radar_figure(build_results(questionnaire, hand_answers, ["ULA"]), "tr")
    texts = {t.get_gid(): t for t in fig.axes[0].texts}
    label = texts["radar:label:INS"]
    assert label.get_text() == "İnsan ve Kurumsal\nKapasite\n(puan yok)"  # wrapped at a space
    assert label.get_fontname() == "DejaVu Sans"
    assert texts["radar:label:ULA"].get_text().endswith("(kapsam dışı)")
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ["Mevcut", "Hedef"]


def test_series_use_the_okabe_ito_palette(questionnaire, hand_answers):
    results = build_results(questionnaire, hand_answers)
    lines = lines_by_gid(charts.radar_figure(results, "tr"))
    palette = {c.lower() for c in charts.OKABE_ITO.values()}
    assert {line.get_color().lower() for line in lines.values()} <= palette
    assert len({line.get_linestyle() for line in lines.values()}) == len(lines)  # greyscale-safe


@pytest.mark.parametrize("size", [(6.4, 5.6), (4.8, 4.0), (9.0, 4.5)])
def test_radar_labels_and_legend_stay_inside_the_canvas(questionnaire, store, answered, city, size):
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = charts.radar_figure(load_results(store, questionnaire, answered.uuid), "tr")
    fig.set_size_inches(*size)
    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    renderer = canvas.get_renderer()
    frame = fig.bbox
    for artist in [*fig.axes[0].texts, *fig.legends]:
        box = artist.get_window_extent(renderer)
        assert (
            frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1
        ), artist


def test_builders_redraw_into_a_given_figure(questionnaire, hand_answers):
    results = build_results(questionnaire, hand_answers)
    fig = charts.radar_figure(results, "tr")
    assert charts.gap_figure(results, "tr", figure=fig) is fig
    assert len(fig.axes) == 1 and fig.axes[0].name == "rectilinear"
    assert charts.radar_figure(results, "tr", figure=fig) is fig
    assert len(fig.axes) == 1 and fig.axes[0].name == "polar"


@pytest.mark.parametrize(
    ("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")]
)
def test_save_figure_writes_each_format_atomically(
    questionnaire, hand_answers, tmp_path, suffix, magic
):
    fig = charts.gap_figure(build_results(questionnaire, hand_answers), "en")
    path = charts.save_figure(fig, tmp_path / f"gaps{suffix}")
    assert path.read_bytes().startswith(magic)
    assert [p.name for p in tmp_path.iterdir()] == [f"gaps{suffix}"]  # no temp file left


def test_charts_need_neither_pyplot_nor_qt_and_leave_rcparams_alone():
    script = textwrap.dedent("""
        import sys
        import assessments.charts
        assert "matplotlib" not in sys.modules, "imported at module import time"
        from assessments.loader import bundled_questionnaire
        from assessments.results import build_results
        from assessments import charts
        import matplotlib
        # Only the keys the builders set: reading "backend" would itself resolve a backend.
        keys = ["font.family", "font.sans-serif", "font.size", "legend.fontsize", "pdf.fonttype"]
        before = [matplotlib.rcParams[k] for k in keys]
        results = build_results(bundled_questionnaire(), {})
        for build in (charts.radar_figure, charts.gap_figure, charts.trend_figure):
            fig = build(results, "tr")
            from matplotlib.backends.backend_agg import FigureCanvasAgg
            FigureCanvasAgg(fig).draw()
        assert [matplotlib.rcParams[k] for k in keys] == before
        bad = [
            m for m in sys.modules if m == "matplotlib.pyplot" or m.startswith(("PySide6", "PyQt"))
        ]
        assert not bad, bad
        print("pure ok")
    """)
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT
    )
    assert result.returncode == 0, result.stderr
    assert "pure ok" in result.stdout


# --- redrawing into the same figure -----------------------------------------------------------


def pixels(fig):
    import numpy as np
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(fig)
    canvas.draw()
    return np.asarray(canvas.buffer_rgba()).copy()


def answered_more(questionnaire, hand_answers):
    """``hand_answers`` with every INS question answered too (its "no score" label goes)."""
    from assessments.scoring import Answer

    more = dict(hand_answers)
    for question in questionnaire.dimension("INS").questions:
        more[question.id] = Answer(question.id, current=4, target=5)
    return more


def test_radar_redraw_with_the_same_layout_moves_the_series_in_place(questionnaire, hand_answers):
    before = build_results(questionnaire, hand_answers, ["ULA"])
    after = build_results(questionnaire, answered_more(questionnaire, hand_answers), ["ULA"])
    fig = charts.radar_figure(before, "tr")
    pixels(fig)
    ax, lines = fig.axes[0], lines_by_gid(fig)
    assert charts.radar_figure(after, "tr", figure=fig) is fig
    assert fig.axes == [ax] and lines_by_gid(fig) == lines  # the same artists, not rebuilt
    plotted = charts.plotted_series(fig)
    assert nan_safe(plotted["radar:current"]) == scores(r.current for r in after.dimensions)
    assert nan_safe(plotted["radar:target"]) == scores(r.target for r in after.dimensions)
    assert lines["radar:current"].get_ydata()[-1] == lines["radar:current"].get_ydata()[0]
    names = {t.get_gid(): t.get_text() for t in ax.texts}
    assert names["radar:label:INS"] == "İnsan ve Kurumsal\nKapasite"  # "(puan yok)" gone
    # Exactly what a figure built afresh from the same results shows.
    assert (pixels(fig) == pixels(charts.radar_figure(after, "tr"))).all()


def test_radar_area_follows_the_current_series(questionnaire, hand_answers):
    complete = {q.id: hand_answers.get(q.id) for q in questionnaire.questions}
    from assessments.scoring import Answer

    for question_id, answer in complete.items():
        if answer is None or answer.not_applicable:
            complete[question_id] = Answer(question_id, current=3, target=4)
    with_hole = build_results(questionnaire, hand_answers, ["ULA"])
    full = build_results(questionnaire, complete)
    fig = charts.radar_figure(with_hole, "tr")
    area = next(p for p in fig.axes[0].patches if p.get_label() == charts.RADAR_AREA_LABEL)
    assert not area.get_visible()  # a hole in the series: no filled polygon across it
    charts.radar_figure(full, "tr", figure=fig)
    assert area.get_visible()
    radii = [float(r) for _theta, r in area.get_xy()]
    assert radii[:-1] == pytest.approx([r.current for r in full.dimensions])
    charts.radar_figure(with_hole, "tr", figure=fig)
    assert not area.get_visible()


def test_radar_legend_label_changes_in_place(questionnaire, store, answered):
    fill(store, questionnaire, "Çevre Koruma ve Kontrol Dairesi Başkanlığı", answered.round, 11)
    fig = charts.radar_figure(load_results(store, questionnaire, answered.uuid), "tr")
    ax = fig.axes[0]
    fill(store, questionnaire, "Fen İşleri Dairesi Başkanlığı", answered.round, 12)
    results = load_results(store, questionnaire, answered.uuid)
    charts.radar_figure(results, "tr", figure=fig)
    assert fig.axes == [ax]
    assert lines_by_gid(fig)["radar:city"].get_label() == "Kent ortalaması (2 diğer birim)"
    assert [t.get_text() for t in fig.legends[0].get_texts()] == [
        "Mevcut",
        "Hedef",
        "Kent ortalaması (2 diğer birim)",
    ]
    assert nan_safe(charts.plotted_series(fig)["radar:city"]) == scores(
        r.city_mean for r in results.dimensions
    )
    assert (pixels(fig) == pixels(charts.radar_figure(results, "tr"))).all()


@pytest.mark.parametrize("change", ["language", "series", "cleared", "other chart"])
def test_radar_is_rebuilt_when_the_layout_differs(questionnaire, hand_answers, change):
    results = build_results(questionnaire, hand_answers, ["ULA"])
    fig = charts.radar_figure(results, "tr")
    ax = fig.axes[0]
    lang, options = "tr", {}
    if change == "language":
        lang = "en"
    elif change == "series":
        options = {"target": False}
    elif change == "cleared":
        fig.clear()
    else:
        charts.gap_figure(results, "tr", figure=fig)
    charts.radar_figure(results, lang, figure=fig, **options)
    assert len(fig.axes) == 1 and fig.axes[0] is not ax and fig.axes[0].name == "polar"
    assert len(fig.legends) == 1
    expected = {"radar:current"} if change == "series" else {"radar:current", "radar:target"}
    assert set(charts.plotted_series(fig)) == expected
    assert (pixels(fig) == pixels(charts.radar_figure(results, lang, **options))).all()


def test_gap_redraw_moves_the_bars_in_place(questionnaire, hand_answers):
    from assessments.scoring import Answer

    strategy = questionnaire.dimension("STR").questions
    bigger = dict(hand_answers)
    for question in strategy:
        bigger[question.id] = Answer(question.id, current=0, target=5)  # gap 5: the axis widens
    before, after = (
        build_results(questionnaire, hand_answers, ["ULA"]),
        build_results(questionnaire, bigger, ["ULA"]),
    )
    fig = charts.gap_figure(before, "tr")
    ax = fig.axes[0]
    bars = list(ax.patches)
    assert charts.gap_figure(after, "tr", figure=fig) is fig
    assert fig.axes == [ax] and list(ax.patches) == bars
    widths = {gid: values[0] for gid, values in charts.plotted_series(fig).items()}
    assert widths == pytest.approx(
        {f"gap:{r.dimension_id}": r.gap for r in after.dimensions if r.gap is not None}
    )
    assert ax.get_xlim() == pytest.approx((0, 6.0))
    assert "5,00" in [t.get_text() for t in ax.texts]
    assert (pixels(fig) == pixels(charts.gap_figure(after, "tr"))).all()


def test_gap_chart_is_rebuilt_when_a_bar_appears(questionnaire, hand_answers):
    before = build_results(questionnaire, hand_answers, ["ULA"])
    after = build_results(questionnaire, answered_more(questionnaire, hand_answers), ["ULA"])
    fig = charts.gap_figure(before, "tr")
    ax = fig.axes[0]
    charts.gap_figure(after, "tr", figure=fig)
    assert fig.axes[0] is not ax
    assert set(charts.plotted_series(fig)) == {"gap:STR", "gap:VERI", "gap:INS"}
