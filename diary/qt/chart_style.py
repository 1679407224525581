"""One look for every chart: the window's trend chart (qt/chart.py), the chart files
and the report's chart (qt/exports/chart_export.py), the block-day chart
(qt/block_day_window.py) and the function plot (qt/function_plot.py).

Series differ in colour (Okabe–Ito, colour-blind safe) and also in line style and
marker, so a chart reads in black and white too. On screen the trend chart follows
the light or dark desktop scheme; files and printouts use the "print" scheme, white.

Loaded with the charts, after the window's first paint (it needs numpy).
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import Qt

from diary.core.i18n import N_

# Okabe–Ito colours
VERMILION = "#D55E00"
BLUE = "#0072B2"
BLUISH_GREEN = "#009E73"
REDDISH_PURPLE = "#CC79A7"

INK = "#1a1a1a"
RELIEF = REDDISH_PURPLE  # the relief % line
CURSOR = "#888888"  # the hover line
SCHEMES = {
    "light": {
        "bg": "#ffffff",
        "ink": INK,
        "grid": "#dddddd",
        "marker": "#555555",  # procedure lines (and the baseline on screen)
        "reference": "#6a3d9a",  # the 30/50/80 % lines
    },
    "dark": {
        "bg": "#1f1f1f",
        "ink": "#ececec",
        "grid": "#3a3a3a",
        "marker": "#b0b0b0",
        "reference": "#c3a6ff",
    },
}
SCHEMES["print"] = SCHEMES["light"]

# measure: (title, colour, line style, pyqtgraph symbol)
SERIES = {
    "pain": (N_("Pain"), VERMILION, Qt.PenStyle.SolidLine, "o"),
    "numbness": (N_("Numbness"), BLUE, Qt.PenStyle.DashLine, "t"),
    "soreness": (N_("Soreness"), BLUISH_GREEN, Qt.PenStyle.DotLine, "s"),
}
# Block day, one series per side: (colour, line style, symbol)
SIDE_SERIES = {
    "left": (BLUE, Qt.PenStyle.SolidLine, "o"),
    "right": (VERMILION, Qt.PenStyle.DashLine, "s"),
}
FUNCTION_LINE = BLUISH_GREEN  # apart from the pain chart's pain colour

# The pain levels (baseline, 30 %, 50 % relief) and the relief levels (30/50/80 %).
PAIN_LEVEL_STYLES = (Qt.PenStyle.DashDotLine, Qt.PenStyle.DashLine, Qt.PenStyle.DashLine)
RELIEF_LEVEL_STYLE = Qt.PenStyle.DashLine

# y ranges: ratings 0–10 with room for the top markers; relief down to the worst
# worsening shown (at least -10 %, at most -100 %) and up to 100 %.
RATING_RANGE = (0.0, 10.4)
RATING_LIMITS = (-0.5, 10.9)  # how far the window's chart may be dragged
RELIEF_TOP = 100.0
RELIEF_PADDING = 0.02
BLOCK_RELIEF_RANGE = (-20.0, 105.0)  # the block day: a few hours, often above 80 %


def relief_range(relief: np.ndarray) -> tuple[float, float]:
    """The relief plot's y range: 5 points below the worst value, within -100…-10."""
    finite = relief[~np.isnan(relief)]
    low = min(-10.0, float(finite.min()) - 5) if len(finite) else -10.0
    return max(low, -100.0), RELIEF_TOP
