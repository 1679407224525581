"""Deterministic large diaries for the benchmarks (seeded, no Qt)."""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from diary.core.records import Entry, Procedure
from diary.store import DiaryStore

END = dt.date(2026, 11, 21)


def entries(days: int, per_day: int = 1, seed: int = 1) -> list[Entry]:
    """``days`` days of entries ending on END, ``per_day`` a day, pain drifting."""
    rng = random.Random(seed)
    start = END - dt.timedelta(days=days - 1)
    out = []
    for i in range(days):
        day = start + dt.timedelta(days=i)
        base = 3 + 3 * ((i // 300) % 2)  # relief, then fading, every ~10 months
        for k in range(per_day):
            out.append(
                Entry(
                    day,
                    f"{(8 + k) % 24:02d}:{rng.randrange(60):02d}",
                    max(0, min(10, base + rng.randint(-2, 2))),
                    rng.randint(0, 3),
                    rng.randint(0, 2),
                    "walked to the shops" if rng.random() < 0.05 else "",
                )
            )
    return out


def procedures(days: int) -> list[Procedure]:
    start = END - dt.timedelta(days=days - 1)
    return [
        Procedure(start + dt.timedelta(days=d), "rfa", "T6–T8", "right", 7)
        for d in range(14, days, 300)
    ]


def make_diary(path: Path, days: int, per_day: int = 1) -> Path:
    with DiaryStore.open(path) as store:
        for p in procedures(days):
            store.add_procedure(p)
        store.add_entries(entries(days, per_day))
    return path
