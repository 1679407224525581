"""Chart files for the appointment: PNG (at least 1800 px wide) and SVG, on white,
with a title, axis labels, a legend and the reference lines.

pyqtgraph's SVGExporter is broken on Qt >= 6.11 (pyqtgraph #3495), so SVG goes
through QSvgGenerator with the widget's resolution (stack-notes).
"""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QImage, QPainter
from PySide6.QtSvg import QSvgGenerator

from diary.core.chart_data import ChartData, day_seconds
from diary.core.daily import rolling_mean
from diary.core.i18n import N_, tl, tr
from diary.core.records import MEASURES
from diary.qt.chart_style import (
    PAIN_LEVEL_STYLES,
    RATING_RANGE,
    RELIEF,
    RELIEF_LEVEL_STYLE,
    RELIEF_PADDING,
    SCHEMES,
    SERIES,
    relief_range,
)
from diary.qt.date_axis import DAY, DayAxis

PRINT = SCHEMES["print"]  # files and paper: always white
INK = PRINT["ink"]
EXPORT_SIZE = (960, 600)
REPORT_SIZE = (960, 480)  # flatter on paper, so page 1 keeps room for the numbers
PNG_SCALE = 2.5  # 960 px on screen -> 2400 px in the file
TEXT_PX = 12  # the smallest text of a chart file, at scale 1
# On paper the 960 px chart spans the text width (about 178 mm on A4, 184 on Letter):
# 12 px printed about 6.4 pt. 17 px prints 8.5 pt at the narrower A4 width, so no
# text of the report's chart is smaller than 8 pt.
REPORT_TEXT_PX = 17


class ExportChart(pg.GraphicsLayoutWidget):
    """The chart as it goes on paper: every line thick enough to print.

    ``scale`` multiplies the size, the fonts and the line widths, so a PNG 2.5 times
    the screen size looks the same as the SVG, only sharper.
    """

    def __init__(
        self,
        data: ChartData,
        relief_levels: tuple[float, ...],
        title: str,
        scale: float = 1.0,
        size: tuple[int, int] = EXPORT_SIZE,
        text_px: int = TEXT_PX,
    ):
        super().__init__()
        k = scale
        self.setBackground("w")
        self.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.resize(round(size[0] * k), round(size[1] * k))
        font = QFont("DejaVu Sans")
        t = text_px / TEXT_PX  # the text's own scale (the report prints larger text)
        font.setPixelSize(round(text_px * k))

        def pen(color: str, width: float, style=Qt.PenStyle.SolidLine):
            return pg.mkPen(color, width=width * k, style=style)

        def line(pos: float, angle: int, p, label: str | None = None):
            item = pg.InfiniteLine(
                pos=pos,
                angle=angle,
                pen=p,
                label=label,
                labelOpts={"color": INK, "position": 0.95, "anchors": [(0, 0), (0, 0)]},
            )
            if getattr(item, "label", None) is not None:
                item.label.setFont(font)
            return item

        self.addLabel(title, row=0, col=0, size=f"{round(15 * t * k)}px", color=INK, bold=True)
        legend = pg.LegendItem(
            colCount=5, labelTextColor=INK, labelTextSize=f"{round(text_px * k)}px"
        )
        self.addItem(legend, row=1, col=0)
        plots = []
        for row in (2, 3):
            axes = {"bottom": DayAxis(), "right": pg.AxisItem("right")}
            plots.append(self.addPlot(row=row, col=0, axisItems=axes))
        ratings, relief = plots
        self.ci.layout.setRowStretchFactor(2, 3)
        # With the report's larger text the relief panel needs more height, or its
        # 30 % and 50 % labels overlap.
        self.ci.layout.setRowStretchFactor(3, 2 if text_px <= TEXT_PX else 3)
        relief.setXLink(ratings)
        label_style = {"color": INK, "font-size": f"{round(text_px * k)}px"}
        ratings.setLabel("left", tr("chart", "Rating (0–10)"), **label_style)
        relief.setLabel("left", tr("chart", "Relief (%)"), **label_style)
        seconds = data.seconds

        def xy(values):  # pyqtgraph warns on an all-NaN series
            return (seconds, values) if np.isfinite(values).any() else ([], [])

        few = len(seconds) <= 200
        # Qt strokes long, wide antialiased lines very slowly (4 s for 20 years at
        # 2.5x): long ranges are drawn without antialiasing, and downsampled to the
        # width of the picture (peaks kept).
        smooth_edges = len(seconds) <= 400
        for plot in plots:
            plot.setDownsampling(auto=True, mode="peak")
            plot.setClipToView(True)
        very_long = len(seconds) > 730  # over two years
        for measure in MEASURES:
            name, color, style, symbol = SERIES[measure]
            values = getattr(data, measure)
            if very_long and measure == "pain":
                continue  # the bold 7-day mean carries pain; daily values are a blur
            if not smooth_edges and measure != "pain":
                # Over long ranges a dashed daily line is thousands of tiny dashes
                # (8 s to draw 20 years) and unreadable: the week's mean is shown.
                values = rolling_mean(values, 7, 4)
                name = tr("chart", "{measure}, 7-day mean").format(measure=tl(name))
            else:
                name = tl(name)
            curve = ratings.plot(
                *xy(values),
                pen=pen(color, 2, style),
                # Dashed lines are the slow ones to antialias (0.4 s a year at 2.5x).
                antialias=smooth_edges and style == Qt.PenStyle.SolidLine,
                symbol=symbol if few else None,
                symbolSize=7 * k,
                symbolBrush=color,
                symbolPen=None,
                connect="finite",
            )
            legend.addItem(curve, name)
        smooth = ratings.plot(
            *xy(data.smoothed_pain), pen=pen(INK, 4), connect="finite", antialias=smooth_edges
        )
        legend.addItem(smooth, tl(N_("Pain, smoothed")))
        rel = relief.plot(
            *xy(data.relief), pen=pen(RELIEF, 3), connect="finite", antialias=smooth_edges
        )
        legend.addItem(rel, tl(N_("Relief %")))
        for marker in data.procedures:
            ratings.addItem(
                line(marker.value, 90, pen(PRINT["marker"], 2), marker.label), ignoreBounds=True
            )
            relief.addItem(line(marker.value, 90, pen(PRINT["marker"], 2)), ignoreBounds=True)
        for marker, style in zip(data.pain_levels, PAIN_LEVEL_STYLES, strict=False):
            ratings.addItem(line(marker.value, 0, pen(PRINT["reference"], 2, style)))
        for level in relief_levels:
            relief.addItem(line(level, 0, pen(PRINT["reference"], 2, RELIEF_LEVEL_STYLE)))
        metrics = QFontMetrics(font)
        right_ticks = (
            [(m.value, m.label) for m in data.pain_levels],
            [(v, f"{v:.0f} %") for v in sorted({0.0, 100.0, *relief_levels})],
        )
        # Both panels get the same axis widths, so their plot areas (linked in x)
        # also line up on paper: the relief panel no longer runs past the ratings.
        widest = max(
            (metrics.horizontalAdvance(label) for ticks in right_ticks for _v, label in ticks),
            default=0,
        )
        for plot, ticks in zip(plots, right_ticks, strict=True):
            plot.showAxis("right")
            axis = plot.getAxis("right")
            axis.setStyle(showValues=True, tickLength=0)
            axis.setTicks([ticks])
            axis.setWidth(widest + round(30 * k))
            for side in ("left", "bottom", "right"):
                item = plot.getAxis(side)
                item.setPen(pen(INK, 1))
                item.setTextPen(INK)
                item.setStyle(tickFont=font, tickTextOffset=round(5 * k))
            plot.getAxis("left").setWidth(round(60 * t * k))
            plot.getAxis("bottom").setHeight(round(34 * t * k))
            plot.setMouseEnabled(False, False)
            plot.hideButtons()
        ratings.setYRange(*RATING_RANGE, padding=0)
        relief.setYRange(*relief_range(data.relief), padding=RELIEF_PADDING)
        if data.days:
            ratings.setXRange(
                day_seconds(data.days[0]) - DAY / 2,
                day_seconds(data.days[-1]) + DAY / 2,
                padding=0.01,
            )
        # Laid out, never on screen (WA_DontShowOnScreen), and not painted here: a
        # paint now would cost as much again as render() does for the file (0.4 s for
        # 20 years).
        self.setUpdatesEnabled(False)
        self.show()
        pg.QtWidgets.QApplication.processEvents()
        self.setUpdatesEnabled(True)


def chart_png(chart: ExportChart) -> bytes:
    """The chart as PNG at its own (scaled) size."""
    image = QImage(chart.size(), QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    chart.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data)


def chart_svg(chart: ExportChart) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    generator = QSvgGenerator()
    generator.setOutputDevice(buffer)
    size = chart.size()
    generator.setSize(QSize(size.width(), size.height()))
    generator.setViewBox(QRect(0, 0, size.width(), size.height()))
    generator.setResolution(chart.logicalDpiX())
    generator.setTitle("Relief Diary chart")
    painter = QPainter(generator)
    chart.render(painter)
    painter.end()
    buffer.close()
    return bytes(data)
