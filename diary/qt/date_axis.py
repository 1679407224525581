"""DayAxis: a date axis for day-based charts, with month names in the app's language.

pyqtgraph's DateAxisItem works per tick with time-zone lookups and costs about 5 ms a
frame over 20 years; days, months and years are all this chart needs, and they are
cheap to list. Positions are local midnights (diary.core.chart_data.day_seconds).
"""

from __future__ import annotations

import datetime as dt

import pyqtgraph as pg
from PySide6.QtGui import QFontMetrics

from diary.core.chart_data import day_seconds
from diary.core.i18n import tl
from diary.core.wording import MONTHS

DAY = 86400.0


def _day(seconds: float) -> dt.date:
    return dt.datetime.fromtimestamp(seconds).date()


def _months(first: dt.date, last: dt.date, every: int) -> list[dt.date]:
    out, y, m = [], first.year, first.month
    while True:
        d = dt.date(y, m, 1)
        if d > last:
            return out
        if d >= first and (m - 1) % every == 0:
            out.append(d)
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)


def day_ticks(lo: float, hi: float) -> tuple[list[dt.date], list[dt.date], str]:
    """Major and minor tick days for a range of POSIX seconds, and the label style."""
    try:
        first, last = _day(max(lo, 0)), _day(max(hi, 0))
    except (OverflowError, OSError, ValueError):
        return [], [], "day"
    span = (last - first).days
    if span <= 20:
        days = [first + dt.timedelta(days=i) for i in range(span + 1)]
        step = 1 if span <= 10 else 2
        return days[::step], days, "day"
    if span <= 75:
        days = [first + dt.timedelta(days=i) for i in range(span + 1)]
        return [d for d in days if d.weekday() == 0], days, "day"
    if span <= 500:
        return _months(first, last, 1), [], "month"
    if span <= 1500:
        return _months(first, last, 3), _months(first, last, 1), "month"
    years = [d for d in _months(first, last, 12)]
    step = 1 if span <= 4000 else 2 if span <= 8000 else 5
    return [d for d in years if d.year % step == 0], years, "year"


def thin(major: list[dt.date], style: str, span_days: float, size: float, label_px: float):
    """Keep as many labelled ticks as fit side by side in ``size`` pixels: large
    text on a narrow chart labels every other month (or quarter) instead of letting
    pyqtgraph drop them all."""
    if len(major) < 2 or size <= 0 or span_days <= 0:
        return major
    px_per_day = size / span_days
    gap = min((b - a).days for a, b in zip(major, major[1:], strict=False)) * px_per_day
    need = label_px * 1.25
    if gap >= need:
        return major
    if style == "month":
        for every in (2, 3, 4, 6, 12):
            if gap * every >= need:
                return [d for d in major if (d.month - 1) % every == 0]
        return [d for d in major if d.month == 1]
    step = 2
    while gap * step < need and step < len(major):
        step += 1
    return major[::step]


class DayAxis(pg.AxisItem):
    def __init__(self, orientation: str = "bottom", **kwargs):
        super().__init__(orientation, **kwargs)
        self._style = "day"

    def _label_px(self, style: str) -> float:
        """The widest label of this style (a January also carries its year)."""
        metrics = QFontMetrics(self.style["tickFont"] or self.font())
        months = [tl(m) for m in MONTHS]
        samples = {
            "day": [f"30 {m}" for m in months],
            "month": [*months, f"{months[0]} 2026"],
            "year": ["2026"],
        }[style]
        widths = sorted(metrics.horizontalAdvance(t) for t in samples)
        # Neighbours share the room between them: the widest and a typical one.
        return (widths[-1] + widths[len(widths) // 2]) / 2

    def tickValues(self, minVal: float, maxVal: float, size: float):  # noqa: N802
        major, minor, self._style = day_ticks(minVal, maxVal)
        major = thin(major, self._style, (maxVal - minVal) / DAY, size, self._label_px(self._style))
        return [
            (30 * DAY, [day_seconds(d) for d in major]),
            (DAY, [day_seconds(d) for d in minor]),
        ]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        if spacing < 30 * DAY:
            return [""] * len(values)  # minor ticks: no labels
        out = []
        for v in values:
            d = _day(v)
            if self._style == "year":
                out.append(str(d.year))
            elif self._style == "month":
                name = tl(MONTHS[d.month - 1])
                out.append(f"{name} {d.year}" if d.month == 1 else name)
            else:
                out.append(f"{d.day} {tl(MONTHS[d.month - 1])}")
        return out
