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

    from diary.core.daily import Daily


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
        """Days of substantial relief: end − start, or days so far while ongoing."""
        if self.relief_start is None:
            return None
        return ((self.relief_end or self.last) - self.relief_start).days


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
    def relief_ongoing(self) -> bool:
        return bool(self.episode and self.episode.relief_start and not self.episode.relief_end)


class Analysis(Value):
    __slots__ = ("daily", "smoothed_pain", "episodes", "status")
    daily: Daily
    smoothed_pain: np.ndarray  # P7 per day of ``daily``
    episodes: list[Episode]
    status: Status
