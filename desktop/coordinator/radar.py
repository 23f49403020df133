"""The comparison tab: units ticked in a list, drawn on one radar with the city average."""

from __future__ import annotations

import logging

from assessments import formatting, turkish

from .. import i18n
from ..qt import (
    QCheckBox,
    QColor,
    QEvent,
    QFrame,
    QHBoxLayout,
    QIcon,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPixmap,
    QPushButton,
    QSizePolicy,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
)

log = logging.getLogger(__name__)

UNIT_ROLE = Qt.ItemDataRole.UserRole
MERGE_TAB, COMPARE_TAB = range(2)


def _swatch(colour: str | None) -> QIcon:
    """A square of a series' colour for the unit list (transparent: not on the chart)."""
    pixmap = QPixmap(14, 14)
    pixmap.fill(QColor(colour) if colour else Qt.GlobalColor.transparent)
    return QIcon(pixmap)


class ComparisonRadar:
    """Part of CoordinatorView (a mixin: ``self`` is the view)."""

    def _build_compare_tab(self) -> QWidget:
        self.units_title = QLabel(objectName="sectionTitle")
        self.unit_search = QLineEdit()
        self.unit_search.setClearButtonEnabled(True)
        self.unit_search.textChanged.connect(self._filter_units)
        self.unit_list = QListWidget()
        self.unit_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.unit_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.unit_list.itemChanged.connect(self._unit_toggled)
        self.city_box = QCheckBox()
        self.city_box.setChecked(True)
        self.city_box.toggled.connect(self._redraw_now)
        self.earlier_box = QCheckBox()
        self.earlier_box.setChecked(True)
        self.earlier_box.toggled.connect(self._redraw_now)
        self.limit_note = QLabel(objectName="muted")
        self.limit_note.setWordWrap(True)
        self.clear_units_button = QPushButton()
        self.clear_units_button.clicked.connect(self.clear_units)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.units_title)
        left.addWidget(self.unit_search)
        left.addWidget(self.unit_list, 1)
        left.addWidget(self.city_box)
        left.addWidget(self.earlier_box)
        left.addWidget(self.limit_note)
        left.addWidget(self.clear_units_button, 0, Qt.AlignmentFlag.AlignLeft)
        left_box = QWidget()
        left_box.setLayout(left)
        left_box.setFixedWidth(340)
        left.setContentsMargins(0, 0, 0, 0)

        self.chart_title = QLabel(objectName="sectionTitle")
        self.chart_title.setWordWrap(True)
        self.save_chart_button = QPushButton()
        self.save_chart_button.clicked.connect(self.save_chart)
        self.chart_placeholder = QLabel(objectName="muted")
        self.chart_placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.chart_placeholder.setWordWrap(True)
        self.chart_frame = QFrame(objectName="card")
        self.chart_layout = QVBoxLayout(self.chart_frame)
        self.chart_layout.setContentsMargins(10, 8, 10, 6)
        top = QHBoxLayout()
        top.addWidget(self.chart_title, 1)
        top.addWidget(self.save_chart_button, 0, Qt.AlignmentFlag.AlignTop)
        self.chart_layout.addLayout(top)
        self.chart_layout.addWidget(self.chart_placeholder, 1)

        tab = QWidget()
        layout = QHBoxLayout(tab)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.addWidget(left_box)
        layout.addWidget(self.chart_frame, 1)
        return tab

    def _fill_units(self) -> None:
        lang = i18n.current()
        units = [row for row in self.data.units] if self.data else []
        names = {row.unit for row in units}
        self._chosen = [u for u in self._chosen if u in names]
        self.unit_list.blockSignals(True)
        self.unit_list.clear()
        for row in units:
            item = QListWidgetItem(row.unit)
            item.setData(UNIT_ROLE, row.unit)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if row.unit in self._chosen else Qt.CheckState.Unchecked
            )
            tip = self.tr("{unit}\nOverall score: {score} · completed: {completed}")
            item.setToolTip(
                tip.format(
                    unit=row.unit,
                    score=formatting.number(row.score.current, lang),
                    completed=formatting.fraction(row.score.completeness, lang),
                )
            )
            self.unit_list.addItem(item)
        self.unit_list.blockSignals(False)
        self._filter_units()
        self._update_unit_items()

    def _filter_units(self, *_args) -> None:
        needle = self.unit_search.text().strip()
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            item.setHidden(bool(needle) and not turkish.contains(item.data(UNIT_ROLE), needle))

    def _unit_toggled(self, item: QListWidgetItem) -> None:
        unit = item.data(UNIT_ROLE)
        checked = item.checkState() == Qt.CheckState.Checked
        if checked and unit not in self._chosen:
            self._chosen.append(unit)
        elif not checked and unit in self._chosen:
            self._chosen.remove(unit)
        self._update_unit_items()
        self._chart_dirty = True
        self._redraw()

    def choose_units(self, units) -> None:
        """Put these units (names) on the radar, in this order (the checkboxes follow)."""
        from assessments.compare_chart import MAX_UNITS

        self._chosen = list(dict.fromkeys(units))[:MAX_UNITS]
        self.unit_list.blockSignals(True)
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(UNIT_ROLE) in self._chosen
                else Qt.CheckState.Unchecked
            )
        self.unit_list.blockSignals(False)
        self._update_unit_items()
        self._chart_dirty = True
        self._redraw()

    @property
    def chosen_units(self) -> list[str]:
        return list(self._chosen)

    def clear_units(self) -> None:
        self.choose_units([])

    def _update_unit_items(self) -> None:
        """Swatches in the series' colours; at the limit, the other units cannot be ticked."""
        from assessments.compare_chart import MAX_UNITS, unit_style

        full = len(self._chosen) >= MAX_UNITS
        self.unit_list.blockSignals(True)
        for i in range(self.unit_list.count()):
            item = self.unit_list.item(i)
            unit = item.data(UNIT_ROLE)
            chosen = unit in self._chosen
            item.setIcon(_swatch(unit_style(self._chosen.index(unit))["color"] if chosen else None))
            flags = item.flags()
            enabled = chosen or not full
            item.setFlags(
                flags | Qt.ItemFlag.ItemIsEnabled if enabled else flags & ~Qt.ItemFlag.ItemIsEnabled
            )
        self.unit_list.blockSignals(False)
        self.clear_units_button.setEnabled(bool(self._chosen))
        self._update_limit_note()

    def _update_limit_note(self) -> None:
        from assessments.compare_chart import MAX_UNITS

        if not hasattr(self, "limit_note"):
            return
        self.limit_note.setText(
            self.tr("Tick up to {count} units to draw them on one radar.").format(count=MAX_UNITS)
        )

    def _redraw_now(self, *_args) -> None:
        self._chart_dirty = True
        self._redraw()

    def _update_earlier_box(self) -> None:
        earlier = getattr(self, "earlier_data", None)
        self.earlier_box.setVisible(earlier is not None)
        if earlier is not None:
            self.earlier_box.setText(
                self.tr("The city average of round {round} too").format(round=earlier.round)
            )

    def _update_chart_title(self) -> None:
        self._update_earlier_box()
        if self.data is None:
            self.chart_title.setText(self.tr("Dimension scores (0-5)"))
        else:
            self.chart_title.setText(
                self.tr("Dimension scores (0-5), round {round}").format(round=self.data.round)
            )

    def _tab_changed(self, index: int) -> None:
        if index == COMPARE_TAB:
            self._redraw()

    def _series_for_chart(self) -> list:
        from assessments.compare_chart import comparison_series

        if self.data is None:
            return []
        earlier = self.earlier_data if self.earlier_box.isChecked() else None
        return comparison_series(
            self.data, self._chosen, i18n.current(), city=self.city_box.isChecked(), earlier=earlier
        )

    def _redraw(self, *_args) -> None:
        """Draw the radar if it is on screen and its inputs changed (matplotlib loads here)."""
        if not hasattr(self, "chart_placeholder"):
            return
        has_data = self.data is not None
        self.save_chart_button.setEnabled(has_data)
        if not has_data:
            self.chart_placeholder.setText(
                self.tr("No merged assessments yet: merge the units' workbooks first.")
            )
            self.chart_placeholder.show()
            if self.canvas is not None:
                self.canvas.hide()
            return
        if self.tabs.currentIndex() != COMPARE_TAB or not self.isVisible() or not self._chart_dirty:
            return
        from ..results_page import charts_available

        if not charts_available():
            self.chart_placeholder.setText(
                self.tr("Charts are not available in this installation.")
            )
            return
        from assessments.compare_chart import compare_radar_figure

        from ..chart_canvas import canvas_class

        if self.canvas is None:
            self.canvas = canvas_class()(self._tooltip)
            self.canvas.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
            self.chart_layout.addWidget(self.canvas, 1)
            self.canvas.installEventFilter(self)
        self.chart_placeholder.hide()
        self.canvas.setAccessibleName(self.chart_title.text())
        self.canvas.show()
        self._series = self._series_for_chart()
        self._legend = self._legend_side(self.canvas.width(), self.canvas.height())
        compare_radar_figure(
            self.data.questionnaire,
            self._series,
            i18n.current(),
            figure=self.canvas.figure,
            legend=self._legend,
        )
        self.canvas.draw_idle()
        self._chart_dirty = False

    @staticmethod
    def _legend_side(width: int, height: int) -> str:
        """Beside the radar in a wide canvas (the radar gets the full height), else below."""
        return "right" if width > 1.45 * height else "bottom"

    def eventFilter(self, watched, event):  # noqa: N802 (Qt's name)
        if watched is self.canvas and event.type() == QEvent.Type.Resize:
            size = event.size()
            if self._legend_side(size.width(), size.height()) != self._legend:
                self._chart_dirty = True
                QTimer.singleShot(0, self._redraw)  # after the canvas has taken its new size
        return super().eventFilter(watched, event)

    def _tooltip(self, gid: str, index: int) -> str:
        series = next((s for s in self._series if s.gid == gid), None)
        if (
            series is None
            or self.data is None
            or index >= len(series.values)
            or series.values[index] is None
        ):
            return ""
        lang = i18n.current()
        dimension = self.data.questionnaire.dimensions[index]
        value = formatting.number(series.values[index], lang)
        return f"{series.label}\n{dimension.name.get(lang)}: {value}"

    @property
    def figure(self):
        return None if self.canvas is None else self.canvas.figure
