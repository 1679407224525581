"""Daily values (the mean of a day's entries) and the smoothed pain series P(d).

Day means are the one input of the analysis: ``day_means`` builds them from entries
(the window, the report), the store's ``day_means`` from SQL (the status command);
``daily_from_means`` lays them out one value per calendar day."""

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


# (day, mean pain, mean numbness, mean soreness); None where no entry of the day
# has that rating (a day's one rating may stay an int). The store's day_means gives
# the same rows from SQL.
DayMean = tuple[dt.date, float | None, float | None, float | None]


def day_means(entries: Iterable[Entry]) -> list[DayMean]:
    """Each day's mean ratings, oldest day first."""
    by_day: dict[dt.date, list[Entry]] = {}
    for e in entries:
        same = by_day.get(e.day)
        if same is None:
            by_day[e.day] = [e]
        else:
            same.append(e)
    rows: list[DayMean] = []
    for day in sorted(by_day):
        same = by_day[day]
        if len(same) == 1:  # most days: the ratings themselves
            e = same[0]
            rows.append((day, e.pain, e.numbness, e.soreness))
        else:
            rows.append((day, *(_mean([getattr(e, m) for e in same]) for m in MEASURES)))
    return rows


def _mean(values: list[int | None]) -> float | None:
    have = [v for v in values if v is not None]
    return sum(have) / len(have) if have else None


def daily_values(entries: Iterable[Entry], start: dt.date, end: dt.date) -> Daily:
    """Mean of each measure per day over ``start`` … ``end`` (inclusive)."""
    return daily_from_means(day_means(entries), start, end)


def daily_from_means(rows: Iterable[DayMean], start: dt.date, end: dt.date) -> Daily:
    """Day means laid out one value per day over ``start`` … ``end`` (inclusive), NaN
    where a day has none. Rows outside the range are ignored, so nothing after
    ``end`` is ever read."""
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


class Smoothed(Value):
    """P(d) per day and what it rests on (clinical.md, second edition).

    ``days``: the days with a value it averages (0 where P is undefined);
    ``span``: the calendar days from the first to the last of them, inclusive;
    ``weekly``: True where P is the plain window mean (the "7-day mean");
    ``age``: days from the last of them to d (0: d itself has a value).
    """

    __slots__ = ("pain", "days", "span", "weekly", "age")
    pain: np.ndarray
    days: np.ndarray
    span: np.ndarray
    weekly: np.ndarray
    age: np.ndarray

    def rests_from(self, lo: int, hi: int) -> np.ndarray:
        """For days lo … hi-1: True where P is defined and rests only on days from
        ``lo`` on (an episode's own entries, none from before its procedure)."""
        first = np.arange(hi - lo) - self.age[lo:hi] - self.span[lo:hi] + 1
        return (self.days[lo:hi] > 0) & (first >= 0)


def smoothed_pain(
    values: np.ndarray,
    window: int = 7,
    min_count: int = 4,
    sparse_window: int = 21,
    sparse_last: int = 4,
    sparse_min: int = 3,
) -> Smoothed:
    """P(d): the mean of days d-window+1 … d when at least ``min_count`` of them
    have a value; otherwise the mean of the most recent ``sparse_last`` days with a
    value within d-sparse_window+1 … d, or of as many as there are when at least
    ``sparse_min``; otherwise undefined (NaN).

    Vectorised over the days with a value ("rated days", in order): the k rated days
    up to d are rated[0 … k-1], so the most recent m of them are rated[k-m … k-1],
    and their sum is a difference of the cumulative sum.
    """
    n = len(values)
    have = ~np.isnan(values)
    idx = np.arange(n)
    ccnt = np.concatenate([[0], np.cumsum(have)])  # rated days before index i
    rated = np.flatnonzero(have)  # positions of the rated days
    vsum = np.concatenate([[0.0], np.cumsum(values[rated])])
    k = ccnt[idx + 1]  # rated days up to and including d
    in_week = k - ccnt[np.maximum(idx - window + 1, 0)]
    in_look = k - ccnt[np.maximum(idx - sparse_window + 1, 0)]
    weekly = in_week >= max(min_count, 1)
    sparse = ~weekly & (in_look >= max(sparse_min, 1))
    m = np.where(weekly, in_week, np.where(sparse, np.minimum(in_look, max(sparse_last, 1)), 0))
    used = m > 0
    out = np.full(n, np.nan)
    span = np.zeros(n, dtype=np.int64)
    age = np.zeros(n, dtype=np.int64)
    if used.any():
        ku, mu = k[used], m[used]
        out[used] = (vsum[ku] - vsum[ku - mu]) / mu
        span[used] = rated[ku - 1] - rated[ku - mu] + 1
        age[used] = idx[used] - rated[ku - 1]
    return Smoothed(out, m.astype(np.int64), span, weekly, age)


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
