"""The coordinator's comparison radar: chosen units' dimension scores on one radar, with the
city average (``assessments.merge.city_figures``), for the desktop app's Coordinator view and
for saving as PNG, SVG or PDF (``charts.save_figure``).

It draws like ``charts.radar_figure`` (same fonts, rings, dimension names and layout engine) but
with one series per unit. Every series differs by colour (Okabe-Ito), line style and marker, so
a greyscale print still tells them apart; that is also why at most ``MAX_UNITS`` units are
drawn. A series' gid is ``radar:unit:<unit name>`` or ``radar:city``, so ``charts.plotted_series``
reads the values back. matplotlib is imported inside the functions.
"""

from __future__ import annotations

import functools
import math
from collections.abc import Sequence
from dataclasses import dataclass

from .charts import LABEL_WRAP, OKABE_ITO, SERIES_STYLE, chart_style, radar_layout, wrap
from .questionnaire import Questionnaire
from .scoring import MAX_LEVEL

COMPARE_SIZE = (7.2, 6.4)  # inches, for a saved chart
MAX_UNITS = 8
LEGEND_WRAP = 34  # characters per line of a unit's name in the legend

# Units: every colour but the city's green, each with its own line style and marker.
UNIT_STYLES = (
    (OKABE_ITO["blue"], "-", "o"),
    (OKABE_ITO["vermillion"], "--", "s"),
    (OKABE_ITO["reddish_purple"], "-.", "D"),
    (OKABE_ITO["orange"], ":", "v"),
    (OKABE_ITO["sky_blue"], "-", "P"),
    (OKABE_ITO["black"], "--", "X"),
    (OKABE_ITO["yellow"], "-.", "h"),
    (OKABE_ITO["vermillion"], ":", "*"),
)
CITY_STYLE = {**SERIES_STYLE["city"], "linewidth": 2.6}
# The city in the earlier round: black, dashed, hollow markers; apart from every unit's style.
EARLIER_CITY_STYLE = {
    "color": OKABE_ITO["black"],
    "linestyle": (0, (5, 2)),
    "marker": "o",
    "markerfacecolor": "white",
    "linewidth": 2.2,
}
LABELS = {
    "city": ("Kent ortalaması ({n} birim)", "City average ({n} units)"),
    "city_earlier": (
        "Kent ortalaması, {round} dönemi ({n} birim)",
        "City average, round {round} ({n} units)",
    ),
    "empty": ("Karşılaştırmak için birim seçin.", "Choose units to compare."),
}


@dataclass(frozen=True)
class CompareSeries:
    """One line on the radar: its gid, legend label, values per dimension (None: no score)
    and matplotlib style."""

    gid: str
    label: str
    values: tuple[float | None, ...]
    style: dict

    @property
    def colour(self) -> str:
        return self.style["color"]


def label(key: str, lang: str, **params) -> str:
    tr, en = LABELS[key]
    return (tr if lang == "tr" else en).format(**params)


def unit_style(index: int) -> dict:
    colour, linestyle, marker = UNIT_STYLES[index % len(UNIT_STYLES)]
    return {"color": colour, "linestyle": linestyle, "marker": marker, "linewidth": 1.9}


def unit_gid(unit: str) -> str:
    return f"radar:unit:{unit}"


def comparison_series(
    data, units: Sequence[str], lang: str = "tr", *, city: bool = True, earlier=None
) -> list[CompareSeries]:
    """The series for ``units`` (names, in the order chosen; at most MAX_UNITS, unknown names
    skipped) of a ``Consolidation``, and the city average last; ``earlier``: an earlier
    round's ``Consolidation``, whose city average is drawn too."""
    by_name = {row.unit: row for row in data.units}
    ids = [d.id for d in data.questionnaire.dimensions]
    series = []
    for unit in [u for u in dict.fromkeys(units) if u in by_name][:MAX_UNITS]:
        score = by_name[unit].score
        values = tuple(
            score.dimension(i).current if score.dimension(i).in_scope else None for i in ids
        )
        series.append(CompareSeries(unit_gid(unit), unit, values, unit_style(len(series))))
    if city and data.city.units:
        series.append(
            CompareSeries(
                "radar:city",
                label("city", lang, n=data.city.units)
                if earlier is None  # beside an earlier round, each city line names its round
                else label("city_earlier", lang, round=data.round, n=data.city.units),
                tuple(data.city.dimension(i).mean for i in ids),
                CITY_STYLE,
            )
        )
    if earlier is not None and earlier.city.units:
        series.append(
            CompareSeries(
                "radar:city:earlier",
                label("city_earlier", lang, round=earlier.round, n=earlier.city.units),
                tuple(earlier.city.dimension(i).mean for i in ids),
                EARLIER_CITY_STYLE,
            )
        )
    return series


def _nan(values: Sequence[float | None]) -> list[float]:
    return [math.nan if v is None else float(v) for v in values]


def _setup_axes(ax, count: int) -> list[float]:
    angles = [2 * math.pi * i / count for i in range(count)]
    ax.set_theta_offset(math.pi / 2)  # first dimension at the top, then clockwise
    ax.set_theta_direction(-1)
    ax.set_ylim(0, MAX_LEVEL)
    ax.set_yticks(range(1, MAX_LEVEL + 1))
    rings = ax.set_yticklabels(
        [str(level) for level in range(1, MAX_LEVEL + 1)], color="#555555", fontsize=7.5
    )
    for ring in rings:
        ring.set_bbox({"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 0.6})
    ax.yaxis.set_zorder(4)
    ax.set_rlabel_position(180 / count)
    ax.set_xticks(angles)
    ax.set_xticklabels([])  # placed by hand: aligned away from the circle, wrapped
    ax.grid(color="#bbbbbb", linewidth=0.6)
    ax.spines["polar"].set_color("#999999")
    return angles


def compare_radar_figure(
    questionnaire: Questionnaire,
    series: Sequence[CompareSeries],
    lang: str = "tr",
    figure=None,
    *,
    legend: str = "bottom",
    label_width: int = LABEL_WRAP,
):
    """Draw ``series`` (``comparison_series``) on one radar of the questionnaire's dimensions,
    in ``figure`` (cleared; a new one if None). A dimension without a score leaves a hole in
    its line, never a false 0. ``legend``: "bottom", or "right" for a wide figure (a window),
    so that the radar gets the full height."""
    with chart_style():
        if figure is None:
            from matplotlib.figure import Figure

            figure = Figure(figsize=COMPARE_SIZE, dpi=100)
        else:
            figure.clear()
        ax = figure.add_subplot(projection="polar")
        dimensions = questionnaire.dimensions
        angles = _setup_axes(ax, len(dimensions))
        closed = [*angles, angles[0]]
        handles = []
        for item in series:
            values = _nan(item.values)
            (line,) = ax.plot(
                closed,
                [*values, values[0]],
                label=wrap(item.label, LEGEND_WRAP),
                gid=item.gid,
                markersize=4.5,
                clip_on=False,
                zorder=3,
                **item.style,
            )
            handles.append(line)
        for angle, dimension in zip(angles, dimensions, strict=True):
            x, y = math.sin(angle), math.cos(angle)
            ax.text(
                angle,
                MAX_LEVEL * 1.1,
                wrap(dimension.name.get(lang), label_width),
                fontsize=8.5,
                ha="left" if x > 0.2 else "right" if x < -0.2 else "center",
                va="bottom" if y > 0.2 else "top" if y < -0.2 else "center",
                color="#222222",
                linespacing=1.1,
                gid=f"radar:label:{dimension.id}",
            )
        if handles and legend == "right":
            figure.legend(
                handles=handles,
                loc="center right",
                ncol=1,
                frameon=False,
                bbox_to_anchor=(0.995, 0.5),
                labelspacing=0.9,
            )
            figure.set_layout_engine(_side_legend_layout(ax))
        elif handles:
            figure.legend(
                handles=handles,
                loc="lower center",
                ncol=1 if len(handles) == 1 else 2,
                frameon=False,
                bbox_to_anchor=(0.5, 0.005),
            )
            figure.set_layout_engine(radar_layout(ax))
        else:
            figure.text(0.5, 0.02, label("empty", lang), ha="center", va="bottom", color="#555555")
            figure.set_layout_engine(radar_layout(ax, (0.0, 0.07, 1.0, 1.0)))
    return figure


def _side_legend_layout(ax):
    """``charts.radar_layout`` in the room left of the legend, measured at every draw (the
    legend's width in pixels is fixed, the figure's is not)."""
    return _side_legend_class()(ax)


@functools.cache
def _side_legend_class():
    from matplotlib.layout_engine import LayoutEngine

    class SideLegendLayout(LayoutEngine):
        _adjust_compatible = False
        _colorbar_gridspec = False

        def __init__(self, ax, **kwargs):
            super().__init__(**kwargs)
            self.ax = ax

        def execute(self, fig):
            if self.ax not in fig.axes:
                return
            renderer = fig._get_renderer()  # as matplotlib's own layout engines do
            left = min(
                (leg.get_window_extent(renderer).x0 for leg in fig.legends), default=fig.bbox.width
            )
            radar_layout(self.ax, (0.0, 0.0, max(0.3, left / fig.bbox.width), 1.0)).execute(fig)

    return SideLegendLayout


def comparison_figure(
    data,
    units: Sequence[str],
    lang: str = "tr",
    figure=None,
    *,
    city: bool = True,
    legend: str = "bottom",
):
    """The comparison radar of ``units`` of a ``Consolidation`` (``consolidate``)."""
    return compare_radar_figure(
        data.questionnaire,
        comparison_series(data, units, lang, city=city),
        lang,
        figure,
        legend=legend,
    )
