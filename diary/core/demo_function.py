"""Sample function ratings and global impressions for ``--demo``, following the
demo diary's pain (diary.core.demo): ability builds with relief over the first
month, holds, and slips as relief fades. Deterministic for a given end day."""

from __future__ import annotations

import datetime as dt

DEMO_ACTIVITIES = ("sitting for an hour", "lifting my grandchild", "turning in bed")
# (days after the procedure, answer): the 6-month point is left for the window to ask.
DEMO_PGIC = ((28, 3), (91, 2))


def _ability(n: int, offset: int) -> int:
    if n < 35:
        base = 2 + 5 * n / 35
    elif n < 185:
        base = 7.0
    else:
        base = 7 - 3 * (n - 185) / 50
    return max(0, min(10, round(base + offset)))


def demo_ratings(procedure_day: dt.date, end: dt.date) -> list[tuple[dt.date, list[int]]]:
    """(day, ability per activity) once a week from the procedure day to ``end``."""
    out = []
    n = 0
    while procedure_day + dt.timedelta(days=n) <= end:
        out.append((procedure_day + dt.timedelta(days=n), [_ability(n, o) for o in (0, -1, 1)]))
        n += 7
    return out
