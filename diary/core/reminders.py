"""The reminder, daily or weekly, decided from the wall clock (pure functions:
testable with a fake clock, and robust to sleep: the window ticks every minute and
asks these), and when to offer the weekly rhythm (clinical.md, second edition:
after the first 8 weeks one entry a week is enough to follow relief)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection

from diary.core.value import Value

WEEKLY_OFFER_AFTER_DAYS = 56  # from week 8 after a procedure
WEEKLY_OFFER_SPARSE_DAYS = 14  # … when for two weeks …
WEEKLY_OFFER_WINDOW = 7  # … the last 7 days …
WEEKLY_OFFER_FEWER_THAN = 4  # … held fewer than 4 rated days (P's 4 of 7)


class ReminderSettings(Value):
    """``weekday`` None: every day; 0 (Monday) … 6 (Sunday): once a week on that day."""

    __slots__ = ("enabled", "at", "weekday")
    enabled: bool
    at: dt.time
    weekday: int | None

    def __init__(
        self, enabled: bool = True, at: dt.time = dt.time(19, 0), weekday: int | None = None
    ) -> None:
        if weekday is not None and not 0 <= weekday <= 6:
            raise ValueError("weekday must be 0 (Monday) to 6 (Sunday), or None")
        self._fill(enabled, at, weekday)

    @property
    def weekly(self) -> bool:
        return self.weekday is not None


def weekly_occasion(now: dt.datetime, weekday: int, at: dt.time) -> dt.datetime:
    """The weekly schedule: the most recent moment on ``weekday`` at ``at`` that is
    not after ``now`` (this week's, or last week's when this week's is still to
    come). Anything done weekly (the reminder, a weekly re-rating) hangs on this."""
    back = (now.weekday() - weekday) % 7
    moment = dt.datetime.combine(now.date() - dt.timedelta(days=back), at)
    if moment > now:
        moment -= dt.timedelta(days=7)
    return moment


def next_weekly_occasion(now: dt.datetime, weekday: int, at: dt.time) -> dt.datetime:
    """The first moment on ``weekday`` at ``at`` after ``now``."""
    return weekly_occasion(now, weekday, at) + dt.timedelta(days=7)


def reminder_due(
    now: dt.datetime,
    settings: ReminderSettings,
    last_reminded: dt.date | None,
    has_entry_today: bool,
    last_entry: dt.date | None = None,
) -> bool:
    """Daily: remind once a day, at or after the chosen time, only if today has no
    entry. Weekly: remind once after this week's moment (``weekly_occasion``), only if
    nothing was rated since that day (``last_entry``: the newest entry's day).

    A computer that slept through the time reminds as soon as it wakes (the same
    day, or for a weekly reminder within the week); it does not remind for days or
    weeks gone by.
    """
    if not settings.enabled:
        return False
    if settings.weekday is None:
        if has_entry_today:
            return False
        if last_reminded is not None and last_reminded >= now.date():
            return False
        return now.time() >= settings.at
    since = weekly_occasion(now, settings.weekday, settings.at).date()
    if has_entry_today or (last_entry is not None and last_entry >= since):
        return False
    return last_reminded is None or last_reminded < since


def weekly_offer_due(
    procedure_day: dt.date | None, rated: Collection[dt.date], today: dt.date
) -> bool:
    """Offer the weekly rhythm: from week 8 after the procedure (day 56 on), when on
    each of the last 14 days the 7 days up to it held fewer than 4 rated days."""
    if procedure_day is None or (today - procedure_day).days < WEEKLY_OFFER_AFTER_DAYS:
        return False
    days = set(rated)
    for back in range(WEEKLY_OFFER_SPARSE_DAYS):
        end = today - dt.timedelta(days=back)
        week = sum(end - dt.timedelta(days=k) in days for k in range(WEEKLY_OFFER_WINDOW))
        if week >= WEEKLY_OFFER_FEWER_THAN:
            return False
    return True


def parse_time(text: str, default: dt.time = dt.time(19, 0)) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except (TypeError, ValueError):
        return default
