"""The daily reminder, decided from the wall clock (a pure function: testable with a
fake clock, and robust to sleep: the window ticks every minute and asks this)."""

from __future__ import annotations

import datetime as dt

from diary.core.value import Value


class ReminderSettings(Value):
    __slots__ = ("enabled", "at")
    enabled: bool
    at: dt.time

    def __init__(self, enabled: bool = True, at: dt.time = dt.time(19, 0)) -> None:
        self._fill(enabled, at)


def reminder_due(
    now: dt.datetime,
    settings: ReminderSettings,
    last_reminded: dt.date | None,
    has_entry_today: bool,
) -> bool:
    """Remind once a day, at or after the chosen time, only if today has no entry.

    A computer that slept through the time reminds as soon as it wakes (the same
    day); it does not remind for days gone by.
    """
    if not settings.enabled or has_entry_today:
        return False
    if last_reminded is not None and last_reminded >= now.date():
        return False
    return now.time() >= settings.at


def parse_time(text: str, default: dt.time = ReminderSettings.at) -> dt.time:
    try:
        return dt.time.fromisoformat(text)
    except (TypeError, ValueError):
        return default
