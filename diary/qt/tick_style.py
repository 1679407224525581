"""Tick boxes and radio buttons that grow with the text (styles draw them at a fixed
size), so they stay easy to see and to hit with an unsteady hand. A proxy style
rather than an application style sheet, which would slow every widget down."""

from __future__ import annotations

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle

_METRICS = {
    QStyle.PixelMetric.PM_IndicatorWidth,
    QStyle.PixelMetric.PM_IndicatorHeight,
    QStyle.PixelMetric.PM_ExclusiveIndicatorWidth,
    QStyle.PixelMetric.PM_ExclusiveIndicatorHeight,
}


class LargeTickStyle(QProxyStyle):
    def pixelMetric(self, metric, option=None, widget=None) -> int:  # noqa: N802
        base = super().pixelMetric(metric, option, widget)
        if metric in _METRICS:
            font = widget.font() if widget is not None else QApplication.font()
            return max(base, round(QFontMetrics(font).height() * 0.9))
        return base
