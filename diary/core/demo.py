"""A realistic sample diary for ``--demo``: a pre-procedure fortnight, an RFA with a
recorded baseline, soreness and numbness settling, months of relief, then fading.
Deterministic for a given end day."""

from __future__ import annotations

import datetime as dt
import random

from diary.core.records import Entry, Procedure, ProcedureKind, Side

DEMO_DAYS = 230
PROCEDURE_DAY = 14


def _clip(value: float) -> int:
    return max(0, min(10, round(value)))


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
        entries.append(
            Entry(
                day,
                f"{rng.randint(18, 21):02d}:{rng.choice(['00', '15', '30', '45'])}",
                _clip(_pain(n) + rng.gauss(0, 0.7)),
                _clip(numbness + rng.gauss(0, 0.4)),
                _clip(soreness + rng.gauss(0, 0.4)),
                note,
            )
        )
    return proc, entries
