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
    assert list(angles) == pytest.approx([2 * math.pi * i / 9 for i in range(9)])
    # Out of scope and unanswered are holes, never a drawn 0.
    assert math.isnan(current[[r.dimension_id for r in results.dimensions].index("ULA")])
    assert charts.plotted_series(fig)["radar:current"] == pytest.approx(list(current[:-1]), nan_ok=True)


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
    assert nan_safe(lines["radar:round:2025"].get_ydata()[:-1]) == scores(d.current for d in earlier.dimensions)
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
    assert list(lines["trend:current"].get_ydata()) == pytest.approx([p.score.current for p in results.trend])
    assert list(lines["trend:target"].get_ydata()) == pytest.approx([p.score.target for p in results.trend])
    assert list(lines["trend:STR"].get_ydata()) == pytest.approx(
        [p.score.dimension("STR").current for p in results.trend])
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
        assert frame.x0 <= box.x0 and box.x1 <= frame.x1 and frame.y0 <= box.y0 and box.y1 <= frame.y1, artist


def test_builders_redraw_into_a_given_figure(questionnaire, hand_answers):
    results = build_results(questionnaire, hand_answers)
    fig = charts.radar_figure(results, "tr")
    assert charts.gap_figure(results, "tr", figure=fig) is fig
    assert len(fig.axes) == 1 and fig.axes[0].name == "rectilinear"
    assert charts.radar_figure(results, "tr", figure=fig) is fig
    assert len(fig.axes) == 1 and fig.axes[0].name == "polar"


@pytest.mark.parametrize(("suffix", "magic"), [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF")])
def test_save_figure_writes_each_format_atomically(questionnaire, hand_answers, tmp_path, suffix, magic):
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
        bad = [m for m in sys.modules if m == "matplotlib.pyplot" or m.startswith(("PySide6", "PyQt"))]
        assert not bad, bad
        print("pure ok")
    """)
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert "pure ok" in result.stdout
