"""Which automatic backups to keep: the last 7 daily, 4 weekly and 12 monthly.

Like the "forget" policies of backup tools: for each of the 7 most recent days that
have a backup, the newest of that day is kept; likewise per ISO week (4) and per
month (12). The newest backup is always kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

DAILY, WEEKLY, MONTHLY = 7, 4, 12


def _newest_per(
    times: list[dt.datetime], key: Callable[[dt.datetime], object], count: int
) -> set[dt.datetime]:
    kept: dict[object, dt.datetime] = {}
    for t in sorted(times, reverse=True):
        k = key(t)
        if k not in kept:
            if len(kept) == count:
                break
            kept[k] = t
    return set(kept.values())


def to_keep(
    times: Iterable[dt.datetime], daily: int = DAILY, weekly: int = WEEKLY, monthly: int = MONTHLY
) -> set[dt.datetime]:
    times = list(times)
    if not times:
        return set()
    keep = {max(times)}
    keep |= _newest_per(times, lambda t: t.date(), daily)
    keep |= _newest_per(times, lambda t: t.isocalendar()[:2], weekly)
    keep |= _newest_per(times, lambda t: (t.year, t.month), monthly)
    return keep
