"""What the trend chart shows, worked out without Qt so it can be tested exactly."""

from __future__ import annotations

import datetime as dt

import numpy as np

from diary.core.i18n import tl, tr
from diary.core.records import KIND_LABELS, Entry, Procedure
from diary.core.relief import Analysis
from diary.core.value import Value
from diary.core.wording import number, short_date


class Marker(Value):
    __slots__ = ("value", "label")
    value: float
    label: str


class ChartData(Value):
    """Daily series over ``days`` (one per calendar day, NaN where none)."""

    __slots__ = (
        "days",
        "pain",
        "numbness",
        "soreness",
        "smoothed_pain",
        "smoothed_days",
        "smoothed_span",
        "smoothed_weekly",
        "smoothed_age",
        "relief",
        "procedures",
        "pain_levels",
        "notes",
    )
    days: list[dt.date]
    pain: np.ndarray
    numbness: np.ndarray
    soreness: np.ndarray
    smoothed_pain: np.ndarray  # P(d) of clinical.md (second edition)
    smoothed_days: np.ndarray  # the rated days P(d) rests on (0: undefined)
    smoothed_span: np.ndarray  # the calendar days they span
    smoothed_weekly: np.ndarray  # True: the 7-day mean; False: the last entries
    smoothed_age: np.ndarray  # days since the newest value it rests on
    relief: np.ndarray  # % against the procedure each day belongs to
    procedures: list[Marker]  # x in POSIX seconds
    pain_levels: list[Marker]  # baseline, 30 % and 50 % relief of the current procedure
    notes: dict[dt.date, list[str]]

    @property
    def seconds(self) -> np.ndarray:
        return np.array([day_seconds(d) for d in self.days], dtype=float)

    def index(self, day: dt.date) -> int | None:
        if not self.days:
            return None
        i = (day - self.days[0]).days
        return i if 0 <= i < len(self.days) else None


def day_seconds(day: dt.date) -> float:
    """Local midnight of ``day`` (DateAxisItem shows local time)."""
    return dt.datetime(day.year, day.month, day.day).timestamp()


def _procedure_label(p: Procedure) -> str:
    label = tl(KIND_LABELS[p.kind])
    kind = label.split(" (")[0]
    if p.kind.value == "rfa" and label.endswith(")") and " (" in label:
        # The abbreviation of the patient's language: "RFA", "RF" (es), "RFA" (de).
        kind = label.rsplit(" (", 1)[1][:-1]
    return f"{kind} {p.levels}".strip()


def chart_data(analysis: Analysis, entries: list[Entry], procedures: list[Procedure]) -> ChartData:
    daily = analysis.daily
    first = min([e.day for e in entries] + [p.day for p in procedures], default=daily.end)
    lo = max(daily.index(first), 0)
    days = [daily.day(i) for i in range(lo, len(daily))]
    relief = np.full(len(daily), np.nan)
    for ep in analysis.episodes:
        a = daily.index(ep.first)
        relief[a : a + len(ep.relief)] = ep.relief
    notes: dict[dt.date, list[str]] = {}
    for e in entries:
        if e.note and e.day <= daily.end:
            notes.setdefault(e.day, []).append(e.note)
    levels: list[Marker] = []
    status = analysis.status
    base = status.baseline
    if base is not None and base.value > 0:
        rules = status.rules
        b = base.value
        levels = [
            Marker(b, tr("chart", "Baseline {value}").format(value=number(b))),
            Marker(
                b * (1 - rules.meaningful_percent / 100),
                tr("chart", "{pct} % relief").format(pct=f"{rules.meaningful_percent:.0f}"),
            ),
            Marker(
                b * (1 - rules.substantial_percent / 100),
                tr("chart", "{pct} % relief").format(pct=f"{rules.substantial_percent:.0f}"),
            ),
        ]
    return ChartData(
        days=days,
        pain=daily.pain[lo:],
        numbness=daily.numbness[lo:],
        soreness=daily.soreness[lo:],
        smoothed_pain=analysis.smoothed_pain[lo:],
        smoothed_days=analysis.smoothed.days[lo:],
        smoothed_span=analysis.smoothed.span[lo:],
        smoothed_weekly=analysis.smoothed.weekly[lo:],
        smoothed_age=analysis.smoothed.age[lo:],
        relief=relief[lo:],
        procedures=[
            Marker(day_seconds(p.day), f"{_procedure_label(p)} {short_date(p.day, daily.end)}")
            for p in procedures
            if p.day <= daily.end
        ],
        pain_levels=levels,
        notes=notes,
    )


def clip(data: ChartData, start: dt.date, end: dt.date) -> ChartData:
    """The same chart over ``start`` … ``end`` only (days outside have no values)."""
    if not data.days:
        return data
    first = data.days[0]
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    idx = np.array([(d - first).days for d in days])
    inside = (idx >= 0) & (idx < len(data.days))

    def take(values: np.ndarray, empty: object = np.nan) -> np.ndarray:
        out = np.full(len(days), empty, dtype=values.dtype if empty is not np.nan else float)
        out[inside] = values[idx[inside]]
        return out

    lo, hi = day_seconds(start), day_seconds(end)
    return ChartData(
        days=days,
        pain=take(data.pain),
        numbness=take(data.numbness),
        soreness=take(data.soreness),
        smoothed_pain=take(data.smoothed_pain),
        smoothed_days=take(data.smoothed_days, 0),
        smoothed_span=take(data.smoothed_span, 0),
        smoothed_weekly=take(data.smoothed_weekly, False),
        smoothed_age=take(data.smoothed_age, 0),
        relief=take(data.relief),
        procedures=[m for m in data.procedures if lo <= m.value <= hi],
        pain_levels=data.pain_levels,
        notes={d: n for d, n in data.notes.items() if start <= d <= end},
    )


def smoothed_readout(data: ChartData, i: int, window: int = 7) -> str:
    """'smoothed pain 3.5 (last 4 entries, over 16 days)' for day ``i``; '' if none."""
    from diary.core.wording import rests_on

    if np.isnan(data.smoothed_pain[i]):
        return ""
    basis = rests_on(
        int(data.smoothed_days[i]),
        int(data.smoothed_span[i]),
        bool(data.smoothed_weekly[i]),
        window,
        int(data.smoothed_age[i]),
    )
    return tr("chart", "smoothed pain {value} ({basis})").format(
        value=number(float(data.smoothed_pain[i])), basis=basis
    )


def chart_summary(data: ChartData, last_days: int = 30) -> str:
    """The chart in words, for screen readers: the last ``last_days`` days."""
    from diary.core.wording import number, short_date

    if not data.days:
        return tr("chart", "No entries yet.")
    end = len(data.days)
    start = max(0, end - last_days)
    parts = [
        tr("chart", "From {start} to {end}:").format(
            start=short_date(data.days[start]), end=short_date(data.days[-1])
        )
    ]
    for measure in ("pain", "numbness", "soreness"):
        values = getattr(data, measure)[start:end]
        values = values[~np.isnan(values)]
        if len(values):
            parts.append(
                tr("chart", "{measure} averaged {mean} (lowest {low}, highest {high})").format(
                    measure=tl(measure.capitalize()),
                    mean=number(float(values.mean())),
                    low=number(float(values.min())),
                    high=number(float(values.max())),
                )
            )
    relief = data.relief[start:end]
    relief = relief[~np.isnan(relief)]
    if len(relief):
        parts.append(tr("chart", "relief now {pct} %").format(pct=f"{relief[-1]:.0f}"))
    return " ".join(parts[:1]) + " " + "; ".join(parts[1:]) + "."
