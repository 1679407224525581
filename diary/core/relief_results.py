"""What the relief analysis answers: a baseline, an episode, a status, an analysis.

Plain values; ``diary.core.relief`` computes them and re-exports them.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import TYPE_CHECKING

from diary.core.records import Procedure
from diary.core.rules import ReliefRules
from diary.core.value import Value
from diary.core.verdict import Verdict

if TYPE_CHECKING:
    import numpy as np

    from diary.core.daily import Daily, Smoothed


class Baseline(Value):
    __slots__ = ("value", "source", "days")
    value: float
    source: str  # "recorded" or "diary"
    days: int  # days averaged when taken from the diary

    def __init__(self, value: float, source: str, days: int = 0) -> None:
        self._fill(value, source, days)


class Episode(Value):
    """One procedure's follow-up, from its day to ``last`` (inclusive)."""

    __slots__ = (
        "procedure",
        "baseline",
        "last",
        "relief",
        "relief_start",
        "relief_end",
        "reached_meaningful",
        "settling_last",
        "best_relief",
        "best_relief_day",
        "last_substantial",
        "latest_substantial",
        "gap_first",
        "gap_last",
        "gap_has_entries",
    )
    procedure: Procedure
    baseline: Baseline | None
    last: dt.date
    relief: np.ndarray  # R(d) per day from procedure.day to last, NaN if undefined
    relief_start: dt.date | None
    relief_end: dt.date | None
    reached_meaningful: dt.date | None
    settling_last: dt.date | None  # last settling day; None for a non-RFA
    best_relief: float | None
    best_relief_day: dt.date | None
    # The last day at >= 50 % from the relief start up to the end (or so far).
    last_substantial: dt.date | None
    # The last day at >= 50 % in the whole episode (relief may come back after an end).
    latest_substantial: dt.date | None
    # Days without entries between last_substantial and the end, when R had no value
    # there (the end is only known to lie in this gap); None when there is no gap.
    gap_first: dt.date | None
    gap_last: dt.date | None
    gap_has_entries: bool  # a few entries inside the gap, too few for a value

    @property
    def first(self) -> dt.date:
        return self.procedure.day

    def relief_on(self, day: dt.date) -> float | None:
        i = (day - self.first).days
        if not 0 <= i < len(self.relief) or math.isnan(self.relief[i]):
            return None
        return float(self.relief[i])

    def is_settling(self, day: dt.date) -> bool:
        return self.settling_last is not None and self.first <= day <= self.settling_last

    def relief_days(self) -> int | None:
        """Days of substantial relief: end − start once ended; while ongoing, the days
        from the start through the last day at >= 50 % so far (never up to today)."""
        if self.relief_start is None:
            return None
        if self.relief_end is not None:
            return (self.relief_end - self.relief_start).days
        return self.relief_days_min()

    def below_substantial_days(self) -> int:
        """Days since the last day at >= 50 % from the relief start on (0 when
        ``last`` is at it, or when relief never started in this episode): the current
        run below the substantial level."""
        if self.latest_substantial is None:
            return 0
        return (self.last - self.latest_substantial).days

    def relief_days_min(self) -> int | None:
        """The least the relief lasted: through the last day at >= 50 % before the
        end. Equal to ``relief_days`` unless days without a value lie before the end."""
        if self.relief_start is None or self.last_substantial is None:
            return None
        return (self.last_substantial - self.relief_start).days + 1


class Status(Value):
    """The answer as of one day: the verdict and the numbers behind it."""

    __slots__ = (
        "as_of",
        "verdict",
        "procedure",
        "episode",
        "day_number",
        "smoothed_pain",
        "relief_percent",
        "trend_per_week",
        "trend_p_value",
        "lowest_smoothed_pain",
        "rules",
        "smoothed_days",
        "smoothed_span_days",
        "smoothed_weekly",
        "below_substantial_days",
        "trend_span_days",
        "smoothed_age_days",
        "block_only",
    )
    as_of: dt.date
    verdict: Verdict
    procedure: Procedure | None
    episode: Episode | None
    day_number: int | None  # days since the procedure
    smoothed_pain: float | None
    relief_percent: float | None
    trend_per_week: float | None
    trend_p_value: float | None
    lowest_smoothed_pain: float | None  # since settling ended
    rules: ReliefRules
    smoothed_days: int  # the days with a value P(today) rests on (0: undefined)
    smoothed_span_days: int  # the calendar days from the first of them to the last
    smoothed_weekly: bool  # P(today) is the 7-day mean (else the last entries)
    below_substantial_days: int  # days since the last day at >= 50 %, 0 when at it
    trend_span_days: int | None  # calendar days from the trend's first value to its last
    smoothed_age_days: int  # days from the last value P(today) rests on to today
    block_only: bool  # no episode, but a diagnostic block is recorded

    @property
    def baseline(self) -> Baseline | None:
        return self.episode.baseline if self.episode else None

    @property
    def relief_start(self) -> dt.date | None:
        return self.episode.relief_start if self.episode else None

    @property
    def relief_end(self) -> dt.date | None:
        return self.episode.relief_end if self.episode else None

    @property
    def relief_days(self) -> int | None:
        return self.episode.relief_days() if self.episode else None

    @property
    def relief_days_min(self) -> int | None:
        return self.episode.relief_days_min() if self.episode else None

    @property
    def relief_ongoing(self) -> bool:
        return bool(self.episode and self.episode.relief_start and not self.episode.relief_end)


class Analysis(Value):
    __slots__ = ("daily", "smoothed_pain", "episodes", "status", "smoothed")
    daily: Daily
    smoothed_pain: np.ndarray  # P(d) per day of ``daily`` (``smoothed.pain``)
    episodes: list[Episode]
    status: Status
    smoothed: Smoothed  # P(d) with what it rests on, per day of ``daily``
