"""FunctionPlot: the ability the patient rated (PSFS function score, 0–10) over
time, with the baseline as a dashed line. A small plot of its own, beside the
trend chart rather than inside it; higher is better here, unlike pain."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from diary.core.chart_data import day_seconds
from diary.core.function import FunctionCourse
from diary.core.wording import number, short_date
from diary.qt.chart_style import FUNCTION_LINE as LINE
from diary.qt.chart_style import SCHEMES
from diary.qt.date_axis import DAY, DayAxis


class FunctionPlot(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.plot = pg.PlotWidget(background="w", axisItems={"bottom": DayAxis()})
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.setYRange(0, 10, padding=0.05)
        self.plot.getAxis("left").setTicks([[(v, str(v)) for v in (0, 2, 4, 6, 8, 10)]])
        self.plot.setLabel("left", self.tr("Ability (0–10)"))
        self.plot.setMinimumHeight(max(180, self.fontMetrics().height() * 9))
        self.plot.setAccessibleName(self.tr("Ability over time"))
        self.curve = self.plot.plot(
            [], [], pen=pg.mkPen(LINE, width=3), symbol="o", symbolBrush=LINE, symbolSize=9
        )
        self.baseline = pg.InfiniteLine(
            angle=0,
            pen=pg.mkPen(SCHEMES["light"]["marker"], width=2, style=pg.QtCore.Qt.PenStyle.DashLine),
        )
        self.plot.addItem(self.baseline)
        # A chart is invisible to a screen reader: the same facts in words.
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.summary)

    def set_course(self, course: FunctionCourse) -> None:
        days = list(course.scores)
        xs = [day_seconds(d) for d in days]
        self.curve.setData(xs, list(course.scores.values()))
        self.baseline.setVisible(course.baseline is not None)
        if course.baseline is not None:
            self.baseline.setValue(course.baseline)
        if xs:
            lo, hi = min(xs), max(xs)
            self.plot.setXRange(lo - 3 * DAY, max(hi, lo + 28 * DAY) + 3 * DAY, padding=0)
        self.summary.setText(self.describe(course))

    def describe(self, course: FunctionCourse) -> str:
        if not course.scores:
            return self.tr("No ability rated yet.")
        parts = []
        if course.baseline is not None:
            parts.append(
                self.tr("Before the procedure: {score} / 10.").format(score=number(course.baseline))
            )
        latest = course.latest()
        if latest is not None:
            change = course.change_on(latest)
            text = self.tr("On {day}: {score} / 10").format(
                day=short_date(latest), score=number(course.scores[latest])
            )
            if change is not None and not math.isnan(change):
                text += self.tr(" (change since before the procedure: {change} %).").format(
                    change=f"{change:+.0f}"
                )
            else:
                text += "."
            parts.append(text)
        return " ".join(parts)
