"""The ≥ 50 % relief period set beside the reference durations (clinical.md):
12 weeks and 6 months by default, each a setting in ``ReliefRules``.

What the diary recorded, never who qualifies: for each duration, the day the
relief period reached it, or how many days it has lasted so far.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from diary.core.i18n import tr
from diary.core.rules import ReliefRules
from diary.core.value import Value

if TYPE_CHECKING:
    from diary.core.relief import Episode


def _(text: str) -> str:
    return tr("reference", text)


class ReferenceDuration(Value):
    __slots__ = ("days", "reached_on", "so_far", "ongoing")
    days: int
    reached_on: dt.date | None  # the day the period reached ``days``; None: not (yet)
    so_far: int | None  # days of ≥ 50 % relief recorded; None: relief never started
    ongoing: bool  # the period has not ended (so_far may still grow)


def reference_days(rules: ReliefRules) -> list[int]:
    return sorted({rules.reference_short_days, rules.reference_long_days})


def _certain_days(episode: Episode) -> int | None:
    """Days of relief the diary is sure of: the lower end when the end of relief
    lies in a gap without entries (clinical rules, 2nd edition: relief_days_min)."""
    days = episode.relief_days()
    low = getattr(episode, "relief_days_min", None)
    low = low() if callable(low) else low
    return days if low is None or days is None else min(days, low)


def reference_durations(episode: Episode | None, rules: ReliefRules) -> list[ReferenceDuration]:
    """Each reference duration, reached or not, for one episode."""
    days = _certain_days(episode) if episode is not None else None
    start = episode.relief_start if episode is not None else None
    out = []
    for n in reference_days(rules):
        reached = start + dt.timedelta(days=n - 1) if days is not None and days >= n else None
        ongoing = bool(start is not None and episode.relief_end is None)
        out.append(ReferenceDuration(n, reached, days, ongoing))
    return out


def duration_label(days: int) -> str:
    """'12 weeks', '6 months', or 'N days'."""
    if days == 182:
        return _("6 months")
    if days == 365:
        return _("12 months")
    if days % 7 == 0:
        return _("{n} weeks").format(n=days // 7)
    return _("{n} days").format(n=days)


def reference_line(ref: ReferenceDuration, substantial: float, today: dt.date) -> str:
    """'≥ 50 % for 12 weeks: reached on 19 Aug' / '… not reached, 170 days so far'."""
    from diary.core.wording import short_date

    head = _("≥ {pct} % for {span}").format(pct=f"{substantial:.0f}", span=duration_label(ref.days))
    if ref.reached_on is not None:
        return _("{head}: reached on {day}").format(
            head=head, day=short_date(ref.reached_on, today)
        )
    if ref.so_far is None:
        return _("{head}: not reached (no ≥ {pct} % period recorded)").format(
            head=head, pct=f"{substantial:.0f}"
        )
    if ref.ongoing:
        return _("{head}: not reached, {n} days so far").format(head=head, n=ref.so_far)
    return _("{head}: not reached (the period lasted {n} days)").format(head=head, n=ref.so_far)
