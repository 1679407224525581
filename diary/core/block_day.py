"""Block day: the prompt schedule after a diagnostic medial branch block, and its
summary (peak relief, time at or above 80 %, when the pain came back).

Follows clinical.md (UW Health's protocol): a pre-block rating during an activity
that usually hurts, then a rating every 15 minutes for the first hour and hourly
for the next 8 hours, left and right rated separately.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from diary.core.records import InvalidRecord, check_rating
from diary.core.value import Value

SIDES = ("left", "right")
FIRST_HOUR = (15, 30, 45, 60)
HOURLY = tuple(60 * h for h in range(2, 10))  # the next 8 hours
PROMPT_MINUTES = FIRST_HOUR + HOURLY


class BlockReading(Value):
    """One side's pain at one moment of a block day."""

    __slots__ = ("at", "side", "pain", "before_block", "id")
    at: dt.datetime
    side: str
    pain: int
    before_block: bool
    id: int | None

    def __init__(
        self,
        at: dt.datetime,
        side: str,
        pain: int,
        before_block: bool = False,
        id: int | None = None,
    ) -> None:
        if side not in SIDES:
            raise InvalidRecord("the side must be left or right")
        check_rating("Pain", pain)
        if at.second or at.microsecond:
            at = at.replace(second=0, microsecond=0)
        self._fill(at, side, pain, before_block, id)


class BlockDay(Value):
    """When the block was given (None until it was) and the readings so far."""

    __slots__ = ("block_at", "readings")
    block_at: dt.datetime | None
    readings: list[BlockReading]


def prompt_times(block_at: dt.datetime) -> list[dt.datetime]:
    """When to ask for a rating: every 15 minutes for an hour, then hourly for 8."""
    return [block_at + dt.timedelta(minutes=m) for m in PROMPT_MINUTES]


def due_prompt(
    block_at: dt.datetime, now: dt.datetime, answered: Iterable[dt.datetime]
) -> dt.datetime | None:
    """The latest prompt time that has come and has no rating since it, if any.

    Robust to sleep: it compares wall-clock times, so a prompt missed while the
    computer slept is still asked for once.
    """
    answered = sorted(answered)
    due = [t for t in prompt_times(block_at) if t <= now]
    if not due:
        return None
    latest = due[-1]
    return None if any(a >= latest for a in answered) else latest


def prompt_status(
    block_at: dt.datetime, now: dt.datetime, answered: Iterable[dt.datetime]
) -> list[tuple[dt.datetime, str]]:
    """Each prompt time with "done", "missed", "due" or "upcoming".

    A prompt is done when a rating was saved between it and the next prompt.
    """
    answered = sorted(answered)
    times = prompt_times(block_at)
    out = []
    for i, t in enumerate(times):
        nxt = times[i + 1] if i + 1 < len(times) else None
        if any(t <= a and (nxt is None or a < nxt) for a in answered):
            out.append((t, "done"))
        elif t > now:
            out.append((t, "upcoming"))
        elif nxt is not None and nxt <= now:
            out.append((t, "missed"))
        else:
            out.append((t, "due"))
    return out


class SideSummary(Value):
    __slots__ = (
        "side",
        "before",
        "peak_relief",
        "peak_at",
        "minutes_at_threshold",
        "threshold_held_to_end",
        "pain_back_at",
        "points",
    )
    side: str
    before: int | None
    peak_relief: float | None
    peak_at: dt.datetime | None
    minutes_at_threshold: int | None  # how long relief stayed at or above it
    threshold_held_to_end: bool  # still at or above it at the last reading
    pain_back_at: dt.datetime | None  # first reading after the peak below "meaningful"
    points: list[tuple[dt.datetime, float]]  # relief % per reading after the block


def _relief(before: int, pain: int) -> float | None:
    return None if before == 0 else 100.0 * (before - pain) / before


def summarise(
    readings: Sequence[BlockReading], threshold: float = 80.0, meaningful: float = 30.0
) -> dict[str, SideSummary]:
    out = {}
    for side in SIDES:
        mine = sorted((r for r in readings if r.side == side), key=lambda r: r.at)
        pre = [r for r in mine if r.before_block]
        before = pre[-1].pain if pre else None
        after = [r for r in mine if not r.before_block]
        points = []
        if before is not None:
            points = [(r.at, _relief(before, r.pain)) for r in after]
            points = [(t, v) for t, v in points if v is not None]
        peak_at = peak = None
        if points:
            peak_at, peak = max(points, key=lambda p: (p[1], -p[0].timestamp()))
        minutes = None
        held = False
        start = next((t for t, v in points if v >= threshold), None)
        if start is not None:
            end = next((t for t, v in points if t > start and v < threshold), None)
            held = end is None
            end = end or points[-1][0]
            minutes = int((end - start).total_seconds() // 60)
        back = None
        if peak_at is not None and peak is not None and peak >= meaningful:
            back = next((t for t, v in points if t > peak_at and v < meaningful), None)
        out[side] = SideSummary(side, before, peak, peak_at, minutes, held, back, points)
    return out
