"""The radar baseline: the least matplotlib does for a radar of the same shape — a polar plot of
two closed series over the same number of spokes in the same existing Figure, drawn on Agg. No
layout engine, no wrapped labels, no legend.

``rebuild`` clears the figure and makes the axes again, as ``charts.radar_figure`` does on every
redraw; ``update`` only moves the lines of the axes made before, the cheapest redraw there is.
"""

from __future__ import annotations

import math


class BarePolar:
    def __init__(self, figure, canvas):
        self.figure = figure
        self.canvas = canvas
        self.lines = None

    @staticmethod
    def _closed(values: list[float]) -> list[float]:
        return [*values, values[0]]

    def rebuild(self, current: list[float], target: list[float]) -> None:
        self.figure.clear()
        ax = self.figure.add_subplot(projection="polar")
        count = len(current)
        angles = [2 * math.pi * i / count for i in range(count)] + [0.0]
        (current_line,) = ax.plot(angles, self._closed(current))
        (fill,) = ax.fill(angles, self._closed(current), alpha=0.12)
        (target_line,) = ax.plot(angles, self._closed(target), linestyle="--")
        ax.set_ylim(0, 5)
        ax.set_xticks(angles[:-1])
        self.lines = (current_line, fill, target_line, angles)
        self.canvas.draw()

    def update(self, current: list[float], target: list[float]) -> None:
        if self.lines is None:
            self.rebuild(current, target)
            return
        current_line, fill, target_line, angles = self.lines
        current_line.set_ydata(self._closed(current))
        fill.set_xy(list(zip(angles, self._closed(current), strict=True)))
        target_line.set_ydata(self._closed(target))
        self.canvas.draw()
