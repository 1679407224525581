"""Daily values (the mean of a day's entries) and the smoothed pain series."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

import numpy as np

from diary.core.records import MEASURES, Entry
from diary.core.value import Value


class Daily(Value):
    """One value per calendar day from ``start`` on; NaN where a day has none."""

    __slots__ = ("start", "pain", "numbness", "soreness")
    start: dt.date
    pain: np.ndarray
    numbness: np.ndarray
    soreness: np.ndarray

    def __len__(self) -> int:
        return len(self.pain)

    def index(self, day: dt.date) -> int:
        return (day - self.start).days

    def day(self, index: int) -> dt.date:
        return self.start + dt.timedelta(days=int(index))

    @property
    def end(self) -> dt.date:
        return self.day(len(self) - 1)

    def series(self, measure: str) -> np.ndarray:
        return getattr(self, measure)

    def value(self, measure: str, day: dt.date) -> float | None:
        i = self.index(day)
        if not 0 <= i < len(self):
            return None
        v = self.series(measure)[i]
        return None if np.isnan(v) else float(v)


def daily_values(entries: Iterable[Entry], start: dt.date, end: dt.date) -> Daily:
    """Mean of each measure per day over ``start`` … ``end`` (inclusive).

    Entries outside the range are ignored, so nothing after ``end`` is ever read.
    """
    n = max((end - start).days + 1, 0)
    sums = {m: np.zeros(n) for m in MEASURES}
    counts = {m: np.zeros(n) for m in MEASURES}
    for e in entries:
        i = (e.day - start).days
        if not 0 <= i < n:
            continue
        for m in MEASURES:
            v = getattr(e, m)
            if v is not None:
                sums[m][i] += v
                counts[m][i] += 1
    means = {}
    for m in MEASURES:
        with np.errstate(invalid="ignore", divide="ignore"):
            means[m] = np.where(counts[m] > 0, sums[m] / np.maximum(counts[m], 1), np.nan)
    return Daily(start, means["pain"], means["numbness"], means["soreness"])


def daily_from_means(
    rows: Iterable[tuple[dt.date, float | None, float | None, float | None]],
    start: dt.date,
    end: dt.date,
) -> Daily:
    """The same as ``daily_values`` from per-day means computed elsewhere (the
    store's GROUP BY): (day, pain, numbness, soreness), None where a day has none."""
    n = max((end - start).days + 1, 0)
    cols = [np.full(n, np.nan) for _ in MEASURES]
    rows = list(rows)
    if rows:
        origin = start.toordinal()
        index = np.fromiter((r[0].toordinal() - origin for r in rows), dtype=np.int64)
        values = np.array([r[1:] for r in rows], dtype=float)  # None becomes NaN
        inside = (index >= 0) & (index < n)
        for k, col in enumerate(cols):
            col[index[inside]] = values[inside, k]
    return Daily(start, *cols)


def rolling_mean(values: np.ndarray, window: int, min_count: int) -> np.ndarray:
    """Mean of days d-window+1 … d, NaN where fewer than ``min_count`` have a value."""
    n = len(values)
    have = ~np.isnan(values)
    csum = np.concatenate([[0.0], np.cumsum(np.where(have, values, 0.0))])
    ccnt = np.concatenate([[0], np.cumsum(have)])
    idx = np.arange(n)
    lo = np.maximum(idx - window + 1, 0)
    total = csum[idx + 1] - csum[lo]
    count = ccnt[idx + 1] - ccnt[lo]
    with np.errstate(invalid="ignore", divide="ignore"):
        out = total / count
    out[count < max(min_count, 1)] = np.nan
    return out


def first_run(mask: np.ndarray, length: int, start: int = 0) -> int | None:
    """Index of the first run of ``length`` consecutive True values at or after
    ``start``, or None."""
    if length <= 0:
        return start if start < len(mask) else None
    m = np.asarray(mask[start:], dtype=np.int64)
    if len(m) < length:
        return None
    c = np.concatenate([[0], np.cumsum(m)])
    hits = np.flatnonzero(c[length:] - c[:-length] == length)
    return int(hits[0]) + start if len(hits) else None
