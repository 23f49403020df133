"""Figures of the results: radar of dimension scores, per-dimension gaps, trend over rounds.

Each builder draws into a ``matplotlib.figure.Figure`` (a new one, or the one an embedding
canvas owns, e.g. FigureCanvasQTAgg's: it is cleared and redrawn, then the caller calls
``draw_idle()``). The radar and the gap chart redraw in place instead when the figure already
holds one with the same layout (a redraw after each answer change must stay fast). No pyplot
and no backend selection, so the same code serves the GUI, PNG/SVG export and the PDF report.
matplotlib is imported inside the functions: it costs start-up time.

Every plotted series carries a ``gid`` ("radar:current", "gap:STR", "trend:current", ...) so
the values can be read back from the artists (``plotted_series``): tests do, and so can a
hover tooltip.

Colours are Okabe-Ito (safe for colour-blind readers) and every series also differs by line
style and marker, so a greyscale print still tells them apart. Text is DejaVu Sans, which ships
with matplotlib and has every Turkish letter.
"""

from __future__ import annotations

import functools
import math
import os
import textwrap
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from . import formatting, vocabulary
from .results import UnitResults
from .scoring import BANDS, MAX_LEVEL

FONT = "DejaVu Sans"

# Okabe & Ito (2008), "Color Universal Design".
OKABE_ITO = {
    "black": "#000000",
    "orange": "#E69F00",
    "sky_blue": "#56B4E9",
    "bluish_green": "#009E73",
    "yellow": "#F0E442",
    "blue": "#0072B2",
    "vermillion": "#D55E00",
    "reddish_purple": "#CC79A7",
}
SERIES_STYLE = {
    "current": {"color": OKABE_ITO["blue"], "linestyle": "-", "marker": "o", "linewidth": 2.2},
    "target": {"color": OKABE_ITO["orange"], "linestyle": "--", "marker": "s", "linewidth": 1.8},
    "city": {"color": OKABE_ITO["bluish_green"], "linestyle": ":", "marker": "^", "linewidth": 2.0},
}
# Earlier rounds on the radar and dimension lines in the trend: colour and style both vary.
CYCLE = (
    (OKABE_ITO["vermillion"], "-.", "D"),
    (OKABE_ITO["reddish_purple"], "--", "v"),
    (OKABE_ITO["sky_blue"], ":", "P"),
    (OKABE_ITO["black"], "-.", "X"),
    (OKABE_ITO["bluish_green"], "--", "<"),
    (OKABE_ITO["orange"], ":", ">"),
    (OKABE_ITO["blue"], "-.", "h"),
    (OKABE_ITO["vermillion"], ":", "*"),
    (OKABE_ITO["reddish_purple"], "-", "d"),
)
# Earlier rounds on the radar sit beside current (blue), target (orange) and the city (green):
# their colours are the Okabe-Ito ones left, never orange's near twin vermillion (the 2025
# round and the target were both orange); past three rounds the line style tells them apart.
ROUND_CYCLE = (
    (OKABE_ITO["reddish_purple"], "-.", "D"),
    (OKABE_ITO["sky_blue"], ":", "P"),
    (OKABE_ITO["black"], "-.", "X"),
    (OKABE_ITO["reddish_purple"], ":", "v"),
    (OKABE_ITO["sky_blue"], "-.", "<"),
    (OKABE_ITO["black"], ":", "*"),
)
GAP_COLOUR = OKABE_ITO["vermillion"]

LABELS = {
    "current": ("Mevcut", "Current"),
    "target": ("Hedef", "Target"),
    "city": ("Kent ortalaması ({n} diğer birim)", "City average ({n} other units)"),
    "gap_axis": ("Fark (hedef − mevcut), düzey", "Gap (target − current), levels"),
    "score_axis": ("Puan (0–5)", "Score (0–5)"),
    "round_axis": ("Dönem", "Round"),
    "overall": ("Genel puan", "Overall score"),
    "overall_target": ("Genel hedef", "Overall target"),
    "out_of_scope": vocabulary.TERMS["out_of_scope"],  # the one word (assessments/vocabulary)
    "no_score": ("puan yok", "no score"),
    "round": ("{round} dönemi", "Round {round}"),
}

RADAR_SIZE = (6.4, 5.6)  # inches; at 100 dpi it fits the results pane of a 1366x768 screen
GAP_SIZE = (6.4, 4.6)
TREND_SIZE = (6.4, 4.2)
LABEL_WRAP = 18  # characters per line of a dimension name around the radar


def label(key: str, lang: str, **params) -> str:
    tr, en = LABELS[key]
    return (tr if lang == "tr" else en).format(**params)


def wrap(text: str, width: int) -> str:
    """Break a long name onto lines at spaces (never inside a word)."""
    return (
        "\n".join(textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False))
        or text
    )


@contextmanager
def chart_style() -> Iterator[None]:
    """Our fonts and sizes for artists created inside, without touching the global rcParams."""
    import matplotlib

    with matplotlib.rc_context(
        {
            "font.family": "sans-serif",
            "font.sans-serif": [FONT],
            "font.size": 9,
            "axes.titlesize": 10,
            "legend.fontsize": 8.5,
            "xtick.labelsize": 8.5,
            "ytick.labelsize": 8.5,
            "axes.unicode_minus": True,
        }
    ):
        yield


# A builder leaves on the figure what it drew (``_DrawnRadar``, ``_DrawnGaps``), so that the next
# call with the same layout only moves the values (see ``_drawn_chart``).
_DRAWN = "_assessments_drawn_chart"


def _drawn_chart(figure, key):
    """What a builder drew into ``figure`` with this ``key`` (chart, language, dimensions,
    series), if nothing has cleared or redrawn the figure since; else None (rebuild)."""
    drawn = getattr(figure, _DRAWN, None)
    if drawn is None or drawn.key != key or not drawn.intact():
        return None
    return drawn


def _dimension_ids(results: UnitResults) -> tuple[str, ...]:
    return tuple(r.dimension_id for r in results.dimensions)


def _new_or_cleared(figure, size):
    if figure is None:
        from matplotlib.figure import Figure

        return Figure(figsize=size, dpi=100)
    figure.clear()
    return figure


def _values(rows_values: Sequence[float | None]) -> list[float]:
    """None (no score) becomes NaN: matplotlib leaves a hole instead of drawing a false 0."""
    return [math.nan if v is None else float(v) for v in rows_values]


def _nice_locator():
    """Ticks at 0,2 / 0,5 / 1 steps, never at 0,25 (which one decimal would print as 0,2)."""
    from matplotlib.ticker import MaxNLocator

    return MaxNLocator(nbins=6, steps=[1, 2, 5, 10])


def _decimal_formatter(lang: str, digits: int):
    from matplotlib.ticker import FuncFormatter

    # float(): tick values are numpy scalars, whose repr is "np.float64(0.5)".
    return FuncFormatter(lambda value, _pos: formatting.number(float(value), lang, digits))


# --- radar ------------------------------------------------------------------------------------


def radar_series(
    results: UnitResults, lang: str, *, target: bool = True, city: bool = True, rounds: bool = False
) -> list[tuple[str, str, list[float], dict]]:
    """The radar's series as (gid, legend label, values per dimension, style)."""
    series = []
    if rounds and results.has_trend:
        earlier = [p for p in results.trend if not p.is_current]
        for n, point in enumerate(earlier):
            colour, linestyle, marker = ROUND_CYCLE[n % len(ROUND_CYCLE)]
            series.append(
                (
                    f"radar:round:{point.round}",
                    label("round", lang, round=point.round),
                    _values(d.current for d in point.score.dimensions),
                    {"color": colour, "linestyle": linestyle, "marker": marker, "linewidth": 1.5},
                )
            )
    current_label = label("current", lang)
    if rounds and results.has_trend:
        current_label = f"{current_label} ({results.round})"
    series.append(
        (
            "radar:current",
            current_label,
            _values(r.current for r in results.dimensions),
            SERIES_STYLE["current"],
        )
    )
    if target:
        series.append(
            (
                "radar:target",
                label("target", lang),
                _values(r.target for r in results.dimensions),
                SERIES_STYLE["target"],
            )
        )
    if city and results.city is not None:
        series.append(
            (
                "radar:city",
                label("city", lang, n=results.city.units),
                _values(r.city_mean for r in results.dimensions),
                SERIES_STYLE["city"],
            )
        )
    return series


def _dimension_label(row, lang: str, width: int) -> str:
    name = wrap(row.name.get(lang), width)
    if not row.in_scope:
        return f"{name}\n({label('out_of_scope', lang)})"
    if row.current is None:
        return f"{name}\n({label('no_score', lang)})"
    return name


def draw_radar(
    ax,
    results: UnitResults,
    lang: str = "tr",
    *,
    target: bool = True,
    city: bool = True,
    rounds: bool = False,
    label_width: int = LABEL_WRAP,
    label_size: float = 8.5,
) -> list:
    """Draw the radar into a polar Axes; return the legend handles."""
    rows = results.dimensions
    count = len(rows)
    angles = [2 * math.pi * i / count for i in range(count)]
    closed = [*angles, angles[0]]
    ax.set_theta_offset(math.pi / 2)  # first dimension at the top, then clockwise
    ax.set_theta_direction(-1)
    ax.set_ylim(0, MAX_LEVEL)
    ax.set_yticks(range(1, MAX_LEVEL + 1))
    ring_labels = ax.set_yticklabels(
        [str(level) for level in range(1, MAX_LEVEL + 1)], color="#555555", fontsize=7.5
    )
    for ring in ring_labels:  # readable where a series crosses it: drawn above, on white
        ring.set_bbox({"facecolor": "white", "edgecolor": "none", "alpha": 0.8, "pad": 0.6})
    ax.yaxis.set_zorder(4)
    ax.set_rlabel_position(180 / count)  # between the first two spokes, away from the data
    ax.set_xticks(angles)
    ax.set_xticklabels([])  # placed by hand below: aligned away from the circle, wrapped
    ax.grid(color="#bbbbbb", linewidth=0.6)
    ax.spines["polar"].set_color("#999999")

    handles = []
    for gid, name, values, style in radar_series(
        results, lang, target=target, city=city, rounds=rounds
    ):
        (line,) = ax.plot(
            closed,
            [*values, values[0]],
            label=name,
            gid=gid,
            markersize=4.5,
            clip_on=False,
            zorder=3,
            **style,
        )
        if gid == "radar:current":
            # Made even while a dimension has no score (then hidden), so that a redraw in place
            # can show it again without rebuilding.
            (area,) = ax.fill(
                closed,
                [*values, values[0]],
                color=style["color"],
                alpha=0.12,
                zorder=2,
                label=RADAR_AREA_LABEL,
            )
            area.set_visible(_complete(values))
        handles.append(line)

    for angle, row in zip(angles, rows, strict=True):
        x, y = math.sin(angle), math.cos(angle)
        ax.text(
            angle,
            MAX_LEVEL * 1.1,
            _dimension_label(row, lang, label_width),
            fontsize=label_size,
            ha="left" if x > 0.2 else "right" if x < -0.2 else "center",
            va="bottom" if y > 0.2 else "top" if y < -0.2 else "center",
            color=_dimension_colour(row),
            linespacing=1.1,
            gid=f"radar:label:{row.dimension_id}",
        )
    return handles


# A label, not a gid: a gid would make the area a hover target (desktop.chart_canvas.hit). The
# leading "_" keeps it out of legends.
RADAR_AREA_LABEL = "_radar:area:current"


def _complete(values: Sequence[float]) -> bool:
    """A filled area only for a closed polygon: with a hole it would cut across the radar."""
    return not any(math.isnan(v) for v in values)


def _dimension_colour(row) -> str:
    return "#222222" if row.in_scope else "#777777"


def radar_figure(
    results: UnitResults,
    lang: str = "tr",
    figure=None,
    *,
    target: bool = True,
    city: bool = True,
    rounds: bool = False,
):
    """Dimension scores current vs target, with the city average when other units exist and,
    with ``rounds``, the unit's other rounds overlaid.

    Given a ``figure`` that already holds a radar drawn here with the same spokes, language
    and series, only the values, legend labels and dimension names are updated: rebuilding
    the polar Axes and its ticks is a third of a redraw after each answer change.
    """
    series = radar_series(results, lang, target=target, city=city, rounds=rounds)
    key = ("radar", lang, _dimension_ids(results), tuple(gid for gid, *_ in series))
    drawn = _drawn_chart(figure, key)
    if drawn is not None:
        drawn.update(results, lang, series)
        return figure
    with chart_style():
        fig = _new_or_cleared(figure, RADAR_SIZE)
        ax = fig.add_subplot(projection="polar")
        handles = draw_radar(ax, results, lang, target=target, city=city, rounds=rounds)
        legend = fig.legend(
            handles=handles,
            loc="lower center",
            ncol=min(3, len(handles)),
            frameon=False,
            bbox_to_anchor=(0.5, 0.005),
        )
        layout = radar_layout(ax)
        fig.set_layout_engine(layout)
    setattr(fig, _DRAWN, _DrawnRadar(key, fig, ax, legend, layout))
    return fig


class _DrawnRadar:
    """The artists of a radar that ``radar_figure`` built, to move its series in place."""

    def __init__(self, key, fig, ax, legend, layout):
        self.key = key
        self.fig, self.ax, self.legend, self.layout = fig, ax, legend, layout
        self.lines = {line.get_gid(): line for line in ax.get_lines() if line.get_gid()}
        self.area = next(p for p in ax.patches if p.get_label() == RADAR_AREA_LABEL)
        self.names = {t.get_gid(): t for t in ax.texts}
        self.legend_texts = dict(zip(self.lines, legend.get_texts(), strict=True))

    def intact(self) -> bool:
        """False once anything cleared the figure or swapped its Axes, legend or layout."""
        fig, ax = self.fig, self.ax
        return (
            fig.axes == [ax]
            and fig.legends == [self.legend]
            and fig.get_layout_engine() is self.layout
            and all(line.axes is ax and line in ax.lines for line in self.lines.values())
            and self.area in ax.patches
            and all(t in ax.texts for t in self.names.values())
        )

    def update(self, results: UnitResults, lang: str, series) -> None:
        for gid, name, values, _style in series:
            line = self.lines[gid]
            closed = [*values, values[0]]
            line.set_ydata(closed)
            if line.get_label() != name:
                line.set_label(name)
                self.legend_texts[gid].set_text(name)
            if gid == "radar:current":
                self.area.set_xy(list(zip(line.get_xdata(), closed, strict=True)))
                self.area.set_visible(_complete(values))
        for row in results.dimensions:
            name = self.names[f"radar:label:{row.dimension_id}"]
            name.set_text(_dimension_label(row, lang, LABEL_WRAP))
            name.set_color(_dimension_colour(row))
        self.fig.stale = True


def radar_layout(ax, region: tuple[float, float, float, float] | None = None):
    """A layout engine that keeps the radar as large as ``region`` (figure fractions x0, y0,
    x1, y1; default: the figure above its legends) allows with the dimension names inside.

    Constrained layout cannot: a polar Axes is drawn square inside its box, so the names
    beside the circle do not count as overflow. The names stick out by a fixed number of
    points, so the room they need is measured at every draw (the canvas may have resized).
    """
    return _radar_layout_class()(ax, region)


@functools.cache
def _radar_layout_class():
    from matplotlib.layout_engine import LayoutEngine

    class RadarLayout(LayoutEngine):
        _adjust_compatible = False
        _colorbar_gridspec = False

        def __init__(self, ax, region, **kwargs):
            super().__init__(**kwargs)
            self.ax = ax
            self.region = region

        def execute(self, fig):
            if self.ax in fig.axes:
                _fit_radar(fig, self.ax, self.region)

    return RadarLayout


def _fit_radar(fig, ax, region) -> None:
    renderer = fig._get_renderer()  # what matplotlib's own layout engines use
    width, height = fig.bbox.width, fig.bbox.height
    if region is None:
        legend_top = max((leg.get_window_extent(renderer).y1 for leg in fig.legends), default=0.0)
        region = (0.0, legend_top / height, 1.0, 1.0)
    x_lo, y_lo, x_hi, y_hi = (
        region[0] * width,
        region[1] * height,
        region[2] * width,
        region[3] * height,
    )
    pad = 4 * fig.dpi / 72
    for _ in range(4):  # the names move out with the circle's radius; a few passes settle it
        ax.apply_aspect()
        box = ax.bbox
        # Only the names can stick out (the ring labels sit inside the circle): measuring
        # them alone is a third of the cost of the Axes' full tight bbox.
        names = [t.get_window_extent(renderer) for t in ax.texts]
        left = max(0.0, box.x0 - min(b.x0 for b in names))
        right = max(0.0, max(b.x1 for b in names) - box.x1)
        bottom = max(0.0, box.y0 - min(b.y0 for b in names))
        top = max(0.0, max(b.y1 for b in names) - box.y1)
        avail_w = x_hi - x_lo - left - right - 2 * pad
        avail_h = y_hi - y_lo - top - bottom - 2 * pad
        side = max(20.0, min(avail_w, avail_h))
        x0 = x_lo + pad + left + (avail_w - side) / 2
        y0 = y_lo + pad + bottom + (avail_h - side) / 2
        if max(abs(x0 - box.x0), abs(y0 - box.y0), abs(side - box.width)) < 0.5:
            break
        ax.set_position((x0 / width, y0 / height, side / width, side / height))


# --- gaps -------------------------------------------------------------------------------------


def gap_figure(results: UnitResults, lang: str = "tr", figure=None):
    """One horizontal bar per dimension: target − current. Horizontal, so that long Turkish
    names stay readable; the bar's width is the gap.

    Given a ``figure`` that holds a gap chart drawn here for the same dimensions and language,
    with a bar for the same ones, the bars and their numbers are updated in place."""
    rows = results.dimensions
    key = ("gaps", lang, _dimension_ids(results), tuple(r.gap is not None for r in rows))
    drawn = _drawn_chart(figure, key)
    if drawn is not None:
        drawn.update(results, lang)
        return figure
    with chart_style():
        fig = _new_or_cleared(figure, GAP_SIZE)
        fig.set_layout_engine("constrained")
        ax = fig.add_subplot()
        positions = range(len(rows))
        limit = _gap_limit(rows)
        marks = {}
        for y, row in zip(positions, rows, strict=True):
            if row.gap is None:
                marks[row.dimension_id] = (
                    None,
                    ax.text(
                        *_gap_note(row, lang, limit, y), va="center", fontsize=8, color="#666666"
                    ),
                )
                continue
            bar = ax.barh(y, row.gap, height=0.62, color=GAP_COLOUR, gid=f"gap:{row.dimension_id}")[
                0
            ]
            marks[row.dimension_id] = (
                bar,
                ax.text(*_gap_value(row, lang, limit, y), va="center", fontsize=8),
            )
        ax.set_yticks(list(positions), [wrap(r.name.get(lang), 26) for r in rows])
        ax.invert_yaxis()  # questionnaire order, top to bottom, as in the table
        ax.set_xlim(0, limit)
        ax.xaxis.set_major_locator(_nice_locator())
        ax.xaxis.set_major_formatter(_decimal_formatter(lang, 1))
        ax.set_xlabel(label("gap_axis", lang))
        ax.grid(axis="x", color="#dddddd", linewidth=0.6)
        ax.set_axisbelow(True)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.tick_params(axis="y", length=0)
    setattr(fig, _DRAWN, _DrawnGaps(key, fig, ax, marks))
    return fig


def _gap_limit(rows) -> float:
    largest = max((r.gap for r in rows if r.gap is not None), default=0.0)
    return max(1.0, largest * 1.2)


def _gap_value(row, lang: str, limit: float, y: float) -> tuple[float, float, str]:
    """Where the gap's number goes (just past the bar's end) and its text."""
    return row.gap + 0.015 * limit, y, formatting.number(row.gap, lang)


def _gap_note(row, lang: str, limit: float, y: float) -> tuple[float, float, str]:
    """Why a dimension has no bar, at the start of its band."""
    note = label("out_of_scope" if not row.in_scope else "no_score", lang)
    return 0.02 * limit, y, f"– ({note})"


class _DrawnGaps:
    """The artists of a gap chart that ``gap_figure`` built, to move its bars in place."""

    def __init__(self, key, fig, ax, marks):
        self.key = key
        self.fig, self.ax, self.layout = fig, ax, fig.get_layout_engine()
        self.marks = marks  # dimension id -> (bar or None, its number or its note)

    def intact(self) -> bool:
        """False once anything cleared the figure or swapped its Axes or layout."""
        fig, ax = self.fig, self.ax
        return (
            fig.axes == [ax]
            and fig.get_layout_engine() is self.layout
            and all(
                (bar is None or bar in ax.patches) and text in ax.texts
                for bar, text in self.marks.values()
            )
        )

    def update(self, results: UnitResults, lang: str) -> None:
        limit = _gap_limit(results.dimensions)
        for y, row in enumerate(results.dimensions):
            bar, text = self.marks[row.dimension_id]
            x, _y, words = (
                _gap_note(row, lang, limit, y) if bar is None else _gap_value(row, lang, limit, y)
            )
            if bar is not None:
                bar.set_width(row.gap)
            text.set_x(x)
            text.set_text(words)
        if self.ax.get_xlim() != (0, limit):
            self.ax.set_xlim(0, limit)
        self.fig.stale = True


# --- trend ------------------------------------------------------------------------------------


def _band_strips(ax, lang: str) -> None:
    """The maturity bands behind the trend, every other one shaded, named on the right."""
    for n, band in enumerate(BANDS):
        low, high = band.lower / 100 * MAX_LEVEL, band.upper / 100 * MAX_LEVEL
        if low == high:  # "Optimizasyon" is exactly 5: a line, not an empty strip
            ax.axhline(high, color="#d0d0d0", linewidth=0.8, zorder=0)
        elif n % 2 == 0:
            ax.axhspan(low, high, color="#f2f2f2", zorder=0)
        ax.text(
            1.01,
            (low + high) / 2,
            band.name(lang),
            transform=ax.get_yaxis_transform(),
            va="center",
            fontsize=7.5,
            color="#666666",
        )


def trend_figure(
    results: UnitResults, lang: str = "tr", figure=None, *, dimensions: Sequence[str] = ()
):
    """The overall score and target per round (and the named dimensions' scores), over the
    maturity bands. With one round only, a single point."""
    points = results.trend or ()
    rounds = [p.round for p in points] or [results.round]
    scores = [p.score for p in points] or [results.score]
    with chart_style():
        fig = _new_or_cleared(figure, TREND_SIZE)
        fig.set_layout_engine("constrained")
        ax = fig.add_subplot()
        xs = list(range(len(rounds)))
        _band_strips(ax, lang)
        lines = [
            (
                "trend:current",
                label("overall", lang),
                _values(s.current for s in scores),
                SERIES_STYLE["current"],
            ),
            (
                "trend:target",
                label("overall_target", lang),
                _values(s.target for s in scores),
                SERIES_STYLE["target"],
            ),
        ]
        for n, dimension_id in enumerate(dimensions):
            colour, linestyle, marker = CYCLE[n % len(CYCLE)]
            name = results.questionnaire.dimension(dimension_id).name.get(lang)
            lines.append(
                (
                    f"trend:{dimension_id}",
                    name,
                    _values(s.dimension(dimension_id).current for s in scores),
                    {"color": colour, "linestyle": linestyle, "marker": marker, "linewidth": 1.4},
                )
            )
        for gid, name, values, style in lines:
            ax.plot(xs, values, label=name, gid=gid, markersize=5, zorder=3, **style)
        for x, value in zip(xs, lines[0][2], strict=True):
            if not math.isnan(value):
                ax.annotate(
                    formatting.number(value, lang),
                    (x, value),
                    textcoords="offset points",
                    xytext=(0, -14),
                    ha="center",
                    fontsize=8,
                    color=SERIES_STYLE["current"]["color"],
                    bbox={
                        "boxstyle": "round,pad=0.15",
                        "facecolor": "white",
                        "edgecolor": "none",
                        "alpha": 0.85,
                    },
                    zorder=4,
                )
        ax.set_xticks(xs, rounds)
        ax.set_xlim(-0.5, len(xs) - 0.5)
        ax.set_ylim(0, MAX_LEVEL)
        ax.set_xlabel(label("round_axis", lang))
        ax.set_ylabel(label("score_axis", lang))
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
        ax.legend(loc="upper left", frameon=False, ncol=2)
    return fig


# --- reading values back, saving ------------------------------------------------------------------


def plotted_series(figure) -> dict[str, list[float]]:
    """The values drawn, by gid: radar lines without their closing point, bar widths, trend
    lines. NaN where nothing was drawn (no score)."""
    found: dict[str, list[float]] = {}
    for ax in figure.axes:
        for line in ax.get_lines():
            gid = line.get_gid()
            if not gid:
                continue
            values = [float(v) for v in line.get_ydata()]
            found[gid] = values[:-1] if gid.startswith("radar:") else values
        for patch in ax.patches:
            gid = patch.get_gid()
            if gid and gid.startswith("gap:"):
                found[gid] = [float(patch.get_width())]
    return found


def save_figure(figure, path: str | os.PathLike, dpi: int = 150) -> Path:
    """Write PNG, SVG or PDF (by the suffix) atomically: a temp file beside it, then a rename."""
    import matplotlib

    from .atomic import write_atomically

    fmt = Path(path).suffix.lower().lstrip(".") or "png"

    def write(temp: Path) -> None:
        # Type 42 (TrueType) keeps PDF text selectable and extractable, Turkish letters included.
        with matplotlib.rc_context({"pdf.fonttype": 42, "svg.fonttype": "path"}):
            figure.savefig(temp, format=fmt, dpi=dpi, facecolor="white")

    return write_atomically(path, write)
