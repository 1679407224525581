"""Realistic sample diaries for ``--demo``: a pre-procedure fortnight, an RFA with a
recorded baseline, soreness and numbness settling, months of relief, then fading;
and for ``--demo repeat``, a sparsely logged diary with a repeat RFA.
Deterministic for a given end day."""

from __future__ import annotations

import datetime as dt
import random

from diary.core.records import Entry, Procedure, ProcedureKind, Side

DEMO_DAYS = 230
PROCEDURE_DAY = 14


def _clip(value: float) -> int:
    return max(0, min(10, round(value)))


def _entry(
    rng: random.Random,
    day: dt.date,
    pain: float,
    spread: float,
    numbness: float,
    soreness: float,
    note: str,
) -> Entry:
    """An evening entry with the day's typical ratings and a little noise."""
    return Entry(
        day,
        f"{rng.randint(18, 21):02d}:{rng.choice(['00', '15', '30', '45'])}",
        _clip(pain + rng.gauss(0, spread)),
        _clip(numbness + rng.gauss(0, 0.4)),
        _clip(soreness + rng.gauss(0, 0.4)),
        note,
    )


def _pain(n: int) -> float:
    """Typical pain on day ``n`` after the procedure (negative: before it)."""
    if n < 0:
        return 7.0
    if n < 4:
        return 6.5
    if n < 35:  # relief builds over about a month
        return 6.5 - 4.0 * (n - 4) / 31
    if n < 185:
        return 2.5
    return 2.5 + 3.0 * (n - 185) / 50  # nerves regrowing: the last weeks fade


def demo_diary(end: dt.date, seed: int = 7) -> tuple[Procedure, list[Entry]]:
    rng = random.Random(seed)
    start = end - dt.timedelta(days=DEMO_DAYS - 1)
    proc = Procedure(
        start + dt.timedelta(days=PROCEDURE_DAY),
        ProcedureKind.RFA,
        "T6–T8",
        Side.RIGHT,
        7,
        "Right T6–T8 medial branch RFA",
    )
    entries = []
    for i in range(DEMO_DAYS):
        day = start + dt.timedelta(days=i)
        n = i - PROCEDURE_DAY
        if n > 20 and rng.random() < 0.08:
            continue  # a missed day now and then
        soreness = 6 * 0.6 ** max(n, 0) if n >= 0 else 0
        numbness = 4.0 if 0 <= n <= 12 else (1.0 if 12 < n <= 20 else 0.0)
        note = ""
        if n == 0:
            note = "Procedure today. Sore at the needle sites."
        elif n == 2:
            note = "Burning, sunburn-like patch on the right side."
        elif n == 40:
            note = "Walked to the shops without stopping."
        elif n == 200:
            note = "Aching again between the shoulder blades after gardening."
        entries.append(_entry(rng, day, _pain(n), 0.7, numbness, soreness, note))
    return proc, entries


REPEAT_DAYS = 460
REPEAT_FIRST = 14  # the first RFA, day index in the sample
REPEAT_SECOND = 330  # the repeat RFA


def _repeat_pain(n: int) -> float:
    """Typical pain on day ``n`` of the repeat sample: relief after the first RFA
    for about seven months, fading, a repeat RFA, relief building again."""
    if n < REPEAT_FIRST:
        return 7.0
    k = n - REPEAT_FIRST
    if n < REPEAT_SECOND:
        if k < 30:
            return 7.0 - 4.5 * k / 30
        if k < 220:
            return 2.5
        return min(7.0, 2.5 + 4.5 * (k - 220) / 40)
    k = n - REPEAT_SECOND
    return 7.0 - 4.5 * k / 30 if k < 30 else 2.5


def _repeat_logged(n: int, rng: random.Random) -> bool:
    """How a real diary thins out: daily at first, then every second or third day,
    a three-week holiday with nothing, back to daily around the repeat RFA."""
    if n < REPEAT_FIRST + 42:
        return rng.random() < 0.95
    if 150 <= n < 172:
        return False  # on holiday
    if n < REPEAT_SECOND - 21:
        return n % 3 == 0 or rng.random() < 0.15
    if n < REPEAT_SECOND + 42:
        return rng.random() < 0.9
    return n % 2 == 0


def demo_repeat_diary(end: dt.date, seed: int = 11) -> tuple[list[Procedure], list[Entry]]:
    """``--demo repeat``: an RFA with a recorded baseline, relief, its end, and a
    repeat RFA months later with no recorded baseline (taken from the 14 days
    before it), all logged as real patients log: less and less often."""
    rng = random.Random(seed)
    start = end - dt.timedelta(days=REPEAT_DAYS - 1)
    procs = [
        Procedure(
            start + dt.timedelta(days=REPEAT_FIRST),
            ProcedureKind.RFA,
            "T6–T8",
            Side.RIGHT,
            7,
            "Right T6–T8 medial branch RFA",
        ),
        Procedure(
            start + dt.timedelta(days=REPEAT_SECOND),
            ProcedureKind.RFA,
            "T6–T8",
            Side.RIGHT,
            None,
            "Repeat RFA, same levels",
        ),
    ]
    entries = []
    for i in range(REPEAT_DAYS):
        if not _repeat_logged(i, rng):
            continue
        day = start + dt.timedelta(days=i)
        since = i - (REPEAT_SECOND if i >= REPEAT_SECOND else REPEAT_FIRST)
        soreness = 6 * 0.6**since if since >= 0 else 0
        numbness = 3.0 if 0 <= since <= 14 else 0.0
        note = {REPEAT_FIRST: "RFA today.", REPEAT_SECOND: "Repeat RFA today."}.get(i, "")
        entries.append(_entry(rng, day, _repeat_pain(i), 0.6, numbness, soreness, note))
    return procs, entries
