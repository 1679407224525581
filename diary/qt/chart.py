"""TrendChart: the ratings and the relief of the current procedure, over time.

Imports pyqtgraph, so the window loads this module only after its first paint.
Colours, line styles and y ranges come from qt/chart_style.py, shared with the
chart files and the block-day chart.
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QFontMetrics, QGuiApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from diary.core.chart_data import ChartData, chart_summary, day_seconds, smoothed_readout
from diary.core.i18n import N_, tl
from diary.core.records import MEASURES
from diary.core.wording import number
from diary.qt.chart_style import (
    CURSOR,
    INK,
    PAIN_LEVEL_STYLES,
    RATING_LIMITS,
    RATING_RANGE,
    RELIEF,
    RELIEF_LEVEL_STYLE,
    RELIEF_PADDING,
    SCHEMES,
    SERIES,
    relief_range,
)
from diary.qt.chart_table import ChartTableModel
from diary.qt.date_axis import DAY, DayAxis

MARKER_DAYS = 200
RANGES = (
    (N_("1 month"), 30),
    (N_("3 months"), 91),
    (N_("6 months"), 182),
    (N_("1 year"), 365),
    (N_("All"), 0),
    (N_("Since the procedure"), -1),  # shown first; as the report: with the baseline fortnight
)
SINCE_PROCEDURE = len(RANGES) - 1
BASELINE_DAYS = 14
NO_PROCEDURE_DAYS = 90  # what the report shows when no procedure is recorded
MIN_PLOT_PX = 160  # the least height either plot is given (checked by the tests)
# When two reference labels would overlap, the one later in these lists is hidden.
RATING_PRIORITY = (0, 2, 1)  # baseline, then 50 % relief, then 30 % relief


def _marker_line(color: str, label: str, pos: float):
    """A labelled vertical line: a procedure."""
    return pg.InfiniteLine(
        pos=pos,
        angle=90,
        pen=pg.mkPen(color, width=2),
        label=label,
        labelOpts={
            "color": INK,
            "position": 0.95,
            "anchors": [(0, 0), (0, 0)],
            "fill": pg.mkBrush(255, 255, 255, 220),
        },
    )


def legend_html(ink: str = INK) -> str:
    samples = {
        "pain": "━●━",
        "numbness": "╍▼╍",
        "soreness": "┈■┈",
    }
    parts = [
        f'<span style="color:{color}; font-weight:bold">{samples[m]}</span>&nbsp;{tl(title)}'
        for m, (title, color, _style, _symbol) in SERIES.items()
    ]
    parts.append(
        f'<span style="color:{ink}; font-weight:bold">━━</span>&nbsp;{tl(N_("Pain, smoothed"))}'
    )
    parts.append(
        f'<span style="color:{RELIEF}; font-weight:bold">━━</span>&nbsp;{tl(N_("Relief %"))}'
    )
    return " &nbsp; ".join(parts)


class TrendChart(QWidget):
    """Ratings above, relief % below, with range buttons and a hover read-out."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        pg.setConfigOptions(antialias=True, background="w", foreground=INK)
        self.data: ChartData | None = None
        self.view = pg.GraphicsLayoutWidget()
        self.view.setAccessibleName(self.tr("Trend chart"))
        # No pyqtgraph context menu: its "Plot Options" and "Export…" are for
        # programmers, untranslated, and bypass the app's own save and print.
        self.ratings = self.view.addPlot(
            row=0, col=0, axisItems={"bottom": DayAxis()}, enableMenu=False
        )
        self.relief = self.view.addPlot(
            row=1, col=0, axisItems={"bottom": DayAxis()}, enableMenu=False
        )
        self.view.ci.layout.setRowStretchFactor(0, 4)
        self.view.ci.layout.setRowStretchFactor(1, 3)  # room for the 30/50/80 % labels
        self.relief.setXLink(self.ratings)
        # One date axis, under the lower plot, for both: each date axis costs ~5 ms a
        # frame to lay out its ticks over 20 years.
        self.ratings.hideAxis("bottom")
        self._titles = {
            self.ratings: self.tr("Rating (0–10)"),
            self.relief: self.tr("Relief (%)"),
        }
        # Shorter titles for plots shorter than the full ones (large text, small screen).
        self._short_titles = {self.ratings: self.tr("Rating"), self.relief: self.tr("Relief")}
        for plot, title in self._titles.items():
            plot.setLabel("left", title)
        self.ratings.setYRange(*RATING_RANGE, padding=0)
        self.ratings.setLimits(yMin=RATING_LIMITS[0], yMax=RATING_LIMITS[1])
        for plot in (self.ratings, self.relief):
            plot.showAxis("right")
            plot.getAxis("right").setStyle(tickLength=0, showValues=True)
            # No showGrid(): pyqtgraph's grid costs 10–30 ms a frame over 20 years;
            # a few plain lines (below) cost well under 1 ms.
            plot.setMouseEnabled(x=True, y=False)
            plot.hideButtons()  # pyqtgraph's "A" (view all): the "All" button does it
            plot.setClipToView(True)
            plot.setDownsampling(auto=True, mode="peak")
        self.curves = {}
        for measure, (title, color, style, symbol) in SERIES.items():
            self.curves[measure] = self.ratings.plot(
                name=tl(title),
                # Width 1: Qt strokes antialiased wider lines very slowly (measured:
                # 250 ms for two years at width 2 against 1 ms at width 1).
                pen=pg.mkPen(color, width=1, style=style),
                symbol=symbol,
                symbolSize=7,
                symbolBrush=color,
                symbolPen=None,
                connect="finite",
            )
        self.curves["smoothed"] = self.ratings.plot(
            name=self.tr("Pain, smoothed"),
            pen=pg.mkPen(INK, width=4),
            connect="finite",
            antialias=False,  # bold lines drawn antialiased cost 100+ ms a frame
            # A bold line costs ~0.5 ms a frame per 1,000 points. pyqtgraph thins a
            # curve only past 5 points a pixel; a mean line loses nothing at 1 (the
            # peak method keeps each pixel's highest and lowest value): 20 years in
            # 1,100 px draw in 2.3 ms instead of 4.8.
            autoDownsampleFactor=1.0,
        )
        self.relief_curve = self.relief.plot(
            name=self.tr("Relief"),
            pen=pg.mkPen(RELIEF, width=3),
            connect="finite",
            antialias=False,
            autoDownsampleFactor=1.0,  # as the mean line, above
        )
        # The legend is a label, not a pyqtgraph item: it wraps on narrow windows
        # and a screen reader can read it.
        self.legend = QLabel(legend_html())
        self.legend.setWordWrap(True)
        self.legend.setAccessibleName(self.tr("Chart legend"))
        self.scheme = SCHEMES["light"]
        self._relief_lines = []
        self._extra = []
        self._references = None  # what the reference lines were last drawn for
        self._right_width = {}
        self._right_labels = {}  # plot: [(value, text)] by priority, before thinning
        self.cursor = pg.InfiniteLine(angle=90, pen=pg.mkPen(CURSOR, width=1))
        self.ratings.addItem(self.cursor, ignoreBounds=True)
        self.cursor.hide()
        self.readout = QLabel(self.tr("Point at a day to see its ratings and note."))
        self.readout.setWordWrap(True)
        self.readout.setAccessibleName(self.tr("Day under the pointer"))
        self._proxy = pg.SignalProxy(
            self.view.scene().sigMouseMoved, rateLimit=30, slot=self._mouse_moved
        )
        self.range_group = QButtonGroup(self)
        buttons = QHBoxLayout()
        order = [SINCE_PROCEDURE, *range(len(RANGES) - 1)]
        for i in order:
            # Tool buttons: no 80 px least width for "All", so the row fits beside
            # the form on a 1366 px laptop screen.
            b = QToolButton()
            b.setText(tl(RANGES[i][0]))
            b.setCheckable(True)
            b.setMinimumHeight(44)
            b.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            self.range_group.addButton(b, i)
            buttons.addWidget(b)
        buttons.addStretch(1)
        # On the read-out's row, not the range buttons': the chart stays narrow enough
        # to sit beside the form on a laptop screen.
        self.table_button = QPushButton(self.tr("Show as a table"))
        self.table_button.setCheckable(True)
        self.table_button.setMinimumHeight(44)
        self.table_button.toggled.connect(self.show_table)
        self.range_group.idClicked.connect(self.show_range)
        self.ratings.sigXRangeChanged.connect(self._update_symbols)
        self._grid: list = []
        for plot, levels in ((self.ratings, (2, 4, 6, 8, 10)), (self.relief, (0, 100))):
            for level in levels:
                plot.addItem(
                    self._grid_line(level),
                    ignoreBounds=True,
                )
        self._symbols_on = True
        self.range_group.button(SINCE_PROCEDURE).setChecked(True)
        for plot in (self.ratings, self.relief):
            plot.vb.sigResized.connect(self._fit_right_labels)
            plot.vb.sigYRangeChanged.connect(self._fit_right_labels)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.legend)
        self.table_model = ChartTableModel(self)
        self.table = QTableView()
        self.table.setModel(self.table_model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Daily values"))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.table)
        layout.addWidget(self.stack, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.readout, 1)
        bottom.addWidget(self.table_button, 0, Qt.AlignmentFlag.AlignTop)
        layout.addLayout(bottom)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self.apply_scheme)
        self.apply_scheme()
        self.follow_font()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.follow_font()

    def follow_font(self) -> None:
        """Tick labels, axis titles and the room they need follow the text size at
        once (pyqtgraph keeps the font its items were made with)."""
        font = self.font()
        metrics = QFontMetrics(font)
        text_px = metrics.height()
        for button in self.range_group.buttons():
            button.setText(button.text())  # a tool button keeps its old size otherwise
        # Layouts of a hidden tab are not told of their widgets' new sizes.
        for layout in (self.layout(), *self.layout().findChildren(QHBoxLayout)):
            layout.invalidate()
        for plot in (self.ratings, self.relief):
            for side in ("left", "bottom", "right"):
                axis = plot.getAxis(side)
                axis.setTickFont(font)
                axis.label.setFont(font)
                axis.setStyle(
                    tickTextHeight=text_px, tickTextWidth=metrics.horizontalAdvance("100")
                )
                axis.textWidth = metrics.horizontalAdvance("100")
            plot.setLabel("left", self._title_for(plot))
            # The title's whole height beside the widest tick (pyqtgraph counts 80 %
            # of it, and the title then touches the "10" or the "100").
            left = plot.getAxis("left")
            tick_room = metrics.horizontalAdvance("100") + left.style["tickTextOffset"][0]
            left.setWidth(round(tick_room + left.label.boundingRect().height() + 4))
        # The relief axis has no "100" (see set_data), so the ratings' "0", centred
        # on the plot's lower edge, needs only a small gap; every pixel counts on a
        # 1366 x 768 screen at 200 %.
        self.view.ci.layout.setVerticalSpacing(self._gap(text_px))
        self.relief.getAxis("bottom").setHeight(text_px + 14)
        for item, _plot in self._extra:
            label = getattr(item, "label", None)
            if label is not None:
                label.setFont(font)
        if self._right_labels:
            for plot, ticks in self._right_labels.items():
                self._right_ticks(plot, ticks)
        # Both plots at least MIN_PLOT_PX tall, with the date axis and the gap.
        for plot in (self.ratings, self.relief):
            plot.vb.setMinimumHeight(MIN_PLOT_PX)
        self.view.setMinimumHeight(self.minimum_view_height())
        self._fit_right_labels()

    def minimum_view_height(self) -> int:
        """The chart area's least height: two usable plots, the gap and the dates."""
        text_px = QFontMetrics(self.font()).height()
        return 2 * MIN_PLOT_PX + self._gap(text_px) + text_px + 14 + 24

    @staticmethod
    def _gap(text_px: int) -> int:
        return max(8, text_px // 3)

    def minimum_useful_height(self, width: int) -> int:
        """The whole widget's least height at this width (buttons, legend, chart,
        read-out), for the window to choose its layout."""
        return (
            self.range_group.button(0).sizeHint().height()
            + self.legend.heightForWidth(width)
            + max(
                self.readout.heightForWidth(width - self.table_button.sizeHint().width()),
                self.table_button.sizeHint().height(),
            )
            + self.minimum_view_height()
            + self.layout().spacing() * 4
        )

    # Data -----------------------------------------------------------------------

    def show_table(self, on: bool) -> None:
        if on and self.data is not None:
            self.table_model.set_data(self.data)
        self.stack.setCurrentIndex(1 if on else 0)
        self.table_button.setText(self.tr("Show as a chart") if on else self.tr("Show as a table"))

    def set_data(self, data: ChartData, relief_levels: tuple[float, ...]) -> None:
        self.data = data
        self._relief_levels = relief_levels
        if self.stack.currentWidget() is self.table:
            self.table_model.set_data(data)  # built when shown, not on every save
        # A chart is invisible to a screen reader: it gets the summary in words.
        self.summary = chart_summary(data)
        self.view.setAccessibleDescription(self.summary)
        # The range first: with it set, pyqtgraph clips the new data to the view and
        # builds markers for ~6 months of points, not for every day of 20 years
        # (~60 ms of markers a refresh, measured over 7,300 days).
        self.show_range(self.range_group.checkedId())
        x = data.seconds
        series = [(self.curves[m], getattr(data, m)) for m in MEASURES]
        series += [(self.curves["smoothed"], data.smoothed_pain), (self.relief_curve, data.relief)]
        for curve, y in series:
            if np.isfinite(y).any():
                curve.setData(x, y, connect="finite")
            else:  # pyqtgraph warns on an all-NaN series
                curve.setData([], [])
        key = (tuple(data.procedures), tuple(data.pain_levels), relief_levels, self.scheme["bg"])
        if key != self._references:  # most saves change neither
            self._references = key
            self._set_references(data, relief_levels)
        low, top = relief_range(data.relief)
        self.relief.setYRange(low, top, padding=RELIEF_PADDING)
        # No "100" label: at the plot's top edge it met the ratings' "0" (the 80 %
        # line is labelled on the right).
        steps = [v for v in (-100, -50, 0, 50) if v >= low - 1]
        self.relief.getAxis("left").setTicks([[(v, f"{v}") for v in steps]])

    def _set_references(self, data: ChartData, relief_levels: tuple[float, ...]) -> None:
        """Procedure markers and the reference lines."""
        for item, plot in self._extra:
            plot.removeItem(item)
        self._extra = []
        # Procedure markers on the ratings plot only: every line costs a little
        # on each frame, and the relief plot starts at each procedure anyway.
        for marker in data.procedures:
            line = _marker_line(self.scheme["marker"], marker.label, marker.value)
            self.ratings.addItem(line, ignoreBounds=True)
            self._extra.append((line, self.ratings))
        # Reference levels are labelled on the right-hand axis, where labels cannot
        # collide with each other or with the data.
        colors = (self.scheme["marker"], self.scheme["reference"], self.scheme["reference"])
        for marker, style, color in zip(data.pain_levels, PAIN_LEVEL_STYLES, colors, strict=False):
            line = pg.InfiniteLine(
                pos=marker.value, angle=0, pen=pg.mkPen(color, width=2, style=style)
            )
            self.ratings.addItem(line, ignoreBounds=True)
            self._extra.append((line, self.ratings))
        levels = data.pain_levels
        self._right_ticks(
            self.ratings,
            [(levels[i].value, levels[i].label) for i in RATING_PRIORITY if i < len(levels)],
        )
        for level in relief_levels:
            line = pg.InfiniteLine(
                pos=level,
                angle=0,
                pen=pg.mkPen(self.scheme["reference"], width=2, style=RELIEF_LEVEL_STYLE),
            )
            self.relief.addItem(line, ignoreBounds=True)
            self._extra.append((line, self.relief))
        # By priority: the middle level first, then the others, then 0 (no 100 %:
        # it crowds 80 % on a short plot).
        ordered = sorted(relief_levels, key=lambda t: abs(t - 50))
        ticks = [*dict.fromkeys([*ordered, 0.0])]
        self._right_ticks(self.relief, [(t, f"{t:.0f} %") for t in ticks])
        for item, _plot in self._extra:
            if getattr(item, "label", None) is not None:
                item.label.setFont(self.font())
        self._update_symbols()  # the new markers' labels follow the visible range
        self._fit_right_labels()

    def _grid_line(self, level: float):
        line = pg.InfiniteLine(pos=level, angle=0, pen=pg.mkPen(self.scheme["grid"], width=1))
        self._grid.append(line)
        return line

    def apply_scheme(self, scheme=None) -> None:
        """Follow the desktop's light or dark scheme (the chart on screen only)."""
        scheme = scheme if scheme is not None else QGuiApplication.styleHints().colorScheme()
        dark = scheme == Qt.ColorScheme.Dark
        self.scheme = SCHEMES["dark" if dark else "light"]
        self.view.setBackground(self.scheme["bg"])
        for plot in (self.ratings, self.relief):
            for side in ("left", "bottom", "right"):
                axis = plot.getAxis(side)
                axis.setPen(self.scheme["ink"])
                axis.setTextPen(self.scheme["ink"])
        self.curves["smoothed"].setPen(pg.mkPen(self.scheme["ink"], width=4))
        for line in self._grid:
            line.setPen(pg.mkPen(self.scheme["grid"], width=1))
        self.legend.setText(legend_html(self.scheme["ink"]))
        self._references = None  # recolour the reference lines
        if self.data is not None:
            self.set_data(self.data, self._relief_levels)

    def _update_symbols(self, *_args) -> None:
        """Markers for up to ~6 months on screen; beyond that they are clutter and
        cost a frame (the dash styles still tell the series apart)."""
        lo, hi = self.ratings.viewRange()[0]
        # A procedure's label is pinned to its line: hide it when the line is off
        # screen, or a cut-off label sticks to the plot's edge.
        # Two procedures close together: the later one's label only.
        width = self.ratings.vb.width() or 1
        shown_at: list[float] = []
        for item, _plot in sorted(self._extra, key=lambda ip: -ip[0].value()):
            label = getattr(item, "label", None)
            if label is None or item.angle != 90:
                continue
            x = (item.value() - lo) / (hi - lo) * width if hi > lo else 0
            room = label.boundingRect().width() + 8
            free = all(x + room <= other or x >= other + room for other in shown_at)
            visible = lo <= item.value() <= hi and free
            label.setVisible(visible)
            if visible:
                shown_at.append(x)
        wanted = (hi - lo) / DAY <= MARKER_DAYS
        if wanted == self._symbols_on:
            return
        self._symbols_on = wanted
        for measure, (_title, _color, _style, symbol) in SERIES.items():
            self.curves[measure].setSymbol(symbol if wanted else None)

    def _title_for(self, plot) -> str:
        """The full title when it fits along the plot, else the short one."""
        title = self._titles[plot]
        room = plot.vb.height() - 8
        if room > 0 and QFontMetrics(self.font()).horizontalAdvance(title) + 8 > room:
            return self._short_titles[plot]
        return title

    def _fit_titles(self) -> None:
        for plot in (self.ratings, self.relief):
            axis = plot.getAxis("left")
            title = self._title_for(plot)
            if axis.labelText != title:
                plot.setLabel("left", title)

    def _fit_right_labels(self, *_args) -> None:
        self._fit_titles()
        """Show the reference labels that fit: one that would overlap a more
        important one (or fall off the plot) is left out, never drawn on top."""
        line_px = QFontMetrics(self.font()).height() + 2
        for plot, ticks in self._right_labels.items():
            height = plot.vb.height()
            lo, hi = plot.vb.viewRange()[1]
            if height <= 0 or hi <= lo:
                continue
            kept: list[tuple[float, str]] = []
            taken: list[float] = []
            for value, text in ticks:
                y = (hi - value) / (hi - lo) * height
                inside = -line_px / 2 < y < height + line_px / 2
                if inside and all(abs(y - other) >= line_px for other in taken):
                    kept.append((value, text))
                    taken.append(y)
            axis = plot.getAxis("right")
            if kept != getattr(axis, "_shown", None):
                axis._shown = kept
                axis.setTicks([sorted(kept)])

    def _right_ticks(self, plot, ticks: list[tuple[float, str]]) -> None:
        """``ticks`` by priority, the most important first."""
        axis = plot.getAxis("right")
        self._right_labels[plot] = ticks
        axis._shown = None
        axis.setTicks([sorted(ticks)])
        # pyqtgraph does not widen a right-hand axis for its labels by itself.
        metrics = QFontMetrics(self.font())
        widest = max((metrics.horizontalAdvance(label) for _v, label in ticks), default=0)
        self._right_width[plot] = widest + 16
        # Both plots share the x axis: their right axes must be as wide as each other.
        width = max(self._right_width.values())
        for other in (self.ratings, self.relief):
            other.getAxis("right").setWidth(width)

    def show_range(self, index: int) -> None:
        if self.data is None or not self.data.days:
            return
        days = RANGES[index][1] if 0 <= index < len(RANGES) else 0
        first, last = day_seconds(self.data.days[0]), day_seconds(self.data.days[-1])
        end = last + DAY
        before = [m.value for m in self.data.procedures if m.value <= last]
        if days == -1:  # since the last procedure, with its baseline fortnight
            start = max(before) - BASELINE_DAYS * DAY if before else end - NO_PROCEDURE_DAYS * DAY
        elif days == 0:
            start = first - DAY
        else:
            start = end - days * DAY
        if days <= 0 and not before and last - first < 7 * DAY:
            # A first few days: centred, with a week either side, not a speck at the edge.
            middle = (first + last) / 2
            start, end = middle - 7 * DAY, middle + 7 * DAY
        else:
            end += (end - start) * 0.02  # the last marker whole, not cut by the edge
        self.ratings.setXRange(start, end, padding=0)

    # Hover ----------------------------------------------------------------------

    def describe_day(self, day: dt.date) -> str:
        """The read-out text for one day (also used for keyboard users)."""
        data = self.data
        i = data.index(day) if data else None
        if i is None:
            return ""
        parts = []
        for measure in MEASURES:
            v = getattr(data, measure)[i]
            if not np.isnan(v):
                parts.append(f"{tl(SERIES[measure][0]).lower()} {number(v)}")
        text = day.strftime("%a %d %b %Y") + ": " + (", ".join(parts) or self.tr("no ratings"))
        smoothed = smoothed_readout(data, i)
        if smoothed:
            text += "; " + smoothed
        if not np.isnan(data.relief[i]):
            text += self.tr("; relief {v:.0f} %").format(v=data.relief[i])
        notes = data.notes.get(day)
        if notes:
            text += " — " + " / ".join(n.replace("\n", " ") for n in notes)
        return text

    def _mouse_moved(self, event) -> None:
        pos: QPointF = event[0]
        for plot in (self.ratings, self.relief):
            if plot.sceneBoundingRect().contains(pos) and self.data and self.data.days:
                x = plot.vb.mapSceneToView(pos).x()
                day = dt.datetime.fromtimestamp(x + DAY / 2).date()
                if self.data.index(day) is not None:
                    self.cursor.setPos(day_seconds(day))
                    self.cursor.show()
                    self.readout.setText(self.describe_day(day))
                return
